"""Session 23: the two sides of an agreement named after the participle that signed it, past a
date ("le protocole signé le 3 février entre X et Y", "le mémorandum conclu en 2021 par X et
Y"): each is for the other. Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, stances


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Le protocole d'accord portuaire signé le 3 février entre le Togo et le Kenya "
            "continue de faire parler.",
            "Togo",
            "Kenya",
        ),
        (
            "Il a été question du « suivi du mémorandum d'accord naval et douanier » "
            "signé en mars 2021 par Nairobi et Kampala.",
            "Kenya",
            "Ouganda",
        ),
    ],
)
def test_the_signatories_after_the_participle_are_for_each_other(text, a, b):
    assert polarity(text, a, b) == 1
    assert polarity(text, b, a) == 1


def test_one_signatory_is_no_pair():
    text = "L'accord signé le 2 mai par le ministre togolais Paul Amewou a été publié."
    st = stances(text)
    assert not (st["cue"].str.endswith(" entre")).any(), st


def test_a_clause_after_the_pair_is_not_a_member():
    text = "Le traité conclu le 4 juin 2019 entre le Togo et le Kenya reste en vigueur."
    st = stances(text)
    rows = st[st["cue"].str.endswith(" entre")]
    assert len(rows) == 2 and not rows["target_text"].str.contains("reste").any(), rows
