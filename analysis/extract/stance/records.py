"""The small records the stance rules produce, and the table they end in.

A rule finds a :class:`Row` (holder, :class:`Target`, polarity, cue word, kind, cue token);
the finder scores it (:data:`BASE_CONFIDENCE`, hedges), turns it into a table record
(:func:`record`) and keeps one per holder, target and sentence (:func:`dedupe`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from analysis.document.article import Sentence
from analysis.extract.cues import fold
from analysis.extract.quotes.speakers import Party

STANCE_COLUMNS = [
    "holder",
    "holder_id",
    "target",
    "target_id",
    "polarity",
    "cue",
    "hedged",
    "confidence",
    "sentence_id",
    "start",
    "end",
    "sentence",
    "target_text",
    "kind",
    "evidence",
]

# The confidence of a row by kind of rule, before hedges; the order breaks ties in
# :func:`dedupe` (the earlier kind wins).
BASE_CONFIDENCE = {
    "verb": 0.85,
    "noun": 0.8,
    "agreement": 0.75,
    "signature": 0.7,
    "purchase": 0.65,
    "rupture": 0.8,
    "friction": 0.6,
    # an act between actors implies the stance, it does not state it (interactions.py)
    "interaction": 0.6,
    "readiness": 0.75,
    "appreciation": 0.75,
    "relation": 0.7,
    "demand": 0.5,
    "visit": 0.55,
    "host": 0.5,
    "quote": 0.6,
    "quote-clause": 0.5,
    "co-holder": 0.6,
    "derived": 0.5,
    "implicit": 0.45,
    # neutral rows (polarity 0, stance/neutral.py): an explicit call for restraint or an
    # abstention; a signed row of the same pair still wins (dedupe ranks the sign first)
    "neutral": 0.75,
    # a quote read only when no rule read its sentence (stance/quote_fallback.py): the
    # clause deemed necessary is a looser target than a rule's; below the headline bar
    "quote-fallback": 0.45,
}


@dataclass
class Target:
    """What a stance is about: an actor (``actor_id``) or an issue (its noun phrase)."""

    name: str
    actor_id: str | None
    text: str
    start: int
    end: int


@dataclass
class Row:
    """One stance found by a rule: ``holder`` is for (+1) or against (-1) ``target``."""

    holder: Party
    target: Target
    polarity: int
    cue: str
    kind: str
    cue_tok: Token
    hedged: bool = False
    confidence: float = 0.0


def record(text: str, r: Row, s: Sentence) -> dict:
    """The table record of row ``r`` of sentence ``s``: its evidence is the part of the
    sentence that spans the cue, the holder and the target (those inside the sentence)."""
    points = [r.cue_tok.idx, r.cue_tok.idx + len(r.cue_tok)]
    for a, b in ((r.holder.start, r.holder.end), (r.target.start, r.target.end)):
        if s.start <= a and b <= s.end and b > a:
            points += [a, b]
    start, end = max(s.start, min(points)), min(s.end, max(points))
    return {
        "holder": r.holder.name,
        "holder_id": r.holder.actor_id,
        "target": r.target.name,
        "target_id": r.target.actor_id,
        "polarity": int(r.polarity),
        "cue": r.cue,
        "hedged": bool(r.hedged),
        "confidence": float(r.confidence),
        "sentence_id": s.id,
        "start": start,
        "end": end,
        "sentence": s.text,
        "target_text": r.target.text,
        "kind": r.kind,
        "evidence": text[start:end],
    }


def dedupe(rows: list[dict]) -> list[dict]:
    """One row per (holder, target, sentence): a signed row before a neutral one (a call for
    restraint beside a condemnation of the same party is the condemnation), then the most
    confident (verb cues win ties), in sentence then text order (plain Python: rows are few,
    pandas' per-call cost is not)."""
    order = {k: i for i, k in enumerate(BASE_CONFIDENCE)}

    def who(r: dict, col: str) -> str:
        v = r[f"{col}_id"]
        return v if isinstance(v, str) else fold(r[col])

    best: dict[tuple, dict] = {}
    ranks: dict[tuple, tuple] = {}
    for n, r in enumerate(rows):
        key = (r["sentence_id"], who(r, "holder"), who(r, "target"))
        rank = (r["polarity"] == 0, -r["confidence"], order.get(r["kind"], 99), n)
        if key not in ranks or rank < ranks[key]:
            ranks[key] = rank
            best[key] = r
    return [best[k] for k in sorted(best, key=lambda k: (k[0], best[k]["start"], k[1], k[2]))]
