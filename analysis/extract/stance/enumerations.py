"""Enumerations of named actors: "la Russie, la Chine et l'Inde ont condamné …", "l'ONU, les
États-Unis et l'Union européenne ont demandé …".

Why: the coordination splitter of the speaker resolver cuts a phrase at its conjunction ("et",
"ou", "ainsi que") only, so the members of a list before the last one, parted by commas, stay
one phrase named after its first member: the middle members of every list of three or more
were lost as holders. Commas also part a name from its apposition ("X, le président
français, et Y"), so a phrase is cut at its commas only when every piece is itself a proper
name with its own article at most ("la Chine", "les États-Unis", "Pékin") naming a different
actor — an apposition headed by a common noun ("le président français", "ministre de …")
never is one.
"""

from __future__ import annotations

import bisect

from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.state import State

# the determiners a listed name may open with
_ARTICLES = frozenset({"le", "la", "les", "l'", "l’"})
# the words that part two members of a list
_SEPARATORS = frozenset({",", "et", "ou"})


def enumerated(st: State, parties: list[Party]) -> list[Party]:
    """``parties`` (the coordinated subjects found, in the order of the text) with the
    members of the list between two of them that were left out ("A, B et C" found as A and
    C): each gap made only of separators and names of their own is read as those names."""
    if len(parties) < 2:
        return parties
    out = [*_before(st, parties[0]), parties[0]]
    for prev, nxt in zip(parties, parties[1:], strict=False):
        for m in _between(st, prev, nxt):
            if all(m.actor_id != q.actor_id for q in out + [nxt]):
                out.append(m)
        out.append(nxt)
    return out


def _between(st: State, prev: Party, nxt: Party) -> list[Party]:
    """The names listed after ``prev`` and before ``nxt`` (none unless the stretch from
    ``prev`` to ``nxt`` is a list: separators and pieces that each open with a proper name,
    the first naming ``prev``, the others each a different actor). The phrase found for
    ``prev`` may run over the members after it ("La Norvège, la Suède" named Norvège)."""
    if prev.end >= nxt.start or not prev.actor_id or not nxt.actor_id:
        return []
    gap = st.article.nlp_text[prev.start : nxt.start]
    if "," not in gap or not 3 < len(gap) < 240:
        return []
    span = st.doc.char_span(prev.start, nxt.start, alignment_mode="contract")
    if span is None or not len(span):
        return []
    low, pos = st.low, st.tv.pos
    pieces, a = [], span.start
    for k in range(span.start, span.end + 1):
        if k == span.end or low[k] in _SEPARATORS:
            if k > a:
                pieces.append((a, k))
            a = k + 1
    members: list[Party] = []
    for n, (i, j) in enumerate(pieces):
        first = i + 1 if low[i] in _ARTICLES else i
        if first >= j or pos[first] != "PROPN":
            return []  # "le président français", "ministre de …": an apposition
        m = st.res.party(i, j)
        if n == 0:
            if m.actor_id != prev.actor_id:
                return []
            continue
        if not m.actor_id or m.actor_id in (prev.actor_id, nxt.actor_id):
            return []
        members.append(m)
    return members


def _before(st: State, first: Party) -> list[Party]:
    """The names listed from the start of the sentence up to the first coordinated party
    found ("L'ONU, la Finlande et l'UE ont salué …" parsed with "la Finlande" as the head):
    only when every piece of that stretch is a name of its own."""
    k = bisect.bisect_left(st.tv.idx, first.start)
    lo = st.res.sent_start(k) if k < len(st.tv.idx) else k
    if k - lo < 3 or st.low[k - 1] != ",":
        return []
    low, pos = st.low, st.tv.pos
    pieces, a = [], lo
    for m in range(lo, k):
        if low[m] in _SEPARATORS:
            if m > a:
                pieces.append((a, m))
            a = m + 1
    members: list[Party] = []
    for i, j in pieces:
        head = i + 1 if low[i] in _ARTICLES else i
        if head >= j or pos[head] != "PROPN":
            return []
        m = st.res.party(i, j)
        if not m.actor_id or m.actor_id == first.actor_id:
            return []
        members.append(m)
    return members
