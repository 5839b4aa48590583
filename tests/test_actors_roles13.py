"""Roles stated by French constructions (round 9, session 13), each rule on invented snippets.

Classes, not phrasings: nouns of personal relations (kin, predecessor, aide) whose "de"
complement names another person; a title glued to a name inside another role's complement
("le conseiller du président X": X is the president); a posting "dans le pays" / "à <ville>"
inside a title; parliamentary, military and diplomatic offices; roles given by a predicate
(appointment verbs in the passive or as participles, copulas, "en tant que").
"""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _roles(tables: dict, name: str) -> list[str]:
    return [r for r in _row(tables, name)["roles"].split("; ") if r]


def test_a_personal_relation_noun_takes_the_person_named_in_its_complement():
    """ "X, la sœur du dirigeant Y," / "X, le prédécesseur de Y,": the apposition of X
    goes on through Y; Y keeps only the role glued to the name."""
    t = _analyse(
        "Karima Saleh, l'influente sœur du dirigeant syrien Omar Saleh, a annoncé mardi "
        "que Damas refuserait tout contact."
    )
    assert any("sœur du dirigeant syrien Omar Saleh" in r for r in _roles(t, "Karima Saleh"))
    assert _roles(t, "Omar Saleh") == ["dirigeant syrien"]
    t = _analyse(
        "Le voyage avait été préparé par Marta Ruiz, la prédécesseure de Pablo Gómez, mais "
        "ce dernier l'a maintenu."
    )
    assert _roles(t, "Marta Ruiz") == ["prédécesseure de Pablo Gómez"]
    assert _roles(t, "Pablo Gómez") == []
    t = _analyse("Son neveu Ahmed Karimi a été arrêté à Téhéran.")
    assert _roles(t, "Ahmed Karimi") == ["neveu"]


def test_a_role_glued_to_a_name_inside_another_roles_complement_is_the_names():
    """ "le conseiller du président X" without a comma: X is the president (the adviser is
    someone else); with the comma, X is the adviser."""
    t = _analyse("Le conseiller du président Omar Saleh a démissionné lundi.")
    assert _roles(t, "Omar Saleh") == ["président"]
    t = _analyse("Le conseiller du président, Omar Saleh, a démissionné lundi.")
    assert _roles(t, "Omar Saleh") == ["conseiller du président"]
    t = _analyse("La porte-parole du ministre des Affaires étrangères Ali Benali a démenti.")
    assert _roles(t, "Ali Benali") == ["ministre des Affaires étrangères"]


def test_an_apposition_names_a_person_inside_its_complement():
    """ "X, conseiller du gouvernement de Y pour …": the apposition does not stop at Y
    when Y is the complement of "de" and the phrase goes on after it."""
    t = _analyse(
        "« Cette région compte beaucoup pour nous », présentait, lors d'une conférence de "
        "presse, Paul Nara, conseiller du gouvernement de Jean Koné pour les relations "
        "internationales."
    )
    assert _roles(t, "Paul Nara") == [
        "conseiller du gouvernement de Jean Koné pour les relations internationales"
    ]
    t = _analyse("Ana Ruiz, collaboratrice de la ministre Inés Vidal depuis 2019, a démissionné.")
    assert _roles(t, "Ana Ruiz") == ["collaboratrice de la ministre Inés Vidal"]
    # a name followed by its verb is the subject, not the complement's
    t = _analyse("Marc Dufour, ami du président Omar Saleh a dit non.")
    assert "ami du président Omar Saleh" not in _row(t, "Marc Dufour")["roles"]


def test_a_posting_in_the_country_or_a_town_is_part_of_the_title():
    """ "l'ambassadeur d'Argentine dans le pays, X", "le consul général de France à
    Tanger, X": where the holder is posted stays inside the title, which gives X the
    country of the sending state."""
    t = _analyse(
        "Le gouvernement chilien a remis une lettre à l'ambassadeur d'Argentine dans le "
        "pays, Pablo Ruiz, mardi."
    )
    assert _roles(t, "Pablo Ruiz") == ["ambassadeur d'Argentine dans le pays"]
    assert _row(t, "Pablo Ruiz")["country"] == "AR"
    t = _analyse("Rabat a convoqué le chargé d'affaires espagnol dans le royaume, Luis Gómez.")
    assert _roles(t, "Luis Gómez") == ["chargé d'affaires espagnol dans le royaume"]
    assert _row(t, "Luis Gómez")["country"] == "ES"
    t = _analyse("Le consul général de France à Tanger, Paul Martin, a rencontré des élus.")
    assert _roles(t, "Paul Martin") == ["consul général de France à Tanger"]


def test_parliamentary_military_and_diplomatic_offices():
    """Offices of an assembly (orateur, rapporteure), ranks of several words, and the
    diplomatic offices beside the ambassador are role nouns."""
    t = _analyse(
        "L'oratrice du groupe socialiste, Marie Dupont, a estimé que l'accord était caduc."
    )
    assert _roles(t, "Marie Dupont") == ["oratrice du groupe socialiste"]
    t = _analyse("La rapporteure du texte, Jeanne Morel, a défendu l'accord devant les députés.")
    assert _roles(t, "Jeanne Morel") == ["rapporteure du texte"]
    t = _analyse("Le ministre a reçu Ali Benali, général de corps d'armée.")
    assert _roles(t, "Ali Benali") == ["général de corps d'armée"]
    t = _analyse("Le ministre s'est entretenu avec le vice-amiral Paul Martin à Brest.")
    assert _roles(t, "Paul Martin") == ["vice-amiral"]
    t = _analyse("Le nonce apostolique Pietro Conti a rencontré le président.")
    assert _roles(t, "Pietro Conti") == ["nonce apostolique"]


def test_a_role_given_by_an_appointment_verb_or_a_copula():
    """ "présenter X comme R", "nommer X R", "X a été élu R", "X, désigné R,", "X est
    devenu R", "X en tant que R": the role after the predicate is X's, up to a date."""
    t = _analyse(
        "Elle a présenté et assermenté l'ambassadeur Luis Mora comme vice-ministre des "
        "affaires étrangères."
    )
    assert "vice-ministre des affaires étrangères" in _roles(t, "Luis Mora")
    t = _analyse("Le roi a nommé M. Karim Alaoui ambassadeur à Paris.")
    assert _roles(t, "Karim Alaoui") == ["ambassadeur à Paris"]
    t = _analyse("Paul Martin, nommé ministre de la Défense en mars, a visité Niamey.")
    assert _roles(t, "Paul Martin") == ["ministre de la Défense"]
    t = _analyse("Awa Diallo a été élue présidente du Sénat le 12 mai.")
    assert _roles(t, "Awa Diallo") == ["présidente du Sénat"]
    t = _analyse("Awa Diallo est devenue porte-parole du gouvernement en 2020.")
    assert _roles(t, "Awa Diallo") == ["porte-parole du gouvernement"]
    t = _analyse("Le Sénat a reçu Paul Martin en tant que représentant spécial de l'ONU.")
    assert _roles(t, "Paul Martin") == ["représentant spécial de l'ONU"]


def test_an_active_appointment_or_a_comparison_gives_no_role_to_the_subject():
    """ "X a nommé un Premier ministre": the office is the object's, not the subject's;
    "voir X comme un allié" is a judgement, not a role."""
    t = _analyse("Awa Diallo a nommé un nouveau Premier ministre.")
    assert _roles(t, "Awa Diallo") == []
    t = _analyse("Paul Martin a choisi comme conseiller un ancien diplomate.")
    assert _roles(t, "Paul Martin") == []
    t = _analyse("Le président considère Paul Martin comme un allié.")
    assert _roles(t, "Paul Martin") == []


def test_a_role_in_a_parenthesis_or_between_dashes():
    """ "X (ministre … )", "X – ancien ambassadeur … –": an aside opened by a role noun is
    the name's role, cut at the first comma; an aside without one ("(AFP)") is none."""
    t = _analyse("Amadou Fall (ministre sénégalais des Affaires étrangères) a reçu son homologue.")
    assert _roles(t, "Amadou Fall") == ["ministre sénégalais des Affaires étrangères"]
    assert _row(t, "Amadou Fall")["country"] == "SN"
    t = _analyse("Amadou Fall – ancien ambassadeur du Sénégal en France – a dénoncé ces propos.")
    assert _roles(t, "Amadou Fall") == ["ancien ambassadeur du Sénégal en France"]
    t = _analyse("Awa Diallo (porte-parole du gouvernement, à droite) a dénoncé ces propos.")
    assert _roles(t, "Awa Diallo") == ["porte-parole du gouvernement"]
    t = _analyse("Awa Diallo (photo) a dénoncé ces propos.")
    assert _roles(t, "Awa Diallo") == []


def test_a_plural_title_with_a_complement_shared_over_named_countries():
    """ "les ministres des Affaires étrangères du Sénégal, A, et du Mali, B": the portfolio
    is shared, the country complement is each name's own (not a word inside a country's
    name: "de la Côte d'Ivoire")."""
    t = _analyse(
        "Les ministres des Affaires étrangères du Sénégal, Amadou Fall, et du Mali, Oumar "
        "Keita, se sont rencontrés."
    )
    assert _roles(t, "Amadou Fall") == ["ministre des Affaires étrangères du Sénégal"]
    assert _roles(t, "Oumar Keita") == ["ministre des Affaires étrangères du Mali"]
    t = _analyse(
        "Les ministres de la Défense de la France, Paul Martin, et de l'Allemagne, Hans "
        "Weber, ont signé."
    )
    assert _roles(t, "Hans Weber") == ["ministre de la Défense de l'Allemagne"]
    t = _analyse(
        "Les présidents de la Côte d'Ivoire, Amadou Fall, et du Ghana, Kwame Mensah, se "
        "sont rencontrés."
    )
    assert _roles(t, "Kwame Mensah") == ["président du Ghana"]


def test_an_envoy_for_a_region_after_a_long_country_name():
    """ "l'envoyé spécial des États-Unis pour le Sahel, X": the mission "pour …" stays in
    the title even after a country name of several words."""
    t = _analyse("L'envoyé spécial des États-Unis pour le Sahel, Paul Martin, est arrivé.")
    assert _roles(t, "Paul Martin") == ["envoyé spécial des États-Unis pour le Sahel"]
    t = _analyse("La représentante de l'Union européenne pour la Corne, Anna Berg, est arrivée.")
    assert _roles(t, "Anna Berg") == ["représentante de l'Union européenne pour la Corne"]


def test_a_compound_title_opened_by_a_preposition_or_a_capitalised_complement():
    """ "le sous-secrétaire d'État X": "sous" glued by a hyphen is part of the role, not a
    preposition ending the title; "le garde des Sceaux X": the capitalised complement of a
    title is no part of the name."""
    t = _analyse("Le sous-secrétaire d'État américain Paul Martin est arrivé.")
    assert _roles(t, "Paul Martin") == ["sous-secrétaire d'État américain"]
    t = _analyse("La sous-secrétaire d'État Anna Berg est arrivée à Kiev.")
    assert _roles(t, "Anna Berg") == ["sous-secrétaire d'État"]
    t = _analyse("Le garde des Sceaux Paul Martin a présenté le texte.")
    assert _roles(t, "Paul Martin") == ["garde des Sceaux"]


def test_a_title_running_over_a_quoted_name():
    """ "l'oratrice du groupe « X », Y": the quotation marks around a group's or a party's
    name do not cut the title of the person named after the comma; a quoted phrase that
    follows no role noun gives none."""
    t = _analyse(
        "Remettant les pendules à l'heure, l'oratrice du groupe centriste « Horizons », "
        "Marie Dupont, a estimé que l'accord était caduc."
    )
    assert _roles(t, "Marie Dupont") == ["oratrice du groupe centriste « Horizons »"]
    t = _analyse('Le président du parti "Avenir", Paul Martin, a démissionné.')
    assert _roles(t, "Paul Martin") == ['président du parti "Avenir"']
    t = _analyse("Le slogan « Jamais plus », Paul Martin l'a répété.")
    assert _roles(t, "Paul Martin") == []


def test_the_capacity_in_which_the_subject_acts():
    """ "X est arrivé à Dakar, en qualité d'envoyé spécial du président", "X s'est rendu à
    Lomé en tant que médiateur": the role is the subject's (read from the parse); the
    object's or another subject's clause gives the name nothing."""
    t = _analyse(
        "Le ministre de l'Intérieur, Paul Martin, est arrivé hier à Dakar, en qualité "
        "d'envoyé spécial du président, et a remis un message."
    )
    assert "envoyé spécial du président" in _roles(t, "Paul Martin")
    t = _analyse("Paul Martin s'est rendu à Dakar en tant que représentant personnel du roi.")
    assert _roles(t, "Paul Martin") == ["représentant personnel du roi"]
    t = _analyse("Paul Martin a dit que le pays agirait en tant que médiateur.")
    assert _roles(t, "Paul Martin") == []
    t = _analyse("Paul Martin a reçu Awa Diallo en tant que médiatrice.")
    assert _roles(t, "Paul Martin") == []
