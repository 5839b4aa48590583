"""Evaluation against hand-written gold annotations (data/annotations/*.yaml).

Each area has a scorer module exposing ``score(analysis, gold) -> dict[str, float]``; the
registry below runs them all and :func:`evaluate` returns one row per (article, metric) with the
target it must meet, so ``visit-report evaluate`` can print a table and fail when a target
is missed.
"""

from __future__ import annotations

import importlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from analysis.document.article import load_article
from analysis.resources.paths import ANNOTATIONS_DIR, ARTICLES_DIR

# area -> scorer module (imported lazily).
SCORERS: dict[str, str] = {
    "actors": "analysis.evaluation.actors",
    "stance": "analysis.evaluation.stance",
    "context": "analysis.evaluation.context",
}

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
    for area, module in SCORERS.items():
        scorer = importlib.import_module(module)
        for metric, value in scorer.score(analysis, gold).items():
            rule = TARGETS.get(metric)
            target = f"{rule[0]} {rule[1]:g}" if rule else ""
            scores.append(Score(article_path.stem, area, metric, float(value), target))
    return scores
