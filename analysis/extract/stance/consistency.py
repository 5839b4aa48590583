"""A pressure read off a demand yields to a stance stated in the same sentence: "X reconnaît
Y comme président …, en appelant Y à convoquer des élections", "X salue Y et l'exhorte à
poursuivre les réformes", "X soutient Y tout en lui demandant de …".

Why: "appeler / exhorter / demander à Y de …" is read as pressure on Y (against Y), which is
right when Y is the adversary but not when the same speaker, in the same sentence, says he
recognises, supports or welcomes Y: then the call is advice to a partner, and the -1 beside
the stated +1 is a wrong sign. The construction, whatever the words: in one sentence, a
``demand`` row against an actor and a stated (verb, noun, host, appreciation, relation)
row of the same holder for the same actor; the demand row goes.
"""

from __future__ import annotations

from analysis.extract.stance.records import Row

# the kinds of rows that state a stance in words (not inferred from a demand or a quote)
_STATED = frozenset({"verb", "noun", "host", "appreciation", "relation", "readiness"})


def _key(p) -> str | None:
    return p.actor_id or (p.name.lower() if p.name else None)


def pressure_yields(rows: list[Row]) -> list[Row]:
    """The rows of one sentence without the demand rows that a stated support of the same
    holder for the same actor contradicts."""
    if len(rows) < 2 or not any(r.kind == "demand" and r.polarity < 0 for r in rows):
        return rows
    stated = {
        (_key(r.holder), r.target.actor_id)
        for r in rows
        if r.polarity > 0 and r.kind in _STATED and r.target.actor_id
    }
    return [
        r
        for r in rows
        if not (
            r.kind == "demand"
            and r.polarity < 0
            and r.target.actor_id
            and (_key(r.holder), r.target.actor_id) in stated
        )
    ]
