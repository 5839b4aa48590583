"""Abstentions in a vote's tally (session 15, narr2): "X s'est abstenu lors du vote de la
résolution" (the "de" complement of the vote noun), "… quatre se sont abstenus : A, B et C"
(the listed abstainers, toward the text the sentence named before), also where the tagger
reads the participle as a noun. Neutral (0) toward the text. Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows, stances


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        ("L'Inde s'est abstenue lors du vote de la résolution.", "Inde", "résolution"),
        ("Le Gabon s'est abstenu au scrutin du texte présenté par la France.", "Gabon", "texte"),
        ("L'Inde s'est abstenue sur la résolution.", "Inde", "résolution"),
        (
            "Lors du vote sur le texte, quatre délégations se sont abstenues : le Pérou, le "
            "Chili et le Brésil.",
            "Brésil",
            "texte",
        ),
        (
            "Dix États ont soutenu la motion et deux se sont abstenus : le Kenya et le Ghana.",
            "Kenya",
            "motion",
        ),
    ],
)
def test_an_abstention_is_neutral_toward_the_text(text, holder, target):
    assert polarity(text, holder, target) == 0


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        ("La Chine ne s'est pas abstenue sur la résolution.", "Chine", "résolution"),
        # "s'abstenir de + infinitive" declines an act: no vote
        ("Le Japon s'est abstenu de commenter la résolution.", "Japon", "résolution"),
    ],
)
def test_no_abstention_read(text, holder, target):
    assert (rows(text, holder, target)["cue"] != "s'abstenir").all()


def test_who_tabled_the_text_is_no_target():
    """An abstention is toward the text, never toward the state that tabled it."""
    text = "Le Gabon s'est abstenu au scrutin du texte présenté par la France."
    assert polarity(text, "Gabon", "texte") == 0
    st = stances(text)
    assert not ((st["holder"] == "Gabon") & (st["target"] == "France")).any()
