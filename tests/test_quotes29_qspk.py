"""Quotes (session 29, qspk): constructions of French press style that gave a quotation to
another actor or to no one. Invented snippets, invented names."""

from __future__ import annotations

import pytest

from tests.test_quotes28_qspk import speaker


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        (
            "Le consul à Valdor, Paul Ndong, a déclaré que la coopération « progresse bien ».",
            "progresse bien",
            "Paul Ndong",
        ),
        (
            "Le consul à Valdor, Li Ming, a déclaré : « La coopération progresse bien ».",
            "La coopération progresse bien",
            "Li Ming",
        ),
        (
            "L'ambassadeur à Valdor, Paul Ndong, a jugé la situation « préoccupante ».",
            "préoccupante",
            "Paul Ndong",
        ),
    ],
)
def test_a_town_after_a_preposition_of_the_post_is_no_speaker(text, fragment, expected):
    # "le consul à X, Y, a déclaré": X, the seat of the post (a town the gazetteer lacks,
    # tagged as a person), gives way to Y, the holder in apposition after the title
    assert speaker(text, fragment) == expected


def test_a_person_after_a_verb_and_a_preposition_is_not_a_post():
    # "a parlé à Y, qui …": no title before the preposition, the rule does not apply
    text = "La ministre Ana Lopes a parlé à Paul Ndong, qui a répondu : « Nous restons engagés »."
    assert speaker(text, "Nous restons engagés") == "Paul Ndong"
