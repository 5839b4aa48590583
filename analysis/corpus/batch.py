"""Corpus mode, worker side: analyse a batch of articles into small per-batch tables.

A worker (a process of the local pool, a Dask worker, or the parent for a small corpus) loads
the spaCy model once, parses a whole batch through every pipeline component at once, runs the
extraction steps per article and sends back a :class:`BatchResult`. A bad article becomes an
error row, never an exception.
"""

from __future__ import annotations

import collections
import ctypes
import itertools
import os
import signal
import sys
import threading
import time
import traceback
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.document.article import Article, decode_bytes, parse_article, slugify
from analysis.document.frames import materialise, stack
from analysis.document.nlp import DEFAULT_MODEL
from analysis.errors import VisitReportError
from analysis.resources.ids import unique_names
from analysis.resources.io import write_pickle

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
    return unique_names([slugify(path.stem) for path in paths])


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


def init_worker(model: str = DEFAULT_MODEL, die_with_parent: bool = False) -> None:
    """Load the model and import the steps once per worker process (pool initializer).

    ``die_with_parent``: for workers this run started (never for the workers of a Dask
    cluster someone else runs), see :func:`die_with_parent`."""
    from analysis import pipeline
    from analysis.document.nlp import load_model

    if die_with_parent:
        _die_with_parent()
    load_model(model)
    pipeline.steps()


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _die_with_parent() -> None:
    """End this worker when the process that started it ends, however it ends.

    A ``kill -9`` of a corpus run gives its workers no chance to be told: without this they
    stay, each holding a spaCy model (~700 MB), blocked forever on a queue nobody writes to.
    Linux: the kernel sends SIGKILL on the parent's death (``prctl(PR_SET_PDEATHSIG)``);
    elsewhere, and as a second guard, a daemon thread checks once a second that the parent is
    still ours (a dead parent's children are re-parented)."""
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no libc prctl: the watchdog below still works
            pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()


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
            errors.append(error_row(article_id, path, "load", exc))
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
            errors.append(error_row(art.slug, str(art.path), "analyze", exc))
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
    pipeline.freeze_loaded()
    clock.append(time.perf_counter())
    laps = [b - a for a, b in itertools.pairwise(clock)]
    seconds = dict(zip(("read", "parse", "steps"), laps, strict=True))
    return BatchResult(tables, articles, errors, seconds)


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
                errors.append(error_row(art.slug, str(art.path), "parse", exc))
        return docs


def _bundle_target(art: Article, model: str, publication: str | None) -> Path | None:
    from analysis.pipeline import bundle

    if art.path is None or not Path(art.path).is_file():
        return None
    return bundle.bundle_path(Path(art.path), model, publication)


def _bundle(art: Article, model: str, publication: str | None):
    """The cached single-article analysis of ``art``, if any."""
    from analysis.pipeline import bundle

    return bundle.read_cached(_bundle_target(art, model, publication))


def _store_bundle(an, model: str, publication: str | None) -> None:
    target = _bundle_target(an.article, model, publication)
    if target is not None:
        try:
            write_pickle(target, an)
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


def error_row(article_id: str, path: str, stage: str, exc: BaseException) -> dict[str, object]:
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
