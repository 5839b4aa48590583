"""The steps' small tables: built as plain rows, read as plain Python, made DataFrames once.

Why a module: a step reads and writes tables of a few dozen rows per article, where pandas'
fixed cost per call dominates (measured on an article-sized table: building a DataFrame
≈0.2 ms, ``itertuples`` ≈0.37 ms, ``to_dict("records")`` ≈0.5 ms, a group-by ≈2 ms, against
≈0.02 ms for the columns as lists). In corpus mode those costs were paid per table and per
article, thousands of times, and were a third of the steps' time on news briefs.

So, while the pipeline runs its steps (inside :func:`deferred`), :func:`frame` returns a
:class:`Rows` table — the row dicts and the column names, nothing computed — and the steps read
earlier tables through :func:`rows`, :func:`records`, :func:`column` and ``len()``, which accept
a :class:`Rows` or a DataFrame alike. At the end, :func:`materialise` turns each table into the
DataFrame :func:`frame` would have built outside :func:`deferred` (same values, same dtypes), and
the corpus mode :func:`stack`\\ s a whole batch of articles into one DataFrame per table.
"""

from __future__ import annotations

import contextlib
import contextvars
import operator
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import TypeAlias

    import pandas as pd

    Table: TypeAlias = "Rows | pd.DataFrame"

# set by `deferred()`: a context variable, so that threads and nested runs stay independent
_DEFERRED: contextvars.ContextVar[bool] = contextvars.ContextVar("frames_deferred", default=False)
_PURE = ({int}, {float}, {bool})  # column kinds that numpy stores as they are


class Rows:
    """A table not yet made a DataFrame: ``columns`` and ``data``, a list of row dicts.

    Reading a column gives what ``DataFrame[column].tolist()`` would give for the same rows:
    the values themselves when the column is all ints, all floats, all bools, or strings and
    None; otherwise (say, ints and None, which pandas stores as floats and NaN) pandas'
    conversion of that column.
    """

    __slots__ = ("columns", "data", "_frame")

    def __init__(self, data: list[dict], columns: Sequence[str]) -> None:
        self.data = data
        self.columns = list(columns)
        self._frame: pd.DataFrame | None = None

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        return f"Rows({len(self.data)} rows: {', '.join(self.columns)})"

    @property
    def empty(self) -> bool:
        return not self.data

    def column(self, name: str) -> list:
        values = [r.get(name) for r in self.data]
        if not values:
            return values
        kinds = set(map(type, values))
        if kinds in _PURE or kinds <= {str, type(None)}:
            return values
        return self.frame()[name].tolist()

    def frame(self) -> pd.DataFrame:
        """The DataFrame of these rows (built once)."""
        if self._frame is None:
            self._frame = _build(self.data, self.columns)
        return self._frame


@contextlib.contextmanager
def deferred() -> Iterator[None]:
    """Within this block :func:`frame` returns :class:`Rows` instead of a DataFrame."""
    token = _DEFERRED.set(True)
    try:
        yield
    finally:
        _DEFERRED.reset(token)


def frame(rows: list[dict], columns: list[str]) -> Table:
    """``pd.DataFrame(rows, columns=columns)`` — or, inside :func:`deferred`, the :class:`Rows`
    that :func:`materialise` turns into that DataFrame."""
    if _DEFERRED.get():
        return Rows(rows, columns)
    return _build(rows, columns)


def materialise(table: Table) -> pd.DataFrame:
    """The DataFrame of a table (itself if it is one)."""
    return table.frame() if isinstance(table, Rows) else table


def column(table: Table | None, name: str) -> list:
    """The values of one column as Python scalars (``[]`` for None or an empty table)."""
    if table is None or not len(table):
        return []
    return table.column(name) if isinstance(table, Rows) else table[name].tolist()


def rows(table: Table | None, *columns: str) -> Iterator[tuple]:
    """Tuples of ``columns`` for each row of ``table`` (nothing if it is None or empty).

    Values are Python scalars: ints, floats (NaN for missing numbers), strings and None as
    stored.
    """
    if table is None or not len(table):
        return iter(())
    return zip(*(column(table, c) for c in columns), strict=True)


def records(table: Table | None) -> list[dict]:
    """``DataFrame.to_dict("records")``, ~6x cheaper on small tables."""
    if table is None or not len(table):
        return []
    cols = list(table.columns)
    return [dict(zip(cols, vals, strict=True)) for vals in rows(table, *cols)]


def stack(tables: Sequence[Table], key: str, keys: Sequence[str]) -> pd.DataFrame:
    """One DataFrame of several articles' versions of a table, ``key`` (the article id, from
    ``keys``) as first column; the columns are the union of theirs, in order of appearance.

    Each column holds the values each article's own DataFrame would hold (see
    :meth:`Rows.column`); its dtype is inferred over the whole batch, as ``pd.concat`` would."""
    import numpy as np

    columns: dict[str, None] = {}
    for t in tables:
        columns.update(dict.fromkeys(c for c in t.columns if c != key))
    ids = [k for t, k in zip(tables, keys, strict=True) for _ in range(len(t))]
    data = {key: np.array(ids, dtype=object)}
    for c in columns:
        values: list = []
        for t in tables:
            if c in t.columns:
                values += column(t, c)
            else:
                values += [None] * len(t)
        data[c] = _array(values)
    return _frame_of(data)


def _build(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """``pd.DataFrame(rows, columns=columns)`` with the same dtypes, about twice as fast.

    Columns whose values are all ints, all floats, all bools, or strings and None are built
    as typed arrays directly (pandas would infer the same dtypes, after trying datetimes on
    every object column); any other mix goes through pandas' inference."""
    import numpy as np
    import pandas as pd

    if not rows:
        return _frame_of({c: np.array([], dtype=object) for c in columns})
    data = {}
    for c, values in zip(columns, _columns(rows, columns), strict=True):
        array = _typed(list(values))
        if array is None:
            return pd.DataFrame(rows, columns=columns)
        data[c] = array
    return _frame_of(data)


def _columns(rows: list[dict], columns: Sequence[str]) -> list[Sequence]:
    """The values of each column, in row order (None where a row lacks it): one C-level read
    per row when every row has every column (the steps' rows do), instead of a ``get`` per
    cell."""
    if len(columns) < 2:  # (``itemgetter`` of one key gives values, not tuples)
        return [[r.get(c) for r in rows] for c in columns]
    try:
        return list(zip(*map(operator.itemgetter(*columns), rows), strict=True))
    except KeyError:  # some row lacks a column
        return [[r.get(c) for r in rows] for c in columns]


def _typed(values: list):
    """A numpy array for a column of one plain kind (see :func:`_build`), else None."""
    import numpy as np

    kinds = set(map(type, values))
    if kinds == {int}:
        return np.array(values, dtype=np.int64)
    if kinds == {float}:
        return np.array(values, dtype=np.float64)
    if kinds == {bool}:
        return np.array(values, dtype=bool)
    if kinds <= {str, type(None)}:
        return np.array(values, dtype=object)
    return None


def _array(values: list):
    """:func:`_typed`, or pandas' inference for a mixed column."""
    import pandas as pd

    array = _typed(values)
    return array if array is not None else pd.Series(values).to_numpy()


def _frame_of(data: dict) -> pd.DataFrame:
    """The frame of ready columns. Plain ``pd.DataFrame``: building the blocks through pandas'
    private constructors saved about 1 % of an analysis (session 9; session 19: tables 42 %
    cheaper, 1.3 % of an analysis, (f) unchanged), not worth depending on pandas internals."""
    import pandas as pd

    return pd.DataFrame(data, copy=False)
