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
from analysis.extract.stance.targets import counterpart_form

# the kinds of rows that state a stance in words (not inferred from a demand or a quote)
_STATED = frozenset({"verb", "noun", "host", "appreciation", "relation", "readiness"})


def _key(p) -> str | None:
    return getattr(p, "actor_id", None) or (p.name.lower() if p.name else None)


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


_ANY = "*"  # a condemned counterpart the actors step left unnamed

# the positive kinds read from a recalled fact rather than a judgement the holder states
_RECALLED = frozenset({"agreement", "relation", "interaction"})


def contrast_yields(st, rows: list[Row]) -> list[Row]:
    """The rows of one sentence without the positive rows read inside the justification of a
    condemnation by the same holder of the same actor ("X a fustigé le double jeu de Y,
    affirmant que la veille, les deux hommes parlaient de paix"): the recalled agreement is
    the contrast that makes the condemnation, not a stance for Y (nor Y's for X).

    Why (the brief's adversative class): the +1 read from the recalled past was the pair's
    only actor row when the condemned target stayed an issue ("le double jeu de Y"), a wrong
    sign. Linked through the cue tokens: the positive cue lies below the condemning verb, and
    the condemned phrase names the actor (an actor mention inside its span) or is the actor."""
    if len(rows) < 2:
        return rows
    blamed: list[tuple[Row, set[str]]] = []
    for n in rows:
        if n.polarity < 0 and n.kind in ("verb", "noun"):
            ids = {aid for _a, _b, aid in st.res.mentions_in(n.target.start, n.target.end)}
            if n.target.actor_id:
                ids.add(n.target.actor_id)
            elif not ids and counterpart_form(st, n.target):
                ids.add(_ANY)  # "le double jeu de son homologue": whoever that is
            blamed.append((n, ids))
    if not blamed:
        return rows
    return [r for r in rows if not _recalled_contrast(r, blamed)]


def _recalled_contrast(r: Row, blamed: list[tuple[Row, set[str]]]) -> bool:
    if r.polarity <= 0 or r.kind not in _RECALLED:
        return False
    for n, ids in blamed:
        if not any(a.i == n.cue_tok.i for a in r.cue_tok.ancestors):
            continue
        h = _key(n.holder)
        if _ANY in ids:
            ids = ids | ({r.target.actor_id, r.holder.actor_id} - {n.holder.actor_id, None})
        if (_key(r.holder) == h and r.target.actor_id in ids) or (
            r.holder.actor_id in ids and r.target.actor_id and _key(r.target) == h
        ):
            return True
    return False
