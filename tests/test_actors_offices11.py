"""Who holds an office described without a name, and titles that run over a complement
(issue 15, session 11).

An article names one head of state of a country, one foreign minister: a description with a
nationality ("le président gabonais") refers to the one person of that country who may hold
it, however far from the name it stands. Every snippet is invented.
"""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _roles(tables: dict, name: str) -> list[str]:
    return [r for r in _row(tables, name)["roles"].split("; ") if r]


def test_a_description_long_before_the_name_goes_to_the_one_holder_of_its_country():
    """The lede says "le président gabonais", the name comes five sentences later."""
    t = _analyse(
        "Le président gabonais a annoncé la fermeture de la frontière. Des soldats sont "
        "partout. Un hélicoptère survole la zone. Les postes sont clos. La fermeture a "
        "commencé il y a dix jours. Pour Paul Ndong, président du Gabon, le canal est une "
        "provocation."
    )
    assert "président gabonais" in _roles(t, "Paul Ndong")


def test_a_description_long_after_the_name_goes_to_the_one_holder_of_its_country():
    """ "La cheffe de la diplomatie" far after "la ministre des Affaires étrangères X"; the
    counterpart of another country does not take it."""
    t = _analyse(
        "La ministre béninoise des Affaires étrangères, Rose Agbo, a reçu mardi son homologue "
        "togolais Komi Dossou. Les deux délégations ont parlé du commerce. Le port est saturé "
        "depuis mai. Les camions attendent des jours. Les transporteurs protestent. La cheffe "
        "de la diplomatie béninoise a promis des mesures."
    )
    assert "cheffe de la diplomatie béninoise" in _roles(t, "Rose Agbo")
    assert "cheffe de la diplomatie béninoise" not in _roles(t, "Komi Dossou")


def test_two_possible_holders_leave_a_far_description_unlinked():
    """The lede says "le président tchadien"; later a president whose country nothing states
    and a president of Chad are both named: either may be meant, so neither takes it."""
    t = _analyse(
        "Le président tchadien a quitté la salle. Le dîner a duré trois heures. Les ministres "
        "étaient absents. La presse attendait dehors. Le président Idriss Kaya a reçu Ahmat "
        "Djimet, président du Tchad, mardi."
    )
    assert "président tchadien" not in _roles(t, "Idriss Kaya")
    assert "président tchadien" not in _roles(t, "Ahmat Djimet")


def test_a_title_with_a_nationality_tagged_with_the_name_is_cut_off_it():
    """The tagger may read "Le Premier ministre malgache Tovo Randria" as one entity at the
    start of a sentence: the title and its adjective are the role, the name starts after."""
    for text, name, role in (
        (
            "Le Premier ministre géorgien Irakli Kovadze a déclaré que le pays réagirait.",
            "Irakli Kovadze",
            "Premier ministre géorgien",
        ),
        (
            "Le Président ivoirien Koffi Yao Bamba a reçu les chefs coutumiers jeudi.",
            "Koffi Yao Bamba",
            "Président ivoirien",
        ),
    ):
        t = _analyse(text)
        assert list(t["actors"]["name"])[:1] == [name]
        assert _roles(t, name) == [role]


def test_an_unfamiliar_name_read_as_a_place_that_speaks_is_a_person():
    """The tagger reads some unfamiliar names as places ("Nguyen Xuan Phuc" opening a
    sentence): the subject of a speech verb, unknown to the gazetteer, is a person; a known
    region that "says" something stays no person."""
    t = _analyse("Nguyen Xuan Phuc a déclaré que la paix est possible.")
    assert _row(t, "Nguyen Xuan Phuc")["type"] == "person"
    t = _analyse("Hier, Nguyen Phu Trong a affirmé que la paix est possible.")
    assert _row(t, "Nguyen Phu Trong")["type"] == "person"
    t = _analyse("Sahel Nord a déclaré que la paix est possible.")
    assert "person" not in set(t["actors"]["type"])


def test_a_generic_head_names_its_office_by_its_complement():
    """ "chef d'état-major" and "chef du gouvernement" share the word "chef", not the office:
    the head of government described later is the Prime Minister, not the general."""
    t = _analyse(
        "Le Premier ministre malien, Ali Touré, a fermé la frontière. Le chef d'état-major "
        "des armées françaises, le général Paul Girard, a démenti toute présence. Le Mali est "
        "prêt à rouvrir la frontière, selon le chef du gouvernement."
    )
    assert "chef du gouvernement" in _roles(t, "Ali Touré")
    assert "chef du gouvernement" not in _roles(t, "Paul Girard")
    t = _analyse(
        "Le secrétaire général de l'ONU, Karl Mettler, a reçu la secrétaire d'État Jane Ford. "
        "La secrétaire d'État a ensuite quitté New York."
    )
    assert "secrétaire d'État" not in " ; ".join(_roles(t, "Karl Mettler"))


def test_a_far_description_goes_to_the_one_holder_of_the_office_whose_country_is_unstated():
    """ "X, ministre des Affaires étrangères," (no nationality), then, sentences later, "le
    chef de la diplomatie malienne": X holds that office, no one else does."""
    t = _analyse(
        "Abdoulaye Traoré, ministre des Affaires étrangères, a reçu les ambassadeurs lundi. "
        "La réunion a duré trois heures. Les diplomates sont repartis sans déclaration. La "
        "presse attendait dehors. Le soir, le chef de la diplomatie malienne a publié un "
        "communiqué."
    )
    assert "chef de la diplomatie malienne" in _roles(t, "Abdoulaye Traoré")


def test_a_person_named_in_the_descriptions_sentence_does_not_hold_it():
    """ "Le président X a reçu le président gabonais": the guest is someone else, even when
    no other president is named."""
    t = _analyse(
        "Le président Idriss Kaya a reçu lundi le président gabonais. Les entretiens ont porté "
        "sur la sécurité."
    )
    assert _roles(t, "Idriss Kaya") == ["président"]


def test_the_end_of_a_title_tagged_as_a_person_is_no_person():
    """The tagger may read "malien de la Défense" (a nationality and a portfolio, the end of a
    title in a list) as a person: it is no name, and the next name keeps the whole title."""
    t = _analyse(
        "Le président Amadou Fall a reçu lundi le ministre sénégalais de l'Intérieur, Moussa "
        "Diop, et le ministre malien de la Défense, Issa Konaté."
    )
    assert set(t["actors"]["name"]) == {"Amadou Fall", "Moussa Diop", "Issa Konaté"}
    assert _roles(t, "Issa Konaté") == ["ministre malien de la Défense"]


def test_the_tenant_of_a_presidential_seat_is_its_head_of_state():
    """ "le locataire de l'Élysée", "l'hôte du Kremlin": a periphrasis of the head of state,
    linked to the person who holds that office, whose country it states; the seat inside
    it is no actor of its own."""
    t = _analyse(
        "Emmanuel Fabre a reçu le roi. Le locataire de l'Élysée a salué une amitié ancienne."
    )
    assert _roles(t, "Emmanuel Fabre") == ["locataire de l'Élysée"]
    assert _row(t, "Emmanuel Fabre")["country"] == "FR"
    assert list(t["actors"]["name"]) == ["Emmanuel Fabre"]
    t = _analyse(
        "Le président Vladimir Orlov a reçu son homologue. L'hôte du Kremlin a promis du blé."
    )
    assert "hôte du Kremlin" in _roles(t, "Vladimir Orlov")
    t = _analyse("Le président Paul Girard arrive lundi. Il sera reçu à l'Élysée mardi.")
    assert _roles(t, "Paul Girard") == ["président"]


def test_a_leaders_periphrasis_and_a_modified_title_are_descriptions():
    """ "le numéro un nord-coréen", "le nouvel homme fort nigérien": a leader's periphrasis
    with a nationality takes up the head of that state; a modifier between the determiner
    and the title ("le nouveau", "l'actuel") does not stop a description."""
    t = _analyse(
        "Kim Sun-ho, le dirigeant nord-coréen, a tiré un missile. Le numéro un nord-coréen a "
        "menacé ses voisins."
    )
    assert "numéro un nord-coréen" in _roles(t, "Kim Sun-ho")
    t = _analyse(
        "Le général Abdou Tiani a reçu les émissaires. Le nouvel homme fort nigérien a exigé "
        "le départ des troupes."
    )
    assert "homme fort nigérien" in _roles(t, "Abdou Tiani")
    t = _analyse(
        "La ministre ghanéenne des Affaires étrangères, Ama Owusu, a reçu l'ambassadeur. Les "
        "entretiens ont duré une heure. L'actuelle cheffe de la diplomatie ghanéenne a ensuite "
        "quitté Accra."
    )
    assert "cheffe de la diplomatie ghanéenne" in _roles(t, "Ama Owusu")


def _descriptions(tables: dict, name: str) -> list[str]:
    aid = _row(tables, name)["actor_id"]
    m = tables["mentions"]
    return list(m[(m["actor_id"] == aid) & (m["kind"] == "description")]["text"])


def test_a_demonstrative_takes_a_title_up_like_a_definite_article():
    """ "Cette ministre", "ce diplomate sénégalais": a demonstrative points back to the
    person who holds the title, like "la ministre"."""
    t = _analyse(
        "La ministre Awa Diop a reçu Jean Durand. Cette ministre a ensuite parlé aux élus."
    )
    assert _descriptions(t, "Awa Diop") == ["ministre"]
    t = _analyse(
        "Amadou Fall a reçu les journalistes lundi. Ce diplomate sénégalais a rappelé les "
        "engagements du pays."
    )
    assert _descriptions(t, "Amadou Fall") == ["diplomate sénégalais"]
