"""Round 25 (session 29), quotation stances with no row: an impersonal judgement of
necessity in a speaker's words ("« il est essentiel de … »") is read as a fallback when no
other rule read the sentence. Every snippet is invented."""

from __future__ import annotations

from analysis.evaluation.stance import key
from analysis.report.views.stance import HEADLINE_CONFIDENCE
from tests.test_stance_press import stances

_SPEAKER = "a déclaré Hugo Brandt, porte-parole du cabinet norvalien."


def _fallback(text: str) -> list[dict]:
    st = stances(text)
    return st[st["kind"] == "quote-fallback"].to_dict("records")


def test_necessity_of_an_infinitive_clause_is_the_speakers_wish() -> None:
    rows = _fallback(
        "« Il est essentiel de rouvrir un canal de dialogue direct entre les deux capitales "
        f"pour apaiser la crise », {_SPEAKER}"
    )
    assert [(r["holder"], r["polarity"]) for r in rows] == [("Hugo Brandt", 1)]
    assert "canal de dialogue" in rows[0]["target"]
    assert "apaiser" not in rows[0]["target"]  # the purpose is no part of the need
    assert rows[0]["confidence"] < HEADLINE_CONFIDENCE  # never a headline


def test_variants_of_the_frame() -> None:
    rows = _fallback("« C'est important que cette promesse soit renouvelée », a ajouté Ada Kerl.")
    assert [(r["holder"], r["polarity"]) for r in rows] == [("Ada Kerl", 1)]
    assert "promesse" in key(rows[0]["target"])
    rows = _fallback(
        "« Il est temps de moderniser le réseau ferroviaire régional », a estimé la ministre "
        "norvalienne des Transports, Ada Kerl."
    )
    assert [(r["holder"], r["polarity"]) for r in rows] == [("Ada Kerl", 1)]
    assert "reseau ferroviaire" in key(rows[0]["target"])


def test_reported_necessity_keeps_the_first_of_coordinated_objects() -> None:
    rows = _fallback(
        "Le ministre norvalien Piet Olsen a affirmé qu'il est primordial de prendre en compte "
        "les avis des élus locaux et les résultats des missions précédentes."
    )
    assert [(r["holder"], r["polarity"]) for r in rows] == [("Piet Olsen", 1)]
    assert "avis des elus" in key(rows[0]["target"])
    assert "resultats" not in key(rows[0]["target"])


def test_no_fallback_for_denied_ended_fought_or_demanded_needs() -> None:
    for text in (
        f"« Il n'est pas nécessaire de prolonger cette mission », {_SPEAKER}",
        f"« Il est urgent de mettre fin aux violences à la frontière », {_SPEAKER}",
        f"« Il est vital de réduire les tensions dans la région », {_SPEAKER}",
        f"« Il est indispensable que le Bélaria respecte le cessez-le-feu », {_SPEAKER}",
        f"« Est-il vraiment nécessaire de construire ce barrage ? », {_SPEAKER}",
    ):
        assert _fallback(text) == [], text


def test_a_stricter_rule_wins() -> None:
    st = stances(f"« Il est essentiel de dialoguer avec la Norvalie », {_SPEAKER}")
    assert "quote-fallback" not in set(st["kind"])
