"""A judgement on a relation between two parties is a stance toward the other party: "X a salué
les liens historiques entre les deux pays", "le roi de X a loué l'amitié entre X et Y", "Y
se félicite des excellentes relations entre nos deux pays": when the holder (or the state of
the person holding it) is one member of the pair the relation is "entre", the row whose target
is the relation also holds toward the other member, with the same sign.

Why: French names the partner of a praised (or deplored) relation inside the relation's
phrase ("entre A et B", "entre les deux pays", "entre nos deux nations"), and the rules that
read the cue stop at the relation noun; the "avec Y" complement is read by
:func:`analysis.extract.stance.targets.relation_target`.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span

from analysis.extract.cues import norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.collective import pair_of
from analysis.extract.stance.holders import state_of
from analysis.extract.stance.records import Row, Target
from analysis.extract.stance.state import State

# how far after the relation noun "entre" may come ("les relations de fraternité et de
# coopération entre ...")
_WINDOW = 10
# determiners of a pair noun after "entre" ("entre les deux pays", "entre nos deux nations")
_PAIR_DETS = frozenset({"les", "nos", "vos", "leurs", "ces"})
# the endings of past participles of the first group ("tissés", "enracinée")
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")


def _relation_at(st: State, r: Row, sent: Span) -> int | None:
    """Index of the relation noun that heads the row's target (its first noun), or None."""
    t = r.target
    if t.actor_id or t.end <= t.start:
        return None
    nouns = st.c.acts["rapprochement"]["objects"]
    i = max(sent.start, bisect.bisect_right(st.tv.idx, t.start) - 1)
    for k in range(i, min(sent.end, i + 4)):
        if st.tv.pos[k] == "NOUN":
            low = st.low[k]
            return k if low in nouns or norm(st.tv.lemma[k]) in nouns else None
    return None


def _clause_word(st: State, e: int) -> bool:
    """Token e opens or ends a clause: a verb (not a past participle modifying the relation,
    "les liens enracinés entre ..."), a relative pronoun, or punctuation of a sentence or a
    quotation."""
    if st.low[e] in (".", ";", ":", "«", "»", "qui", "que"):
        return True
    if st.tv.pos[e] == "AUX":
        return True
    if st.tv.pos[e] != "VERB":
        return False
    morph = st.tv.morph
    if "Part" in morph(e, "VerbForm") and "Past" in morph(e, "Tense"):
        return False
    return not st.low[e].endswith(_PARTICIPLE_ENDINGS)  # the tagger may miss the form


def _pair_after(st: State, k: int, sent: Span) -> tuple[list[Party], int] | None:
    """The two parties of "entre A et B" / "entre les deux pays" after token k, and the
    index past the phrase."""
    tv, low = st.tv, st.low
    stop = min(sent.end, k + _WINDOW)
    e = k + 1
    while e < stop and low[e] != "entre":
        if _clause_word(st, e):
            return None
        e += 1
    if e >= stop or e + 3 >= sent.end:
        return None
    if low[e + 1] in _PAIR_DETS and low[e + 2] == "deux":
        pair = pair_of(st, tv.tokens[e + 3])
        return (pair, e + 4) if len(pair) == 2 else None
    end = e + 1
    while end < sent.end and end < e + 12 and tv.pos[end] not in ("VERB", "AUX"):
        if low[end] in (".", ";", ":", "«", "»") or (low[end] == "," and end > e + 1):
            break
        end += 1
    seen: list[str] = []
    for _s, _e, aid in st.res.mentions_in(tv.idx[e + 1], tv.end[end - 1]):
        if aid not in seen:
            seen.append(aid)
    if len(seen) != 2 or "et" not in low[e + 1 : end]:
        return None
    return [Party(st.res.actor_name(a), a, 0, 0, "actor") for a in seen], end


def partner_rows(st: State, sent: Span, rows: list[Row]) -> list[Row]:
    """For each row whose target is a relation "entre" a pair including its holder (or the
    holder's state), a row toward the other member of the pair."""
    out = []
    for r in rows:
        aid = r.holder.actor_id
        if not aid or r.polarity == 0:
            continue
        k = _relation_at(st, r, sent)
        found = _pair_after(st, k, sent) if k is not None else None
        if found is None:
            continue
        pair, end = found
        own = {aid, state_of(st, aid, st.states)}
        ids = [p.actor_id for p in pair]
        if len([i for i in ids if i in own]) != 1:
            continue
        other = next(p for p in pair if p.actor_id not in own)
        start, stop = st.tv.idx[k], st.tv.end[end - 1]
        text = st.article.text[start:stop]
        target = Target(other.name or "", other.actor_id, text, start, stop)
        out.append(Row(r.holder, target, r.polarity, r.cue, r.kind, r.cue_tok))
    return out
