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
import fcntl
import hashlib
import json
import math
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pandas as pd

from analysis.corpus.batch import (
    ARTICLE_COLUMNS,
    ERROR_COLUMNS,
    BatchResult,
    Item,
    analyze_batch,
    article_ids,
    error_row,
)
from analysis.corpus.executors import make_executor, stream
from analysis.corpus.files import corpus_key, iter_article_paths, unreadable_reason
from analysis.corpus.partial import BatchStore
from analysis.corpus.writers import TableWriter, read_chunks, read_tables
from analysis.document.nlp import DEFAULT_MODEL, check_model
from analysis.errors import ArticleError
from analysis.resources.io import ensure_writable_dir, warn_dropped, write_text
from analysis.resources.paths import cache_dir

AUTO_PARQUET_ABOVE = 50  # fmt="auto": Parquet when the corpus has more articles than this
DEFAULT_BATCH = 16  # articles per task: big enough for spaCy batching, small for memory
MAX_ERRORS_IN_SUMMARY = 100


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
    batches: int = 0  # analysed by this run
    batches_reused: int = 0  # finished by an earlier, interrupted run (``<out>/.partial``)

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
    check_model(model)  # before any worker imports it: a bad name is a ParameterError
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
    store = BatchStore(out_dir, model, publication, steps)
    executor = make_executor(model, jobs, scheduler, n_batches)
    summary.executor, summary.workers = executor.name, executor.workers
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(paths), desc="articles", unit="art", leave=False)
    ok = False
    try:
        for result in stream(executor, batches, (model, publication, steps, bundles), store):
            consume(result)
            if bar is not None:
                bar.update(len(result.articles) + len(result.errors))
        summary.batches, summary.batches_reused = store.stored, store.reused
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
    write_text(
        out_dir / "corpus.json",
        json.dumps(asdict(summary), ensure_ascii=False, indent=1, default=str),
    )
    store.clear()  # every batch is in the tables now
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
    ensure_writable_dir(out_dir)
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
                reason = unreadable_reason(path)
                if reason is not None:
                    raise ArticleError(reason, where=str(path))
                batch.append((article_id, str(path), path.read_bytes()))
            except (OSError, ArticleError) as exc:
                record_errors([error_row(article_id, str(path), "read", exc)])
        if batch:
            yield batch


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


# --------------------------------------------------------------------------------------------
# The cached corpus for notebooks


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

    folder = cache_dir()
    paths = iter_article_paths(corpus)
    key = corpus_key(paths, model, publication)
    target = folder / f"corpus-{key}"
    folder.mkdir(parents=True, exist_ok=True)
    # Notebooks of several articles may ask for the same corpus at once: one analyses it.
    with open(folder / f"corpus-{key}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        tables = _read_cached(target) if cache else None
        if tables is None:
            tmp = Path(tempfile.mkdtemp(prefix=".corpus-", dir=folder))
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
                _seal(tmp)
                if target.exists():  # cache=False or a damaged entry: replace it
                    shutil.rmtree(target)
                os.replace(tmp, target)
            except BaseException:
                shutil.rmtree(tmp, ignore_errors=True)
                raise
            tables = read_tables(target)
    return CorpusResult.from_tables(tables, model=model)


CHECKSUMS = "checksums.json"


def _seal(folder: Path) -> None:
    """Write the SHA-256 of every file of a finished corpus analysis beside it."""
    digests = {f.name: _sha256(f) for f in sorted(folder.iterdir()) if f.is_file()}
    write_text(folder / CHECKSUMS, json.dumps(digests, indent=1))


def _read_cached(target: Path) -> dict[str, pd.DataFrame] | None:
    """The tables of the cached corpus analysis ``target``, checked against its checksums;
    None when absent, or (one warning line, the entry removed) truncated, garbled or
    unreadable: the corpus is then analysed again instead of every later build failing."""
    if not target.is_dir():
        return None
    try:
        digests = json.loads((target / CHECKSUMS).read_text(encoding="utf-8"))
        if not isinstance(digests, dict) or "corpus.json" not in digests:
            raise ValueError(f"{CHECKSUMS} is not a list of files")
        for name, digest in digests.items():
            if Path(name).name != name or _sha256(target / name) != digest:
                raise ValueError(f"{name} does not match its checksum")
        return read_tables(target)
    except Exception as exc:  # noqa: BLE001 - any damage: recompute, never fail every build
        warn_dropped("corpus analysis", target, exc)
        shutil.rmtree(target, ignore_errors=True)
        return None


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


__all__ = [
    "AUTO_PARQUET_ABOVE",
    "DEFAULT_BATCH",
    "BatchResult",
    "CorpusSummary",
    "TableWriter",
    "analyze_batch",
    "analyze_corpus",
    "article_ids",
    "iter_article_paths",
    "load",
    "read_tables",
]
