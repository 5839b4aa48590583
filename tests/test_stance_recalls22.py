"""Recalls and summons of session 22 (round 18; :mod:`analysis.extract.stance.diplomatic_acts`).
Every snippet is invented.

* the diplomat after an incise set off by commas right after the verb ("X a rappelé, dès
  jeudi soir, son ambassadeur en Y"), which the parser hangs on the verb as a circumstance.
"""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, stances


@pytest.mark.parametrize(
    "text",
    [
        "La Sylvanie a rappelé, pour consultations, son ambassadeur en Bordurie.",
        "La Sylvanie a convoqué, vendredi soir, l'ambassadrice de Bordurie.",
        "La Sylvanie avait rappelé, durant dix jours, son ambassadrice en Bordurie, afin de"
        " protester.",
    ],
)
def test_a_diplomat_after_an_incise_is_the_object(text):
    assert polarity(text, "Sylvanie", "Bordurie") == -1, stances(text)


def test_an_incise_before_a_clause_is_no_diplomatic_act():
    text = "La Sylvanie a rappelé, dans un communiqué, que la Bordurie restait un partenaire."
    st = stances(text)
    assert not st["cue"].str.startswith("rappeler").any(), st
