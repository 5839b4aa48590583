"""Stances in someone's words that made no row (round 24, quoted stances): the author of a
judged deed named by the clause that modifies the deed's noun — the "par" agent of its
participle or the subject of an object relative clause, inverted or not
(:func:`analysis.extract.stance.quote_clauses._deed_author`); the role of "servir de"
("« X peut servir d'exemple »"), read as a copula's predicate
(:func:`analysis.extract.stance.predicates._serves_as`).

Every snippet is invented (names, places and sentence shapes)."""

from __future__ import annotations

import pytest

from tests.helpers import run_steps


def _rows(text: str) -> list[tuple[str, str, int]]:
    df = run_steps(text).tables["stances"]
    return [(r.holder, str(r.target), int(r.polarity)) for r in df.itertuples()]


@pytest.mark.parametrize(
    ("text", "target", "polarity"),
    [
        (
            "« La décision prise par la Bolivie est surprenante et inacceptable », a déclaré "
            "Olek Varnas, ministre péruvien.",
            "Bolivie",
            -1,
        ),
        (
            "« Les mesures que le Paraguay a adoptées sont injustes », a estimé Olek Varnas, "
            "ministre péruvien.",
            "Paraguay",
            -1,
        ),
        (
            "« Les efforts que la Norvège a consentis sont remarquables », a souligné Olek "
            "Varnas, ministre péruvien.",
            "Norvège",
            1,
        ),
        (
            "« Les propos tenus par le ministre bolivien Hugo Saltar sont inadmissibles », a "
            "tonné Olek Varnas, ministre péruvien.",
            "Hugo Saltar",
            -1,
        ),
        (
            "« Le soutien que nous apporte le Canada est exemplaire », a insisté Olek Varnas, "
            "ministre péruvien.",
            "Canada",
            1,
        ),
        (
            "« Les efforts que déploie la Norvège restent remarquables », a noté Olek Varnas, "
            "ministre péruvien.",
            "Norvège",
            1,
        ),
    ],
)
def test_the_author_of_a_judged_deed_is_judged(text: str, target: str, polarity: int) -> None:
    assert ("Olek Varnas", target, polarity) in _rows(text)


def test_the_one_who_bears_a_deed_is_not_its_author() -> None:
    rows = _rows(
        "« Les sanctions subies par le Honduras sont injustes », a dit Olek Varnas, ministre "
        "péruvien."
    )
    assert ("Olek Varnas", "Honduras", -1) not in rows


def test_a_deed_below_the_judged_noun_gives_nothing() -> None:
    rows = _rows(
        "« La levée des sanctions imposées par la Suède est une bonne nouvelle », a dit Olek "
        "Varnas, ministre péruvien."
    )
    assert not [r for r in rows if r[1] == "Suède"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "« La Bolivie peut servir d'exemple en matière de démocratie », a estimé Olek "
            "Varnas, ministre péruvien.",
            "Bolivie",
        ),
        (
            "« Le Ghana sert de modèle à toute la région », a estimé Olek Varnas, ministre "
            "péruvien.",
            "Ghana",
        ),
        (
            "Selon Olek Varnas, ministre péruvien, l'Uruguay servira de référence pour nos "
            "réformes agraires.",
            "Uruguay",
        ),
        (
            "Olek Varnas, ministre péruvien, a reçu son homologue bolivien. Il ajoute que la "
            "Bolivie peut servir d'exemple dans le Chaco pour ses écoles rurales.",
            "Bolivie",
        ),
    ],
)
def test_serving_as_a_model_praises_the_subject(text: str, target: str) -> None:
    assert ("Olek Varnas", target, 1) in _rows(text)


def test_a_denied_modal_over_serving_as_gives_no_praise() -> None:
    rows = _rows(
        "« Le Honduras ne doit pas servir de modèle », a estimé Olek Varnas, ministre péruvien."
    )
    assert ("Olek Varnas", "Honduras", 1) not in rows
