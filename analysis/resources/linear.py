"""Linear models over sparse binary features, as stored in readable JSON files: scoring only.

Why here: the learned stance source (:mod:`analysis.extract.stance.learned`) and the learned
speaker choice (:mod:`analysis.extract.quotes.ranker`) both score a list of feature names with
``{"classes": [...], "weights": {feature: [one weight per class]}}``, and the quotes layer may
not import the stance layer. Training lives in :mod:`analysis.evaluation.learning`.
"""

from __future__ import annotations

import json
import math
from pathlib import Path


def probabilities(weights: dict, feats: list[str]) -> dict[int, float]:
    """Softmax of the summed weights of ``feats`` (unknown features weigh nothing).

    ``weights``: ``{"classes": [c0, c1, ...], "weights": {feature: [w0, w1, ...]}}`` (the
    weights in the order of the classes)."""
    classes = weights["classes"]
    table = weights["weights"]
    known = [w for w in map(table.get, feats) if w]
    # one sum per class over the known features (the learned stance step scores every pair of
    # every sentence: a per-feature list rebuild was a quarter of its cost)
    scores = [sum(col) for col in zip(*known, strict=True)] if known else [0.0] * len(classes)
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return {int(k): e / total for k, e in zip(classes, exps, strict=True)}


def load_weights(path: Path) -> dict | None:
    """The weights stored at ``path`` (a JSON document), or None when there is no such file:
    a learned source then stays silent and the rules decide alone."""
    if not path.is_file():
        return None
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def choice(weights: dict, candidates: list[list[str]]) -> list[float]:
    """The probability of each candidate of one choice (a softmax of each candidate's summed
    weights over the candidates; ``weights``: ``{"weights": {feature: [w]}}``)."""
    table = weights["weights"]
    scores = [sum(table.get(f, (0.0,))[0] for f in feats) for feats in candidates]
    if not scores:
        return []
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]
