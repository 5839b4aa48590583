"""How far a stance's target reaches: past its head to the actors coordinated with it, to the
adversary a support is given against, and from a bare adjective to the phrase it qualifies.

Why: the rules read one head word as a stance's target, while French often names several
targets in one phrase or a second, opposite one right after the first:

* "X soutient le Maroc et la Tunisie", "X a condamné l'Iran et la Russie": every actor
  coordinated with the target's head is a target of the same stance;
* "X se tient aux côtés de Y face au terrorisme", "X soutient Y contre Z", "son soutien à Y
  dans sa lutte contre Z": a support given against something opposes it;
* "X a convoqué l'ambassadeur iranien": a target read off a nationality adjective is the
  state, but its text is the phrase the adjective qualifies ("l'ambassadeur iranien"), not
  the adjective alone.

These run on the rows of one sentence, after the token rules (:mod:`finder`).
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span

from analysis.extract.stance.records import Row, Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import label, prep_np, target_np

# the kinds of rows whose target a coordination or an adversary extends: stances stated by
# a cue word (not quotations, whose targets are every name they mention)
_EXTENDED_KINDS = frozenset({"verb", "noun", "readiness", "appreciation", "demand", "relation"})

# the words that join coordinated targets (a conjunct with another coordinator, "ou", "ni",
# "mais", is no second target of the same stance)
_AND = frozenset({"et", ",", "ainsi"})

# "face à / contre Y" after a support: Y is what the support is given against
_ADVERSARY_PREPS = ("face à", "contre")

# words that open another clause between a target and a later "contre" ("X soutient Y, qui
# lutte contre Z": Z is Y's adversary, not X's)
_CLAUSE_OPENERS = frozenset({"qui", "que", "qu'", "dont", "où", "lequel", "laquelle"})


def extended(st: State, sent: Span, rows: list[Row]) -> list[Row]:
    """The rows of the sentence with their targets widened (adjectives) and the rows their
    coordinated and adversary targets add."""
    out = []
    for r in rows:
        _adjective_phrase(st, r.target)
        out.append(r)
        if r.kind not in _EXTENDED_KINDS:
            continue
        out += coordinated(st, sent, r)
        out += adversaries(st, sent, r)
    return out


def _token_index(st: State, offset: int) -> int:
    """Index of the token starting at or covering ``offset``."""
    return max(0, bisect.bisect_right(st.tv.idx, offset) - 1)


def _mention_root(st: State, start: int, end: int) -> int:
    """The token of the mention [start, end) whose head lies outside it (its syntactic root)."""
    tv = st.tv
    k = _token_index(st, start)
    first = k
    while k + 1 < len(tv.idx) and tv.idx[k + 1] < end:
        k += 1
    for i in range(first, k + 1):
        if not first <= tv.head[i] <= k:
            return i
    return first


def coordinated(st: State, sent: Span, r: Row) -> list[Row]:
    """ "X soutient le Maroc et la Tunisie": a row for every actor coordinated (by "et" or a
    comma) with the head of an actor target, with the same holder, sign and cue; never the
    holder itself."""
    t = r.target
    if not t.actor_id:
        return []
    spot = next(((s, e) for s, e, a in st.res.mentions_in(t.start, t.end) if a == t.actor_id), None)
    if spot is None:
        return []
    tv = st.tv
    out = []
    seen = {t.actor_id, r.holder.actor_id}
    for k in _conjuncts(st, sent, _mention_root(st, *spot)):
        p = st.res.np_party(tv.tokens[k])
        if not p.identified or not p.actor_id or p.actor_id in seen:
            continue
        if st.res.in_quote(p.start) != st.res.in_quote(t.start):
            continue
        seen.add(p.actor_id)
        text = st.article.text[p.start : p.end]
        target = Target(st.res.actor_name(p.actor_id), p.actor_id, text, p.start, p.end)
        out.append(Row(r.holder, target, r.polarity, r.cue, r.kind, r.cue_tok))
    return out


def _conjuncts(st: State, sent: Span, root: int) -> list[int]:
    """The heads of the noun phrases coordinated right after the phrase of ``root`` ("le
    Maroc, la Tunisie et l'Égypte"), read linearly: a comma or "et" ("ainsi que"), then a
    noun phrase whose head the parse calls a conjunct of ``root`` or of the word ``root``
    depends on (the parser often hangs "et la Tunisie" on the verb). "ou", "ni", "mais" or
    any other word between them stops the list."""
    tv, low = st.tv, st.low
    out: list[int] = []
    j = st.res.chunk(tv.tokens[root], pps=False, appos=False)[1]
    while j < sent.end:
        m, joined = j, False
        while m < sent.end and (low[m] in _AND or low[m] == "que" or tv.pos[m] == "DET"):
            joined = joined or low[m] in _AND
            m += 1
        k = m
        while k < sent.end and k < m + 3 and tv.pos[k] in ("ADJ", "NUM"):
            k += 1
        if not joined or k >= sent.end or tv.pos[k] not in ("PROPN", "NOUN"):
            break
        if not _conjunct_of(st, k, {root, *out}) and not _sibling(st, k, root):
            break
        if not _joined_by_and(st, k):
            break
        out.append(k)
        j = max(k + 1, st.res.chunk(tv.tokens[k], pps=False, appos=False)[1])
    return out


def _conjunct_of(st: State, k: int, anchors: set[int]) -> bool:
    """Token ``k`` is a conjunct of one of ``anchors`` (the target's head and the conjuncts
    found before it), directly or through other conjuncts ("X, Y et Z")."""
    tv = st.tv
    for _ in range(6):
        if tv.dep[k] != "conj":
            return False
        k = tv.head[k]
        if k in anchors:
            return True
    return False


def _sibling(st: State, k: int, root: int) -> bool:
    """Token ``k`` hangs on the word ``root`` depends on, as its conjunct or with the same
    function ("soutient le Maroc, la Tunisie": two objects of one verb)."""
    tv = st.tv
    return tv.head[k] == tv.head[root] != root and tv.dep[k] in ("conj", tv.dep[root])


def _joined_by_and(st: State, k: int) -> bool:
    """The conjunct at ``k`` is joined by "et", "ainsi que" or a comma, not by "ou", "ni" or
    "mais"."""
    cc = [c for c in st.tv.children[k] if st.tv.dep[c] == "cc"]
    return all(st.low[c] in _AND for c in cc)


def adversaries(st: State, sent: Span, r: Row) -> list[Row]:
    """ "X se tient aux côtés de Y face au terrorisme", "X soutient Y contre Z": a support
    given "face à"/"contre" something opposes it (-1), held by the supporter. Only after a
    support (+1): "X condamne l'attaque contre Y" says nothing of Y."""
    if r.polarity <= 0:
        return []
    t = r.target
    after = _token_index(st, t.start) + 1
    hit = prep_np(st, after, _ADVERSARY_PREPS, sent, window=8)
    if hit is None:
        return []
    if any(st.low[k] in _CLAUSE_OPENERS for k in range(after, hit[0])):
        return []
    foe = target_np(st, hit[1])
    if foe.actor_id is None and not st.is_issue(foe):
        return []
    if foe.actor_id and foe.actor_id in (r.holder.actor_id, t.actor_id):
        return []
    if st.res.in_quote(foe.start) != st.res.in_quote(r.cue_tok.idx):
        return []
    prep = st.tv.idx[hit[0]]
    if t.actor_id is None and t.start < prep < t.end:
        # "la Tunisie face au terrorisme" read as one issue: the supported part alone
        cut = st.article.text[t.start : prep]
        r.target = Target(t.name, t.actor_id, cut.rstrip(), t.start, t.start + len(cut.rstrip()))
    return [Row(r.holder, foe, -1, r.cue, r.kind, r.cue_tok)]


def _adjective_phrase(st: State, t: Target) -> None:
    """ "l'ambassadeur iranien": a target read off a lower-case adjective (its state) keeps
    the phrase the adjective qualifies as its text (the noun and its adjectives)."""
    if t.end - t.start > 40:
        return
    k = _token_index(st, t.start)
    tv = st.tv
    if tv.idx[k] != t.start or tv.end[k] != t.end or tv.pos[k] != "ADJ":
        return
    if not tv.text[k][:1].islower():
        return
    noun = tv.head[k]
    if tv.pos[noun] not in ("NOUN", "PROPN") or noun == k:
        return
    i, j = st.res.chunk(tv.tokens[noun], pps=False, appos=False)
    if not i <= k < j:
        return
    # the phrase opens at its last determiner before the noun ("déclarer persona non grata
    # l'ambassadrice mexicaine": not "grata")
    i = max((d for d in range(i, noun) if tv.pos[d] == "DET"), default=i)
    t.start, t.end = tv.idx[i], tv.end[j - 1]
    t.text = st.article.text[t.start : t.end]
    if not t.name:
        t.name = label(st, t.text)
