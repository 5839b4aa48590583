"""A gerund's stance is held by the subject of its clause: "X a réagi en convoquant
l'ambassadeur de Y", "X a marqué sa désapprobation en rappelant son ambassadeur", "X, tout en
saluant Y, a ...". French grammar gives the gerund ("en" + present participle) the subject of
the verb it depends on; the parser often hangs it on a noun or a participle nearby ("sa
position concernant ses relations avec Y en convoquant ..."), and the holder read from there
is then that noun's neighbour (Y), the one acted on.

Why apart from :mod:`analysis.extract.stance.holders` (at its size limit): a pass over the
rows of every rule, which replaces a holder only when the clause's subject is named. When that
subject is a coordination ("X, Y et Z ont condamné ..., tout en demandant ..."), every member
holds the gerund's stance as it holds the clause verb's: the parser often hangs "tout en +
participle" on the object noun, and the rule reading the gerund then finds only the members
the parse attached as subjects (:func:`_co_holders`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.clauses import reporting_verb
from analysis.extract.stance.collective import is_named
from analysis.extract.stance.records import Row
from analysis.extract.stance.state import State

# how many heads a gerund may climb to reach its clause's verb
_DEPTH = 6


def _is_gerund(st: State, t: Token) -> bool:
    """``t`` is a present participle right after "en" ("en convoquant", "tout en saluant")."""
    if st.tv.pos[t.i] != "VERB" or t.i < 1 or st.low[t.i - 1] != "en":
        return False
    morph = st.tv.morph
    return "Part" in morph(t.i, "VerbForm") and "Pres" in morph(t.i, "Tense")


def _finite(st: State, g: Token) -> bool:
    """``g`` is the verb of a clause: finite, or a participle or infinitive carried by an
    auxiliary (not a participle modifying a noun)."""
    morph = st.tv.morph
    if "Fin" in morph(g.i, "VerbForm"):
        return True
    return any(ch.dep_.startswith("aux") for ch in g.children)


def _clause_verb(st: State, t: Token, sent: Span) -> Token | None:
    """The verb of the clause a gerund depends on (climbing the heads), or None."""
    g = t.head
    for _ in range(_DEPTH):
        if not sent.start <= g.i < sent.end:
            return None
        if g.pos_ in ("VERB", "AUX") and g.i != t.i and _finite(st, g):
            return reporting_verb(st, g, t) or g
        if g.head.i == g.i:
            return None
        g = g.head
    return None


def clause_subject(st: State, t: Token, sent: Span) -> list[Party]:
    """The named subjects of the clause a gerund depends on, or []."""
    g = _clause_verb(st, t, sent)
    return [p for p in st.res.subjects(g) if is_named(p)] if g is not None else []


def gerund_holders(st: State, sent: Span, rows: list[Row]) -> list[Row]:
    """Rows whose cue is a gerund take the subject of its clause as holder (when it is named
    and is not the row's target)."""
    for r in rows:
        if not _is_gerund(st, r.cue_tok):
            continue
        subjects = clause_subject(st, r.cue_tok, sent)
        if len(subjects) != 1 or not subjects[0].actor_id:
            continue
        p = subjects[0]
        if p.actor_id in (r.holder.actor_id, r.target.actor_id):
            continue
        r.holder = p
    return rows + _co_holders(st, sent, rows)


def _co_holders(st: State, sent: Span, rows: list[Row]) -> list[Row]:
    """The members of a coordinated clause subject that a gerund's rows miss: the clause
    verb's own holders (:func:`holders_of`, as its rows have them), when there are two or
    more named ones and each row of the gerund is held by one of them (the rule did read
    the clause subject, only part of it). Never toward itself; no new row when the rows'
    holders are someone else (a speaker, an agent)."""
    from analysis.extract.stance.holders import holders_of  # holders imports this package

    out: list[Row] = []
    by_cue: dict[int, list[Row]] = {}
    for r in rows:
        if r.cue_tok.i > 0 and st.low[r.cue_tok.i - 1] == "en":
            by_cue.setdefault(r.cue_tok.i, []).append(r)
    for group in by_cue.values():
        t = group[0].cue_tok
        if not _is_gerund(st, t):
            continue
        g = _clause_verb(st, t, sent)
        if g is None:
            continue
        members = [p for p in holders_of(st, g) if is_named(p) and p.actor_id]
        ids = {p.actor_id for p in members}
        if len(ids) < 2 or any(r.holder.actor_id not in ids for r in group):
            continue
        have = {(r.holder.actor_id, r.target.name, r.polarity, r.cue) for r in group}
        for r in group:
            for p in members:
                key = (p.actor_id, r.target.name, r.polarity, r.cue)
                if key in have or p.actor_id == r.target.actor_id:
                    continue
                have.add(key)
                out.append(Row(p, r.target, r.polarity, r.cue, r.kind, r.cue_tok, r.hedged))
    return out
