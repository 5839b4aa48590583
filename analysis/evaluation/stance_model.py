"""Train and cross-validate the learned stance source (:mod:`analysis.extract.stance.learned`).

Why here: labels come from the gold files with the scorer's own matching
(:func:`analysis.evaluation.stance.score_stances`: holder names and aliases, target terms or
the target actor, the evidence sentence), so "a candidate is a gold stance" means exactly
"a row for it would be counted a hit".

The model is a multinomial logistic regression (classes -1, 0, +1) with L2, fitted by
Adagrad in numpy over sparse binary features (feature -> [w-1, w0, w+1]). Only dev articles
are read (gold ``split: dev``); texts come from ``VISIT_REPORT_REAL_TEXTS`` and are never
written anywhere. The command prints the candidates' ceiling, the cross-validated recall and
wrong signs of the rules alone and with learned rows per threshold, and the recall the
detections would give with the gold's sign (how much of the loss is the sign); ``--write``
trains on every dev article instead and writes the shipped weights
(:data:`analysis.extract.stance.learned.WEIGHTS_PATH`):

    VISIT_REPORT_REAL_TEXTS=DIR python -m analysis.evaluation.stance_model [--write]

Status (session 26, 206 dev articles): the figures and what was tried are in the docstring
of :mod:`analysis.extract.stance.learned`; in short only plain learned rows at p >= 0.9 add
recall (0.516 -> 0.522) without adding wrong signs (6), in the usual folds and in three
reshuffled ones; trained on all dev articles they left the held-out half unchanged (0.380,
3 wrong) for 11% of an analysis's time, so no weights are shipped. The examples are
analysed by the rules alone
(:func:`rules_only`), so the shipped weights never train or score on their own rows.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.evaluation import learning
from analysis.evaluation.stance import (
    gold_name_sets,
    key,
    locate_evidence,
    predicted_names,
    same_actor,
    score_stances,
    words_key,
)
from analysis.extract.stance.learned import (
    CLASSES,
    WEIGHTS_PATH,
    Candidate,
    candidates,
    covered,
    features,
    learned_rows,
    priors,
    probabilities,
    record,
)
from analysis.pipeline import Analysis


@dataclass
class Example:
    """One dev article ready for training: its analysis, gold, candidates, their features
    and labels, and which gold stances some candidate can match (the generator's ceiling)."""

    stem: str
    event: str
    analysis: Analysis
    gold: dict
    cands: list[Candidate]
    feats: list[list[str]]
    labels: list[int]
    reachable: int


def article_candidates(an: Analysis, doc) -> list[Candidate]:
    sents = [(s.id, s.start, s.end) for s in an.article.sentences]
    return candidates(doc, sents, an.tables)


def labels(an: Analysis, gold: dict, cands: list[Candidate]) -> tuple[list[int], int]:
    """Each candidate's gold sign (0: no gold stance matches it), and how many gold stances
    at least one candidate matches."""
    names = gold_name_sets(gold)
    out = [0] * len(cands)
    reachable = 0
    info = [
        (
            predicted_names(an, c.holder.name, c.holder.actor_id),
            predicted_names(an, c.target.name, c.target.actor_id) if c.target.actor_id else set(),
            f" {words_key(c.target.name + ' ' + c.target.text)} ",
        )
        for c in cands
    ]
    for g in gold.get("stances") or []:
        sids = set(locate_evidence(an.article, g.get("evidence")))
        terms = [words_key(t) for t in g.get("target_terms") or [] if words_key(t)]
        gt = key(g.get("target"))
        tnames = names.get(gt, {gt})
        hit = False
        for n, c in enumerate(cands):
            holder, ctn, ctext = info[n]
            if c.sentence_id not in sids or not same_actor(holder, g.get("holder"), names):
                continue
            if any(f" {t} " in ctext for t in terms) or (ctn and ctn & tnames):
                out[n] = int(g.get("polarity") or 0)
                hit = True
        reachable += hit
    return out, reachable


# the setting chosen on dev cross-validation, written by ``--write`` (see the module docstring of
# :mod:`analysis.extract.stance.learned`): the model is fitted on every feature, then a feature
# seen in fewer than MIN_COUNT training pairs is left out of the weights (a smaller file; the
# same rows in cross-validation), and a learned row needs its sign's probability at or above
# THRESHOLD
MIN_COUNT = 2
THRESHOLD = 0.9


def fit(
    feats: list[list[str]],
    y: list[int],
    l2: float = 1.0,
    iters: int = 150,
    lr: float = 0.3,
    min_count: int = MIN_COUNT,
) -> dict[str, list[float]]:
    """The shared logistic regression (:func:`analysis.evaluation.learning.fit`) over the
    stance classes: feature -> one weight per class of :data:`CLASSES`, without the features
    seen in fewer than ``min_count`` pairs."""
    w = learning.fit(feats, y, CLASSES, l2, iters, lr)
    counts = Counter(f for fs in feats for f in set(fs))
    return {f: v for f, v in w.items() if counts[f] >= min_count}


def train(examples: list[Example], threshold: float = THRESHOLD) -> dict:
    """The weights document of :data:`WEIGHTS_PATH`, fitted on every example."""
    w = fit([f for e in examples for f in e.feats], [v for e in examples for v in e.labels])
    return {
        "classes": list(CLASSES),
        "threshold": threshold,
        "min_count": MIN_COUNT,
        "trained_on": f"{len(examples)} dev articles, {len(w)} features",
        "weights": w,
    }


def write_weights(weights: dict, path: Path = WEIGHTS_PATH) -> None:
    """Write ``weights`` as JSON, one feature a line (a reviewable diff)."""
    head = {k: v for k, v in weights.items() if k != "weights"}
    lines = [f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v)}" for k, v in head.items()]
    table = [
        f"    {json.dumps(f, ensure_ascii=False)}: {json.dumps(w)}"
        for f, w in sorted(weights["weights"].items())
    ]
    body = ",\n".join(lines) + ',\n  "weights": {\n' + ",\n".join(table) + "\n  }"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{\n" + body + "\n}\n", encoding="utf-8")


def with_rows(an: Analysis, extra: list[dict]) -> Analysis:
    """``an`` with ``extra`` stance records appended to its stances table."""
    st = an.tables.get("stances")
    if not extra:
        return an
    merged = (
        pd.DataFrame(extra)
        if st is None or not len(st)
        else pd.concat([st, pd.DataFrame(extra)], ignore_index=True)
    )
    return Analysis(article=an.article, tables={**an.tables, "stances": merged}, model=an.model)


def evaluate(ex: Example, weights: dict) -> tuple[dict, dict, int]:
    """Stance recall and wrong signs of the rules alone and of rules + learned rows, and the
    number of learned rows."""
    rule_rows = ex.analysis.tables["stances"].to_dict("records")
    extra = learned_rows(ex.cands, rule_rows, weights, ex.feats)
    return (
        score_stances(ex.analysis, ex.gold),
        score_stances(with_rows(ex.analysis, extra), ex.gold),
        len(extra),
    )


def folds(examples: list[Example], k: int = 5) -> list[set[str]]:
    """Events dealt into ``k`` folds in name order (an event's articles stay together)."""
    return learning.event_folds([e.event for e in examples], k)


def cross_validate(
    examples: list[Example], thresholds: Iterable[float], l2: float = 1.0, k: int = 5
) -> dict[float, dict]:
    """Grouped k-fold by event: fit on the other folds, score each fold's articles at each
    threshold. Returns threshold -> mean recall and summed wrong signs, rules vs learned."""
    thresholds = list(thresholds)
    acc = {t: {"rules": [], "learned": [], "wr": 0.0, "wl": 0.0, "rows": 0} for t in thresholds}
    for fold in folds(examples, k):
        train = [e for e in examples if e.event not in fold]
        w = fit([f for e in train for f in e.feats], [v for e in train for v in e.labels], l2)
        for e in (e for e in examples if e.event in fold):
            for t in thresholds:
                weights = {"classes": list(CLASSES), "threshold": t, "weights": w}
                base, plus, n = evaluate(e, weights)
                if "stance_recall" not in base:
                    continue
                a = acc[t]
                a["rules"].append(base["stance_recall"])
                a["learned"].append(plus["stance_recall"])
                a["wr"] += base["wrong_sign"]
                a["wl"] += plus["wrong_sign"]
                a["rows"] += n
    return {
        t: {
            "rules_recall": round(float(np.mean(a["rules"])), 3),
            "learned_recall": round(float(np.mean(a["learned"])), 3),
            "rules_wrong": a["wr"],
            "learned_wrong": a["wl"],
            "learned_rows": a["rows"],
        }
        for t, a in acc.items()
    }


def load_examples(texts: str) -> list[Example]:
    """Analyse every dev article of the real-press set (gold ``split: dev``)."""
    from analysis.document.article import load_article
    from analysis.document.nlp import parse
    from analysis.evaluation import load_gold
    from analysis.evaluation.sets import real_set
    from analysis.pipeline import analyze

    gs = real_set(texts)
    out = []
    for path in gs.gold_files():
        gold = load_gold(path)
        text = gs.text_of(path, gold)
        if gold.get("split", "dev") != "dev" or text is None:
            continue
        art = load_article(text)
        doc = parse(art)
        out.append(example(path.stem, rules_only(analyze(art, doc=doc)), doc, gold))
    return out


def rules_only(an: Analysis) -> Analysis:
    """``an`` without the learned rows the shipped weights added: the model is trained and
    scored on top of the rules alone (its priors and the pairs it may add come from them)."""
    st = an.tables.get("stances")
    if st is None or not len(st) or "kind" not in st:
        return an
    kept = st[st["kind"] != "learned"].reset_index(drop=True)
    return Analysis(article=an.article, tables={**an.tables, "stances": kept}, model=an.model)


def example(stem: str, an: Analysis, doc, gold: dict) -> Example:
    cands = article_candidates(an, doc)
    ys, reach = labels(an, gold, cands)
    prior = priors(an.tables["stances"].to_dict("records"))
    return Example(
        stem,
        str(gold.get("event") or stem),
        an,
        gold,
        cands,
        [features(c, prior) for c in cands],
        ys,
        reach,
    )


def main(argv: list[str]) -> int:
    import os

    from analysis.evaluation.sets import REAL_TEXTS_ENV

    texts = os.environ.get(REAL_TEXTS_ENV)
    if not texts:
        print(f"set {REAL_TEXTS_ENV} to the folder of the real-press texts", file=sys.stderr)
        return 2
    examples = load_examples(texts)
    if "--write" in argv:
        weights = train(examples)
        write_weights(weights)
        print(f"wrote {WEIGHTS_PATH} ({weights['trained_on']})")
        return 0
    report(examples)
    return 0


def report(
    examples: list[Example], thresholds: Iterable[float] = (0.5, 0.7, 0.8, 0.85, 0.9, 0.95)
) -> dict:
    """Print the ceiling, the cross-validated table and the oracle-sign recall."""
    gold_n = sum(len(e.gold.get("stances") or []) for e in examples)
    reach = sum(e.reachable for e in examples)
    print(f"candidate ceiling: {reach}/{gold_n} = {reach / max(gold_n, 1):.3f}")
    res = cross_validate(examples, thresholds)
    for t, r in res.items():
        print(f"p >= {t}: {r}")
    for t, r in oracle_sign(examples, (0.3, 0.5, 0.7)).items():
        print(f"detection p(stance) >= {t} with the gold's sign: recall {r}")
    return res


def oracle_sign(examples: list[Example], thresholds: Iterable[float]) -> dict[float, float]:
    """Cross-validated recall of rules + learned rows when a row is made wherever the model
    says "a stance" (1 - p(0) >= t) and its sign is the gold's (the model's where the gold has
    none): separates detecting a stance from reading its sign."""
    thresholds = list(thresholds)
    got: dict[float, list[float]] = {t: [] for t in thresholds}
    for fold in folds(examples):
        train = [e for e in examples if e.event not in fold]
        w = fit([f for e in train for f in e.feats], [v for e in train for v in e.labels])
        weights = {"classes": list(CLASSES), "threshold": 0.0, "weights": w}
        for e in (e for e in examples if e.event in fold and e.gold.get("stances")):
            rule_rows = e.analysis.tables["stances"].to_dict("records")
            probs = [probabilities(weights, f) for f in e.feats]
            for t in thresholds:
                extra = [
                    record(c, e.labels[n] or (1 if p[1] >= p[-1] else -1), 1 - p[0])
                    for n, (c, p) in enumerate(zip(e.cands, probs, strict=True))
                    if 1 - p[0] >= t and not covered(c, rule_rows)
                ]
                got[t].append(score_stances(with_rows(e.analysis, extra), e.gold)["stance_recall"])
    return {t: round(float(np.mean(v)), 3) for t, v in got.items()}


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
