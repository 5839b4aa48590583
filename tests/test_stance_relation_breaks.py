"""Session 23: the rupture nouns read with a relation's two sides ("la rupture des relations
diplomatiques entre X et Y": against each other; "la reprise des relations entre X et Y": for
each other), as "la dégradation des relations entre X et Y" already was. Every snippet is
invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, stances


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Il s'agit de la rupture totale des relations diplomatiques entre le Togo et le Ghana.",
            -1,
        ),
        ("La suspension de la coopération entre le Togo et le Ghana a surpris.", -1),
        ("La reprise des relations diplomatiques entre le Togo et le Ghana a été annoncée.", 1),
        ("Le rétablissement des liens entre le Togo et le Ghana est attendu.", 1),
    ],
)
def test_a_relation_broken_or_resumed_sets_its_two_sides(text, sign):
    assert polarity(text, "Togo", "Ghana") == sign
    assert polarity(text, "Ghana", "Togo") == sign


def test_fighting_resumed_is_no_relation_resumed():
    text = "La reprise des combats entre le Togo et le Ghana inquiète."
    st = stances(text)
    assert not (st["polarity"] > 0).any(), st


def test_a_rupture_that_only_dates_the_clause_sets_no_one_against():
    text = (
        "Le Togo et le Ghana ont signé un accord. Une première depuis la rupture des relations "
        "diplomatiques entre les deux pays en 2000."
    )
    st = stances(text)
    assert not (st["polarity"] < 0).any(), st
