"""frames: a step's table read as Rows gives what its DataFrame gives, and materialises to it."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.document import frames
from analysis.document.frames import Rows, deferred, frame, materialise, records, rows, stack

COLUMNS = ["id", "n", "x", "flag", "name", "mixed"]
# columns of every kind the steps produce: plain ints, floats, bools, strings with None, and
# mixes that pandas converts (ints and None become floats and NaN; bools and None stay objects)
DATA = [
    {"id": "A", "n": 1, "x": 0.5, "flag": True, "name": "un", "mixed": 3},
    {"id": "B", "n": 2, "x": 1.5, "flag": False, "name": None, "mixed": None},
    {"id": "C", "n": 3, "x": float("nan"), "flag": True, "name": "trois", "mixed": 4},
]


def _nan(v: object) -> bool:
    return isinstance(v, float) and math.isnan(v)


def same(a: list, b: list) -> bool:
    """Equal lists, NaN equal to NaN."""
    if len(a) != len(b):
        return False
    return all(x == y or (_nan(x) and _nan(y)) for x, y in zip(a, b, strict=True))


def test_frame_is_rows_only_inside_deferred():
    assert isinstance(frame(DATA, COLUMNS), pd.DataFrame)
    with deferred():
        t = frame(DATA, COLUMNS)
    assert isinstance(t, Rows) and len(t) == 3 and not t.empty
    assert isinstance(frame(DATA, COLUMNS), pd.DataFrame)


@pytest.mark.parametrize("data", [DATA, DATA[:1], [DATA[1]], []])
def test_rows_read_like_the_dataframe(data):
    df = pd.DataFrame(data, columns=COLUMNS)
    light = Rows(data, COLUMNS)
    for c in COLUMNS:
        assert same(frames.column(light, c), df[c].tolist()), c
    flat = [v for r in rows(light, "n", "mixed") for v in r]
    assert same(flat, [v for r in rows(frame(data, COLUMNS), "n", "mixed") for v in r])
    assert len(flat) == 2 * len(data)
    assert [list(r) for r in records(light)] == [COLUMNS] * len(data)


def test_materialise_equals_pandas():
    for data in (DATA, [DATA[0]], []):
        built = materialise(Rows(data, COLUMNS))
        expected = frame(data, COLUMNS)
        pd.testing.assert_frame_equal(built, expected)
        if data:
            pd.testing.assert_frame_equal(built, pd.DataFrame(data, columns=COLUMNS))


def test_frame_of_rows_missing_a_column_or_with_one_column_equals_pandas():
    """Rows that lack a column (None there), rows with keys outside the columns, and tables
    of one column are built as pandas builds them."""
    missing = [{"n": 1, "name": "x"}, {"n": 2}, {"name": "z", "other": 3}]
    for data, columns in (
        (missing, ["n", "name"]),
        ([{"n": 1, "extra": "e"}, {"n": 2, "extra": "f"}], ["n"]),
        ([{"name": "a", "n": 1}, {"n": 2, "name": None}], ["n", "name"]),
    ):
        pd.testing.assert_frame_equal(
            materialise(Rows(data, columns)), pd.DataFrame(data, columns=columns)
        )


def test_stack_matches_concat_of_the_articles_frames():
    parts = [Rows(DATA, COLUMNS), Rows([], COLUMNS), Rows([DATA[0]], COLUMNS)]
    out = stack(parts, "article_id", ["a1", "a2", "a3"])
    assert out.columns.tolist() == ["article_id", *COLUMNS]
    assert out["article_id"].tolist() == ["a1", "a1", "a1", "a3"]
    old = pd.concat([p.frame() for p in parts if len(p)], ignore_index=True)
    for c in COLUMNS:
        assert same(out[c].tolist(), old[c].tolist()), c
    assert out["n"].dtype == "int64" and out["x"].dtype == "float64"
    # a DataFrame part (a cached single-article analysis) mixes with Rows parts
    mixed = stack([parts[0].frame(), parts[2]], "article_id", ["a1", "a3"])
    pd.testing.assert_frame_equal(mixed, out)


def test_stack_fills_a_column_missing_from_one_article():
    out = stack([Rows([{"a": 1}], ["a"]), Rows([{"a": 2, "b": "x"}], ["a", "b"])], "k", ["1", "2"])
    assert out["b"].tolist() == [None, "x"]
