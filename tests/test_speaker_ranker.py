"""The experimental learned speaker choice (analysis.extract.quotes.ranker) and its trainer
(analysis.evaluation.speaker_model): candidates, features, the choice model, labels, the
fall-back to the rules. Invented snippets only."""

from __future__ import annotations

from analysis.evaluation.learning import fit_choice
from analysis.evaluation.speaker_model import labels
from analysis.extract.quotes import ranker as rk
from analysis.pipeline import analyze
from analysis.resources.linear import choice, load_weights
from tests.helpers import parse_snippet

TRAIN = (
    "Le Portugal a rappelé son ambassadeur en Norvège.\n\n"
    "La ministre portugaise Ana Ferrim a déclaré mardi devant la presse : « Nous refusons ces "
    "sanctions injustes. »"
)
OTHER = (
    "La Suède a convoqué le chargé d'affaires du Chili.\n\n"
    "Le ministre suédois Olof Brandt a affirmé jeudi devant les députés : « Nous attendons des "
    "excuses officielles. »"
)


def _analysed(text: str):
    art, doc = parse_snippet(text)
    an = analyze(art, doc=doc)
    rows = an.tables["quotes"].to_dict("records")
    return an, rows, rk.Ranker.of(art, doc, an.tables)


def _silenced(rows: list[dict]) -> list[dict]:
    """The rows as if the rules had found no speaker (the case a fallback is for)."""
    return [{**r, "speaker": None, "speaker_id": None, "attribution": "none"} for r in rows]


def test_candidates_are_nobody_the_rules_speaker_and_the_mentions_around():
    _an, rows, ranker = _analysed(TRAIN)
    cands = ranker.candidates(rows)[0]
    names = [c.name for c in cands]
    assert names[0] is None and names[1] == "Ana Ferrim" and "Portugal" in names
    ana = cands[1]
    assert ana.rules and {"subj_speech", "dep:nsubj", "sd:0", "person_role"} <= set(ana.feats)
    portugal = next(c for c in cands if c.name == "Portugal")
    assert not portugal.rules and {"sd:-1", "para_cross"} <= set(portugal.feats)
    # the quotation's own words are never a candidate's mention
    assert all(c.start < rows[0]["start"] for c in cands if c.head is not None)


def test_a_choice_model_trained_on_one_invented_article_names_a_speaker_the_rules_missed():
    an, rows, ranker = _analysed(TRAIN)
    groups = [[c.feats for c in cs] for cs in ranker.candidates(_silenced(rows))]
    targets = [
        [int(c.name == "Ana Ferrim") for c in cs] for cs in ranker.candidates(_silenced(rows))
    ]
    w = fit_choice(groups, targets)
    assert w and all(len(v) == 1 for v in w.values())
    weights = {"mode": "fallback", "margin": 0.0, "weights": w}
    # another article, other names, the same construction, the rules' speaker removed
    _an2, rows2, ranker2 = _analysed(OTHER)
    assert rows2[0]["speaker"] == "Olof Brandt"
    out = rk.rerank(_silenced(rows2), ranker2, weights)
    assert out[0]["speaker"] == "Olof Brandt" and out[0]["attribution"] == rk.RANKED
    # a fallback never touches a quotation the rules attributed
    assert rk.rerank([dict(r) for r in rows2], ranker2, weights) == rows2


def test_no_weights_file_leaves_the_rules_speaker(tmp_path, monkeypatch):
    _an, rows, ranker = _analysed(OTHER)
    monkeypatch.setattr(rk, "WEIGHTS_PATH", tmp_path / "missing.json")
    assert load_weights(rk.WEIGHTS_PATH) is None
    silent = _silenced(rows)
    assert rk.rerank([dict(r) for r in silent], ranker) == silent


def test_choice_probabilities_sum_known_weights_over_the_candidates():
    weights = {"weights": {"subj_speech": [2.0], "nobody": [0.5]}}
    p = choice(weights, [["nobody"], ["subj_speech", "never:seen"], []])
    assert abs(sum(p) - 1) < 1e-9 and max(range(3), key=p.__getitem__) == 1


def test_labels_follow_the_quote_scorer_matching():
    an, rows, ranker = _analysed(TRAIN)
    cands = ranker.candidates(rows)
    gold = {
        "actors": [{"name": "Ana Ferrim", "aliases": ["Ferrim"]}],
        "quotes": [{"text": "Nous refusons ces sanctions injustes.", "speaker": "Ana Ferrim"}],
    }
    ys = labels(an, gold, cands)
    assert ys[0] == [int(c.name == "Ana Ferrim") for c in cands[0]]
    # a gold quote with no speaker: only "nobody" is right
    gold["quotes"][0]["speaker"] = None
    assert labels(an, gold, cands)[0] == [int(c.key == "") for c in cands[0]]
