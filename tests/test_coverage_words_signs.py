"""Coverage comparison wording (invented outlets and sentences): a word is counted without
its elided article and with one apostrophe; "sens opposé" needs two outlets that disagree,
not one outlet giving both signs; an event fact's label is the report's label."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from analysis.corpus.coverage import framing
from analysis.corpus.coverage.stances import _difference
from analysis.report.labels import EVENT_CATEGORY
from tests.test_events import one


class _Texts:
    """Stands for :class:`~analysis.corpus.coverage.common.Texts`: one sentence each."""

    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts

    def sentences(self, article_id: str) -> list:
        t = self.texts[article_id]
        return [SimpleNamespace(id=0, start=0, end=len(t), text=t)]


def test_apostrophes_and_elided_articles_make_one_word():
    texts = {
        "a": "La délégation d'alger salue l’entente retrouvée.",
        "b": "Une entente solide, dit la délégation d’alger, et l'entente tient.",
    }
    uses = framing._word_uses(["a", "b"], _Texts(texts))
    assert set(uses["entente"]) == {"a", "b"}
    assert uses["entente"]["b"][0] == 2
    assert "alger" in uses and not any("'" in w or "’" in w for w in uses)
    sid, start, end, word = uses["entente"]["a"][1]
    assert texts["a"][start:end] == "entente" and word == "entente"


def test_aujourd_hui_keeps_its_apostrophe():
    uses = framing._word_uses(["a"], _Texts({"a": "La visite a lieu aujourd'hui même."}))
    assert "aujourd'hui" in uses


def _stances(rows: list[tuple[str, int]]) -> pd.DataFrame:
    return pd.DataFrame([{"outlet": o, "polarity": p, "hedged": False} for o, p in rows])


def test_one_outlet_giving_both_signs_is_no_opposition():
    assert _difference(_stances([("Média A", 1), ("Média A", -1), ("Média B", -1)])) == ""


def test_two_outlets_with_opposite_signs_are_an_opposition():
    assert _difference(_stances([("Média A", 1), ("Média B", -1)])) == "sign"
    both = [("Média A", 1), ("Média A", -1), ("Média B", -1), ("Média C", 1)]
    assert _difference(_stances(both)) == "sign"


def test_an_event_label_is_the_report_label():
    row = one("Le Ghana a salué mardi la décision du Togo.", "praise_endorse")
    assert row["label"] == EVENT_CATEGORY["praise_endorse"]
    row = one("Le Ghana a condamné mardi la décision du Togo.", "criticise")
    assert row["label"] == EVENT_CATEGORY["criticise"]
