"""The experimental learned stance source (analysis.extract.stance.learned) and its trainer
(analysis.evaluation.stance_model): candidates, features, the classifier, labels. Invented
snippets only."""

from __future__ import annotations

from analysis.evaluation.stance_model import fit, labels
from analysis.extract.stance.learned import (
    LEARNED_CONFIDENCE,
    candidates,
    features,
    learned_rows,
    probabilities,
)
from analysis.pipeline import analyze
from analysis.report.views.stance import HEADLINE_CONFIDENCE
from tests.helpers import parse_snippet

TEXT = (
    "Le Portugal a rappelé son ambassadeur en Norvège après la signature de l'accord de "
    "pêche.\n\nLa ministre portugaise Ana Ferrim a dénoncé mardi les sanctions de la Norvège."
)


def _analysed(text: str = TEXT):
    art, doc = parse_snippet(text)
    an = analyze(art, doc=doc)
    cands = candidates(doc, [(s.id, s.start, s.end) for s in art.sentences], an.tables)
    return an, cands


def _find(cands, holder: str, target: str):
    return next(c for c in cands if c.holder.name == holder and c.target.name == target)


def test_candidates_pair_actors_and_issues_of_a_sentence():
    _an, cands = _analysed()
    pairs = {(c.sentence_id, c.holder.name, c.target.name) for c in cands}
    assert (0, "Portugal", "Norvège") in pairs
    assert (1, "Ana Ferrim", "les sanctions de la Norvège") in pairs
    # an issue is a common noun with its modifiers, never the holder itself
    issue = _find(cands, "Ana Ferrim", "les sanctions de la Norvège")
    assert issue.target.actor_id is None and issue.target.head.text == "sanctions"
    assert all(c.holder.actor_id != c.target.actor_id for c in cands)


def test_features_read_the_governing_verb_and_the_relations_to_it():
    _an, cands = _analysed()
    f = features(_find(cands, "Portugal", "Norvège"))
    assert {"lca:rappeler", "hdep:nsubj", "hsubj", "ttype:actor", "htype:state"} <= set(f)
    g = features(_find(cands, "Ana Ferrim", "les sanctions de la Norvège"))
    assert {"lca:denoncer", "tlemma:sanction", "ttype:issue", "tdep:obj"} <= set(g)
    # the lexicons are read as features: "sanctions" is an opposition noun, "dénoncer" a verb
    assert "tfam:cues.oppose_nouns" in g and "lcapol:-1" in g


def test_probabilities_sum_the_weights_of_known_features_only():
    weights = {"classes": [-1, 0, 1], "weights": {"bias": [0, 2, 0], "lca:rappeler": [4, 0, 0]}}
    p = probabilities(weights, ["bias", "lca:rappeler", "never:seen"])
    assert max(p, key=p.get) == -1 and abs(sum(p.values()) - 1) < 1e-9
    assert (
        max(probabilities(weights, ["bias"]), key=lambda k: probabilities(weights, ["bias"])[k])
        == 0
    )


def test_learned_rows_stay_below_the_headline_and_skip_pairs_the_rules_cover():
    an, cands = _analysed()
    weights = {"classes": [-1, 0, 1], "threshold": 0.6, "weights": {"hsubj": [3, 0, 0]}}
    rows = learned_rows(cands, [], weights)
    assert rows and all(r["kind"] == "learned" for r in rows)
    assert all(r["confidence"] <= LEARNED_CONFIDENCE < HEADLINE_CONFIDENCE for r in rows)
    text = an.article.text
    assert all(text[r["start"] : r["end"]] == r["evidence"] for r in rows)
    rule_rows = an.tables["stances"].to_dict("records")
    covered = {(r["sentence_id"], r["holder_id"], r["target_id"]) for r in rule_rows}
    after = learned_rows(cands, rule_rows, weights)
    # the rules' actor pair and the rules' issue (same head noun) are not repeated
    assert (0, "Portugal", "Norvège") in {
        (r["sentence_id"], r["holder"], r["target"]) for r in rows
    }
    assert not any(
        (r["sentence_id"], r["holder_id"], r["target_id"]) in covered
        for r in after
        if r["target_id"] is not None
    )
    assert not any("sanctions" in r["target"] for r in after)
    assert len(after) < len(rows)


def test_fit_separates_classes_by_their_features():
    feats = [["bias", "a"]] * 6 + [["bias", "b"]] * 6 + [["bias", "c"]] * 6
    y = [1] * 6 + [-1] * 6 + [0] * 6
    w = {"classes": [-1, 0, 1], "weights": fit(feats, y, l2=0.1, iters=100)}
    for fs, want in ((["bias", "a"], 1), (["bias", "b"], -1), (["bias", "c"], 0)):
        p = probabilities(w, fs)
        assert max(p, key=p.get) == want


def test_labels_use_the_scorers_matching():
    an, cands = _analysed()
    gold = {
        "actors": [{"name": "Portugal", "aliases": []}, {"name": "Norvège", "aliases": []}],
        "stances": [
            {
                "holder": "Portugal",
                "target": "Norvège",
                "target_terms": ["Norvège"],
                "polarity": -1,
                "evidence": "Le Portugal a rappelé son ambassadeur en Norvège",
            }
        ],
    }
    ys, reachable = labels(an, gold, cands)
    assert reachable == 1
    hit = {(c.holder.name, c.target.name) for c, v in zip(cands, ys, strict=True) if v == -1}
    assert ("Portugal", "Norvège") in hit
    # the same pair in the other sentence is no gold stance
    assert all(v == 0 for c, v in zip(cands, ys, strict=True) if c.sentence_id == 1)
