"""Stances implied by acts, session 12 (issue 15): a friction that ends is a reconciliation.
Sign safety first: "mettre fin à la brouille" read as a friction gave the sides -1 toward each
other. Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows, stances


@pytest.mark.parametrize(
    "text",
    [
        "Le Kenya et la Tanzanie ont décidé de mettre fin à leur brouille diplomatique.",
        "Le Kenya a tourné la page de la brouille avec la Tanzanie.",
        "La brouille entre le Kenya et la Tanzanie a pris fin en mars.",
        "Le Kenya et la Tanzanie ont surmonté leur différend frontalier.",
        "Le Kenya et la Tanzanie ont mis un terme à la querelle qui les opposait.",
        "Le Qatar a mis fin au froid entre le Kenya et la Tanzanie.",
    ],
)
def test_an_ended_friction_reconciles_its_sides(text):
    assert polarity(text, "Kenya", "Tanzanie") == 1
    assert polarity(text, "Tanzanie", "Kenya") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Le Qatar tente de résoudre la crise entre le Kenya et la Tanzanie.",
        "La France appelle à mettre fin aux tensions entre le Kenya et la Tanzanie.",
        "Le Qatar souhaite que le Kenya tourne la page de la brouille avec la Tanzanie.",
    ],
)
def test_an_end_only_sought_gives_the_sides_no_row(text):
    st = stances(text)
    assert rows(text, "Kenya", "Tanzanie").empty, st
    assert rows(text, "Tanzanie", "Kenya").empty, st


@pytest.mark.parametrize(
    "text",
    [
        "Les tensions entre le Kenya et la Tanzanie persistent depuis mars.",
        "Le Kenya et la Tanzanie n'ont pas réussi à mettre fin à leur différend.",
        "Le conflit entre le Kenya et la Tanzanie dépasse désormais leurs frontières.",
    ],
)
def test_a_friction_that_stands_stays_against(text):
    st = stances(text)
    assert rows(text, "Kenya", "Tanzanie").empty or polarity(text, "Kenya", "Tanzanie") == -1, st
    assert (rows(text, "Kenya", "Tanzanie")["polarity"] > 0).sum() == 0
