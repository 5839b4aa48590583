"""Stance: polarity, negation, hedges, acts, evaluative quotes, camps and the scorer
(invented snippets about other countries and people)."""

from __future__ import annotations

import functools

import pandas as pd

from analysis.article import parse_article
from analysis.evaluation.stance import key, score
from analysis.pipeline import analyze
from analysis.stance import alignments, camps


@functools.cache
def run(text: str):
    article = parse_article(text, publication="2024-03-01", check_language=False)
    return analyze(article)


def stances(text: str) -> pd.DataFrame:
    return run(text).tables["stances"]


def find(text: str, holder: str, target_word: str) -> pd.DataFrame:
    st = stances(text)
    hks, tk = [key(h) for h in holder.split("|")], key(target_word)
    mask = st["holder"].map(key).map(lambda h: any(k in h for k in hks)) & (
        st["target"].map(key).str.contains(tk, regex=False)
        | st["target_text"].map(key).str.contains(tk, regex=False)
    )
    hits = st[mask]
    assert len(hits), (
        f"no stance {holder} -> {target_word}: "
        f"{st[['holder', 'target', 'polarity', 'cue']].to_dict('records')}"
    )
    return hits


def test_negation_flips_support():
    text = "La Norvège ne soutient pas le projet de gazoduc sous-marin."
    r = find(text, "Norvège|Oslo", "gazoduc").iloc[0]
    assert r["polarity"] == -1
    assert r["cue"] == "soutenir"
    assert not r["hedged"]


def test_conditional_is_a_hedge_and_lowers_confidence():
    hedged = find("Le Chili pourrait soutenir la candidature du Pérou.", "Chili", "candidature")
    plain = find("Le Chili soutient la candidature du Pérou.", "Chili", "candidature")
    assert hedged.iloc[0]["polarity"] == plain.iloc[0]["polarity"] == 1
    assert bool(hedged.iloc[0]["hedged"]) and not bool(plain.iloc[0]["hedged"])
    assert hedged.iloc[0]["confidence"] < plain.iloc[0]["confidence"]


def test_future_in_the_past_after_a_speech_verb_is_not_a_hedge():
    text = "Le ministre Paulo Reis a assuré que le Portugal soutiendrait la réforme agraire."
    r = find(text, "Portugal", "réforme").iloc[0]
    assert r["polarity"] == 1 and not bool(r["hedged"])


def test_opposition_verb_and_passive_agent():
    text = (
        "Oslo a condamné l'attaque contre l'ambassade danoise. "
        "Le plan de paix, soutenu par le Brésil, prévoit un cessez-le-feu."
    )
    assert find(text, "Oslo|Norvège", "attaque").iloc[0]["polarity"] == -1
    # condemning an attack is not attacking: no stance of Oslo toward the embassy itself
    st = stances(text)
    assert not ((st["cue"] == "attaque") & st["holder"].isin(["Oslo", "Norvège"])).any()
    assert find(text, "Brésil", "plan").iloc[0]["polarity"] == 1


def test_agreement_makes_both_parties_support_each_other():
    text = "La Suède et la Finlande ont signé un accord de défense à Helsinki."
    assert find(text, "Suède", "Finlande").iloc[0]["polarity"] == 1
    assert find(text, "Finlande", "Suède").iloc[0]["polarity"] == 1


def test_rupture_of_relations_is_opposition():
    text = "Caracas a rompu ses relations diplomatiques avec Bogota en mars."
    st = stances(text)
    row = st[st["cue"].str.startswith("rompre")].iloc[0]
    assert row["polarity"] == -1
    assert key(row["target"]) in (key("Bogota"), key("Colombie"))


def test_evaluative_quote_gives_the_speaker_a_stance():
    text = "Le président Luis Ortega a dénoncé une « provocation inacceptable » de Santiago."
    st = stances(text)
    assert (st[st["holder"] == "Luis Ortega"]["polarity"] == -1).all()
    assert len(st[st["holder"] == "Luis Ortega"]) >= 1


def test_support_noun_with_light_verb_and_infinitive_holder():
    text = (
        "Le chef de la diplomatie italienne Marco Conti a apporté un soutien appuyé au plan "
        "de stabilisation. Des syndicats ont manifesté à Rome pour dénoncer la réforme des "
        "retraites."
    )
    assert find(text, "Marco Conti", "plan").iloc[0]["polarity"] == 1
    assert find(text, "syndicats", "réforme").iloc[0]["polarity"] == -1


def test_every_row_carries_traceable_evidence():
    text = "La Norvège ne soutient pas le projet. Oslo a condamné l'attaque contre l'ambassade."
    an = run(text)
    for r in an.tables["stances"].itertuples():
        assert an.article.text[r.start : r.end] == r.evidence
        s = an.article.sentences[r.sentence_id]
        assert s.start <= r.start < r.end <= s.end
        assert r.sentence == s.text
        assert r.polarity in (-1, 0, 1)
        assert 0 < r.confidence <= 1


def test_camps_from_stances():
    st = pd.DataFrame(
        [
            ("A", "a", "B", "b", 1, 0.8, 0),
            ("B", "b", "A", "a", 1, 0.8, 0),
            ("C", "c", "A", "a", -1, 0.8, 1),
            ("C", "c", "projet", None, -1, 0.8, 2),
            ("D", "d", "projet", None, -1, 0.8, 2),
        ],
        columns=[
            "holder",
            "holder_id",
            "target",
            "target_id",
            "polarity",
            "confidence",
            "sentence_id",
        ],
    )
    al = alignments(st)
    cp = camps(st, al)
    camp = dict(zip(cp["actor"], cp["camp"], strict=True))
    assert camp["A"] == camp["B"]
    assert camp["C"] == camp["D"]
    assert camp["A"] != camp["C"]
    assert "C" in cp[cp["actor"] == "A"].iloc[0]["opponents"]


def test_scorer_matches_by_alias_and_sentence_and_counts_wrong_signs():
    text = (
        "« Nous ne céderons pas », a déclaré la ministre Karin Lund. "
        "La Norvège ne soutient pas le projet de gazoduc."
    )
    an = run(text)
    gold = {
        "actors": [
            {"name": "Karin Lund", "aliases": ["Karin Lund"]},
            {"name": "Norvège", "aliases": ["Norvège", "Oslo"]},
        ],
        "quotes": [{"text": "Nous ne céderons pas", "kind": "direct", "speaker": "Karin Lund"}],
        "stances": [
            {
                "holder": "Norvège",
                "target": "gazoduc",
                "target_terms": ["gazoduc"],
                "polarity": -1,
                "evidence": "La Norvège ne soutient pas le projet",
            },
        ],
    }
    s = score(an, gold)
    assert s["quote_recall"] == 1.0 and s["speaker_accuracy"] == 1.0
    assert s["stance_recall"] == 1.0 and s["wrong_sign"] == 0
    gold["stances"][0]["polarity"] = 1
    s = score(an, gold)
    assert s["stance_recall"] == 0.0 and s["wrong_sign"] == 1


def test_recalling_an_ambassador_and_pressure_on_a_third_party():
    text = (
        "La Pologne a rappelé son ambassadeur à Minsk après deux arrestations. Le Premier "
        "ministre Jan Kowal a appelé l'Union européenne à adopter des sanctions contre le "
        "régime biélorusse."
    )
    st = stances(text)
    recall = st[st["cue"] == "rappeler ambassadeur"].iloc[0]
    assert recall["polarity"] == -1 and key(recall["holder"]) == key("Pologne")
    # the pressure is on the sanctioned regime, not on the Union asked to act
    demand = st[st["kind"] == "demand"]
    assert (demand["polarity"] == -1).all()
    assert not demand["target"].map(key).str.contains("union").any()
    assert demand["target"].map(key).str.contains("regime|bielorussie").any()


def test_conjoined_verb_keeps_the_first_subject():
    text = (
        "Le porte-parole de la diplomatie biélorusse, Ivan Petrov, a rejeté ces accusations "
        "et dénoncé une « ingérence » de Varsovie."
    )
    st = stances(text)
    assert set(st["holder"]) == {"Ivan Petrov"}
    assert (st["polarity"] == -1).all()


def test_condemning_a_harm_sides_with_its_victim():
    text = (
        "Paris a condamné l'arrestation de l'opposant Ilya Sokolov. "
        "Berlin a dénoncé l'invasion de l'Ukraine."
    )
    st = stances(text)
    pol = {key(t): p for t, p in zip(st["target"], st["polarity"], strict=True)}
    assert pol[key("arrestation")] == -1 and pol[key("Ilya Sokolov")] == 1
    assert pol[key("invasion")] == -1 and pol[key("Ukraine")] == 1
    # no row against the victim: its name only appears in rows for it
    against = st[st["polarity"] == -1]
    assert not against["target_text"].map(key).str.contains("sokolov|ukraine").any()
