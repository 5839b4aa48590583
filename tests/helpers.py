"""Helpers shared by the test modules (fixtures live in ``tests/conftest.py``).

``run_steps(text)`` is the one way a test turns an invented French snippet into tables: parse
it (no language check, a fixed publication date), run the whole pipeline or only some steps,
and keep the result for the rest of the session (same text, same steps: same tables).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from analysis.document.article import Article
    from analysis.pipeline import Analysis

PUBLICATION = "2023-06-14"


def parse_snippet(text: str, publication: str | None = PUBLICATION) -> tuple[Article, Doc]:
    """``text`` as an :class:`Article` (no language check) and a fresh spaCy ``Doc``."""
    from analysis.document.article import parse_article
    from analysis.document.nlp import parse

    article = parse_article(text, publication=publication, check_language=False)
    return article, parse(article)


def run_steps(
    text: str, steps: Iterable[str] | None = None, publication: str | None = PUBLICATION
) -> Analysis:
    """Analyse the snippet ``text``: every step (``steps=None``, as :func:`analyze` does) or
    only the named ones, in pipeline order (each must find its input tables in an earlier
    named step). Cached per (text, steps, publication): tests must not modify the tables."""
    return _run_steps(text, None if steps is None else tuple(steps), publication)


@functools.cache
def _run_steps(text: str, steps: tuple[str, ...] | None, publication: str | None) -> Analysis:
    from analysis.document.context import Context
    from analysis.document.frames import materialise
    from analysis.document.nlp import DEFAULT_MODEL
    from analysis.pipeline import Analysis, analyze, run

    article, doc = parse_snippet(text, publication)  # a Doc of its own: steps memoise on it
    if steps is None:
        return analyze(article, doc=doc)
    ctx = Context(article=article, doc=doc, options={"model": DEFAULT_MODEL})
    tables = {name: materialise(table) for name, table in run(ctx, steps).items()}
    return Analysis(article=article, tables=tables)
