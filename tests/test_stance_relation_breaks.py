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
            "On assiste à la rupture brutale des liens diplomatiques entre le Bhoutan et le Népal.",
            -1,
        ),
        ("La suspension de la coopération entre le Bhoutan et le Népal a surpris.", -1),
        ("La reprise des liens diplomatiques entre le Bhoutan et le Népal a été annoncée.", 1),
        ("Le rétablissement des liens entre le Bhoutan et le Népal est attendu.", 1),
    ],
)
def test_a_relation_broken_or_resumed_sets_its_two_sides(text, sign):
    assert polarity(text, "Bhoutan", "Népal") == sign
    assert polarity(text, "Népal", "Bhoutan") == sign


def test_fighting_resumed_is_no_relation_resumed():
    text = "La reprise des combats entre le Bhoutan et le Népal inquiète."
    st = stances(text)
    assert not (st["polarity"] > 0).any(), st


def test_a_rupture_that_only_dates_the_clause_sets_no_one_against():
    text = (
        "Le Bhoutan et le Népal ont signé un accord. Une première depuis la rupture des relations "
        "diplomatiques entre ces deux voisins, en 1987."
    )
    st = stances(text)
    assert not (st["polarity"] < 0).any(), st
