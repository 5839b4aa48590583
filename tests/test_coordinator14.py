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
