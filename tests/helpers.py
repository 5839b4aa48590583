"""Helpers shared by the test modules (fixtures live in ``tests/conftest.py``).

``run_steps(text)`` is the one way a test turns an invented French snippet into tables: parse
it (no language check, a fixed publication date), run the whole pipeline or only some steps,
and keep the result for the rest of the session (same text, same steps: same tables).

``chromium()`` is the one way a test opens a page in a browser: Playwright driving Debian's
chromium (browsers cannot be downloaded here). ``ENGLISH`` is the one check for English codes
left in a French report's table cells.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Browser
    from spacy.tokens import Doc

    from analysis.document.article import Article
    from analysis.pipeline import Analysis

PUBLICATION = "2023-06-14"
CHROMIUM = "/usr/bin/chromium"

# A whole table cell that is an English code or a Python value a French reader must never see.
ENGLISH = re.compile(
    r"^(True|False|nan|None|day|month|season|year|approximate|visit|before|after|city|country|"
    r"region|territory|person|state|company|direct|partial|reported|scare)$"
)


@contextlib.contextmanager
def chromium() -> Iterator[Browser]:
    """A headless Chromium (Debian's, through Playwright), closed on exit."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            yield browser
        finally:
            browser.close()


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


def quotes_of(text: str):
    """The quotes table of an invented snippet (publication day 2024-03-01)."""
    return run_steps(text, publication="2024-03-01").tables["quotes"]


def speaker_of(text: str, fragment: str) -> str | None:
    """The speaker of the first quotation of ``text`` holding ``fragment`` (None if it has
    none); fails when no quotation holds it."""
    q = quotes_of(text)
    hits = q[q["text"].str.contains(fragment, regex=False)]
    assert len(hits), f"no quote with {fragment!r}: {q[['text', 'speaker']].to_dict('records')}"
    value = hits.iloc[0]["speaker"]
    return None if value is None or value != value else str(value)


def actors_only(text: str) -> dict:
    """The tables of the actors step alone on the snippet ``text`` (no publication date)."""
    return run_steps(" date 2022-05-10 " + text, steps=["actors"], publication=None).tables


def actors_with_roles(text: str) -> dict[str, tuple[object, list[str]]]:
    """name -> (country, role texts) of the snippet's actors (the actors step alone)."""
    tables = run_steps(text, steps=["actors"]).tables
    roles: dict[str, list[str]] = {}
    for row in tables["actor_roles"].to_dict("records"):
        roles.setdefault(row["actor_id"], []).append(row["text"])
    return {
        r["name"]: (r["country"], roles.get(r["actor_id"], []))
        for r in tables["actors"].to_dict("records")
    }


def actor_row(tables: dict, name: str) -> dict:
    """The one actors row named ``name`` (fails, listing the names, if not exactly one)."""
    a = tables["actors"]
    hit = a[a["name"] == name]
    assert len(hit) == 1, f"{name!r} not found once in {list(a['name'])}"
    return hit.iloc[0].to_dict()


def show_a_progress_bar() -> None:
    """Run in a build's analysis child by a test: a progress bar, as the parse shows for a
    long article."""
    from tqdm.auto import tqdm

    for _ in tqdm(range(3), desc="test"):
        pass
