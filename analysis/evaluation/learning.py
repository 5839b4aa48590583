"""Training shared by the learned sources: a logistic regression over sparse binary features
and the folds of a cross-validation grouped by event.

Why one module: the stance model (:mod:`analysis.evaluation.stance_model`) and the speaker
ranker (:mod:`analysis.evaluation.speaker_model`) fit the same model, stored the same way
(feature -> one weight per class, read by :func:`analysis.resources.linear.probabilities`),
and must never let an event's articles sit on both sides of a fold.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def fit(
    feats: list[list[str]],
    y: list[int],
    classes: Sequence[int],
    l2: float = 1.0,
    iters: int = 150,
    lr: float = 0.3,
) -> dict[str, list[float]]:
    """Multinomial logistic regression with L2 (summed loss), fitted by Adagrad over sparse
    binary features (a row's features are present or absent).

    Returns feature -> one weight per class of ``classes``, rounded to 4 decimals (a readable
    file)."""
    classes = list(classes)
    vocab = sorted({f for fs in feats for f in fs})
    if not vocab:
        return {}
    index = {f: i for i, f in enumerate(vocab)}
    keep = [n for n, fs in enumerate(feats) if fs]  # a row with no feature teaches nothing
    feats = [feats[n] for n in keep]
    y = [y[n] for n in keep]
    cols = np.array([index[f] for fs in feats for f in fs], dtype=np.int64)
    lengths = np.array([len(fs) for fs in feats])
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    rows = np.repeat(np.arange(len(feats)), lengths)
    target = np.zeros((len(feats), len(classes)))
    target[np.arange(len(feats)), [classes.index(v) for v in y]] = 1.0
    w = np.zeros((len(vocab), len(classes)))
    hist = np.zeros_like(w)  # Adagrad: rare features learn as fast as frequent ones
    for _ in range(iters):
        scores = np.add.reduceat(w[cols], starts, axis=0)
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        err = (p - target)[rows]
        grad = np.stack(
            [
                np.bincount(cols, weights=err[:, k], minlength=len(vocab))
                for k in range(len(classes))
            ],
            axis=1,
        )
        grad += l2 * w
        hist += grad**2
        w -= lr * grad / np.sqrt(hist + 1e-8)
    return {f: [round(float(x), 4) for x in w[i]] for f, i in index.items()}


def event_folds(events: Sequence[str], k: int = 5) -> list[set[str]]:
    """Events dealt into ``k`` folds in name order (an event's articles stay together)."""
    names = sorted(set(events))
    return [set(names[i::k]) for i in range(k)]


def fit_choice(
    groups: list[list[list[str]]],
    targets: list[list[int]],
    l2: float = 1.0,
    iters: int = 200,
    lr: float = 0.3,
) -> dict[str, list[float]]:
    """A choice among candidates (conditional logit): each group is one decision, its
    candidates' features; the probability of a candidate is the softmax of the summed weights
    over its group, and the loss is the log-probability of the right ones (``targets``: 1 for
    each right candidate, the mass shared among them). L2, Adagrad, as :func:`fit`.

    Returns feature -> [weight] (one number, in a list like :func:`fit`'s)."""
    feats = [fs for g in groups for fs in g]
    vocab = sorted({f for fs in feats for f in fs})
    if not vocab:
        return {}
    index = {f: i for i, f in enumerate(vocab)}
    cols = np.array([index[f] for fs in feats for f in fs], dtype=np.int64)
    lengths = np.array([len(fs) for fs in feats])
    rows = np.repeat(np.arange(len(feats)), lengths)
    group = np.repeat(np.arange(len(groups)), [len(g) for g in groups])
    y = np.array([v for t in targets for v in t], dtype=float)
    y /= np.bincount(group, weights=y, minlength=len(groups))[group]
    w = np.zeros(len(vocab))
    hist = np.zeros_like(w)
    for _ in range(iters):
        scores = np.bincount(rows, weights=w[cols], minlength=len(feats))
        top = np.full(len(groups), -np.inf)
        np.maximum.at(top, group, scores)
        e = np.exp(scores - top[group])
        p = e / np.bincount(group, weights=e, minlength=len(groups))[group]
        grad = np.bincount(cols, weights=(p - y)[rows], minlength=len(vocab)) + l2 * w
        hist += grad**2
        w -= lr * grad / np.sqrt(hist + 1e-8)
    return {f: [round(float(w[i]), 4)] for f, i in index.items()}
