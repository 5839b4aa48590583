"""Themes: how the article is built, paragraph by paragraph, from a documented lexicon.

Taxonomy (``data/lexicons/themes_fr.yaml``): ``security`` (sécurité et défense),
``diplomacy`` (diplomatie), ``territory`` (conflit territorial), ``economy`` (économie et
énergie), ``protest`` (contestation et société civile), ``rights`` (droits humains et
humanitaire), ``history`` (histoire et mémoire). Each theme is a list of French word stems.

Table ``themes`` (one row per paragraph and theme, headings excluded):

=============  ===============================================================================
paragraph_id   the article paragraph (``Article.paragraphs``)
kind           lede | paragraph
section        the heading the paragraph falls under (empty for the lede)
theme          theme key; ``label`` its French label
hits           number of lexicon matches of the theme in the paragraph
score          hits per 100 words of the paragraph
share          the theme's part of all hits in the paragraph (0-1)
dominant       True for the paragraph's highest-scoring theme
terms          the matched words, ``;``-separated, most frequent first
words          number of words of the paragraph
sentence_id    the paragraph's first sentence; ``start``/``end`` the paragraph's offsets
=============  ===============================================================================

Table ``theme_hits``: paragraph_id, theme, sentence_id, start, end, text — every match, as
evidence (``article.text[start:end] == text``).
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.document.article import Article
from analysis.document.context import Context, pipeline_step
from analysis.document.frames import frame
from analysis.resources.datacache import derived, read_yaml
from analysis.resources.paths import LEXICON_DIR
from analysis.resources.patterns import PatternUnion

COLUMNS = [
    "paragraph_id",
    "kind",
    "section",
    "theme",
    "label",
    "hits",
    "score",
    "share",
    "dominant",
    "terms",
    "words",
    "sentence_id",
    "start",
    "end",
]
HIT_COLUMNS = ["paragraph_id", "theme", "sentence_id", "start", "end", "text"]


@derived
def taxonomy() -> dict[str, dict]:
    """theme key -> {label, definition, terms} from the lexicon file."""
    return read_yaml(LEXICON_DIR / "themes_fr.yaml")["themes"]


@derived
def _patterns() -> dict[str, re.Pattern]:
    out = {}
    for theme, spec in taxonomy().items():
        alts = []
        for term in sorted(spec["terms"], key=len, reverse=True):
            stem = term.rstrip("*")
            body = re.escape(stem).replace("\\ ", r"\s+").replace("'", "['’]")
            alts.append(body + (r"[\w-]*" if term.endswith("*") else ""))
        out[theme] = re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])", re.I)
    return out


@derived
def _union() -> PatternUnion:
    return PatternUnion(list(_patterns().values()))


def _matches(text: str) -> list[list[re.Match]]:
    """Each theme's ``finditer`` matches in ``text``, found from one scan of all themes."""
    return _union().each(text)


@pipeline_step("themes", requires=(), assigns=("themes", "theme_hits"))
def step(ctx: Context) -> dict[str, pd.DataFrame]:
    themes, hits = extract(ctx.article)
    return {"themes": themes, "theme_hits": hits}


_WORD = re.compile(r"\w+")


def extract(article: Article) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Score every non-heading paragraph on every theme."""
    tax = taxonomy()
    names = list(_patterns())
    labels = [tax[theme]["label"] for theme in names]
    rows, hits = [], []
    first_sentence = {}
    for s in article.sentences:
        first_sentence.setdefault(s.paragraph_id, s.id)
    for para in article.paragraphs:
        if para.kind == "heading":
            continue
        text = article.text[para.start : para.end]
        words = max(1, len(_WORD.findall(text)))
        counts: list[dict[str, int]] = []  # per theme: matched word -> hits, first seen first
        for theme, matches in zip(names, _matches(text), strict=True):
            c: dict[str, int] = {}
            for m in matches:
                start, end = para.start + m.start(), para.start + m.end()
                word = m.group().lower()
                c[word] = c.get(word, 0) + 1
                sent = article.sentence_at(start)
                hits.append(
                    {
                        "paragraph_id": para.id,
                        "theme": theme,
                        "sentence_id": sent.id if sent else None,
                        "start": start,
                        "end": end,
                        "text": article.text[start:end],
                    }
                )
            counts.append(c)
        ns = [sum(c.values()) for c in counts]
        total = sum(ns) or 1
        scores = [100 * n / words for n in ns]
        best = max(range(len(names)), key=scores.__getitem__) if any(scores) else None
        for k, (theme, c, n) in enumerate(zip(names, counts, ns, strict=True)):
            rows.append(
                {
                    "paragraph_id": para.id,
                    "kind": para.kind,
                    "section": para.section or "",
                    "theme": theme,
                    "label": labels[k],
                    "hits": n,
                    "score": round(scores[k], 2),
                    "share": round(n / total, 3),
                    "dominant": k == best,
                    # most frequent first, ties in order of appearance (Counter.most_common)
                    "terms": ";".join(sorted(c, key=c.__getitem__, reverse=True)),
                    "words": words,
                    "sentence_id": first_sentence.get(para.id),
                    "start": para.start,
                    "end": para.end,
                }
            )
    return frame(rows, COLUMNS), frame(hits, HIT_COLUMNS)
