"""Actors, countries and roles, round 11 (session 15): constructions of French, not of one
article. An acronym the article defines anew for another body than the knowledge base's.
Every snippet is invented."""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _names(tables: dict) -> list[str]:
    return list(tables["actors"]["name"])


# --- an acronym defined anew in the article ----------------------------------------------


def test_an_acronym_defined_for_another_body_is_not_the_knowledge_base_body():
    t = _analyse(
        "Le gouvernement a dénoncé les Forces de sauvegarde républicaines (RSF), qui contrôlent la "
        "région. Les RSF ont répondu par un communiqué."
    )
    assert "Reporters sans frontières" not in _names(t)
    row = _row(t, "Forces de sauvegarde républicaines")
    assert "RSF" in row["aliases"].split("; ") and row["country"] != "FR"


def test_another_acronym_redefined_in_another_phrasing():
    t = _analyse(
        "Le Mouvement pour la solidarité et la fraternité (MSF) a rejeté l'accord signé "
        "la veille à Niamey."
    )
    assert "Médecins sans frontières" not in _names(t)
    assert "MSF" in _row(t, "Mouvement pour la solidarité et la fraternité")["aliases"]


def test_an_acronym_after_the_knowledge_base_body_s_own_name_stays_that_body():
    t = _analyse("Reporters sans frontières (RSF) a dénoncé l'arrestation d'un journaliste.")
    assert _row(t, "Reporters sans frontières")["country"] == "FR"
    t = _analyse("Selon RSF, trois journalistes ont été arrêtés la semaine dernière.")
    assert _row(t, "Reporters sans frontières")["country"] == "FR"


# --- a plural title with a nationality and a complement, before a list of names ----------


def test_a_plural_demonym_title_with_a_complement_gives_its_country_to_the_listed_names():
    t = _analyse(
        "Le Canada et la Norvège ont sanctionné deux ministres hongrois d'extrême droite, "
        "Lajos Kertai et Bence Molnar, pour leurs propos."
    )
    assert _row(t, "Lajos Kertai")["country"] == "HU"
    assert _row(t, "Bence Molnar")["country"] == "HU"
    t = _analyse(
        "La France a reçu trois diplomates japonais de haut rang, Kenji Arata, Haruto Sakai "
        "et Yui Mori, à Paris."
    )
    assert {_row(t, n)["country"] for n in ("Kenji Arata", "Haruto Sakai", "Yui Mori")} == {"JP"}


def test_a_capitalised_complement_after_the_plural_title_gives_no_country():
    t = _analyse(
        "Le Canada a sanctionné les ministres hongrois de la Défense de Serbie, Lajos Kertai "
        "et Bence Molnar."
    )
    assert _row(t, "Lajos Kertai")["country"] != "HU"


# --- the officials who accompany someone on a trip are of that person's country ----------


def test_officials_accompanying_a_visitor_are_of_the_visitor_s_country():
    t = _analyse(
        "Le chancelier autrichien, Karl Brenner, est arrivé mardi à Rabat, accompagné du "
        "ministre de l'Intérieur, Felix Gruber, et de la ministre de la Santé, Lena Hofer."
    )
    assert _row(t, "Felix Gruber")["country"] == "AT"
    assert _row(t, "Lena Hofer")["country"] == "AT"
    t = _analyse(
        "La Première ministre norvégienne Ingrid Dahl s'est rendue à Quito, accompagnée par "
        "le vice-ministre des Affaires étrangères Olav Berg."
    )
    assert _row(t, "Olav Berg")["country"] == "NO"


def test_a_counterpart_accompanying_a_visitor_is_not_of_the_visitor_s_country():
    t = _analyse(
        "Le chancelier autrichien, Karl Brenner, est arrivé mardi à Rabat, accompagné de son "
        "homologue Youssef Alami."
    )
    assert _row(t, "Youssef Alami")["country"] != "AT"


def test_a_verb_between_the_participle_and_the_official_breaks_the_list():
    t = _analyse(
        "Le chancelier autrichien, Karl Brenner, est arrivé mardi à Rabat, accompagné de "
        "journalistes, et a rencontré le ministre de l'Intérieur, Youssef Alami."
    )
    assert _row(t, "Youssef Alami")["country"] != "AT"


# --- a name after "en / au / aux" is a place, never a person apposed to a title -----------


def test_a_name_after_en_or_au_is_no_person_apposed_to_the_next_title():
    t = _analyse(
        "Après une escale en Nouvelle-Zemblie, le chef de l'État a promis l'ouverture d'une "
        "ambassade."
    )
    assert "Nouvelle-Zemblie" not in _names(t)
    t = _analyse(
        "De retour au Haut-Kerval, le Premier ministre a présidé le conseil des ministres."
    )
    assert "Haut-Kerval" not in _names(t)


def test_a_name_after_a_comma_with_a_title_apposed_is_still_a_person():
    t = _analyse("Jean Dupuis, ministre de la Défense, a présidé le conseil des ministres.")
    assert _row(t, "Jean Dupuis")["type"] == "person"


# --- "Congo" and "congolais" in a story of one of the two Congos ---------------------------


def test_the_shared_short_name_and_adjective_follow_the_one_congo_named():
    t = _analyse(
        "La RDC a rappelé son ambassadeur. Le vice-ministre congolais de l'Intérieur, Paul "
        "Mbala, a reçu la coalition Union Lac Congo à Kinshasa."
    )
    assert _row(t, "Paul Mbala")["country"] == "CD"
    t = _analyse(
        "Le gouvernement de Brazzaville a protesté. Le ministre congolais de la Défense, Paul "
        "Mbala, a parlé du Congo."
    )
    assert _row(t, "Paul Mbala")["country"] == "CG"


def test_the_shared_short_name_alone_stays_the_republic_of_the_congo():
    t = _analyse("Le Congo a signé l'accord avec le Gabon.")
    assert _row(t, "Congo")["country"] == "CG"


# --- a prepositional locution after the comma is no apposition ----------------------------


def test_a_prepositional_locution_after_a_name_is_no_role():
    t = _analyse(
        "Les autorités ont rappelé leur ambassadeur au Liban, Samir Haddad, suite aux propos "
        "tenus la veille."
    )
    assert _row(t, "Samir Haddad")["roles"] == "ambassadeur au Liban"
    t = _analyse("Le tribunal a libéré Samir Haddad, faute de preuves, mardi.")
    assert not _row(t, "Samir Haddad")["roles"]
    t = _analyse("Samir Haddad, face aux critiques, a quitté son poste.")
    assert not _row(t, "Samir Haddad")["roles"]


def test_a_noun_apposition_after_a_name_is_still_a_role():
    t = _analyse("Samir Haddad, romancier libanais, a quitté son poste.")
    assert _row(t, "Samir Haddad")["roles"] == "romancier libanais"


# --- the portfolios of a minister's title are no bodies -----------------------------------


def test_a_portfolio_of_the_wider_class_is_part_of_the_title_not_a_body():
    t = _analyse(
        "La ministre de l'Enseignement supérieur et de la Recherche, Anna Berni, a signé l'accord."
    )
    assert _names(t) == ["Anna Berni"]
    assert _row(t, "Anna Berni")["roles"] == (
        "ministre de l'Enseignement supérieur et de la Recherche"
    )
    t = _analyse("Le ministre des Travaux publics et de l'Habitat, Paul Mbala, a parlé.")
    assert _names(t) == ["Paul Mbala"]


def test_a_body_named_after_a_portfolio_word_and_a_place_is_still_a_body():
    t = _analyse("Le ministre des Relations extérieures a visité l'Université de Dakar.")
    assert "Université de Dakar" in _names(t)


# --- a passage in capitals holds no names but what the knowledge base knows ---------------


def test_words_of_a_passage_in_capitals_are_no_bodies():
    t = _analyse(
        "CES PROPOS SONT CONTRAIRES AUX USAGES DIPLOMATIQUES, AJOUTANT QUE LES LIENS SONT "
        "ROMPUS. Le ministre a parlé."
    )
    assert _names(t) == []
    t = _analyse("IL A DIT QUE LE PAYS ÉTAIT PRÊT AU DIALOGUE. Le ministre a parlé.")
    assert _names(t) == []


def test_known_states_and_bodies_in_capitals_and_short_acronyms_are_still_found():
    t = _analyse("LE MAROC ET LE SÉNÉGAL SIGNENT UN ACCORD AVEC LA BANQUE MONDIALE À DAKAR.")
    assert {"Maroc", "Sénégal", "Banque mondiale"} <= set(_names(t))
    t = _analyse("Le ministre a rencontré le chef de l'OTAN et le directeur de l'UNESCO.")
    assert {"OTAN", "Unesco"} <= set(_names(t))


# --- a body's name coordinating two complements is one name -------------------------------


def test_a_body_name_with_two_coordinated_complements_is_one_body():
    t = _analyse("Les Brigades de Veille et de Protection togolaises ont repoussé une attaque.")
    assert _names(t) == ["Brigades de Veille et de Protection togolaises"]
    t = _analyse("Le Comité de Suivi et d'Évaluation a rendu son rapport.")
    assert _names(t) == ["Comité de Suivi et d'Évaluation"]


def test_two_known_bodies_coordinated_stay_two():
    t = _analyse("Les représentants de l'Union africaine et de la Cédéao sont arrivés.")
    assert len(_names(t)) == 2


# --- a one-word name that is a French noun, read as that noun ------------------------------


def test_a_heading_opened_by_an_action_noun_names_no_body():
    t = _analyse("Libération de deux gendarmes : une médiation réussie. Le ministre a parlé.")
    assert _names(t) == []
    t = _analyse("Expulsion du diplomate : la réponse du ministre. Le ministre a parlé.")
    assert _names(t) == []


def test_a_known_newspaper_inside_another_body_s_name_is_that_body():
    t = _analyse("Le Mouvement de Libération et de Justice a signé l'accord.")
    assert _names(t) == ["Mouvement de Libération et de Justice"]


def test_the_newspaper_named_as_a_source_is_still_the_newspaper():
    t = _analyse("Selon Libération, le ministre a démissionné.")
    assert _row(t, "Libération")["type"] == "media"
    t = _analyse("La Fondation de France a parlé.")
    assert "Fondation de France" in _names(t)


# --- leaders, public figures and hostages with a nationality are a group of that country --


def test_public_figures_and_hostages_with_a_nationality_are_a_group():
    t = _analyse("Des personnalités politiques indiennes ont critiqué ces propos.")
    assert _row(t, "personnalités politiques indiennes")["country"] == "IN"
    t = _analyse("Les ex-otages français ont remercié le président.")
    assert _row(t, "ex-otages français")["country"] == "FR"
    t = _analyse("Des délégués soudanais ont quitté la salle.")
    assert _row(t, "délégués soudanais")["country"] == "SD"


def test_such_a_noun_without_a_nationality_is_no_group():
    t = _analyse("Des personnalités ont critiqué ces propos.")
    assert _names(t) == []
    t = _analyse("Les otages ont été libérés mardi.")
    assert _names(t) == []


# --- a title whose body is followed by its acronym, before the comma and the name --------


def test_a_title_ending_with_a_body_s_acronym_is_read_before_the_name():
    t = _analyse("L'ancien président de l'Union des patronats (UNP), Paul Mbala, a parlé.")
    assert _row(t, "Paul Mbala")["roles"] == "ancien président de l'Union des patronats"
    t = _analyse("Le secrétaire général du Mouvement pour la paix (MPP), Anne Diop, a démissionné.")
    assert _row(t, "Anne Diop")["roles"] == "secrétaire général du Mouvement pour la paix"


def test_an_acronym_after_a_plural_title_gives_no_title_to_a_list_of_names():
    t = _analyse(
        "Il a rencontré des représentants de l'Union des patronats (UNP), Paul Mbala et Anne Diop."
    )
    assert not _row(t, "Anne Diop")["roles"]


# --- a plural title set before a list of names with a comma, shared out in the singular ----


def test_a_plural_title_before_a_comma_and_a_list_of_names_is_each_one_s():
    t = _analyse(
        "Le Canada a sanctionné deux ministres israéliens de premier plan, Avi Mizrahi et Dan Levi."
    )
    for name in ("Avi Mizrahi", "Dan Levi"):
        assert _row(t, name)["roles"] == "ministre israélien de premier plan"
    t = _analyse(
        "La France a expulsé trois diplomates russes, Ivan Sokolov, Oleg Petrov et Igor Orlov."
    )
    assert _row(t, "Oleg Petrov")["roles"] == "diplomate russe"


def test_a_plural_noun_that_is_no_title_gives_no_role_to_the_list():
    t = _analyse("Le Canada a sanctionné des colons, Avi Mizrahi et Dan Levi.")
    assert not _row(t, "Dan Levi")["roles"]


# --- a minister's portfolio in parentheses after the name ---------------------------------


def test_a_portfolio_in_parentheses_after_a_name_is_the_person_s_role():
    t = _analyse("Les ministres Avi Mizrahi (Sécurité) et Dan Levi (Finances) ont protesté.")
    assert "Sécurité" in _row(t, "Avi Mizrahi")["roles"].split("; ")
    # the plural title reaches the second name over the first one's aside (round 11, roles)
    assert _row(t, "Dan Levi")["roles"] == "ministre; Finances"
    t = _analyse("Paul Mbala (Affaires étrangères) a reçu son homologue.")
    assert _row(t, "Paul Mbala")["roles"] == "Affaires étrangères"


def test_a_parenthesis_holding_a_medium_or_a_country_is_no_portfolio():
    t = _analyse("Paul Mbala (AFP) a parlé.")
    assert not _row(t, "Paul Mbala")["roles"]
    t = _analyse("Paul Mbala (Gabon) a parlé.")
    assert not _row(t, "Paul Mbala")["roles"]


# --- the bare head-of-state title and the one person the headline names ------------------


def _with_headline(title: str, body: str) -> dict:
    from tests.helpers import run_steps

    text = f'---\ntitle: "{title}"\ndate: 2023-05-02\n---\n\n{body}\n'
    return run_steps(text, steps=["actors"], publication=None).tables


def test_the_bare_head_of_state_title_is_the_person_the_headline_names():
    t = _with_headline(
        "Depuis Tonga, Jules Marlin défend la présence de son pays",
        "Arrivé à Nukualofa, le chef de l'État a promis l'ouverture d'une ambassade. "
        "Jules Marlin est arrivé mercredi. Le général Paul Tarot y avait séjourné en 1966. "
        "Le chef de l'État a ensuite dénoncé les ingérences.",
    )
    assert "chef de l'État" in _row(t, "Jules Marlin")["roles"]
    assert _row(t, "Paul Tarot")["roles"] == "général"
    t = _with_headline(
        "Jules Marlin en visite à Lima",
        "Jules Marlin est arrivé mardi à Lima. Le président de la République a ensuite "
        "rencontré des étudiants.",
    )
    assert "président de la République" in _row(t, "Jules Marlin")["roles"]


def test_a_headline_person_given_another_office_is_not_the_head_of_state():
    t = _with_headline(
        "Jules Marlin en visite à Lima",
        "Le ministre des Affaires étrangères Jules Marlin est arrivé mardi à Lima. Le chef "
        "de l'État l'a reçu au palais.",
    )
    assert "chef de l'État" not in str(_row(t, "Jules Marlin")["roles"])


def test_two_persons_in_the_headline_take_no_bare_title():
    t = _with_headline(
        "Jules Marlin reçoit Paul Mbala",
        "Arrivé à Lima, le chef de l'État a salué l'amitié des deux pays. Jules Marlin et "
        "Paul Mbala ont signé un accord.",
    )
    assert "chef de l'État" not in str(_row(t, "Jules Marlin")["roles"])
    assert "chef de l'État" not in str(_row(t, "Paul Mbala")["roles"])
