"""Analyse an article once: parse with spaCy, run every extractor, keep the tables.

Each extractor is a *step*: a function ``step(ctx) -> dict[str, table]`` that reads the
article, the Doc and the tables produced by earlier steps (``ctx.tables``) and returns new
tables. Steps run in the order of :data:`STEPS`; a step that needs the actors table simply
comes after the actors step. While they run, tables are light :class:`analysis.frames.Rows`,
made DataFrames once at the end (or once per batch of articles in corpus mode). The result,
:class:`Analysis`, is what notebooks load (through :mod:`analysis.bundle`, which caches it by
content hash) and what ``visit-report analyze`` writes as CSV.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .article import Article
from .frames import Rows, deferred, materialise
from .nlp import DEFAULT_MODEL, parse, parse_many

if TYPE_CHECKING:  # keep `import analysis.pipeline` cheap for the CLI
    import pandas as pd
    from spacy.tokens import Doc


@dataclass
class Context:
    """What a step sees: the article, its Doc, the tables so far and the run's options."""

    article: Article
    doc: Doc
    tables: dict[str, Rows | pd.DataFrame] = field(default_factory=dict)
    options: dict[str, object] = field(default_factory=dict)


Step = Callable[[Context], "dict[str, Rows | pd.DataFrame]"]

# (module, function): imported lazily so that `import analysis` stays cheap.
STEPS: list[tuple[str, str]] = [
    ("analysis.actors", "step"),
    ("analysis.quotes", "step"),
    ("analysis.stance", "step"),
    ("analysis.timeline", "step"),
    ("analysis.places", "step"),
    ("analysis.themes", "step"),
    ("analysis.events", "step"),
]


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
            tmp = path.with_suffix(".csv.part")
            table.to_csv(tmp, index=False)
            tmp.replace(path)
            paths.append(path)
        return paths


def steps() -> list[tuple[str, Step]]:
    """The registered steps, imported."""
    out = []
    for module, func in STEPS:
        out.append((module.rsplit(".", 1)[-1], getattr(importlib.import_module(module), func)))
    return out


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


def run(ctx: Context, names: Iterable[str] | None = None) -> dict[str, Rows | pd.DataFrame]:
    """Run the steps (all, or only ``names``, in pipeline order) on ``ctx``; return its tables.

    Tables come out as :class:`analysis.frames.Rows` (see :func:`analysis.frames.deferred`):
    :func:`analyze` makes them DataFrames one by one, the corpus mode a batch at a time."""
    wanted = None if names is None else set(names)
    with deferred():
        for name, step in steps():
            if wanted is None or name in wanted:
                ctx.tables.update(step(ctx))
    return ctx.tables


def analyze_many(
    articles: Iterable[Article],
    model: str = DEFAULT_MODEL,
    *,
    batch_size: int = 16,
    **options: object,
) -> Iterator[Analysis]:
    """:func:`analyze` for a stream of articles, in order.

    Articles are parsed ``batch_size`` at a time through :func:`analysis.nlp.parse_many`, so
    spaCy batches their paragraphs together; memory is bounded by one batch of Docs.
    """
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _analyze_batch(batch, model, options)
            batch = []
    if batch:
        yield from _analyze_batch(batch, model, options)


def _analyze_batch(
    batch: list[Article], model: str, options: dict[str, object]
) -> Iterator[Analysis]:
    for article, doc in zip(batch, parse_many(batch, model), strict=True):
        yield analyze(article, model, doc=doc, **options)
