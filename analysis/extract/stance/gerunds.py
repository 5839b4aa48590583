"""A gerund's stance is held by the subject of its clause: "X a réagi en convoquant
l'ambassadeur de Y", "X a marqué sa désapprobation en rappelant son ambassadeur", "X, tout en
saluant Y, a ...". French grammar gives the gerund ("en" + present participle) the subject of
the verb it depends on; the parser often hangs it on a noun or a participle nearby ("sa
position concernant ses relations avec Y en convoquant ..."), and the holder read from there
is then that noun's neighbour (Y), the one acted on.

Why apart from :mod:`analysis.extract.stance.holders` (at its size limit): a pass over the
rows of every rule, which replaces a holder only when the clause's subject is named.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.quotes.speakers import Party
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


def clause_subject(st: State, t: Token, sent: Span) -> list[Party]:
    """The named subjects of the clause a gerund depends on, or []."""
    g = t.head
    for _ in range(_DEPTH):
        if not sent.start <= g.i < sent.end:
            return []
        if g.pos_ in ("VERB", "AUX") and g.i != t.i and _finite(st, g):
            return [p for p in st.res.subjects(g) if is_named(p)]
        if g.head.i == g.i:
            return []
        g = g.head
    return []


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
    return rows
