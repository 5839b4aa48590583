"""Events: CAMEO-style categories, source and target, date, place, hedging, evidence
(invented snippets about other countries)."""

from __future__ import annotations

import pandas as pd

from tests.helpers import run_steps


def run(text: str):
    an = run_steps(text, publication="2023-06-14")
    article = an.article
    for r in an.tables["events"].itertuples():
        assert article.text[r.start : r.end] == r.evidence
    return an


def events(text: str) -> pd.DataFrame:
    return run(text).tables["events"]


def one(text: str, category: str) -> pd.Series:
    ev = events(text)
    hits = ev[ev["category"] == category]
    assert len(hits), f"no {category}: {ev[['category', 'trigger']].to_dict('records')}"
    return hits.iloc[0]


TEXT = (
    "Le Kenya a rompu mardi ses relations diplomatiques avec la Somalie. "
    "Le Premier ministre éthiopien Abiy Ahmed a signé le 12 juin 2023 à Nairobi un accord "
    "de coopération militaire avec le Kenya. "
    "Des milliers de manifestants ont dénoncé la visite à Mogadiscio. "
    "L'Éthiopie pourrait acheter des drones turcs."
)


def test_break_relations_with_source_target_and_date():
    r = one(TEXT, "break_relations")
    assert "Kenya" in r["source"]
    assert "Somalie" in r["target"]
    assert r["date"] == "2023-06-13"
    assert not r["hedged"]


def test_agreement_with_date_and_place():
    r = one(TEXT, "sign_agreement")
    assert r["date"] == "2023-06-12"
    assert r["place"] == "Nairobi"
    assert "Abiy Ahmed" in r["source"] or "ministre" in r["source"]


def test_protest_and_criticism():
    assert one(TEXT, "criticise")["trigger"] == "dénoncé"


def test_hedged_arms_purchase():
    r = one(TEXT, "purchase_arms")
    assert r["hedged"]
    assert "Éthiopie" in r["source"]


def test_no_event_without_a_trigger():
    assert events("Le temps était beau sur la côte.").empty
