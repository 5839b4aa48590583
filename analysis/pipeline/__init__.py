"""Analyse an article once: parse with spaCy, run every extraction step, keep the tables.

The steps and their order live in :mod:`analysis.pipeline.registry`; each declares the tables
it reads and writes. While they run, tables are light :class:`analysis.document.frames.Rows`,
made DataFrames once at the end (or once per batch of articles in corpus mode). The result,
:class:`Analysis`, is what notebooks load (through :mod:`analysis.pipeline.bundle`, which
caches it by content hash) and what ``visit-report analyze`` writes as CSV.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.document.article import Article
from analysis.document.context import Context, StepSpec, Tables
from analysis.document.frames import deferred, materialise
from analysis.document.nlp import DEFAULT_MODEL, parse, parse_many
from analysis.resources.collector import collect_rarely
from analysis.resources.io import atomic_write

if TYPE_CHECKING:  # keep `import analysis.pipeline` cheap for the CLI
    import pandas as pd
    from spacy.tokens import Doc

__all__ = ["Analysis", "Context", "analyze", "analyze_many", "freeze_loaded", "run", "steps"]


@dataclass
class Analysis:
    """An analysed article: metadata and named tables (see README, "Output tables")."""

    article: Article
    tables: dict[str, pd.DataFrame]
    model: str = DEFAULT_MODEL

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    def write_csv(self, out_dir: str | Path) -> list[Path]:
        """Write every table as ``out_dir/<name>.csv`` (UTF-8, no index)."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        paths = []
        for name, table in self.tables.items():
            path = out / f"{name}.csv"
            with atomic_write(path) as tmp:
                table.to_csv(tmp, index=False)
            paths.append(path)
        return paths


def steps() -> list[StepSpec]:
    """The registered steps, in pipeline order (imports the extraction rules)."""
    from analysis.pipeline.registry import PIPELINE

    return list(PIPELINE.steps)


def run(ctx: Context, names: Iterable[str] | None = None) -> Tables:
    """Run the steps (all, or only ``names``, in pipeline order) on ``ctx``; return its tables.

    Tables come out as :class:`analysis.document.frames.Rows` (see
    :func:`analysis.document.frames.deferred`): :func:`analyze` makes them DataFrames one by
    one, the corpus mode a batch at a time."""
    from analysis.pipeline.registry import PIPELINE

    with deferred():
        return PIPELINE.run(ctx, names)


def analyze(
    article: Article,
    model: str = DEFAULT_MODEL,
    *,
    doc: Doc | None = None,
    progress: bool = False,
    **options: object,
) -> Analysis:
    """Run every step on ``article`` and return the :class:`Analysis`."""
    doc = doc if doc is not None else parse(article, model, progress=progress)
    ctx = Context(article=article, doc=doc, options={"model": model, **options})
    run(ctx)
    tables = {name: materialise(table) for name, table in ctx.tables.items()}
    return Analysis(article=article, tables=tables, model=model)


def analyze_many(
    articles: Iterable[Article],
    model: str = DEFAULT_MODEL,
    *,
    batch_size: int = 16,
    **options: object,
) -> Iterator[Analysis]:
    """:func:`analyze` for a stream of articles, in order.

    Articles are parsed ``batch_size`` at a time through
    :func:`analysis.document.nlp.parse_many`, so spaCy batches their paragraphs together;
    memory is bounded by one batch of Docs. After the first batch, what it loaded for good is
    frozen (:func:`freeze_loaded`).
    """
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _analyze_batch(batch, model, options)
            batch = []
    if batch:
        yield from _analyze_batch(batch, model, options)


_FROZEN = False


def freeze_loaded() -> None:
    """Once per process, after a first batch of analyses: move what the process now holds for
    good — the model, the lexicons, the knowledge-base indexes and the memos the steps filled —
    out of the garbage collector's reach (``gc.freeze``). A full collection otherwise walks
    those 1.1 million objects each time (measured: 0.6 s of CPU per 100,000 words analysed;
    in corpus workers, 2-3 % more throughput on 200 articles of 600 words). Frozen objects are
    still freed when nothing refers to them. From then on the process collects rarely, as the
    build's processes do (:func:`analysis.resources.collector.collect_rarely`: each article's
    Doc, tokens and rows, scanned every 700 allocations, cost ~3 % of the steps)."""
    global _FROZEN
    if not _FROZEN:
        _FROZEN = True
        gc.collect()
        gc.freeze()
        collect_rarely()


def _analyze_batch(
    batch: list[Article], model: str, options: dict[str, object]
) -> Iterator[Analysis]:
    for article, doc in zip(batch, parse_many(batch, model), strict=True):
        yield analyze(article, model, doc=doc, **options)
    freeze_loaded()
