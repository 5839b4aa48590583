"""Evaluation against hand-written gold annotations (data/annotations/*.yaml).

Each area has a scorer module exposing ``score(analysis, gold) -> dict[str, float]``;
:func:`scorers` lists them, and :func:`evaluate` runs them all and returns one row per
(article, metric) with the target it must meet, so ``visit-report evaluate`` can print a table
and fail when a target is missed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from analysis.document.article import load_article
from analysis.resources.paths import ANNOTATIONS_DIR, ARTICLES_DIR

# metric -> (comparison, target). ">=" means the value must be at least the target.
TARGETS: dict[str, tuple[str, float]] = {
    "recall": (">=", 0.9),
    "precision": (">=", 0.85),
    "duplicates": ("<=", 0),
    "type_accuracy": (">=", 0.85),
    "country_accuracy": (">=", 0.85),
    "role_recall": (">=", 0.75),
    "quote_recall": (">=", 0.9),
    "speaker_accuracy": (">=", 0.85),
    "stance_recall": (">=", 0.75),
    "wrong_sign": ("<=", 0),
    "timeline_recall": (">=", 0.9),
    "places_recall": (">=", 0.9),
}


@dataclass(frozen=True)
class Score:
    article: str
    area: str
    metric: str
    value: float
    target: str

    @property
    def ok(self) -> bool:
        rule = TARGETS.get(self.metric)
        if rule is None:
            return True
        op, bound = rule
        return self.value >= bound if op == ">=" else self.value <= bound


def norm(value: object) -> str:
    """Case-, accent- and apostrophe-insensitive key for matching names."""
    text = unicodedata.normalize("NFKD", str(value or "")).encode("ascii", "ignore").decode()
    return " ".join(text.lower().replace("'", " ").replace("-", " ").split())


def scorers() -> dict[str, Callable[..., dict[str, float]]]:
    """area -> its scorer's ``score(analysis, gold)``. Imported here, not at the top: the
    scorers use :func:`norm` of this module, and importing them costs pandas and the rules."""
    from analysis.evaluation import actors, context, stance

    return {"actors": actors.score, "stance": stance.score, "context": context.score}


def gold_files(directory: Path = ANNOTATIONS_DIR) -> list[Path]:
    return sorted(directory.glob("*.yaml"))


def load_gold(path: Path) -> dict:
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def evaluate(gold_path: Path, model: str = "fr_core_news_md") -> list[Score]:
    """Analyse the article of ``gold_path`` and score every area that has gold."""
    from analysis.pipeline import analyze

    gold = load_gold(gold_path)
    article_path = ARTICLES_DIR / gold.get("article", gold_path.stem + ".txt")
    analysis = analyze(load_article(article_path), model=model)
    scores = []
    for area, score in scorers().items():
        for metric, value in score(analysis, gold).items():
            rule = TARGETS.get(metric)
            target = f"{rule[0]} {rule[1]:g}" if rule else ""
            scores.append(Score(article_path.stem, area, metric, float(value), target))
    return scores
