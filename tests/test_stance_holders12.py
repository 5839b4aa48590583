"""Stance holders, session 12: an act told only by its noun as the subject ("Le rappel de
l'ambassadeur intervient en signe de protestation ...") is held by the state acting in the
context, never by the one acted on. Every snippet is invented."""

from __future__ import annotations

from tests.test_stance_press import polarity, rows, stances


def test_the_one_recalled_or_expelled_never_holds_the_act_s_stance():
    text = (
        "La Norvège a rappelé son ambassadeur en Pologne. Le rappel de l'ambassadeur Jan "
        "Olsen intervient en signe de protestation contre l'expulsion de militants."
    )
    assert rows(text, "Jan Olsen", "expulsion").empty
    assert polarity(text, "Norvège", "expulsion") == -1


def test_a_bare_act_noun_subject_is_the_acting_state_s():
    text = (
        "La Norvège a rappelé son ambassadeur. Ce rappel intervient en signe de protestation "
        "contre la décision de la Pologne."
    )
    assert polarity(text, "Norvège", "Pologne") == -1


def test_an_act_noun_with_its_own_agent_keeps_it():
    text = (
        "La Suède a salué la Pologne. Le rappel de l'ambassadeur par la Norvège intervient en "
        "signe de protestation contre l'expulsion de militants."
    )
    assert polarity(text, "Norvège", "expulsion") == -1
    assert (
        "Suède"
        not in stances(text).query("target_text.str.contains('expulsion')")["holder"].tolist()
    )
