"""A target named only by a pair noun ("X a encouragé les deux pays à ...", "X a dit sa
confiance dans les deux dirigeants", "X a félicité les deux hommes"): one row toward each
member of the pair, as a holder "les deux dirigeants" already gives one row per member
(:func:`analysis.extract.stance.finder.pairs_expanded`).

Why: the rules read the object phrase and label it by its words, so the row's target is
"deux pays", which names nobody; the pair noun stands for the two actors of its kind named
last (states for "pays", persons for "dirigeants"), the holder passed over. Precision
first: only a bare pair phrase ("les / ces / nos deux" + one noun, nothing after it: "deux
émissaires étrangers, X et Y" is left to the rules that read the names after it), only when
the pair is two named actors, never toward the holder or the holder's own state.
"""

from __future__ import annotations

from spacy.tokens import Span

from analysis.extract.quotes.speakers import TWO_WORD_CLASSES, Party
from analysis.extract.stance.records import Row, Target
from analysis.extract.stance.state import State


def _pair_noun(st: State, r: Row, sent: Span) -> int | None:
    """The index of the noun of a bare "les deux <noun>" target, or None."""
    t = r.target
    if t.actor_id is not None or t.end <= t.start or not sent.start_char <= t.start < sent.end_char:
        return None
    span = st.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or len(span) != 3:
        return None
    k = span.start + 2
    if f"{st.low[k - 2]} {st.low[k - 1]}" not in TWO_WORD_CLASSES or st.tv.pos[k] != "NOUN":
        return None
    return k


def _pair(st: State, k: int, holder: Row) -> list[Party]:
    """The two actors a target pair noun at index k stands for: the two distinct ones of its
    kind named last before it (states for ``pair_state_nouns``, persons for a title or
    ``pair_person_nouns``; other nouns say no kind: none), outside quotations, the holder
    and its own mention passed over (the holder named before its target is no member of the
    pair it acts on)."""
    w, lemma = st.low[k], st.tv.lemma_low[k]
    if w in st.words.pair_state_nouns:
        kind = "state"
    elif w in st.words.pair_person_nouns or w in st.c.roles or lemma in st.c.roles:
        kind = "person"
    else:
        return []
    skip = {holder.holder.actor_id}
    skip |= {a for _s, _e, a in st.res.mentions_in(holder.holder.start, holder.holder.end)}
    seen: list[str] = []
    at = st.tv.idx[k]
    for start, _end, aid in reversed(st.res.mentions_in(max(0, at - 3000), at)):
        if aid in skip or aid in seen or st.res.in_quote(start):
            continue
        if st.res.actor_type(aid) != kind:
            continue
        seen.append(aid)
        if len(seen) == 2:
            break
    if len(seen) < 2:
        return []
    return [Party(st.res.actor_name(a), a, at, at + len(st.low[k]), "actor") for a in seen]


def pair_targets(st: State, sent: Span, rows: list[Row]) -> list[Row]:
    """Rows whose target is a bare pair phrase become one row per member (see the module)."""
    out = []
    for r in rows:
        k = _pair_noun(st, r, sent)
        pair = _pair(st, k, r) if k is not None else []
        if len(pair) != 2:
            out.append(r)
            continue
        own = st.res.actors.get(r.holder.actor_id or "", {}).get("country")
        for p in pair:
            if isinstance(own, str) and st.states.get(own) == p.actor_id:
                continue
            target = Target(p.name or "", p.actor_id, r.target.text, r.target.start, r.target.end)
            out.append(Row(r.holder, target, r.polarity, r.cue, r.kind, r.cue_tok, r.hedged))
    return out
