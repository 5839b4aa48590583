"""What every coverage table shares: the outlet of an article, its text (for the evidence
spans the per-article tables do not carry), the corpus identity of an article's actors and the
evidence columns every row ends with.

Why a module of its own: the facts, voices, stances and framing tables are built the same way
(one row per article and thing compared, each with its evidence sentence), so the few rules
they share — which name an outlet goes by, how an actor is known across articles — are written
once here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from analysis.corpus.crossref import CorpusResult, identities, name_key, outlet

# Every coverage row ends with these: the group, the article, its outlet and the evidence.
KEYS = ("event_group", "article_id", "outlet")
EVIDENCE = ("sentence_id", "start", "end")
UNKNOWN_OUTLET = "non précisé"


def text(value: object) -> str:
    """A cell as text: '' for None and NaN."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value)


def outlet_of(article: dict[str, object]) -> str:
    """The outlet that published an article: the front matter's or page's ``source``, else
    the domain of its ``url``, else the file name (a folder of ``lemonde.txt``,
    ``liberation.txt`` files is a usual way to gather coverage)."""
    found = outlet(article)
    if found != UNKNOWN_OUTLET:
        return found
    path = text(article.get("path"))
    return Path(path).stem if path else text(article.get("article_id")) or UNKNOWN_OUTLET


def outlets(res: CorpusResult) -> dict[str, str]:
    """article_id -> outlet."""
    return {r["article_id"]: outlet_of(r) for r in res.articles.to_dict("records")}


def identity_map(res: CorpusResult) -> dict[tuple[str, str], tuple[str, str]]:
    """(article_id, actor_id) -> (corpus_actor_id, corpus name)."""
    ids = identities(res)
    if ids.empty:
        return {}
    return {
        (a, b): (text(c), text(n) or text(c))
        for a, b, c, n in zip(
            ids["article_id"],
            ids["actor_id"],
            ids["corpus_actor_id"],
            ids["corpus_name"],
            strict=True,
        )
    }


def who(
    idmap: dict[tuple[str, str], tuple[str, str]], article_id: str, actor_id: object, name: object
) -> tuple[str, str]:
    """An actor as known across articles: (key, name). The corpus identity when the article's
    actor id is known, else the accent- and case-insensitive name."""
    found = idmap.get((article_id, text(actor_id)))
    if found and found[0]:
        return found
    key = name_key(name)
    return (f"~{key}", text(name)) if key else ("", "")


class Texts:
    """The articles' texts, read once each (the corpus tables carry spans, not all sentences)."""

    def __init__(self, res: CorpusResult) -> None:
        arts = res.articles
        self.paths = dict(
            zip(arts["article_id"], arts.get("path", [None] * len(arts)), strict=True)
        )
        self.publications = dict(
            zip(arts["article_id"], arts.get("publication", [None] * len(arts)), strict=True)
        )

    @functools.lru_cache(maxsize=256)  # noqa: B019 - one Texts per comparison, short-lived
    def article(self, article_id: str):
        """The :class:`~analysis.document.article.Article` (None when its file is gone)."""
        from analysis.document.article import load_article

        path = text(self.paths.get(article_id))
        if not path or not Path(path).is_file():
            return None
        publication = text(self.publications.get(article_id)) or None
        return load_article(path, publication=publication, check_language=False)

    def sentences(self, article_id: str) -> list:
        art = self.article(article_id)
        return [s for s in art.sentences if not s.is_heading] if art is not None else []


def frame(rows: Iterable[dict[str, object]], columns: Iterable[str]) -> pd.DataFrame:
    """Rows as a DataFrame with exactly ``columns`` (the group, article, outlet first, the
    evidence last), integer evidence columns kept nullable."""
    columns = list(columns)
    df = pd.DataFrame(list(rows), columns=columns)
    for col in EVIDENCE:
        if col in df.columns:
            df[col] = pd.to_numeric(df[col], errors="coerce").astype("Int64")
    return df


def plural_key(word: str) -> str:
    """A French word folded to a rough singular ("accords" -> "accord"), for counting."""
    word = word.lower()
    if len(word) > 4 and word[-1] in "sx" and not word.endswith(("ss", "us")):
        return word[:-1]
    return word


WORD = re.compile(r"[^\W\d_][\w'’-]*", re.U)
