""" "ce jeudi" names the weekday of the week of writing (invented snippets): the nearest such
day when it lies at most two days away, even for a scheduled event or a verb without tense;
a past or future verb, "prochain" / "dernier", or a day further away keep their old reading."""

from __future__ import annotations

from tests.helpers import run_steps

FRIDAY = "2023-06-16"
MONDAY = "2023-06-12"


def _rows(text: str, pub: str = FRIDAY) -> dict[str, tuple[str, str]]:
    tl = run_steps(text, ["actors", "timeline"], publication=pub).tables["timeline"]
    return {r.text: (r.date, r.precision) for r in tl.itertuples()}


def test_a_scheduled_visit_this_thursday_in_a_friday_text_was_the_day_before():
    rows = _rows("Le ministre a annulé la visite prévue ce jeudi à Rome.")
    assert rows["ce jeudi"] == ("2023-06-15", "day")
    rows = _rows("La rencontre, programmée ce mercredi soir, n'a pas eu lieu.")
    assert rows["ce mercredi soir"] == ("2023-06-14", "day")


def test_this_saturday_in_a_friday_text_is_the_next_day():
    rows = _rows("Le sommet est prévu ce samedi à Abuja.")
    assert rows["ce samedi"] == ("2023-06-17", "day")


def test_a_tense_or_a_direction_word_still_decides():
    assert _rows("Il se rendra jeudi prochain à Rome.")["jeudi prochain"] == ("2023-06-22", "day")
    assert _rows("Elle avait parlé ce mardi devant les députés.", MONDAY)["ce mardi"][0] < MONDAY


def test_a_day_further_away_is_left_to_the_tense():
    # Monday's text: "ce vendredi" is four days back or three ahead; scheduled → ahead
    assert _rows("La réunion prévue ce vendredi se tiendra à Genève.", MONDAY)["ce vendredi"] == (
        "2023-06-16",
        "day",
    )
