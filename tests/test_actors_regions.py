"""Actors on real-press constructions seen outside the Maghreb and Europe (issue 15, round 3):
sub-Saharan African, Asian and American stories. Each rule on invented snippets.
"""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _names(tables: dict) -> set[str]:
    return set(tables["actors"]["name"])


def test_a_seat_named_as_the_place_of_a_meeting_is_no_actor():
    """ "reçu à l'Élysée", "au Palais de l'Élysée", "au Kremlin": the seat is where the
    meeting happens, not an actor; "À l'Élysée, on souligne" is the office speaking."""
    for text in (
        "Le président Hery Rakoto a été reçu mardi à l'Élysée par son homologue.",
        "Le président Hery Rakoto a été reçu en audience au Palais de l'Élysée mardi.",
        "Le Premier ministre Tarek Salem s'est entretenu mardi au Kremlin avec son hôte.",
    ):
        t = _analyse(text)
        assert not ({"Élysée", "Kremlin"} & _names(t)), _names(t)
    t = _analyse("La visite est reportée. À l'Élysée, on souligne que la date reste ouverte.")
    assert "Élysée" in _names(t)


def test_a_state_named_by_its_form_of_government_is_the_state():
    """ "la République du Tchad", "le Royaume d'Espagne", "la République française" are the
    state (one identity with its short name), never an organisation."""
    t = _analyse(
        "Le gouvernement de la République du Tchad a rompu l'accord signé avec la République "
        "française. Le Tchad a grandi."
    )
    assert _row(t, "Tchad")["type"] == "state"
    assert "République du Tchad" in _row(t, "Tchad")["aliases"].split("; ")
    assert _row(t, "France")["type"] == "state"
    assert not (t["actors"]["type"] == "organisation").any(), list(t["actors"]["name"])
    t = _analyse("Le Royaume d'Espagne a salué mardi la décision.")
    assert (_row(t, "Espagne")["type"], _row(t, "Espagne")["country"]) == ("state", "ES")


def test_the_head_of_state_title_is_not_a_state_form():
    """ "le chef de l'État français" is a title, not "l'État français" the state."""
    t = _analyse("Le chef de l'État français a salué mardi la signature de l'accord.")
    assert "France" not in _names(t), _names(t)


def test_a_state_after_a_relational_locution_or_its_form_is_an_actor():
    """ "vis-à-vis de l'Ukraine", "le Royaume du Maroc dit ...": the state is an actor, and
    a ministry named beside it takes its country."""
    t = _analyse("Le président Li Wen a précisé sa position vis-à-vis de l'Ukraine.")
    assert "Ukraine" in _names(t)
    t = _analyse(
        "Dans un communiqué du ministère des Affaires étrangères, le Royaume du Maroc dit "
        "regretter la décision des autorités algériennes."
    )
    assert _row(t, "ministère des Affaires étrangères")["country"] == "MA"


def test_an_ambiguous_nationality_adjective_takes_the_state_named_in_the_article():
    """ "congolais" is said of two states: of the DRC in a story set in Kinshasa, of the
    Republic of the Congo in one set in Brazzaville."""
    t = _analyse(
        "Kinshasa a expulsé l'ambassadeur. Le ministre congolais des Affaires étrangères, "
        "Jean Mbala, a parlé."
    )
    assert _row(t, "Jean Mbala")["country"] == "CD"
    t = _analyse(
        "Le Congo-Brazzaville a protesté. Le ministre congolais des Affaires étrangères, "
        "Jean Mbala, a parlé."
    )
    assert _row(t, "Jean Mbala")["country"] == "CG"


def test_a_capitalised_title_glued_to_a_name_is_a_title():
    """ "du Capitaine Kaboré", "le Roi Mswati": the title is a role, not part of the name;
    the surname joins the person named in full."""
    t = _analyse(
        "Le capitaine Issa Kaboré a parlé mardi. Depuis l'arrivée du Capitaine Kaboré, le "
        "pays a changé."
    )
    assert "Capitaine Kaboré" not in _names(t)
    assert "capitaine" in _row(t, "Issa Kaboré")["roles"].lower()
    t = _analyse("Le Roi Mswati a reçu mardi une délégation.")
    assert "Mswati" in _names(t) and _row(t, "Mswati")["roles"] == "Roi"


def test_military_ranks_and_more_offices_are_roles():
    """Ranks and offices of African and Asian stories: "le lieutenant-colonel X", "la
    vice-ministre Y", "le haut-commissaire Z"."""
    t = _analyse(
        "Le lieutenant-colonel Amadou Zongo a signé. La vice-ministre Li Wen est arrivée. Le "
        "haut-commissaire Rajiv Menon a protesté."
    )
    assert _row(t, "Amadou Zongo")["roles"] == "lieutenant-colonel"
    assert _row(t, "Li Wen")["roles"] == "vice-ministre"
    assert _row(t, "Rajiv Menon")["roles"] == "haut-commissaire"


def test_regional_blocs_and_armed_movements_are_known():
    """Bodies of other regions named without a cue word: "la Communauté d'Afrique de l'Est",
    "la SADC", "la rébellion du M23"."""
    t = _analyse(
        "Les États membres de la Communauté d'Afrique de l'Est ont protesté. La SADC a salué "
        "l'accord, après que la rébellion du M23 a pris la ville."
    )
    assert {"Communauté d'Afrique de l'Est", "SADC", "M23"} <= _names(t), _names(t)
    assert _row(t, "M23")["type"] == "group"


def test_an_official_met_on_a_visit_is_of_the_host_country():
    """An official whose country is not written ("reçu par le Premier ministre X") takes
    none from a state named inside someone else's quotation, nor from the source of the
    sentence ("selon la présidence X"): they are the host's official (the visit's venue)."""
    t = _analyse(
        "Kofi Mensah, en visite à Séoul, a salué le partenariat. Reçu par le Premier ministre "
        "Kim Sung-hoon, M. Mensah « a évoqué la guerre en Ukraine », selon la présidence "
        "ghanéenne."
    )
    assert _row(t, "Kim Sung-hoon")["country"] == "KR"
    t = _analyse(
        "Aino Virtanen est arrivée mardi à Nairobi. Elle s'est ensuite entretenue avec le "
        "ministre de l'Intérieur Peter Kamau, auprès de qui elle « a souligné les effets de la "
        "guerre en Ukraine »."
    )
    assert _row(t, "Peter Kamau")["country"] == "KE"


def test_a_head_of_state_description_goes_on_in_the_next_words():
    """ "Le président ghanéen s'est rendu à X ..., selon les mots du chef de l'État": the
    bare title refers to the person the description just before designates."""
    t = _analyse(
        "Le président ghanéen s'est rendu à Lomé vendredi, selon les propres mots du chef de "
        "l'État. Samedi, Kofi Mensah s'est entretenu avec le président du Togo, Koffi Agbo."
    )
    assert "chef de l'État" in _row(t, "Kofi Mensah")["roles"].split("; ")
    assert "chef de l'État" not in _row(t, "Koffi Agbo")["roles"]


def test_a_counterpart_described_before_being_named():
    """ "avec son homologue tchadien. De son côté, M. X a ...": the counterpart is the next
    person named, who takes the title and its country; the speaker keeps their own."""
    t = _analyse(
        "Le président russe Ivan Sokolov a évoqué des discussions productives avec son "
        "homologue tchadien. De son côté, M. Mahamat Haroun a salué l'accord."
    )
    row = _row(t, "Mahamat Haroun")
    assert (row["country"], row["roles"]) == ("TD", "homologue tchadien")
    assert _row(t, "Ivan Sokolov")["country"] == "RU"


def test_a_nationality_beside_what_a_person_is_states_their_country():
    """ "la mort du citoyen canadien X", "l'homme d'affaires nigérian Y": not an office, but
    the adjective states the person's country."""
    t = _analyse(
        "Les relations ont été envenimées par la mort du citoyen canadien Harjit Singh Gill. "
        "L'Inde a démenti. L'homme d'affaires nigérian Chidi Okafor a investi à Accra."
    )
    assert _row(t, "Harjit Singh Gill")["country"] == "CA"
    assert _row(t, "Chidi Okafor")["country"] == "NG"


def test_a_state_that_is_the_topic_or_the_partner_is_not_the_persons():
    """ "X a approché le prince Y à propos de l'Iran", "Z a protesté contre le Canada": the
    state after a preposition of topic or partner is not the country of the persons named."""
    t = _analyse(
        "Le Qatar a joué un rôle. L'émissaire Chen Hao a approché le cheikh Khalid Al-Marri à "
        "propos de l'Iran lors de sa visite à Doha."
    )
    assert _row(t, "Khalid Al-Marri")["country"] != "IR"
    t = _analyse("La Suède négocie. Le ministre Lars Berg a protesté mardi contre le Canada.")
    assert _row(t, "Lars Berg")["country"] == "SE"


def test_capitals_under_their_usual_press_spellings_stand_for_the_state():
    """ "Ryad", "Abu Dhabi", "Tel-Aviv" act as their states in the press."""
    t = _analyse("Ryad et Abu Dhabi ont salué l'accord. Tel-Aviv a protesté mardi.")
    assert {"Arabie saoudite", "Émirats arabes unis", "Israël"} <= _names(t), _names(t)


def test_a_well_known_figure_takes_their_country_when_the_text_states_none():
    """data/kb/people.yaml: a head of state named without title or nationality takes their
    country from the knowledge base, not from the states named around them; an invented
    person still takes the context."""
    t = _analyse(
        "Le Canada et la France ont signé un accord. Justin Trudeau a salué mardi à Paris "
        "la décision de la France, aux côtés de Kofi Mensah."
    )
    assert _row(t, "Justin Trudeau")["country"] == "CA"
    # an invented person takes a state of the article: the first named acting (the
    # protagonist, analysis/extract/actors/countries.py), not a knowledge-base country
    assert _row(t, "Kofi Mensah")["country"] == "CA"


def test_a_well_known_figure_spacy_missed_is_a_person():
    """ "Bamako accuse Ouattara de protéger ...": a surname of the knowledge base that the
    tagger leaves untagged is still the person."""
    t = _analyse("Le Mali a protesté. Bamako accuse Ouattara de protéger les anciens dirigeants.")
    row = _row(t, "Ouattara")
    assert (row["type"], row["country"]) == ("person", "CI")


def test_a_described_head_of_state_is_the_one_known_of_that_country():
    """Two presidents named without titles: "le chef de l'État rwandais" is the one the
    knowledge base knows as Rwandan."""
    t = _analyse(
        "Les échanges entre Emmanuel Macron et Paul Kagame ont duré deux heures. Le soir, le "
        "chef de l'État rwandais a offert un dîner."
    )
    assert "chef de l'État rwandais" in _row(t, "Paul Kagame")["roles"]
    assert "rwandais" not in _row(t, "Emmanuel Macron")["roles"]


def test_a_body_named_only_as_a_place_or_an_event_is_no_actor():
    """ "dans la très symbolique Bourse de Lyon", "rejoindre le Forum de Davos", "à la
    Chambre haute du Parlement finlandais": where something happens, not who acts; the same
    body acting elsewhere stays an actor."""
    t = _analyse(
        "Le Premier ministre Kofi Mensah doit réunir mardi, dans la très symbolique Bourse de "
        "Lyon, des chefs d'entreprise. Il doit ensuite rejoindre le Forum de Davos."
    )
    assert not ({"Bourse de Lyon", "Forum de Davos"} & _names(t)), _names(t)
    t = _analyse(
        "Aino Virtanen a défendu le plan à la Chambre haute du Parlement finlandais. Le "
        "Parlement finlandais a voté le texte jeudi."
    )
    assert "Parlement finlandais" in _names(t)


def test_a_name_tagged_over_a_place_complement_ends_before_it():
    """ "la force française Sabre au Burkina Faso": the name ends before "au <pays>"; the
    cue makes it an organisation of the adjective's country, not a person."""
    t = _analyse(
        "Le Burkina Faso a demandé le départ de la force française Sabre au Burkina Faso. "
        "Depuis l'arrivée du Capitaine Kaboré, le pays a changé de cap."
    )
    row = _row(t, "Sabre")
    assert (row["type"], row["country"]) == ("organisation", "FR")
    assert "force française Sabre" in row["aliases"].split("; ")
    row = _row(t, "Kaboré")
    assert row["roles"] == "Capitaine" and "Capitaine Kaboré" in row["aliases"].split("; ")


def test_a_vague_title_with_a_nationality_is_a_description():
    """ "Le dirigeant chinois a exprimé ...": with a nationality, even a vague title refers
    back to the person of that country just named; a capitalised "Ambassade" is no one."""
    t = _analyse(
        "Xi Jinping a reçu le prince Khalid Al-Marri en décembre. Le dirigeant chinois a "
        "exprimé son souhait. L'ambassadeur a posté une photo avec ses collègues d'Ambassade."
    )
    assert "dirigeant chinois" in _row(t, "Xi Jinping")["roles"]
    assert "Ambassade" not in _names(t)


def test_a_known_figure_named_bare_holds_the_description_of_their_country():
    """ "Xi Jinping ... . (three sentences) ... le président chinois": a figure the
    knowledge base knows, named without any title, holds a later description with their
    nationality; "son hôte sud-coréen, X" is a title."""
    t = _analyse(
        "Xi Jinping a quitté Brazzaville samedi. La visite a duré deux jours. Les accords "
        "portent sur le pétrole. Un stade sera construit. Le président chinois a salué "
        "l'accueil. Son hôte sud-coréen, Moon Jae-in, a salué la rencontre."
    )
    assert "président chinois" in _row(t, "Xi Jinping")["roles"]
    assert _row(t, "Moon Jae-in")["roles"] == "hôte sud-coréen"


def test_a_state_receiving_after_a_noun_of_giving_is_an_actor():
    """ "la restitution des îles à Madagascar", "le partenariat qui nous lie à la France":
    the state receives or is bound, it is no place; "se rendra à Lomé" stays a place."""
    t = _analyse(
        "Le président Hery Rakoto a demandé la restitution des îles à Madagascar. Le "
        "partenariat qui nous lie à la France est solide, a-t-il dit."
    )
    assert {"Madagascar", "France"} <= _names(t), _names(t)
    t = _analyse("Le président Kofi Mensah se rendra mardi à Lomé pour une visite.")
    assert "Togo" not in _names(t)
    # "au Togo" after a visit word: the host, a party (session 25, tests/test_actors_act25.py)


def test_countries_and_roles_come_from_the_text_without_the_people_list(monkeypatch):
    """Extraction works without the knowledge base's list of public figures: a person's
    country comes from their own title or apposition, the list only fills what the text
    leaves unsaid."""
    from types import MappingProxyType

    from analysis.extract.actors import vocab
    from analysis.extract.actors.rules import known

    monkeypatch.setattr(vocab, "known_people", lambda: MappingProxyType({}))
    monkeypatch.setattr(known, "_people", lambda: {})
    known.people_index.cache_clear()
    try:
        assert vocab.known_person_country(["Emmanuel Macron"]) is vocab.MISSING  # list off
        t = _analyse(
            "Le président sénégalais Amadou Ndiaye a reçu mardi à Dakar le ministre ivoirien "
            "des Affaires étrangères, Koffi Yao. Les deux hommes ont parlé de sécurité."
        )
        assert _row(t, "Amadou Ndiaye")["country"] == "SN"
        assert _row(t, "Koffi Yao")["country"] == "CI"
    finally:
        monkeypatch.undo()
        known.people_index.cache_clear()
