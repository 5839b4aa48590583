"""Privative nouns (session 13): a quality said to be lacking turns its sign — "le manque
de « courage » de Y", "l'absence de « bonne volonté » de Y" reproach Y; the quality itself
("le courage de Y") still praises. Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "« Le manque de sérieux de l'Iran est évident », a déclaré le ministre koweïtien "
            "Fahd Al-Sabah.",
            "Fahd Al-Sabah",
            "Iran",
        ),
        (
            "Le ministre grec Nikos Papas a dénoncé le manque de « courage » de la Turquie.",
            "Nikos Papas",
            "courage",
        ),
        (
            "« L'absence totale de bonne foi de la Serbie nous inquiète », a déclaré le "
            "ministre croate Ivan Horvat.",
            "Ivan Horvat",
            "Serbie",
        ),
    ],
)
def test_a_lacking_quality_is_a_reproach(text, holder, target):
    found = rows(text, holder, target)
    assert len(found) and (found["polarity"] < 0).all(), found


def test_the_quality_itself_still_praises():
    text = "« Nous saluons le courage de la Tunisie », a déclaré le ministre maltais Joseph Borg."
    assert polarity(text, "Joseph Borg", "Tunisie") == 1


def test_a_quality_withdrawn_is_no_praise():
    """Session 23: "retirer sa « confiance » à Y" takes the trust back: the positive word read
    alone gave a friendly row; no row of the speaker may be positive now."""
    text = (
        "Le président Paul Dutertre a affirmé que son pays envisageait de rompre les relations "
        "avec la Valdonie et de « retirer sa confiance » au Conseil régional."
    )
    found = rows(text, "Paul Dutertre", "confiance")
    assert len(found) and (found["polarity"] < 0).all(), found
