"""Stances in a speaker's words, session 14: allegiance ("« nous sommes avec / derrière Y
»"), refusals whatever the parse ("« nous ne laisserons pas Y gagner »", "« nous
n'accepterons jamais que Y … »"), refusals asked as questions ("« comment accepter que Y …
? »"), demands on the arms of a state ("« les troupes rwandaises doivent quitter … »").
Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "« Nous sommes avec vous », a déclaré le ministre belge Jan Peeters au président "
            "ukrainien Volodymyr Zelensky.",
            "Jan Peeters",
            "Zelensky",
        ),
        (
            "« La France est avec le peuple birman », a déclaré le ministre français Paul Durand.",
            "Paul Durand",
            "peuple birman",
        ),
        (
            "« Nous restons fermement derrière la CEDEAO », a déclaré le président français "
            "Paul Durand.",
            "Paul Durand",
            "CEDEAO",
        ),
    ],
)
def test_being_with_or_behind_someone_is_for_them(text, holder, target):
    assert polarity(text, holder, target) == 1


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # negated
        (
            "« Nous ne sommes pas avec la Russie », a déclaré le ministre serbe Milan Jovic.",
            "Milan Jovic",
            "Russie",
        ),
        # company in the past, not allegiance
        (
            "« Nous étions avec le président Macron à Genève », a déclaré le ministre serbe "
            "Milan Jovic.",
            "Milan Jovic",
            "Macron",
        ),
        # "avec" after another word than the verb of state
        (
            "« Nous sommes en contact avec la Russie », a déclaré le ministre serbe Milan Jovic.",
            "Milan Jovic",
            "Russie",
        ),
        # a claim about third parties
        (
            "« La Chine est avec la Russie », a déclaré le ministre letton Edgars Kalnins.",
            "Edgars Kalnins",
            "Russie",
        ),
    ],
)
def test_no_allegiance_without_the_construction(text, holder, target):
    assert rows(text, holder, target).empty


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "« Nous ne laisserons pas la Russie gagner cette guerre », a déclaré le ministre "
            "polonais Jan Kowalski.",
            "Jan Kowalski",
            "Russie",
        ),
        (
            "« Nous n'accepterons jamais que la Chine contrôle le détroit », a déclaré le "
            "ministre taïwanais Lin Chen.",
            "Lin Chen",
            "Chine",
        ),
        (
            "« Nous n'admettrons pas que l'Azerbaïdjan occupe nos villages », a déclaré le "
            "ministre arménien Aram Petrosyan.",
            "Aram Petrosyan",
            "Azerbaïdjan",
        ),
        (
            "« Comment accepter que la Turquie occupe le nord de Chypre ? », a déclaré le "
            "ministre grec Nikos Papadopoulos.",
            "Nikos Papadopoulos",
            "Turquie",
        ),
        (
            "« Comment peut-on tolérer que l'Azerbaïdjan bombarde nos villages ? », a déclaré "
            "le ministre arménien Aram Petrosyan.",
            "Aram Petrosyan",
            "Azerbaïdjan",
        ),
        (
            "« Jusqu'à quand allons-nous laisser Israël bombarder Gaza ? », a déclaré le "
            "ministre jordanien Ayman Khalil.",
            "Ayman Khalil",
            "Israël",
        ),
    ],
)
def test_refusing_to_let_a_third_party_act_is_against_it(text, holder, target):
    assert polarity(text, holder, target) == -1


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # a negated rhetorical question approves
        (
            "« Comment ne pas accepter que la Turquie participe ? », a déclaré le ministre grec "
            "Nikos Papadopoulos.",
            "Nikos Papadopoulos",
            "Turquie",
        ),
        # a true question of manner
        (
            "« Comment la Turquie compte-t-elle financer ce projet ? », a déclaré le ministre "
            "grec Nikos Papadopoulos.",
            "Nikos Papadopoulos",
            "Turquie",
        ),
        # letting someone act, not refused
        (
            "« Nous laisserons la Serbie décider », a déclaré le ministre roumain Ion Popescu.",
            "Ion Popescu",
            "Serbie",
        ),
        # Y suffers: a passive
        (
            "« Nous ne laisserons pas la Moldavie être attaquée », a déclaré le ministre "
            "roumain Ion Popescu.",
            "Ion Popescu",
            "Moldavie",
        ),
    ],
)
def test_no_refusal_without_the_construction(text, holder, target):
    assert rows(text, holder, target).empty


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "Le Rwanda dément. « Les troupes rwandaises doivent quitter le territoire congolais "
            "», a déclaré le ministre congolais Patrick Muyaya.",
            "Patrick Muyaya",
            "Rwanda",
        ),
        (
            "La Birmanie se tait. « Les autorités birmanes doivent libérer les prisonniers », a "
            "déclaré le ministre britannique John Smith.",
            "John Smith",
            "Birmanie",
        ),
    ],
)
def test_a_demand_on_the_arms_of_a_state_is_against_the_state(text, holder, target):
    assert polarity(text, holder, target) == -1


def test_no_demand_when_the_obligation_is_negated():
    text = (
        "Le Rwanda dément. « Les troupes rwandaises ne doivent pas quitter la zone », a déclaré "
        "le ministre ougandais John Okello."
    )
    assert rows(text, "John Okello", "Rwanda").empty


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "Les Pays-Bas protestent. « L'ambassadeur néerlandais n'est plus le bienvenu ici », "
            "a déclaré le ministre Tomás Rivera Solís.",
            "Tomás Rivera Solís",
            "ambassadeur",
        ),
        (
            "La Turquie proteste. « La Turquie n'est plus un partenaire fiable », a déclaré le "
            "ministre grec Nikos Papadopoulos.",
            "Nikos Papadopoulos",
            "Turquie",
        ),
    ],
)
def test_no_longer_negates_when_its_ne_hangs_on_the_copula(text, holder, target):
    assert polarity(text, holder, target) == -1


def test_a_superlative_plus_is_no_negation():
    text = (
        "La Turquie proteste. « La Turquie est le plus fiable de nos partenaires », a déclaré "
        "le ministre grec Nikos Papadopoulos."
    )
    assert polarity(text, "Nikos Papadopoulos", "Turquie") == 1
