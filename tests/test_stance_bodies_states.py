"""A body of a state (a ministry, a presidency) acts for its state as an official does: its
stance is its state's too, as a derived row; a parliament is no voice of the state
(stance/finder.officials_states). Every snippet is invented."""

from __future__ import annotations

from tests.test_stance_press import polarity, rows


def test_a_ministry_s_summons_is_its_state_s():
    text = (
        "La Norvège et la Pologne sont en froid. Le ministère norvégien des Affaires "
        "étrangères a convoqué l'ambassadeur de Pologne."
    )
    assert polarity(text, "Norvège", "Pologne") == -1


def test_a_presidency_s_condemnation_is_its_state_s_but_not_a_parliament_s():
    text = "Le Danemark soutient l'Ukraine. La présidence danoise a condamné l'attaque russe."
    assert polarity(text, "Danemark", "attaque") == -1
    text = "Le Danemark soutient l'Ukraine. Le parlement danois a condamné l'attaque russe."
    assert rows(text, "Danemark", "attaque").empty
