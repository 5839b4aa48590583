"""Titles, names and who holds a title (issue 15, session 10).

Each rule follows the syntax of news French (a civility between a title and a name, titles
in courtesy capitals, enumerations, "respectivement", offices under two names), never an
article's names; every snippet is invented.
"""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _roles(tables: dict, name: str) -> list[str]:
    return [r for r in _row(tables, name)["roles"].split("; ") if r]


def _names(tables: dict) -> list[str]:
    return list(tables["actors"]["name"])


def test_a_civility_between_a_title_and_a_name_keeps_the_title():
    """ "Le ministre des Affaires étrangères, M. X": the civility belongs to the name; the
    title before the comma is the name's title all the same."""
    t = _analyse("Le ministre des Affaires étrangères, M. Karim Sallé, a reçu la délégation.")
    assert _roles(t, "Karim Sallé") == ["ministre des Affaires étrangères"]
    t = _analyse("La ministre de la Santé, Mme Awa Dioumé, a inauguré l'hôpital mardi.")
    assert _roles(t, "Awa Dioumé") == ["ministre de la Santé"]
    t = _analyse("L'ambassadeur de France au Tchad, M. Jean Durandal, a été convoqué lundi.")
    assert _roles(t, "Jean Durandal") == ["ambassadeur de France au Tchad"]


def test_a_title_naming_another_person_is_not_the_next_names_title():
    """ "Reçu par le Premier ministre X, M. Y": the title is X's, Y has none from it."""
    t = _analyse("Reçu dans la matinée par le Premier ministre Wang Leiming, M. Durandal a parlé.")
    assert _roles(t, "Wang Leiming") == ["Premier ministre"]
    assert _roles(t, "Durandal") == []


def test_a_title_in_courtesy_capitals_is_no_name():
    """ "le Président béninois", "le Ministre délégué", "le Ministre des Affaires étrangères":
    a role noun with nothing but title words after it is a title, not a person or a body."""
    t = _analyse("Mercredi, le Président béninois, Koffi Adjavon, a appelé au dialogue.")
    assert _names(t) == ["Koffi Adjavon"]
    assert _roles(t, "Koffi Adjavon") == ["Président béninois"]
    t = _analyse("Le Chef de l'Etat a reçu lundi le Ministre des Affaires étrangères.")
    assert _names(t) == []
    t = _analyse("Le Ministre Délégué chargé de la Coopération, Jean Ndoyem, a reçu les élus.")
    assert _names(t) == ["Jean Ndoyem"]


def test_a_capitalised_title_word_glued_before_a_name_is_not_part_of_it():
    """ "État X" (the end of "chef de l'État"), "Le Président Koffi X" with a first name the
    tagger reads as an adjective: the title word is not part of the person's name."""
    t = _analyse("Chef de l'État Koffi Ansaré a signé le décret mardi.")
    assert _names(t) == ["Koffi Ansaré"]
    t = _analyse("Le ministre a parlé.\n\nLe Président Koffi Ansaré est rentré lundi à Accra.")
    assert _names(t) == ["Koffi Ansaré"]
    assert _roles(t, "Koffi Ansaré") == ["Président"]


def test_a_name_between_commas_after_a_persons_title_is_a_person():
    """ "Le président de l'Assemblée nationale, X Y, a ...": whatever label the tagger gives
    the name, it holds the title before it; a body's name keeps its type."""
    t = _analyse("Le président de l'Assemblée nationale, Vital Kambéré, a reçu une délégation.")
    assert _row(t, "Vital Kambéré")["type"] == "person"
    assert _roles(t, "Vital Kambéré") == ["président de l'Assemblée nationale"]
    t = _analyse("Le porte-parole de la coalition, Front uni du Sud, a démenti lundi.")
    assert "Front uni du Sud" not in [n for n in _names(t) if _row(t, n)["type"] == "person"]


def test_the_object_of_a_persons_verb_is_not_that_person():
    """ "X a reçu l'ambassadeur": a bare title in X's own clause is someone else; in the
    next sentence, a bare title may take X up."""
    t = _analyse("La délégation est arrivée. Karim Sallé a reçu l'ambassadeur lundi.")
    assert _roles(t, "Karim Sallé") == []
    t = _analyse("Karim Sallé a reçu lundi la délégation. Le ministre a rappelé sa position.")
    assert _roles(t, "Karim Sallé") == ["ministre"]


def test_titles_and_names_enumerated_go_each_to_the_next_name():
    """ "le ministre de la Défense, A, le ministre de l'Intérieur, B, et le chef
    d'état-major, le général C": each title belongs to the name after it."""
    t = _analyse(
        "Étaient présents le ministre de la Défense, Abdou Diallor, le ministre de "
        "l'Intérieur, Sékou Camaro, et le chef d'état-major, le général Ibrahim Keitor."
    )
    assert _roles(t, "Abdou Diallor") == ["ministre de la Défense"]
    assert _roles(t, "Sékou Camaro") == ["ministre de l'Intérieur"]
    assert _roles(t, "Ibrahim Keitor") == ["chef d'état-major", "général"]


def test_respectively_shares_titles_out_in_order():
    """ "A et B, respectivement ministres des Affaires étrangères du Mali et de la Guinée":
    each name takes the shared head with its own complement, or its own whole title."""
    t = _analyse(
        "Abdou Diallor et Sékou Camaro, respectivement ministres des Affaires étrangères du "
        "Mali et de la Guinée, ont signé l'accord."
    )
    assert _roles(t, "Abdou Diallor") == ["ministre des Affaires étrangères du Mali"]
    assert _roles(t, "Sékou Camaro") == ["ministre des Affaires étrangères de la Guinée"]
    assert not any("Affaires" in n for n in _names(t))
    t = _analyse(
        "Abdou Diallor, Sékou Camaro et Jean Ndoyem, respectivement présidents malien, "
        "guinéen et burkinabè, ont signé l'accord."
    )
    assert _roles(t, "Jean Ndoyem") == ["président burkinabè"]
    assert _row(t, "Sékou Camaro")["country"] == "GN"
    t = _analyse(
        "Abdou Diallor et Sékou Camaro, respectivement ministre de la Défense et chef "
        "d'état-major, ont signé l'accord."
    )
    assert _roles(t, "Sékou Camaro") == ["chef d'état-major"]


def test_a_plural_title_before_coordinated_names_is_each_ones():
    """ "Les ministres des Affaires étrangères A et B": the plural title with its portfolio,
    in the singular, for each name; the portfolio is no body."""
    t = _analyse("Les ministres des Affaires étrangères Abdou Diallor et Sékou Camaro ont signé.")
    assert _roles(t, "Abdou Diallor") == ["ministre des Affaires étrangères"]
    assert _roles(t, "Sékou Camaro") == ["ministre des Affaires étrangères"]
    assert _names(t) == ["Abdou Diallor", "Sékou Camaro"]


def test_one_office_under_two_titles_and_ranks_that_name_no_office():
    """ "le chef de la diplomatie" takes up "le ministre des Affaires étrangères X"; "le chef
    de la junte" takes up "le colonel Y" (a rank names no office that would rule it out)."""
    t = _analyse(
        "Le ministre des Affaires étrangères Karim Sallé a parlé lundi. M. Sallé a ajouté "
        "que le dialogue restait ouvert. Le chef de la diplomatie a conclu sur un appel au calme."
    )
    assert _roles(t, "Karim Sallé") == ["ministre des Affaires étrangères", "chef de la diplomatie"]
    t = _analyse(
        "Le colonel Amadou Koné a reçu lundi une délégation. Le chef de la junte malienne a "
        "promis des élections."
    )
    assert _roles(t, "Amadou Koné") == ["colonel", "chef de la junte malienne"]
    t = _analyse(
        "Il portait un message au chef de la junte, le capitaine Issa Traorem. Le président "
        "Faure Mensah a salué la visite."
    )
    assert _roles(t, "Issa Traorem") == ["chef de la junte", "capitaine"]
    assert _roles(t, "Faure Mensah") == ["président"]


def test_an_editors_note_is_no_name():
    """ "(avec le Bénin, NDLR)": the editor's note names no one."""
    t = _analyse("Le ministre a reçu une délégation (avec le Bénin, NDLR) lundi à Niamey.")
    assert "NDLR" not in _names(t)


def test_unfamiliar_names_tagged_as_places_are_persons_by_their_context():
    """A name of two capitalised words no gazetteer knows, tagged a place, is a person when
    coordinated with a person ("A, B et C") or given a person's title after its comma; a
    known town stays a place."""
    t = _analyse(
        "Abdou Diallor, Sékou Camaro et Jean Ndoyem, respectivement présidents malien, "
        "guinéen et burkinabè, ont signé l'accord."
    )
    assert {"Abdou Diallor", "Sékou Camaro", "Jean Ndoyem"} <= set(_names(t))
    t = _analyse("Karamoko Traorem, l'actuel Premier ministre, a salué la décision.")
    assert _roles(t, "Karamoko Traorem") == ["actuel Premier ministre"]
    assert "Premier" not in _names(t)
    t = _analyse("Bobo Dioulasso, capitale économique, a accueilli le sommet.")
    assert _names(t) == []


def test_a_capitalised_body_noun_with_adjectives_names_an_institution():
    """ "la Cour constitutionnelle gabonaise": the capital on the body noun marks an
    institution's name even when the tagger sees none; its adjective gives its country."""
    t = _analyse("La Cour constitutionnelle gabonaise a validé les résultats lundi.")
    assert _row(t, "Cour constitutionnelle gabonaise")["country"] == "GA"
    t = _analyse("Les juges de la cour constitutionnelle ont siégé lundi à Libreville.")
    assert not any("cour" in n.lower() for n in _names(t))


def test_a_person_first_named_with_a_civility_takes_up_the_description_before():
    """ "Le ministre ... a déclaré ... . M. X a ajouté": a civility alone names someone the
    reader already knows, the holder of the description just before; not when X was named
    before it, nor across genders."""
    t = _analyse(
        "Le ministre des Affaires étrangères a déclaré lundi que la frontière restait fermée. "
        "M. Karim Sallé a ajouté que le dialogue restait ouvert."
    )
    assert _roles(t, "Karim Sallé") == ["ministre des Affaires étrangères"]
    t = _analyse("La ministre de la Santé a inauguré l'hôpital. M. Karim Sallé a salué le projet.")
    assert _roles(t, "Karim Sallé") == []
    t = _analyse(
        "Le président Jean Dupré a rencontré le ministre des Affaires étrangères. M. Dupré a "
        "déclaré que le dialogue restait ouvert."
    )
    assert _roles(t, "Jean Dupré") == ["président"]


def test_monarchs_ranks_and_repeated_titles_take_up_the_person_named_before():
    """ "le souverain" takes up "le roi X"; "le président de la transition" the "général X"
    (a rank is no other office); "l'opposant" repeated word for word the one opponent
    named before (two opponents: no one)."""
    t = _analyse(
        "Le roi Moulay Hassar a reçu lundi une délégation. Le souverain a salué la visite."
    )
    assert _roles(t, "Moulay Hassar") == ["roi", "souverain"]
    t = _analyse(
        "Le général Idriss Mahamor a reçu lundi une délégation. Le président de la transition "
        "a salué la coopération."
    )
    assert _roles(t, "Idriss Mahamor") == ["général", "président de la transition"]
    t = _analyse("L'opposant Jean Ndoyem a critiqué l'accord. L'opposant a dénoncé une trahison.")
    assert list(t["actor_roles"]["where"]) == ["title", "description"]
    t = _analyse(
        "L'opposant Jean Ndoyem a rencontré l'opposant Paul Biyor. L'opposant a dénoncé une "
        "trahison."
    )
    assert list(t["actor_roles"]["where"]) == ["title", "title"]


def test_a_name_tagged_with_its_lowercase_title_or_as_a_place_is_the_persons():
    """ "le président X" tagged as one person keeps X as the name and the title as a role;
    "A B" tagged as a place at the start, whose last word is a person's name later, is that
    person ("Le président de la République", a title throughout, is no one)."""
    t = _analyse(
        "Bassirou Diomar a entamé une tournée. Le chef de l'État sénégalais est attendu à "
        "Paris. Le président Diomar rencontrera son homologue."
    )
    assert _names(t) == ["Bassirou Diomar"]
    assert _roles(t, "Bassirou Diomar") == ["chef de l'État sénégalais", "président"]
    t = _analyse("Bassirou Diomar a reçu une délégation. Le président de la République a parlé.")
    assert "République" not in _names(t)


def test_a_state_described_as_an_actor_after_a_place_preposition_is_an_actor():
    """ "une allusion au Niger, acteur clé de la crise": an apposition that says what the
    state is in the story (actor, interlocutor) makes it an actor, like "allié" or "rival"."""
    t = _analyse("Le ministre a fait une allusion claire au Niger, acteur clé dans cette crise.")
    assert "Niger" in _names(t)
    t = _analyse("La délégation a fait escale au Tchad avant de rentrer.")
    assert "Tchad" not in _names(t)


def test_a_body_completed_by_its_state_is_named_with_it():
    """ "l'Assemblée nationale du Sénégal": the state right after a body's name is part of
    how the text names it (an alias) and gives its country."""
    t = _analyse("L'Assemblée nationale du Sénégal a voté la loi lundi à Dakar.")
    row = next(r for r in t["actors"].to_dict("records") if r["type"] == "organisation")
    assert "Assemblée nationale du Sénégal" in row["aliases"].split("; ")
    assert row["country"] == "SN"


def test_titles_keep_their_qualifiers_and_long_portfolios():
    """ "le président par intérim X", "le nouvel ambassadeur", "le ministre d'Etat chargé de
    la Défense X", "le ministre de l'Intérieur et de la Sécurité X": the whole title, and
    the name after it even when the tagger glued the portfolio's last word to it."""
    t = _analyse("Le président par intérim Mamadou Diallor a reçu la délégation.")
    assert _roles(t, "Mamadou Diallor") == ["président par intérim"]
    t = _analyse("Le nouvel ambassadeur de France Jean Durandal a présenté ses lettres.")
    assert _roles(t, "Jean Durandal") == ["nouvel ambassadeur de France"]
    t = _analyse("Le ministre d'Etat chargé de la Défense Moussa Diallor a salué l'accord.")
    assert _roles(t, "Moussa Diallor") == ["ministre d'Etat chargé de la Défense"]
    t = _analyse("Le ministre de l'Intérieur et de la Sécurité Moussa Diallor a salué l'accord.")
    assert _roles(t, "Moussa Diallor") == ["ministre de l'Intérieur et de la Sécurité"]
    t = _analyse("Moussa Diallor, 65 ans, ancien ministre des Finances, a salué l'accord.")
    assert _roles(t, "Moussa Diallor") == ["ancien ministre des Finances"]


def test_a_title_goes_on_over_its_mandate_and_a_designation():
    """ "l'émissaire de l'ONU pour la Libye, X", "le Premier ministre désigné X": "pour" +
    what the mandate covers, and "désigné / sortant" after the title, stay in the title."""
    t = _analyse("L'émissaire de l'ONU pour la Libye, Moussa Diallor, a salué l'accord.")
    assert _roles(t, "Moussa Diallor") == ["émissaire de l'ONU pour la Libye"]
    t = _analyse("Le Premier ministre désigné Moussa Diallor a salué l'accord.")
    assert _roles(t, "Moussa Diallor") == ["Premier ministre désigné"]


def test_the_head_of_a_body_is_not_the_head_of_state():
    """ "Le président X ... Le président de l'Assemblée nationale ...": a title held in a
    body names another office than the bare title; the body's name keeps its adjective."""
    t = _analyse(
        "Le président Jean Ndoyem a reçu lundi la délégation. Le président de l'Assemblée "
        "nationale a salué la visite."
    )
    assert _roles(t, "Jean Ndoyem") == ["président"]
    t = _analyse(
        "Le président Jean Ndoyem a reçu lundi la délégation. Le chef de l'État a salué la visite."
    )
    assert _roles(t, "Jean Ndoyem") == ["président", "chef de l'État"]


def test_a_bare_title_still_takes_up_the_head_of_a_body():
    """ "Le président de la Commission X ... Le président a ...": the bare title may take
    up a body's head (only a title naming a body is kept from a bare office)."""
    t = _analyse(
        "Le président de la Commission de l'Union africaine, Moussa Fakir, a reçu la "
        "délégation lundi. Le président a salué la médiation."
    )
    assert _roles(t, "Moussa Fakir")[-1] == "président"
