"""Roles stated by French constructions (round 11, session 15), each rule on invented snippets.

Classes, not phrasings: a plural title before a list of names with a comma, a modifier
("anciens", "ex-", "nouveaux") or an aside after each name; a counterpart's office in the
gender of its nationality adjective and at the same international seat; verbs of holding
an office ("occuper le poste de", "exercer les fonctions de"); verbs of heading a body
("qui dirige", "qui préside", "à la tête de").
"""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _roles(tables: dict, name: str) -> list[str]:
    return [r for r in _row(tables, name)["roles"].split("; ") if r]


# --- plural titles before a list of names --------------------------------------------------


def test_a_plural_title_with_a_comma_before_a_list_is_each_names():
    t = _analyse(
        "Le chef de l'État a accueilli les trois otages, Léa Morin, Hugo Blanc et Yves Caron, "
        "à l'aéroport."
    )
    for name in ("Léa Morin", "Hugo Blanc", "Yves Caron"):
        assert _roles(t, name) == ["otage"]
    t = _analyse("Il a reçu les deux journalistes, Léa Morin et Hugo Blanc, mardi.")
    assert _roles(t, "Léa Morin") == ["journaliste"]
    assert _roles(t, "Hugo Blanc") == ["journaliste"]


def test_a_plural_title_with_a_modifier_is_each_names_in_the_singular():
    t = _analyse("Le président a reçu les anciens ministres Léa Morin et Hugo Blanc lundi.")
    assert _roles(t, "Léa Morin") == ["ancien ministre"]
    assert _roles(t, "Hugo Blanc") == ["ancien ministre"]
    t = _analyse(
        "Les quatre ex-otages, Léa Morin, Hugo Blanc, Yves Caron et Paul Roy, sont rentrés."
    )
    assert _roles(t, "Paul Roy") == ["ex-otage"]
    t = _analyse("Les nouveaux ambassadeurs, Léa Morin et Hugo Blanc, ont présenté leurs lettres.")
    assert _roles(t, "Hugo Blanc") == ["nouvel ambassadeur"]


def test_a_plural_title_reaches_names_followed_by_an_aside():
    t = _analyse(
        "Les sanctions visent deux ministres norvégiens de premier plan, Erik Dahl (Justice) "
        "et Knut Berg (Pêche), depuis mardi."
    )
    assert _roles(t, "Erik Dahl") == ["ministre norvégien de premier plan", "Justice"]
    assert _roles(t, "Knut Berg") == ["ministre norvégien de premier plan", "Pêche"]


def test_no_plural_title_when_a_verb_separates_it_from_the_names():
    t = _analyse("Les ministres ont reçu Léa Morin et Hugo Blanc.")
    assert _roles(t, "Léa Morin") == []
    t = _analyse("Des otages ont été libérés, Léa Morin et Hugo Blanc ont été accueillis.")
    assert _roles(t, "Hugo Blanc") == []


# --- counterparts -----------------------------------------------------------------------------


def test_a_counterparts_office_agrees_with_its_nationality_adjective():
    t = _analyse(
        "L'ambassadrice canadienne à l'ONU, Ann Lee, a voté pour, tandis que son homologue "
        "albanais, Fatos Hila, dénonçait Moscou."
    )
    assert "ambassadeur albanais à l'ONU" in _roles(t, "Fatos Hila")
    t = _analyse("Le président chilien, Jorge Soto, a reçu son homologue allemande, Anna Weber.")
    assert "présidente allemande" in _roles(t, "Anna Weber")


def test_a_counterpart_keeps_an_international_seat_not_a_posting_in_a_country():
    t = _analyse(
        "L'ambassadeur français auprès des Nations unies, Paul Roux, a parlé, et son "
        "homologue russe, Ivan Petrov, a répondu."
    )
    assert "ambassadeur russe auprès des Nations unies" in _roles(t, "Ivan Petrov")
    t = _analyse(
        "L'ambassadeur français au Kenya, Paul Roux, a reçu son homologue russe, Ivan Petrov."
    )
    assert "ambassadeur russe" in _roles(t, "Ivan Petrov")
    assert not any("Kenya" in r for r in _roles(t, "Ivan Petrov"))


# --- verbs of holding and heading -----------------------------------------------------------------


def test_a_verb_of_holding_an_office_states_the_subjects_role():
    t = _analyse("Omar Diallo, qui occupe le poste de ministre de la Défense, a critiqué l'accord.")
    assert _roles(t, "Omar Diallo") == ["ministre de la Défense"]
    t = _analyse("Awa Ndiaye exerce les fonctions de porte-parole du gouvernement depuis 2021.")
    assert _roles(t, "Awa Ndiaye") == ["porte-parole du gouvernement"]
    t = _analyse("Omar Diallo occupe Paul Martin.")
    assert _roles(t, "Omar Diallo") == []


def test_a_verb_of_heading_a_body_states_its_head():
    t = _analyse("Jean Roux, qui dirige la diplomatie belge, a reçu l'envoyé.")
    assert _roles(t, "Jean Roux") == ["chef de la diplomatie belge"]
    t = _analyse("Amina Sow, qui préside la commission électorale depuis 2021, a salué le vote.")
    assert _roles(t, "Amina Sow") == ["président de la commission électorale"]
    t = _analyse("Paul Martin, à la tête du gouvernement depuis mars, a démissionné.")
    assert _roles(t, "Paul Martin") == ["chef du gouvernement"]
    t = _analyse("Le général Ali Sani, qui est à la tête de l'armée, a parlé.")
    assert "chef de l'armée" in _roles(t, "Ali Sani")


def test_no_head_for_a_past_tense_or_what_is_no_body():
    t = _analyse("Paul Martin, qui a dirigé le gouvernement, a parlé.")
    assert _roles(t, "Paul Martin") == []
    t = _analyse("Paul Martin, qui dirige les débats avec fermeté, a parlé.")
    assert _roles(t, "Paul Martin") == []
    t = _analyse("Paul Martin dirige le gouvernement.")
    assert _roles(t, "Paul Martin") == []


# --- appositions: a place in a body, one of several, two offices in a row -------------------


def test_an_appointment_to_a_place_in_a_body_is_the_head_of_that_body():
    t = _analyse("Omar Diallo, fraîchement nommé à la tête de la diplomatie malienne, a parlé.")
    assert _roles(t, "Omar Diallo") == ["chef de la diplomatie malienne"]
    t = _analyse("Awa Ndiaye, élue à la présidence de la commission en 2021, a parlé.")
    assert _roles(t, "Awa Ndiaye") == ["président de la commission"]
    t = _analyse("Omar Diallo, nommé ministre de la Défense, a parlé.")
    assert _roles(t, "Omar Diallo") == ["ministre de la Défense"]


def test_one_of_several_is_the_role_in_the_singular():
    t = _analyse("Omar Diallo, l'un des vice-présidents du parti, a parlé.")
    assert _roles(t, "Omar Diallo") == ["vice-président du parti"]
    t = _analyse("Awa Ndiaye, l'une des conseillères du ministre, a parlé.")
    assert _roles(t, "Awa Ndiaye") == ["conseillère du ministre"]
    t = _analyse("Omar Diallo, l'un des hommes les plus riches, a parlé.")
    assert _roles(t, "Omar Diallo") == []


def test_two_offices_in_a_row_are_both_the_persons():
    t = _analyse("Omar Diallo, ministre d'État, ministre des Affaires étrangères, a parlé.")
    assert _roles(t, "Omar Diallo") == ["ministre d'État", "ministre des Affaires étrangères"]
    t = _analyse("Awa Ndiaye, députée, présidente de la commission des lois, a voté contre.")
    assert "présidente de la commission des lois" in _roles(t, "Awa Ndiaye")


def test_a_second_office_followed_by_a_name_is_that_names():
    t = _analyse(
        "Omar Diallo, ministre de la Défense, ministre de l'Intérieur Paul Roux et Awa "
        "Ndiaye ont parlé."
    )
    assert _roles(t, "Omar Diallo") == ["ministre de la Défense"]
    assert _roles(t, "Paul Roux") == ["ministre de l'Intérieur"]


# --- a role in a condition or a wish is no role -----------------------------------------------


def test_a_role_given_by_a_hypothetical_predicate_is_not_the_persons():
    t = _analyse("Si Omar Diallo devenait président, il changerait tout.")
    assert _roles(t, "Omar Diallo") == []
    t = _analyse("Omar Diallo deviendrait Premier ministre selon la presse.")
    assert _roles(t, "Omar Diallo") == []
    t = _analyse("Awa Ndiaye pourrait être nommée ministre de la Défense.")
    assert _roles(t, "Awa Ndiaye") == []


def test_a_role_given_by_a_factual_predicate_stays():
    t = _analyse("Omar Diallo est devenu Premier ministre en mars.")
    assert _roles(t, "Omar Diallo") == ["Premier ministre"]
    t = _analyse("Awa Ndiaye a été nommée ministre de la Défense.")
    assert _roles(t, "Awa Ndiaye") == ["ministre de la Défense"]


# --- a participle after "avoir" is a verb, no title ------------------------------------------


def test_a_role_word_after_avoir_is_a_verb_of_a_compound_tense():
    t = _analyse("Le pays a envoyé Paul Roux à Paris.")
    assert _roles(t, "Paul Roux") == []
    t = _analyse("Le gouvernement avait délégué Anna Weber au sommet.")
    assert _roles(t, "Anna Weber") == []
    t = _analyse("Le pays a dépêché l'envoyé spécial Paul Roux à Paris.")
    assert _roles(t, "Paul Roux") == ["envoyé spécial"]
    t = _analyse("L'envoyée Anna Weber est arrivée à Paris.")
    assert _roles(t, "Anna Weber") == ["envoyée"]


# --- evaluative adjectives and adverbs before a role noun ------------------------------------


def test_a_portrait_adjective_before_the_role_noun_stays_in_the_title():
    t = _analyse("Omar Diallo, le tout nouveau ministre de la Défense, a parlé.")
    assert _roles(t, "Omar Diallo") == ["tout nouveau ministre de la Défense"]
    t = _analyse("L'emblématique président du parti, Omar Diallo, a parlé.")
    assert _roles(t, "Omar Diallo") == ["emblématique président du parti"]
    t = _analyse("Le très influent conseiller du président, Awa Ndiaye, a parlé.")
    assert _roles(t, "Awa Ndiaye") == ["très influent conseiller du président"]


def test_a_generic_tout_before_a_role_noun_gives_no_one_a_title():
    t = _analyse("Tout ministre qui parle sera sanctionné, a dit Omar Diallo.")
    assert _roles(t, "Omar Diallo") == []
