"""Corpus mode, writers: one streaming writer per table, CSV or Parquet, with the schema
unified across batches; and reading the written tables back.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from analysis.resources.io import atomic_write

FLUSH_ROWS = 5_000  # rows buffered per table before a write (one Parquet row group)


# --------------------------------------------------------------------------------------------
# Writers: one per table, streaming, with schemas unified across batches


def _kind(s: pd.Series) -> str:
    """'null', 'bool', 'int', 'float' or 'string': what this batch's column holds.

    Typed columns are judged by their dtype; object columns by the Python types of their
    values, missing ones (None, NaN, pd.NA) left out. Called for every column of every batch
    in the parent process, so plain Python over ``tolist`` rather than pandas per call."""
    dtype = s.dtype
    if pd.api.types.is_bool_dtype(dtype) or pd.api.types.is_integer_dtype(dtype):
        if not s.notna().any():
            return "null"
        return "bool" if pd.api.types.is_bool_dtype(dtype) else "int"
    if pd.api.types.is_float_dtype(dtype):
        values = s.dropna()
        if values.empty:
            return "null"
        return "int" if bool((values == values.round()).all()) else "float"
    values = s.tolist()
    types = {type(v) for v in values}
    if types <= {str, type(None)}:  # the usual case, decided without a call per value
        return "string" if str in types else "null"
    values = [v for v in values if not _missing(v)]
    if not values:
        return "null"
    types = {type(v) for v in values}
    if types <= {bool}:
        return "bool"
    if types <= {int} or all(_is_int(v) for v in values):
        return "int"
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return "float"
    return "string"


def _missing(v: object) -> bool:
    """What ``Series.dropna`` drops from an object column."""
    return v is None or v is pd.NA or (isinstance(v, float) and v != v) or v is pd.NaT


def _is_int(v: object) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) or type(v).__name__.startswith("int")


def _merge(a: str, b: str) -> str:
    if a == b or b == "null":
        return a
    if a == "null":
        return b
    if {a, b} == {"int", "float"}:
        return "float"
    return "string"


def _text(v: object) -> str | None:
    if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA:
        return None
    if isinstance(v, (list, tuple, set, frozenset)):
        return "; ".join(str(x) for x in v)
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False, sort_keys=True, default=str)
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _bool(v: object) -> bool | None:
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return None
    if isinstance(v, str):
        return {"true": True, "false": False, "1": True, "0": False}.get(v.strip().lower())
    return bool(v)


def _conform(df: pd.DataFrame, schema: dict[str, str]) -> pd.DataFrame:
    """``df`` with exactly the schema's columns, in order, each cast to its kind."""
    df = df.reset_index(drop=True)
    out = {}
    n = len(df)
    for col, kind in schema.items():
        s = df[col] if col in df.columns else pd.Series([None] * n, dtype=object)
        if kind == "int":
            s = pd.array(pd.to_numeric(s, errors="coerce"), dtype="Int64")
        elif kind == "float":
            s = pd.to_numeric(s, errors="coerce").astype("float64")
        elif kind == "bool":
            s = pd.array([_bool(v) for v in s], dtype="boolean")
        else:  # string and null (strings, the usual case, are kept without a call)
            s = pd.Series([v if type(v) is str else _text(v) for v in s.tolist()], dtype=object)
        out[col] = s
    return pd.DataFrame(out, index=range(n))


class TableWriter:
    """Append-only writer of one table, CSV or Parquet, atomically renamed on :meth:`close`.

    The schema is the union of the columns seen so far, each with the widest kind seen
    (null < int < float, anything mixed -> string). Rows are buffered up to
    :data:`FLUSH_ROWS`; when a later batch widens the schema after data were written, the
    written part is rewritten once, row group by row group (rare: each column can widen at
    most three times), so memory stays bounded.
    """

    def __init__(self, name: str, directory: Path, fmt: str) -> None:
        self.name = name
        self.fmt = fmt
        self.path = directory / f"{name}.{fmt}"
        # the file grows batch by batch in a temporary of its own (atomic_write), renamed
        # into place by close() and removed by abort()
        self._atomic = atomic_write(self.path)
        self.part = self._atomic.__enter__()
        self.schema: dict[str, str] = {}
        self.written_schema: dict[str, str] | None = None
        self.buffer: list[pd.DataFrame] = []
        self.buffered = 0
        self.rows = 0
        self._writer = None

    def append(self, df: pd.DataFrame) -> None:
        for col in df.columns:
            self.schema[col] = _merge(self.schema.get(col, "null"), _kind(df[col]))
        if len(df):
            self.buffer.append(df)
            self.buffered += len(df)
            self.rows += len(df)
        if self.buffered >= FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        if not self.buffer and self.written_schema is not None:
            return
        if self.written_schema is not None and self._widened():
            self._rewrite()
        frame = pd.concat(self.buffer, ignore_index=True) if self.buffer else pd.DataFrame()
        self.buffer, self.buffered = [], 0
        self._write(_conform(frame, self.schema))

    def _widened(self) -> bool:
        if self.fmt == "csv":  # text: only a new column changes the file
            return list(self.written_schema or {}) != list(self.schema)
        return self.written_schema != self.schema

    def _write(self, df: pd.DataFrame) -> None:
        if self.fmt == "csv":
            df.to_csv(self.part, mode="a", header=self.written_schema is None, index=False)
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            types = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
            schema = pa.schema([(c, types.get(k, pa.string())) for c, k in self.schema.items()])
            if self._writer is None:
                self._writer = pq.ParquetWriter(self.part, schema, compression="zstd")
            self._writer.write_table(pa.Table.from_pandas(df, schema=schema, preserve_index=False))
        self.written_schema = dict(self.schema)

    def _rewrite(self) -> None:
        """Re-encode what was written so far under the widened schema, chunk by chunk."""
        old = self.part.with_name(self.part.name + ".old")
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        os.replace(self.part, old)
        self.written_schema = None
        try:
            for chunk in read_chunks(old, self.fmt):
                self._write(_conform(chunk, self.schema))
        finally:
            old.unlink(missing_ok=True)

    def close(self) -> Path:
        self.flush()
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        self._finish(None)
        return self.path

    def abort(self) -> None:
        if self._writer is not None:
            try:
                self._writer.close()
            except Exception:  # noqa: BLE001 - cleaning up after a failure
                pass
        self.part.with_name(self.part.name + ".old").unlink(missing_ok=True)
        self._finish(RuntimeError(f"writing {self.name} was aborted"))

    def _finish(self, error: BaseException | None) -> None:
        """End the atomic write once: rename into place (no ``error``) or remove."""
        atomic, self._atomic = self._atomic, None
        if atomic is not None:
            atomic.__exit__(type(error) if error else None, error, None)


def read_chunks(path: Path, fmt: str, rows: int = 50_000) -> Iterator[pd.DataFrame]:
    """A written table, chunk by chunk (memory bounded by ``rows``)."""
    if fmt == "csv":
        yield from pd.read_csv(path, chunksize=rows, keep_default_na=False, na_values=[""])
    else:
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(batch_size=rows):
            yield batch.to_pandas()


def read_tables(directory: str | os.PathLike[str]) -> dict[str, pd.DataFrame]:
    """Every table of a corpus output directory, as DataFrames."""
    directory = Path(directory)
    meta = json.loads((directory / "corpus.json").read_text(encoding="utf-8"))
    dtypes = {"int": "Int64", "float": "float64", "bool": "boolean"}
    out = {}
    for name, filename in meta["files"].items():
        path = directory / filename
        if path.suffix == ".parquet":
            out[name] = pd.read_parquet(path)
        else:  # CSV: the written kinds, so that "040" stays text and 12 an integer
            kinds = meta.get("schemas", {}).get(name, {})
            dtype = {c: dtypes.get(k, "object") for c, k in kinds.items()}
            out[name] = pd.read_csv(path, dtype=dtype, keep_default_na=False, na_values=[""])
    return out
