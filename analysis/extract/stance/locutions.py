"""Targets cut from a prepositional locution: the noun of "face à", "à l'égard de", "en vue de",
"à la suite de", "au passage" … read as if it were the thing a stance is about.

The parser takes such a noun for an ordinary one: "X a protesté auprès de Y suite aux
propos …" gives the target "Y suite", "X a exprimé son mécontentement face au choix de Y"
gives "face au choix de Y", "X a exhorté les parties à œuvrer en vue de …" gives "vue".
Three cases, whatever the rule that found the row:

* the locution noun ends the target and its preposition follows ("Y suite", "la coopération
  face"): the noun is cut off (the target is what comes before it);
* a relational locution opens the target ("à l'égard de Y", "face à Y", "en faveur de Y",
  "à l'encontre de Y", "au sujet de Y"): the target is Y, with the row's sign (a stance
  toward what the locution points at);
* a circumstantial locution inside the target ends it ("le peuple Y à la suite de Z": "le
  peuple Y");
* a circumstantial locution opens the target ("en vue de", "au passage", "à la suite de",
  "à la lumière de", "dans le cadre de", "en raison de", "au détriment de" …): it says when,
  why or to whose loss, never what the stance is about — the row is dropped (its sign says
  nothing of the complement: sympathy "à la suite d'un attentat" is not for the attack);
  but a cue after the locution qualifies its complement ("au détriment de Y, soutenu par
  X": X supports Y), which becomes the target.

Why apart from :mod:`analysis.extract.stance.targets` (at its size limit): a pass over the rows
of every rule, after they are found.
"""

from __future__ import annotations

from spacy.tokens import Span

from analysis.extract.stance.records import Row, Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import target_range, with_conjuncts

# the words before the noun in each locution (lower case, as tokenised); () = none needed when
# the preposition follows ("face à", "suite à")
_RELATIONAL: dict[str, tuple[tuple[str, ...], ...]] = {
    "égard": (("à", "l'"), ("à", "l’")),
    "endroit": (("à", "l'"), ("à", "l’")),
    "encontre": (("à", "l'"), ("à", "l’")),
    "face": ((),),
    "faveur": (("en",),),
    "sujet": (("au",),),
    "propos": (("à",),),
}
_CIRCUMSTANTIAL: dict[str, tuple[tuple[str, ...], ...]] = {
    "vue": (("en",),),
    "passage": (("au",),),
    "suite": (("à", "la"), ()),
    "lumière": (("à", "la"),),
    "cadre": (("dans", "le"),),
    "occasion": (("à", "l'"), ("à", "l’")),
    "issue": (("à", "l'"), ("à", "l’")),
    "raison": (("en",),),
    "dépit": (("en",),),
    "détriment": (("au",),),
    "instar": (("à", "l'"), ("à", "l’")),
    "lieu": (("au",),),
    "cours": (("au",),),
}
# what follows the noun of a locution
_AFTER = frozenset({"à", "au", "aux", "de", "d'", "d’", "du", "des"})
# the nouns cut off the end of a target when their preposition follows
_TRAILING = frozenset({"face", "suite", "vue", "égard", "faveur", "détriment", "lumière"})
# what precedes a locution noun at the end of a target ("Y en vue", "Y à la suite")
_LEAD_WORDS = frozenset({"en", "à", "au", "la", "le", "l'", "l’", "dans"})
# articles and prepositions a target may open with before its first content word
_OPENERS = frozenset({"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’"})
_OPENERS |= {"à", "au", "aux", "en", "dans"}


def _in_locution(st: State, i: int, table: dict[str, tuple[tuple[str, ...], ...]]) -> bool:
    """Token ``i`` is the noun of a locution of ``table``: its words before it are in place
    (or none are needed) and its preposition follows ("face au", "à l'égard des")."""
    forms = table.get(st.low[i])
    if forms is None:
        return False
    if i + 1 >= len(st.low) or st.low[i + 1] not in _AFTER:
        return st.low[i] == "passage" and _prefixed(st, i, ("au",))  # "au passage" stands alone
    bare = st.low[i + 1] in ("à", "au", "aux")  # "face à Y", "suite aux propos de Y"
    return any(_prefixed(st, i, before) if before else bare for before in forms)


def _prefixed(st: State, i: int, before: tuple[str, ...]) -> bool:
    n = len(before)
    return i - n >= 0 and tuple(st.low[i - n : i]) == before


def _first_word(st: State, span: Span) -> int | None:
    for t in span:
        if st.low[t.i] not in _OPENERS:
            return t.i
    return None


def _complement(st: State, i: int, end: int) -> Target | None:
    """The noun phrase after the locution noun ``i`` and its preposition."""
    k = i + 1
    while k < end and st.low[k] in _AFTER | {"l'", "l’", "la", "le", "les"}:
        k += 1
    if k >= end or st.tv.pos[k] not in ("NOUN", "PROPN", "ADJ", "VERB"):
        return None
    head = st.doc[k]
    a, b = st.res.chunk(head, pps=True, appos=False)  # (from k: the parser may hang the
    t = target_range(st, max(a, k), with_conjuncts(st, max(a, k), b), head)  # locution on it)
    return t if t.end > t.start else None


def _trimmed(st: State, span: Span, t: Target) -> Target | None:
    """``t`` without a locution noun that ends it ("Y suite" → "Y"), None when nothing is
    left or no locution noun ends it."""
    last = span[-1].i
    if st.low[last] not in _TRAILING or last + 1 >= len(st.low) or st.low[last + 1] not in _AFTER:
        return None
    k = last - 1
    while k >= span.start and st.low[k] in _LEAD_WORDS:
        k -= 1
    if k < span.start:
        return None
    end = st.tv.idx[k] + len(st.tv.text[k])
    text = st.article.text[t.start : end]
    name = t.name if t.actor_id else text
    return Target(name, t.actor_id, text, t.start, end)


def _cut_circumstance(st: State, span: Span, t: Target, first: int | None) -> Target | None:
    """``t`` up to a circumstantial locution inside it ("le peuple Y à la suite de Z" → "le
    peuple Y"), None when there is none."""
    if first is None:
        return None
    for k in range(first + 1, span.end):
        if not _in_locution(st, k, _CIRCUMSTANTIAL):
            continue
        j = k - 1
        while j > first and st.low[j] in _LEAD_WORDS:
            j -= 1
        end = st.tv.idx[j] + len(st.tv.text[j])
        text = st.article.text[t.start : end].rstrip(" ,")
        return Target(
            t.name if t.actor_id else text, t.actor_id, text, t.start, t.start + len(text)
        )
    return None


def _opening(st: State, r: Row, first: int | None) -> str:
    """What a locution opening the target is for the row: "circumstance" (when, why or to
    whose loss the cue holds), "pointer" (it points at its complement: a relational
    locution, or a circumstantial one the cue comes after, "au détriment de Y, soutenu par X"),
    else ""."""
    if first is None:
        return ""
    if _in_locution(st, first, _CIRCUMSTANTIAL):
        return "circumstance" if r.cue_tok.i < first else "pointer"
    return "pointer" if _in_locution(st, first, _RELATIONAL) else ""


def locution_targets(st: State, rows: list[Row]) -> list[Row]:
    """Rows whose target is a locution's noun: trimmed, moved to the complement, or dropped
    (module docstring)."""
    out = []
    for r in rows:
        t = r.target
        span = (
            st.doc.char_span(t.start, t.end, alignment_mode="expand") if t.end > t.start else None
        )
        if span is None or not len(span):
            out.append(r)
            continue
        first = _first_word(st, span)
        reading = _opening(st, r, first)
        if reading == "circumstance":
            continue
        if reading == "pointer" and first is not None:
            moved = _complement(st, first, span.end)
            if moved is None:
                nxt = min(len(st.low), span.end + 4)
                moved = _complement(st, first, nxt) if first == span.end - 1 else None
            if moved is None or (moved.actor_id and moved.actor_id == r.holder.actor_id):
                continue
            r.target = moved
            out.append(r)
            continue
        trimmed = _trimmed(st, span, t) or _cut_circumstance(st, span, t, first)
        if trimmed is not None:
            r.target = trimmed
        out.append(r)
    return out
