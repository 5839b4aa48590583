"""Session 24: membership in the set a plural relation noun names is that relation ("X fait
partie des alliés de Y", "X figure parmi les détracteurs de Y", "X reste l'un des principaux
alliés de Y"; stance/relation_sets.py). Invented snippets and names."""

from __future__ import annotations

import pytest

from analysis.evaluation.stance import key
from tests.helpers import run_steps


def polarities(text: str, holder: str, target: str) -> set[int]:
    st = run_steps(text, publication="2024-03-01").tables["stances"]
    mask = st["holder"].map(key).str.contains(key(holder), regex=False) & st["target"].map(
        key
    ).str.contains(key(target), regex=False)
    return set(st[mask]["polarity"])


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Le Valdoran fait partie des plus fidèles alliés de la Morlanie.", 1),
        ("Le Valdoran compte parmi les soutiens de la Morlanie au sein de l'Union.", 1),
        ("Le Valdoran figure parmi les détracteurs de la Morlanie depuis 2019.", -1),
        ("Le Valdoran reste l'un des principaux alliés de la Morlanie.", 1),
        ("Le Valdoran, l'un des alliés de la Morlanie, a rejeté le plan.", 1),
    ],
)
def test_a_member_of_the_set_holds_the_relation(text: str, sign: int):
    assert polarities(text, "Valdoran", "Morlanie") == {sign}


@pytest.mark.parametrize(
    "text",
    [
        # denied: not being an ally is no stance
        "Le Valdoran ne fait pas partie des alliés de la Morlanie.",
        # the member is the object, not the subject
        "La Morlanie compte le Valdoran parmi les alliés de Kerdan.",
    ],
)
def test_no_row_for_a_denied_set_or_the_counting_subject(text: str):
    assert not polarities(text, "Morlanie", "Kerdan")
    assert not polarities(text, "Valdoran", "Morlanie")
