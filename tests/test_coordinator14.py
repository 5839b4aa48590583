"""Coordinator fixes after merging round 10 (session 14). Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse

# --- a field allotted by "à" does not hide the inner title of a "de" complement -----------
# ("le conseiller à la Sécurité nationale de la sénatrice X": X is the senator; the adviser
# is someone else, as in "le conseiller de la sénatrice X")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Le conseiller américain à la Sécurité nationale de la sénatrice Anne Morel a parlé.",
            "Anne Morel",
            "sénatrice",
        ),
        (
            "Le secrétaire à la Défense du président Jake Morel est arrivé lundi.",
            "Jake Morel",
            "président",
        ),
        (
            "Le conseiller américain à la Sécurité nationale Jake Morel est arrivé lundi.",
            "Jake Morel",
            "conseiller américain à la Sécurité nationale",
        ),
    ],
)
def test_an_allotted_field_then_a_title_complement(text: str, name: str, role: str) -> None:
    assert _row(_analyse(text), name)["roles"] == role


# --- straight single marks ('…') quote for the speaker, not for the tone of their clauses
# (they also serve as apostrophes and inner quotes: a clause read off them gave a wrong sign)

_SAID = "Le ministre Paul Roche a répondu : {}Le Japon mène une politique dangereuse et hostile{}"


def test_a_straight_single_quotation_is_credited_but_its_clauses_are_not_read() -> None:
    from tests.helpers import run_steps

    tables = run_steps(_SAID.format("'", ".'")).tables
    assert list(tables["quotes"]["speaker"]) == ["Paul Roche"]
    stances = tables["stances"]
    assert stances[stances["kind"] == "quote-clause"].empty


def test_the_same_words_in_guillemets_are_read() -> None:
    from tests.helpers import run_steps

    stances = run_steps(_SAID.format("« ", ". »")).tables["stances"]
    clause = stances[(stances["kind"] == "quote-clause") & (stances["target"] == "Le Japon")]
    assert list(clause["polarity"]) == [-1]
