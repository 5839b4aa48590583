"""How each outlet frames the event: its evaluative words (in a quotation or in the
journalist's own voice), the themes it emphasises, and the words only it uses.

* ``coverage_framing``: every evaluative term of the project's lexicon
  (``data/lexicons/stance_evaluative.yaml``: "historique", "trahison"…) found in an article,
  with its polarity, its voice (``quoted`` inside a span of the quotes table, else
  ``journalist``) and how many outlets of the group use it;
* ``coverage_themes``: per outlet, each theme's share of the article's theme hits and its
  emphasis (that share minus the group's mean share);
* ``coverage_words``: words used by one outlet of the group only — every evaluative term, and
  other content words the outlet repeats (:data:`MIN_REPEATS` times or more).

Why the journalist's voice matters: "une visite historique" written by the reporter is the
outlet's framing; the same word inside a minister's quotation is the minister's.
"""

from __future__ import annotations

import bisect
import collections
import functools
import re

import pandas as pd

from analysis.corpus.coverage.common import EVIDENCE, WORD, Texts, frame, plural_key, text
from analysis.corpus.crossref import CorpusResult
from analysis.resources.datacache import derived

MIN_REPEATS = 2
FRAMING_COLUMNS = (
    "event_group",
    "article_id",
    "outlet",
    "word",
    "polarity",
    "voice",
    "outlets",
    "only_outlet",
    *EVIDENCE,
)
THEME_COLUMNS = (
    "event_group",
    "article_id",
    "outlet",
    "theme",
    "label",
    "hits",
    "share",
    "emphasis",
    *EVIDENCE,
)
WORD_COLUMNS = ("event_group", "article_id", "outlet", "word", "count", "evaluative", *EVIDENCE)


@derived
def _lexicon() -> tuple[re.Pattern, dict[str, int]]:
    from analysis.extract.cues import load_lexicon

    lex = load_lexicon("stance_evaluative")
    polarity = {str(w).lower(): 1 for w in lex.get("positive", [])}
    polarity.update({str(w).lower(): -1 for w in lex.get("negative", [])})
    terms = sorted(polarity, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(t) for t in terms) + r")(?!\w)", re.I)
    return pattern, polarity


@functools.cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.fr.stop_words import STOP_WORDS  # the word list only, no model

    return frozenset(STOP_WORDS)


def _quote_spans(res: CorpusResult, members: set[str]) -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = collections.defaultdict(list)
    for row in res.table("quotes").to_dict("records"):
        if row.get("article_id") in members and pd.notna(row.get("start")):
            spans[row["article_id"]].append((int(row["start"]), int(row["end"])))
    return {a: sorted(s) for a, s in spans.items()}


def _inside(spans: list[tuple[int, int]], start: int) -> bool:
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return any(s <= start < e for s, e in spans[max(0, i - 3) : i + 1])


def _evaluative_rows(res, group, members, names, texts: Texts) -> list[dict[str, object]]:
    pattern, polarity = _lexicon()
    spans = _quote_spans(res, set(members))
    rows = []
    for a in members:
        for sentence in texts.sentences(a):
            for m in pattern.finditer(sentence.text):
                start = sentence.start + m.start()
                rows.append(
                    {
                        "event_group": group,
                        "article_id": a,
                        "outlet": names[a],
                        "word": m.group(1).lower(),
                        "polarity": polarity[m.group(1).lower()],
                        "voice": "quoted" if _inside(spans.get(a, []), start) else "journalist",
                        "sentence_id": sentence.id,
                        "start": start,
                        "end": sentence.start + m.end(),
                    }
                )
    return rows


def framing_table(res: CorpusResult, groups: pd.DataFrame, texts: Texts) -> pd.DataFrame:
    names = dict(zip(groups["article_id"], groups["outlet"], strict=True))
    rows: list[dict[str, object]] = []
    for group, g in groups.groupby("event_group", sort=False):
        rows.extend(_evaluative_rows(res, str(group), g["article_id"].tolist(), names, texts))
    df = frame(rows, FRAMING_COLUMNS)
    if df.empty:
        return df
    df["outlets"] = df.groupby(["event_group", "word"])["outlet"].transform("nunique")
    df["only_outlet"] = df["outlets"] == 1
    return df.sort_values(["event_group", "outlet", "polarity", "word", "start"]).reset_index(
        drop=True
    )


def theme_table(res: CorpusResult, groups: pd.DataFrame) -> pd.DataFrame:
    hits = res.table("theme_hits")
    if hits.empty or "theme" not in hits.columns:
        return frame([], THEME_COLUMNS)
    labels = res.table("themes")
    label = (
        dict(zip(labels["theme"], labels["label"], strict=True))
        if "label" in labels.columns
        else {}
    )
    hits = hits.merge(groups[["article_id", "event_group", "outlet"]], on="article_id")
    hits = hits.sort_values(["article_id", "start"])
    first = hits.groupby(["article_id", "theme"]).first()
    counts = hits.groupby(["event_group", "article_id", "outlet", "theme"]).size().rename("hits")
    df = counts.reset_index()
    df["share"] = (df["hits"] / df.groupby("article_id")["hits"].transform("sum")).round(3)
    # A theme an article never touches counts as a share of 0 in the group's mean.
    n_articles = groups.groupby("event_group")["article_id"].nunique()
    mean = df.groupby(["event_group", "theme"])["share"].sum() / n_articles
    df["emphasis"] = (
        df["share"] - [mean[(g, t)] for g, t in zip(df["event_group"], df["theme"], strict=True)]
    ).round(3)
    df["label"] = [text(label.get(t)) or t for t in df["theme"]]
    for col in EVIDENCE:
        df[col] = [
            first.at[(a, t), col] for a, t in zip(df["article_id"], df["theme"], strict=True)
        ]
    df = df.sort_values(["event_group", "outlet", "emphasis"], ascending=[True, True, False])
    return frame(df.to_dict("records"), THEME_COLUMNS)


# An elided article, pronoun or conjunction glued to the next word ("d'alger", "l’accord",
# "qu'elle"): the word is what follows it ("aujourd'hui" keeps its apostrophe)
ELIDED = re.compile(r"(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]", re.I)


def _word_uses(members, texts: Texts) -> dict[str, dict[str, list]]:
    """word key -> article -> [count, first (sentence_id, start, end, lower-case form)].

    A word is counted without its elided article and with one apostrophe ("l’espagne" and
    "l'espagne" were two words; "d'alger" passed as a word of its own)."""
    stop = _stop_words()
    uses: dict[str, dict[str, list]] = collections.defaultdict(dict)
    for a in members:
        for sentence in texts.sentences(a):
            for m in WORD.finditer(sentence.text):
                elided = ELIDED.match(m.group())
                cut = elided.end() if elided else 0
                word = m.group()[cut:].replace("’", "'")
                if not word or not word[0].islower() or len(word) < 4 or word.lower() in stop:
                    continue  # capitalised words are names: the voices table has them
                start = sentence.start + m.start() + cut
                entry = uses[plural_key(word)].setdefault(
                    a, [0, (sentence.id, start, sentence.start + m.end(), word.lower())]
                )
                entry[0] += 1
    return uses


def word_table(res: CorpusResult, groups: pd.DataFrame, texts: Texts) -> pd.DataFrame:
    _, polarity = _lexicon()
    names = dict(zip(groups["article_id"], groups["outlet"], strict=True))
    rows = []
    for group, g in groups.groupby("event_group", sort=False):
        members = g["article_id"].tolist()
        if g["outlet"].nunique() < 2:
            continue  # one outlet alone: every word is "its own"
        for word, per in _word_uses(members, texts).items():
            if len({names[a] for a in per}) != 1:
                continue
            for a, (count, ev) in per.items():
                evaluative = word in polarity or ev[3] in polarity
                if count >= MIN_REPEATS or evaluative:
                    rows.append(
                        {
                            "event_group": str(group),
                            "article_id": a,
                            "outlet": names[a],
                            "word": ev[3],
                            "count": count,
                            "evaluative": evaluative,
                            "sentence_id": ev[0],
                            "start": ev[1],
                            "end": ev[2],
                        }
                    )
    df = frame(rows, WORD_COLUMNS)
    return df.sort_values(
        ["event_group", "outlet", "evaluative", "count", "word"],
        ascending=[True, True, False, False, True],
    ).reset_index(drop=True)
