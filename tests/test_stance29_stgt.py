"""Stance targets (round 25, session 29): what a stance row bears on.

* A stance verb the tagger reads as a noun in a headline ("La Commission de X sanctionne
  deux ministres"): the parser hangs the object on the verb, whose chunk then opened the
  target ("sanctionne deux ministres"); the object phrase now starts after the verb.

Every snippet is invented.
"""

from __future__ import annotations

import pytest

from tests.test_stance_press import pairs as _pairs


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "La Commission de la Valdavie sanctionne deux ministres norlandais.",
            "Commission de la Valdavie",
            "deux ministres norlandais",
        ),
        (
            "Le Parlement de Bordurie sanctionne deux hauts fonctionnaires syldaves.",
            "Parlement de Bordurie",
            "deux hauts fonctionnaires syldaves",
        ),
    ],
)
def test_headline_verb_object_starts_after_the_verb(text: str, holder: str, target: str) -> None:
    got = _pairs(text)
    assert got.get((holder, target)) == -1
    assert not any(t.startswith("sanctionne") for _h, t in got)
