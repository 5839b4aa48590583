"""A verb of travel or meeting in the present with a weekday is a programme (invented
snippets): "se rend samedi à X" in a Monday's text is the coming Saturday; a verb of saying in
the present, or a past tense, keeps pointing back."""

from __future__ import annotations

from tests.helpers import run_steps

MONDAY = "2023-06-12"


def _rows(text: str) -> dict[str, tuple[str, str]]:
    tl = run_steps(text, ["actors", "timeline"], publication=MONDAY).tables["timeline"]
    return {r.text: (r.date, r.precision) for r in tl.itertuples()}


def test_a_journey_or_a_meeting_in_the_present_is_ahead():
    assert _rows("Le chef de la diplomatie se rend samedi à Dakar.")["samedi"] == (
        "2023-06-17",
        "day",
    )
    assert _rows("Le président reçoit vendredi son homologue malien.")["vendredi"] == (
        "2023-06-16",
        "day",
    )
    assert _rows("Les ministres se réunissent samedi à Genève.")["samedi"][0] == "2023-06-17"


def test_saying_in_the_present_or_a_past_journey_is_not():
    assert _rows("Le ministre s'est rendu samedi à Dakar.")["samedi"][0] == "2023-06-10"
    assert _rows("Le porte-parole affirme samedi que rien n'est décidé.")["samedi"][0] == (
        "2023-06-10"
    )
    # "rendre" without "se" is no journey
    assert _rows("Le tribunal rend samedi son verdict, a-t-on appris.")["samedi"][0] == (
        "2023-06-10"
    )


def test_a_gerund_is_no_programme():
    rows = _rows("En recevant samedi son homologue, le ministre a évoqué la crise.")
    assert rows["samedi"][0] == "2023-06-10"
