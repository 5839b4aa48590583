"""Gold sets: the project's own articles and the real-press development set, scored alike.

The project's articles (``data/articles/``) were written for the project and tuned on; the
real-press set (``data/annotations/real/``) holds gold written by reading real French press
articles whose texts are NOT in the repository (third-party text is never committed): each gold
file names its ``url`` and ``outlet``, and the texts are read from a folder the user keeps
(``--texts DIR`` or the ``VISIT_REPORT_REAL_TEXTS`` environment variable), one
``<stem>.md`` per gold file. The real-press means are the honest figure: they come first.

The real-press set is split in two halves by event (gold key ``split``): rules may be tuned
while looking at the ``dev`` half; the ``held-out`` half is only measured, so its figure says
what to expect on articles nobody here has read.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.document.article import load_article
from analysis.evaluation import load_gold, scorers
from analysis.resources.paths import ANNOTATIONS_DIR, ARTICLES_DIR

if TYPE_CHECKING:
    from analysis.pipeline import Analysis

REAL_GOLD_DIR = ANNOTATIONS_DIR / "real"
REAL_TEXTS_ENV = "VISIT_REPORT_REAL_TEXTS"

# The headline figures of a set, in the order a reader needs them, with their console labels
# and the target on unseen real press.
HEADLINE: list[tuple[str, str, str]] = [
    ("quote_speaker", "quote -> right speaker", ">= 0.90"),
    ("stance_recall", "stance recall", ">= 0.80"),
    ("wrong_sign", "wrong-sign stances (sum)", "0"),
    ("timeline_recall", "timeline recall", ">= 0.90"),
    ("country_accuracy", "actor country", ">= 0.95"),
    ("role_recall", "role recall", ">= 0.85"),
    ("recall", "core actor recall", ">= 0.97"),
    ("precision", "actor precision", ">= 0.97"),
    ("places_recall", "place within 150 km", ">= 0.95"),
]


@dataclass(frozen=True)
class GoldSet:
    """A folder of gold YAML files and the folder of the texts they annotate."""

    name: str
    gold_dir: Path
    texts_dir: Path | None

    def gold_files(self) -> list[Path]:
        return sorted(self.gold_dir.glob("*.yaml")) if self.gold_dir.is_dir() else []

    def text_of(self, gold_path: Path, gold: dict) -> Path | None:
        if self.texts_dir is None:
            return None
        path = self.texts_dir / str(gold.get("article") or gold_path.stem + ".md")
        return path if path.is_file() else None


_TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " ", "\u202f": " "})


# a Markdown file's YAML front matter: its title is metadata, never a sentence of the analysis
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)


def _comparable(text: str) -> str:
    """Whitespace collapsed and typography unified: a page copied again keeps its words, not
    always its line breaks or its non-breaking spaces."""
    return " ".join(text.translate(_TYPOGRAPHY).split())


def text_mismatches(text_path: Path, gold: dict) -> list[str]:
    """The gold quotes and stance evidences a text does not hold (empty when it is the text the
    gold was written on). The real-press texts live outside the repository and are copied again
    from stored pages on each new machine: a different copy of a page (another outlet's version
    of the dispatch, a longer or cleaned excerpt) would silently change every figure, so the
    evaluation names such texts instead."""
    body = _comparable(_FRONT_MATTER.sub("", text_path.read_text(encoding="utf-8"), count=1))
    wanted = [("quote", q.get("text")) for q in gold.get("quotes") or []]
    wanted += [("evidence", s.get("evidence")) for s in gold.get("stances") or []]
    return [
        f"{kind} not in the text: {str(snippet)[:60]!r}"
        for kind, snippet in wanted
        if snippet and _comparable(str(snippet)) not in body
    ]


def mismatched_texts(gset: GoldSet) -> dict[str, list[str]]:
    """Article stem -> :func:`text_mismatches`, for every available text that has some."""
    out = {}
    for gold_path in gset.gold_files():
        gold = load_gold(gold_path)
        text = gset.text_of(gold_path, gold)
        problems = text_mismatches(text, gold) if text is not None else []
        if problems:
            out[gold_path.stem] = problems
    return out


def project_set() -> GoldSet:
    return GoldSet("project articles", ANNOTATIONS_DIR, ARTICLES_DIR)


def real_set(texts: str | Path | None = None) -> GoldSet:
    where = texts or os.environ.get(REAL_TEXTS_ENV)
    return GoldSet("real press", REAL_GOLD_DIR, Path(where) if where else None)


def score_article(text_path: Path, gold: dict, model: str) -> dict[str, float]:
    """Every metric of one article, with ``quote_speaker``."""
    from analysis.pipeline import analyze

    return score_analysis(analyze(load_article(text_path), model=model), gold)


def score_analysis(analysis: Analysis, gold: dict) -> dict[str, float]:
    """Every metric of one analysed article, with ``quote_speaker``."""
    out: dict[str, float] = {}
    for scorer in scorers().values():
        out.update({k: float(v) for k, v in scorer(analysis, gold).items()})
    return with_quote_speaker(out)


def with_quote_speaker(metrics: dict[str, float]) -> dict[str, float]:
    """Add ``quote_speaker``: gold quotes found with the right speaker, over all gold quotes
    (quote recall x speaker accuracy, both over the same one-to-one matches)."""
    if "quote_recall" in metrics and "speaker_accuracy" in metrics:
        metrics["quote_speaker"] = round(metrics["quote_recall"] * metrics["speaker_accuracy"], 3)
    return metrics


def analysed_set(
    gset: GoldSet, model: str = "fr_core_news_md", split: str | None = None
) -> Iterator[tuple[str, dict, Analysis]]:
    """(article stem, gold, analysis) for every gold file of ``gset`` whose text is available
    (only those of ``split``, "dev" or "held-out", when given)."""
    from analysis.pipeline import analyze

    for gold_path in gset.gold_files():
        gold = load_gold(gold_path)
        if split is not None and gold.get("split", "dev") != split:
            continue
        text = gset.text_of(gold_path, gold)
        if text is not None:
            yield gold_path.stem, gold, analyze(load_article(text), model=model)


def score_set(
    gset: GoldSet, model: str = "fr_core_news_md", split: str | None = None
) -> Iterator[tuple[str, dict]]:
    """(article stem, metrics) for every gold file of ``gset`` whose text is available (only
    those of ``split``, "dev" or "held-out", when given)."""
    for stem, gold, analysis in analysed_set(gset, model, split):
        yield stem, score_analysis(analysis, gold)


def splits(gset: GoldSet) -> dict[str, str]:
    """Article stem -> its half ("dev" or "held-out")."""
    return {p.stem: str(load_gold(p).get("split", "dev")) for p in gset.gold_files()}


def means(rows: list[tuple[str, dict]]) -> dict[str, float]:
    """Mean of each metric over the articles (``wrong_sign`` summed: it is a count)."""
    keys = {k for _, m in rows for k in m}
    out = {}
    for key in sorted(keys):
        values = [m[key] for _, m in rows if key in m]
        total = sum(values)
        out[key] = round(total if key in ("wrong_sign", "duplicates") else total / len(values), 3)
    return out


def summary_lines(columns: dict[str, dict[str, float]]) -> list[str]:
    """The headline figures as console lines: one row per measure, one column per set."""
    names = list(columns)
    lines = [f"{'measure':<28}" + "".join(f"{n:>12}" for n in names) + "   target"]
    for key, label, target in HEADLINE:
        cells = "".join(
            f"{columns[n][key]:>12.3g}" if key in columns[n] else f"{'—':>12}" for n in names
        )
        lines.append(f"{label:<28}{cells}   {target}")
    return lines
