"""Train and cross-validate the learned speaker choice (:mod:`analysis.extract.quotes.ranker`).

Why here: labels come from the gold files with the quote scorer's own matching
(:func:`analysis.evaluation.stance.score_quotes`: a predicted quotation overlapping a gold
quote, one-to-one, best overlap first; speakers compared by names and aliases), so "a candidate
is positive" means exactly "with it as the speaker this quotation would be counted right".
Quotations matched to no gold quote teach nothing and are left out of training.

The model is the shared logistic regression (:func:`analysis.evaluation.learning.fit`, classes
0 / 1) over each candidate's features; a quotation takes its most probable candidate. Only dev
articles are read (gold ``split: dev``); texts come from ``VISIT_REPORT_REAL_TEXTS`` and are
never written anywhere. The command prints the candidates' ceiling and the per-article mean
"quote -> right speaker" (as :func:`analysis.evaluation.sets.with_quote_speaker` computes it)
cross-validated in 5 folds grouped by event, for the rules alone, the ranker as a fallback
(only where the rules give no speaker) and the ranker overriding the rules by a margin, with
the wrong speakers per fold; ``--write`` then trains on every dev article and stores the
weights in ``data/models/speaker_ranker.json``:

    VISIT_REPORT_REAL_TEXTS=DIR python -m analysis.evaluation.speaker_model [--text-only]
    VISIT_REPORT_REAL_TEXTS=DIR python -m analysis.evaluation.speaker_model --write MODE MARGIN

``--text-only`` drops the features that name the rules' decision (how well the text alone
chooses).

Status (session 15): no setting raises the cross-validated dev mean (rules 0.846; best
fallback or override 0.846, text only 0.754 — figures in :mod:`analysis.extract.quotes.ranker`),
so no weights are written and the ranker is not wired. Next attempts: (1) judge on articles the
rules were not written on — a fresh blind batch as the validation set, since on dev the rules
are in-sample and the model learns to trust them; (2) train the "which rule decided" features
on the rules' outputs of an older commit for articles added after it (the rules' out-of-sample
behaviour), keeping the text features from today's parse; (3) collect every rule of the
cascade's answer as its own candidate (here only the winning rule is known, by its ``how``).
"""

from __future__ import annotations

import datetime
import json
import sys
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.evaluation import learning
from analysis.evaluation.stance import (
    gold_name_sets,
    predicted_names,
    quote_matches,
    same_actor,
    score_quotes,
)
from analysis.extract.quotes.quoter import QUOTE_COLUMNS
from analysis.extract.quotes.ranker import WEIGHTS_PATH, Candidate, Ranker, decide
from analysis.pipeline import Analysis

MARGINS = (0.0, 0.2, 0.4, 0.6)


@dataclass
class Example:
    """One dev article: its analysis, gold, quote rows, each row's candidates and, for a row
    matched to a gold quote, each candidate's label (None: no gold quote for the row)."""

    stem: str
    event: str
    analysis: Analysis
    gold: dict
    rows: list[dict]
    cands: list[list[Candidate]]
    labels: list[list[int] | None]


def matches(an: Analysis, gold: dict) -> dict[int, int]:
    """Quote row -> gold quote index, with :func:`score_quotes`' one-to-one matching."""
    return {pi: gi for gi, pi, _ok in quote_matches(an, gold)}


def labels(an: Analysis, gold: dict, cands: list[list[Candidate]]) -> list[list[int] | None]:
    """Each candidate's label: 1 when the scorer would count it the right speaker of the gold
    quote matched to its row."""
    names = gold_name_sets(gold)
    golds = gold.get("quotes") or []
    found = matches(an, gold)
    out: list[list[int] | None] = []
    for pi, cs in enumerate(cands):
        if pi not in found:
            out.append(None)
            continue
        g = golds[found[pi]].get("speaker")
        out.append([int(same_actor(predicted_names(an, c.name, c.actor_id), g, names)) for c in cs])
    return out


def example(stem: str, an: Analysis, doc, gold: dict) -> Example:
    ranker = Ranker.of(an.article, doc, an.tables)
    rows = an.tables["quotes"].to_dict("records") if an.tables.get("quotes") is not None else []
    cands = ranker.candidates(rows)
    return Example(
        stem, str(gold.get("event") or stem), an, gold, rows, cands, labels(an, gold, cands)
    )


def load_examples(texts: str) -> list[Example]:
    """Analyse every dev article of the real-press set (gold ``split: dev``) that has gold
    quotes."""
    from analysis.document.article import load_article
    from analysis.document.nlp import parse
    from analysis.evaluation import load_gold
    from analysis.evaluation.sets import real_set
    from analysis.pipeline import analyze

    gs = real_set(texts)
    out = []
    for path in gs.gold_files():
        gold = load_gold(path)
        if gold.get("split", "dev") != "dev" or not gold.get("quotes"):
            continue
        text = gs.text_of(path, gold)
        if text is None:
            continue
        art = load_article(text)
        doc = parse(art)
        out.append(example(path.stem, analyze(art, doc=doc), doc, gold))
    return out


def training_set(examples: list[Example]) -> tuple[list[list[list[str]]], list[list[int]]]:
    """One choice per quotation matched to a gold quote where some candidate is right."""
    groups, targets = [], []
    for e in examples:
        for cs, ls in zip(e.cands, e.labels, strict=True):
            if ls is None or not any(ls):
                continue  # no candidate is right: nothing to choose between
            groups.append([c.feats for c in cs])
            targets.append(ls)
    return groups, targets


def train(examples: list[Example], l2: float = 3.0) -> dict:
    groups, targets = training_set(examples)
    return {"weights": learning.fit_choice(groups, targets, l2)}


def score(e: Example, weights: dict | None, mode: str, margin: float) -> tuple[float, int]:
    """The article's "quote -> right speaker" with the ranker's choices, and its wrong
    speakers (matched quotations whose speaker is not the gold's)."""
    rows = [dict(r) for r in e.rows]
    if weights is not None:
        for r, cs in zip(rows, e.cands, strict=True):
            pick = decide(cs, weights, mode, margin)
            if pick is not None:
                r["speaker"], r["speaker_id"] = pick.name, pick.actor_id
    tables = {**e.analysis.tables, "quotes": pd.DataFrame(rows, columns=QUOTE_COLUMNS)}
    an = Analysis(article=e.analysis.article, tables=tables, model=e.analysis.model)
    m = score_quotes(an, e.gold)
    matched = round(m["quote_recall"] * len(e.gold["quotes"]))
    wrong = matched - round(m["speaker_accuracy"] * matched)
    return round(m["quote_recall"] * m["speaker_accuracy"], 3), wrong


def settings(margins=MARGINS) -> list[tuple[str, str, float]]:
    """(name, mode, margin): the rules alone, the ranker as a fallback and as an override."""
    return [("rules", "none", 0.0)] + [
        (f"{mode} {m}", mode, m) for mode in ("fallback", "override") for m in margins
    ]


def cross_validate(examples: list[Example], k: int = 5, l2: float = 3.0) -> dict[str, dict]:
    """Grouped k-fold by event: per setting, the mean over every article (each scored by the
    fold that held it out) and the wrong speakers of each fold."""
    sets = settings()
    per = {name: [] for name, _m, _g in sets}
    wrong = {name: [0] * k for name, _m, _g in sets}
    for n, fold in enumerate(learning.event_folds([e.event for e in examples], k)):
        w = train([e for e in examples if e.event not in fold], l2)
        for e in (e for e in examples if e.event in fold):
            for name, mode, margin in sets:
                v, bad = score(e, None if mode == "none" else w, mode, margin)
                per[name].append(v)
                wrong[name][n] += bad
    return {
        name: {"mean": round(float(np.mean(per[name])), 3), "wrong_per_fold": wrong[name]}
        for name in per
    }


# features that name what the rules decided (the rest only read the text)
RULE_FEATURES = ("rules", "other|", "nobody|rules", "nobody|how", "previous|rules", "norule")


def text_only(examples: list[Example]) -> list[Example]:
    """The examples with every feature that names the rules' decision dropped: how well the
    text alone chooses (the rules' speaker stays a candidate, as a mention or "nomention")."""
    for e in examples:
        for cs in e.cands:
            for c in cs:
                c.feats = [
                    f for f in c.feats if not f.startswith(RULE_FEATURES) and "norule" not in f
                ]
    return examples


def ceiling(examples: list[Example]) -> tuple[int, int, int]:
    """Matched quotations, those whose rules' speaker is right, and those where some
    candidate is right."""
    matched = rules = reach = 0
    for e in examples:
        for cs, ls in zip(e.cands, e.labels, strict=True):
            if ls is None:
                continue
            matched += 1
            rules += any(y and c.rules for c, y in zip(cs, ls, strict=True))
            reach += any(ls)
    return matched, rules, reach


def write(examples: list[Example], mode: str, margin: float, figures: dict, command: str) -> None:
    """Train on every example and store the weights with their header."""
    w = train(examples)
    doc = {
        "about": "learned choice of a quotation's speaker (analysis.extract.quotes.ranker)",
        "command": command,
        "date": datetime.date.today().isoformat(),
        "dev_cross_validated": figures,
        "mode": mode,
        "margin": margin,
        "weights": dict(sorted(w["weights"].items())),
    }
    WEIGHTS_PATH.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(doc, ensure_ascii=False, indent=0, sort_keys=False)
    WEIGHTS_PATH.write_text(text + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    import os

    from analysis.evaluation.sets import REAL_TEXTS_ENV

    texts = os.environ.get(REAL_TEXTS_ENV)
    if not texts:
        print(f"set {REAL_TEXTS_ENV} to the folder of the real-press texts", file=sys.stderr)
        return 2
    examples = load_examples(texts)
    if argv[:1] == ["--text-only"]:
        examples, argv = text_only(examples), argv[1:]
    matched, rules, reach = ceiling(examples)
    print(f"matched quotations {matched}: rules right {rules}, some candidate right {reach}")
    res = cross_validate(examples)
    for name, r in res.items():
        print(f"{name:<14} {r}")
    if argv[:1] == ["--write"]:
        mode, margin = argv[1], float(argv[2])
        write(
            examples,
            mode,
            margin,
            res,
            "python -m analysis.evaluation.speaker_model " + " ".join(argv),
        )
        print(f"wrote {WEIGHTS_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
