"""Corpus mode: analyse many articles and write one set of tables for the whole corpus.

An analyst following a relationship has hundreds of articles, not one. The tables of every
article are written together, each row tagged with its ``article_id`` (the article's slug), so
the cross-article views (:mod:`analysis.corpus.crossref`) are plain group-bys.

The run streams, so memory is bounded by a batch and not by the corpus:

* the parent reads a few batches of article files ahead (the bytes travel with the task, so a
  Dask cluster needs no shared file system);
* workers, each with the spaCy model loaded once (a process-pool initializer, or the per-process
  model cache on Dask workers), parse a whole batch through every pipeline component at once
  (spaCy is much faster on batches than doc by doc), then run the extraction steps per article
  and send back small per-batch tables;
* the parent appends each batch to one writer per table (Parquet through ``ParquetWriter``, or
  CSV appended with the header once), keeping only a bounded number of batches in flight;
* a bad article (unreadable, not French, a step that raises) becomes a row of the ``errors``
  table and the run goes on.

Output directory (``<table>`` is ``.csv`` or ``.parquet``): every pipeline table plus
``articles`` (one row per analysed article), ``errors``, ``corpus_actors`` (identities merged
across articles) and ``actor_identity`` (article_id, actor_id -> corpus_actor_id), and
``corpus.json`` (what was run, counts, files).
"""

from __future__ import annotations

import collections
import concurrent.futures as cf
import fcntl
import gc
import itertools
import json
import math
import multiprocessing
import os
import shutil
import tempfile
import time
import traceback
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pandas as pd

from analysis.corpus.files import corpus_key, iter_article_paths
from analysis.document.article import Article, decode_bytes, parse_article, slugify
from analysis.document.frames import materialise, stack
from analysis.document.nlp import DEFAULT_MODEL
from analysis.errors import ArticleError, SetupError, VisitReportError

AUTO_PARQUET_ABOVE = 50  # fmt="auto": Parquet when the corpus has more articles than this
DEFAULT_BATCH = 16  # articles per task: big enough for spaCy batching, small for memory
FLUSH_ROWS = 5_000  # rows buffered per table before a write (one Parquet row group)
MAX_ERRORS_IN_SUMMARY = 100
RESERVED = ("articles", "errors", "corpus_actors", "actor_identity")
ARTICLE_COLUMNS = (
    "article_id",
    "path",
    "title",
    "publication",
    "precision",
    "source",
    "url",
    "format",
    "words",
    "sentences",
    "warnings",
)
ERROR_COLUMNS = ("article_id", "path", "stage", "error", "reason")


# --------------------------------------------------------------------------------------------
# Which files


def article_ids(paths: Sequence[Path]) -> list[str]:
    """One unique id per path: the article slug, suffixed ``-2``, ``-3``... on collisions."""
    taken: set[str] = set()
    ids = []
    for path in paths:
        slug = candidate = slugify(path.stem)
        n = 1
        while candidate in taken:
            n += 1
            candidate = f"{slug}-{n}"
        taken.add(candidate)
        ids.append(candidate)
    return ids


# --------------------------------------------------------------------------------------------
# Worker side


@dataclass
class BatchResult:
    """What a worker sends back for one batch: small tables, article rows and error rows."""

    tables: dict[str, pd.DataFrame]
    articles: list[dict[str, object]]
    errors: list[dict[str, object]]
    seconds: dict[str, float] = field(default_factory=dict)  # worker time: read, parse, steps


Item = tuple[str, str, bytes]  # (article_id, path, raw bytes)


def init_worker(model: str = DEFAULT_MODEL) -> None:
    """Load the model and import the steps once per worker process (pool initializer)."""
    from analysis import pipeline
    from analysis.document.nlp import load_model

    load_model(model)
    pipeline.steps()


def analyze_batch(
    items: Sequence[Item],
    model: str,
    publication: str | None,
    steps: Sequence[str] | None = None,
    bundles: bool = False,
) -> BatchResult:
    """Analyse a batch of articles; per-article failures become error rows, never raise.

    ``steps``: names of the pipeline steps to run (None: all).
    ``bundles``: reuse and fill the single-article cache of :mod:`analysis.pipeline.bundle` (what
    the
    notebooks and ``visit-report build`` use), for small corpora analysed in-process.
    """
    from analysis import pipeline

    clock = [time.perf_counter()]
    errors: list[dict[str, object]] = []
    loaded: list[Article] = []
    for article_id, path, raw in items:
        try:
            loaded.append(_load(article_id, path, raw, publication))
        except Exception as exc:  # noqa: BLE001 - any bad input is reported, not fatal
            errors.append(_error_row(article_id, path, "load", exc))
    reuse = bundles and steps is None
    done: dict[int, dict] = {}  # article index -> its tables
    for i, art in enumerate(loaded):
        cached = _bundle(art, model, publication) if reuse else None
        if cached is not None:
            done[i] = cached.tables
    todo = [(i, art) for i, art in enumerate(loaded) if i not in done]
    clock.append(time.perf_counter())
    docs = _parse_isolated([art for _, art in todo], model, errors) if todo else []
    clock.append(time.perf_counter())
    for (i, art), doc in zip(todo, docs, strict=True):
        if doc is None:
            continue
        try:
            ctx = pipeline.Context(article=art, doc=doc, options={"model": model})
            tables = pipeline.run(ctx, steps)
        except Exception as exc:  # noqa: BLE001
            errors.append(_error_row(art.slug, str(art.path), "analyze", exc))
            continue
        if reuse:
            tables = {name: materialise(table) for name, table in tables.items()}
            _store_bundle(pipeline.Analysis(art, tables, model), model, publication)
        done[i] = tables
    parts: dict[str, list] = collections.defaultdict(list)
    owners: dict[str, list[str]] = collections.defaultdict(list)
    articles = []
    for i in sorted(done):
        art = loaded[i]
        for name, table in done[i].items():
            if name not in RESERVED:
                parts[name].append(table)
                owners[name].append(art.slug)
        articles.append(article_row(art))
    # one DataFrame per table and per batch, not per article (building a DataFrame costs about
    # as much as a step's own work on a news brief)
    tables = {name: stack(t, "article_id", owners[name]) for name, t in parts.items()}
    _freeze_once()
    clock.append(time.perf_counter())
    laps = [b - a for a, b in itertools.pairwise(clock)]
    seconds = dict(zip(("read", "parse", "steps"), laps, strict=True))
    return BatchResult(tables, articles, errors, seconds)


_FROZEN = False


def _freeze_once() -> None:
    """After the first batch, move what the process holds for good — the model, the lexicons,
    the gazetteer and the memos loaded lazily by the steps — out of the garbage collector's
    reach (``gc.freeze``). A full collection otherwise walks those objects again and again
    (measured: 2-3 % more throughput on 200 articles of 600 words, start-up included)."""
    global _FROZEN
    if not _FROZEN:
        _FROZEN = True
        gc.collect()
        gc.freeze()


def _parse_isolated(articles: list[Article], model: str, errors: list) -> list:
    """:func:`analysis.document.nlp.parse_many`, falling back to one article at a time to isolate a
    failure."""
    from analysis.document.nlp import load_model, parse_many

    nlp = load_model(model)
    try:
        return parse_many(articles, nlp)
    except Exception:  # noqa: BLE001 - isolate the article that breaks the batch
        docs = []
        for art in articles:
            try:
                docs.append(parse_many([art], nlp)[0])
            except Exception as exc:  # noqa: BLE001
                docs.append(None)
                errors.append(_error_row(art.slug, str(art.path), "parse", exc))
        return docs


def _bundle_target(art: Article, model: str, publication: str | None) -> Path | None:
    from analysis.pipeline import bundle

    if art.path is None or not Path(art.path).is_file():
        return None
    return bundle.CACHE_DIR / f"{bundle.bundle_key(Path(art.path), model, publication)}.pkl"


def _bundle(art: Article, model: str, publication: str | None):
    """The cached single-article analysis of ``art``, if any."""
    import pickle

    target = _bundle_target(art, model, publication)
    if target is None or not target.is_file():
        return None
    try:
        with open(target, "rb") as fh:
            return pickle.load(fh)
    except Exception:  # noqa: BLE001 - a stale or corrupt entry is recomputed
        return None


def _store_bundle(an, model: str, publication: str | None) -> None:
    from analysis.pipeline import bundle

    target = _bundle_target(an.article, model, publication)
    if target is not None:
        try:
            bundle.atomic_pickle(an, target)
        except OSError:  # the cache is an optimisation: never fail the run for it
            pass


def _load(article_id: str, path: str, raw: bytes, publication: str | None) -> Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the decoding note is kept in article.warnings
        text, notes = decode_bytes(raw, path)
    art = parse_article(text, path=Path(path), publication=publication, slug=article_id)
    art.warnings[:0] = notes
    return art


def article_row(art: Article) -> dict[str, object]:
    """The ``articles`` table row of an analysed article."""
    m = art.metadata()
    return {
        "article_id": art.slug,
        "path": m["path"],
        "title": m["title"],
        "publication": m["publication"],
        "precision": m["precision"],
        "source": m["source"],
        "url": m["url"],
        "format": m["format"],
        "words": m["words"],
        "sentences": m["sentences"],
        "warnings": " | ".join(art.warnings) or None,
    }


def _error_row(article_id: str, path: str, stage: str, exc: BaseException) -> dict[str, object]:
    if isinstance(exc, VisitReportError):
        reason = exc.what
    else:
        tb = traceback.extract_tb(exc.__traceback__)
        where = f" ({Path(tb[-1].filename).name}:{tb[-1].lineno})" if tb else ""
        reason = f"{type(exc).__name__}: {exc}{where}"
    return {
        "article_id": article_id,
        "path": path,
        "stage": stage,
        "error": type(exc).__name__,
        "reason": reason,
    }


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
        self.part = directory / f".{name}.{fmt}.part"
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
        os.replace(self.part, self.path)
        return self.path

    def abort(self) -> None:
        if self._writer is not None:
            try:
                self._writer.close()
            except Exception:  # noqa: BLE001 - cleaning up after a failure
                pass
        self.part.unlink(missing_ok=True)
        self.part.with_name(self.part.name + ".old").unlink(missing_ok=True)


# --------------------------------------------------------------------------------------------
# Executors: inline, local process pool, Dask


class _Inline:
    """Runs batches in this process (one worker, or a corpus of one batch: no start-up cost)."""

    name = "inline"
    workers = 1

    def __init__(self, model: str) -> None:
        self.model = model

    def submit(self, fn: Callable, *args: object) -> cf.Future:
        future: cf.Future = cf.Future()
        try:
            future.set_result(fn(*args))
        except Exception as exc:  # noqa: BLE001 - delivered through the future
            future.set_exception(exc)
        return future

    def recover(self) -> None:
        pass

    def close(self, cancel: bool = False) -> None:
        pass


class _Pool:
    """A local process pool; each worker loads the model once (initializer)."""

    name = "local"

    def __init__(self, model: str, workers: int) -> None:
        self.model = model
        self.workers = workers
        self._pool = self._start()

    def _start(self) -> cf.ProcessPoolExecutor:
        return cf.ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=init_worker,
            initargs=(self.model,),
        )

    def submit(self, fn: Callable, *args: object) -> cf.Future:
        return self._pool.submit(fn, *args)

    def recover(self) -> None:
        """A worker died (segfault, out of memory): start a fresh pool."""
        if getattr(self._pool, "_broken", False):
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._start()

    def close(self, cancel: bool = False) -> None:
        if cancel:
            for proc in list(getattr(self._pool, "_processes", {}).values()):
                proc.terminate()
        self._pool.shutdown(wait=True, cancel_futures=True)


class _Dask:
    """A Dask cluster: an existing one (``address``) or a LocalCluster started here."""

    def __init__(self, model: str, address: str | None, workers: int) -> None:
        import logging

        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - installed with the package
            raise SetupError(
                "dask.distributed is not installed",
                where="--scheduler",
                fix="run `.venv/bin/pip install 'dask[distributed]'`",
            ) from exc
        self.model = model
        self.cluster = None
        if address:
            try:
                self.client = Client(address, timeout="20s")
            except (OSError, TimeoutError) as exc:
                raise SetupError(
                    f"cannot reach the Dask scheduler ({exc.__class__.__name__})",
                    where=address,
                    fix="check the address (tcp://HOST:8786) and that the scheduler runs, or "
                    "give --scheduler without an address for a local cluster",
                ) from None
            self.name = f"dask {address}"
        else:
            self.cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            self.client = Client(self.cluster)
            self.name = "dask LocalCluster"
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)
        self.client.run(init_worker, model)  # every worker loads the model once, up front

    def submit(self, fn: Callable, *args: object):
        return self.client.submit(fn, *args, pure=False)

    def recover(self) -> None:
        pass

    def close(self, cancel: bool = False) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _executor(model: str, jobs: int | None, scheduler: str | None, n_batches: int):
    cores = os.cpu_count() or 1
    if scheduler:
        address = None if scheduler == "local" else scheduler
        return _Dask(model, address, max(1, jobs or cores))
    workers = max(1, min(jobs or cores, n_batches))
    return _Inline(model) if workers == 1 else _Pool(model, workers)


# --------------------------------------------------------------------------------------------
# The run


@dataclass
class CorpusSummary:
    """What :func:`analyze_corpus` did (also written as ``corpus.json``)."""

    out: str
    format: str
    model: str
    executor: str
    workers: int
    batch_size: int
    articles: int
    failed: int
    words: int
    seconds: float
    tables: dict[str, int] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    worker_seconds: dict[str, float] = field(default_factory=dict)  # summed over batches
    schemas: dict[str, dict[str, str]] = field(default_factory=dict)  # column kinds per table
    errors: list[dict[str, object]] = field(default_factory=list)

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def analyze_corpus(
    paths: Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    model: str = DEFAULT_MODEL,
    fmt: str = "auto",
    jobs: int | None = None,
    scheduler: str | None = None,
    batch_size: int | None = None,
    publication: str | None = None,
    progress: bool = False,
    on_error: Callable[[dict[str, object]], None] | None = None,
    steps: Sequence[str] | None = None,
    bundles: bool = False,
) -> CorpusSummary:
    """Analyse every article of ``paths`` and write the corpus tables into ``out``.

    ``fmt``: "csv", "parquet" or "auto" (Parquet above :data:`AUTO_PARQUET_ABOVE` articles).
    ``scheduler``: None for a local process pool over ``jobs`` cores (in-process when there is
    a single batch or ``jobs=1``), "local" for a Dask LocalCluster of ``jobs`` workers, or the
    address of a running Dask scheduler. ``on_error`` is called with each error row as it
    happens (the CLI prints them). ``steps`` restricts the pipeline steps run (by module name,
    e.g. ``("actors", "quotes")``; None: all). ``bundles``: reuse and fill the single-article
    analysis cache (worth it for small corpora on this machine, see :func:`load`). Returns the
    :class:`CorpusSummary`.
    """
    started = time.perf_counter()
    paths = [Path(p) for p in paths]
    if not paths:
        raise ArticleError("no article to analyse", fix="give at least one article file")
    fmt = _format(fmt, len(paths))
    publication = publication or None
    out_dir = Path(out)
    _prepare(out_dir)
    ids = article_ids(paths)
    jobs = jobs if jobs and jobs > 0 else None
    if batch_size is None:
        workers = jobs or os.cpu_count() or 1
        # Enough batches to keep every worker busy, none so small that spaCy cannot batch.
        batch_size = max(4, min(DEFAULT_BATCH, math.ceil(len(paths) / (workers * 4))))
    n_batches = math.ceil(len(paths) / batch_size)
    writers: dict[str, TableWriter] = {}
    from analysis.corpus.crossref import IdentityIndex

    identity = IdentityIndex()
    summary = CorpusSummary(str(out_dir), fmt, model, "", 0, batch_size, 0, 0, 0, 0.0)

    def writer(name: str) -> TableWriter:
        if name not in writers:
            writers[name] = TableWriter(name, out_dir, fmt)
        return writers[name]

    def record_errors(rows: list[dict[str, object]]) -> None:
        if rows:
            writer("errors").append(pd.DataFrame(rows))
        for row in rows:
            summary.failed += 1
            if len(summary.errors) < MAX_ERRORS_IN_SUMMARY:  # the errors table has them all
                summary.errors.append(row)
            if on_error is not None:
                on_error(row)

    def consume(result: BatchResult) -> None:
        for key, value in result.seconds.items():
            summary.worker_seconds[key] = summary.worker_seconds.get(key, 0.0) + value
        for name, table in result.tables.items():
            writer(name).append(table)
            if name == "actors":
                identity.add(table)
        if result.articles:
            writer("articles").append(pd.DataFrame(result.articles))
            summary.articles += len(result.articles)
            summary.words += sum(int(r["words"]) for r in result.articles)
        record_errors(result.errors)

    batches = _batches(list(zip(ids, paths, strict=True)), batch_size, record_errors)
    executor = _executor(model, jobs, scheduler, n_batches)
    summary.executor, summary.workers = executor.name, executor.workers
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(paths), desc="articles", unit="art", leave=False)
    ok = False
    try:
        for result in _stream(executor, batches, (model, publication, steps, bundles)):
            consume(result)
            if bar is not None:
                bar.update(len(result.articles) + len(result.errors))
        writer("articles").append(pd.DataFrame(columns=list(ARTICLE_COLUMNS)))
        writer("errors").append(pd.DataFrame(columns=list(ERROR_COLUMNS)))
        for name, w in list(writers.items()):
            summary.files[name] = w.close().name
        actors = out_dir / summary.files["actors"] if "actors" in summary.files else None
        _write_identity(identity, actors, writer, fmt)
        for name in ("actor_identity", "corpus_actors"):
            if name in writers:
                summary.files[name] = writers[name].close().name
        summary.tables = {name: w.rows for name, w in sorted(writers.items())}
        summary.schemas = {name: dict(w.schema) for name, w in sorted(writers.items())}
        summary.files = dict(sorted(summary.files.items()))
        ok = True
    finally:
        executor.close(cancel=not ok)
        if bar is not None:
            bar.close()
        if not ok:
            for w in writers.values():
                w.abort()
            for name in summary.files.values():
                (out_dir / name).unlink(missing_ok=True)
    summary.seconds = time.perf_counter() - started
    (out_dir / "corpus.json").write_text(
        json.dumps(asdict(summary), ensure_ascii=False, indent=1, default=str), encoding="utf-8"
    )
    return summary


def _format(fmt: str, n: int) -> str:
    fmt = (fmt or "auto").lower()
    if fmt == "auto":
        return "parquet" if n > AUTO_PARQUET_ABOVE else "csv"
    if fmt not in ("csv", "parquet"):
        raise ArticleError(
            f"unknown format {fmt!r}", where="--format", fix="use auto, csv or parquet"
        )
    return fmt


def _prepare(out_dir: Path) -> None:
    """Create ``out_dir``; remove the tables of a previous corpus run there (not other files)."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out_dir, prefix=".write-test-"):
            pass
    except OSError as exc:
        raise SetupError(
            f"cannot write to the output directory ({exc.strerror})",
            where=str(out_dir),
            fix="choose another directory with --out, or fix its permissions",
        ) from None
    previous = out_dir / "corpus.json"
    if previous.is_file():
        try:
            files = json.loads(previous.read_text(encoding="utf-8")).get("files", {})
        except ValueError:
            files = {}
        for name in files.values():
            if "/" not in name and name.endswith((".csv", ".parquet")):
                (out_dir / name).unlink(missing_ok=True)
        previous.unlink()


def _batches(
    items: list[tuple[str, Path]], size: int, record_errors: Callable
) -> Iterator[list[Item]]:
    """Batches of (id, path, bytes), read lazily: only the batches in flight are in memory."""
    for i in range(0, len(items), size):
        batch: list[Item] = []
        for article_id, path in items[i : i + size]:
            try:
                if path.is_dir():
                    raise ArticleError("this is a directory, not an article file")
                batch.append((article_id, str(path), path.read_bytes()))
            except (OSError, ArticleError) as exc:
                record_errors([_error_row(article_id, str(path), "read", exc)])
        if batch:
            yield batch


def _stream(executor, batches: Iterator[list[Item]], args: tuple):
    """Results in submission order, with at most ``2 × workers`` batches in flight.

    A batch whose worker died (segfault, out of memory) is retried article by article, one at a
    time, so that the article responsible is the only one reported.
    """
    window = max(2, 2 * executor.workers)
    inflight: collections.deque = collections.deque()
    retry: collections.deque = collections.deque()
    exhausted = False
    while True:
        if retry and not inflight:
            batch = retry.popleft()
            inflight.append((batch, True, executor.submit(analyze_batch, batch, *args)))
        while not retry and not exhausted and len(inflight) < window:
            batch = next(batches, None)
            if batch is None:
                exhausted = True
                break
            inflight.append((batch, False, executor.submit(analyze_batch, batch, *args)))
        if not inflight:
            return
        batch, single, future = inflight.popleft()
        try:
            result = future.result()
        except Exception as exc:  # noqa: BLE001 - the worker, not the article, failed
            executor.recover()
            if single:
                yield BatchResult({}, [], [_error_row(batch[0][0], batch[0][1], "worker", exc)])
            else:
                retry.extend([item] for item in batch)
            continue
        yield result


def _write_identity(identity, actors_file: Path | None, writer: Callable, fmt: str) -> None:
    """Second, streamed pass over the written actors table: a corpus id per article actor."""
    corpus_actors = identity.resolve()
    counts: collections.Counter[str] = collections.Counter()
    first: dict[str, str] = {}
    if actors_file is not None:
        link = writer("actor_identity")
        for chunk in read_chunks(actors_file, fmt):
            mapped = identity.lookup(chunk)
            link.append(mapped)
            seen = mapped.drop_duplicates(["article_id", "corpus_actor_id"])
            counts.update(seen["corpus_actor_id"])
            for aid, cid in zip(seen["article_id"], seen["corpus_actor_id"], strict=True):
                first.setdefault(cid, aid)
    ids = corpus_actors["corpus_actor_id"]
    corpus_actors["articles"] = [counts.get(c, 0) for c in ids]
    corpus_actors["first_article"] = [first.get(c) for c in ids]
    writer("corpus_actors").append(corpus_actors)


def read_chunks(path: Path, fmt: str, rows: int = 50_000) -> Iterator[pd.DataFrame]:
    """A written table, chunk by chunk (memory bounded by ``rows``)."""
    if fmt == "csv":
        yield from pd.read_csv(path, chunksize=rows, keep_default_na=False, na_values=[""])
    else:
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(batch_size=rows):
            yield batch.to_pandas()


# --------------------------------------------------------------------------------------------
# Reading a corpus back, and the cached corpus for notebooks


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


def load(
    corpus: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    model: str = DEFAULT_MODEL,
    publication: str | None = None,
    *,
    jobs: int | None = None,
    scheduler: str | None = None,
    cache: bool = True,
    progress: bool = False,
):
    """The :class:`~analysis.corpus.crossref.CorpusResult` of ``corpus``, from the cache if present.

    The analysis is stored as Parquet under ``reports/.cache/corpus-<hash>/`` (hash of the
    articles' names and bytes, model, publication and library), so a rebuild reads tables
    instead of parsing. A small corpus (up to :data:`DEFAULT_BATCH` articles) is analysed in
    this process and shares the per-article cache of :mod:`analysis.pipeline.bundle` both ways: the
    articles `visit-report build` has already analysed are not parsed again, and the others
    are ready for the single-article reports.
    """
    from analysis.corpus.crossref import CorpusResult
    from analysis.pipeline.bundle import CACHE_DIR

    paths = iter_article_paths(corpus)
    key = corpus_key(paths, model, publication)
    target = CACHE_DIR / f"corpus-{key}"
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    # Notebooks of several articles may ask for the same corpus at once: one analyses it.
    with open(CACHE_DIR / f"corpus-{key}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (cache and (target / "corpus.json").is_file()):
            tmp = Path(tempfile.mkdtemp(prefix=".corpus-", dir=CACHE_DIR))
            try:
                small = len(paths) <= DEFAULT_BATCH and scheduler is None
                analyze_corpus(
                    paths,
                    tmp,
                    model,
                    "parquet",
                    jobs or (1 if small else None),  # one process: model, indexes loaded once
                    scheduler,
                    publication=publication,
                    progress=progress,
                    bundles=small,  # share the notebooks' per-article cache both ways
                )
                if target.exists():  # cache=False: replace the stored analysis
                    shutil.rmtree(target)
                os.replace(tmp, target)
            except BaseException:
                shutil.rmtree(tmp, ignore_errors=True)
                raise
        tables = read_tables(target)
    return CorpusResult.from_tables(tables, model=model)


def headlines(result) -> list[str]:
    """Headline findings of a corpus (see :func:`analysis.corpus.crossref.headlines`)."""
    from analysis.corpus.crossref import headlines as _headlines

    return _headlines(result)
