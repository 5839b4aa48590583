"""A title and the name in apposition to it designate one person: the name decides.

"Le conseiller américain à la Sécurité nationale X", "la porte-parole du gouvernement, Y":
when the title (the phrase's head) is itself a mention of one person — a description the
coreference linked to someone named earlier ("le conseiller américain" taken for the
president) — and a person is *named* in apposition to that head, the phrase designates the
named person. A name further down, inside a complement of the title ("le conseiller du
président Z"), is another person: only a name whose first word hangs on the head itself
(apposition, flat name, or a bare noun-phrase modifier with no preposition), or follows it
with no other title between them nor a preposition right before it, counts.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from analysis.extract.cues import norm

# dependency labels that join a name to the title it names
_APPOSED = frozenset(("appos", "flat:name", "flat", "nmod"))


def appositive_name(
    tv,
    head_i: int,
    head_aid: str,
    mentions: list[tuple[int, int, str]],
    person: Callable[[str], bool],
    roles=frozenset(),
) -> str | None:
    """The person named in apposition to the head token ``head_i`` (whose mention is of
    ``head_aid``), when it is another person; None otherwise."""
    if not person(head_aid):
        return None
    for s, _e, aid in mentions:
        if aid == head_aid or not person(aid):
            continue
        k = _token_at(tv, s)
        if k is None or k <= head_i:
            continue
        if tv.head[k] == head_i and tv.dep[k] in _APPOSED:
            if not any(tv.pos[c] == "ADP" for c in tv.children[k]):
                return aid  # (with a preposition: "le conseiller du président Z")
            continue
        if _apposed_linearly(tv, head_i, k, roles):
            return aid
    return None


def _apposed_linearly(tv, head_i: int, k: int, roles) -> bool:
    """The name at token ``k`` follows the title at ``head_i`` with no other title between
    them and no preposition or determiner right before it: "le conseiller japonais à la
    Défense Z" (the parser may hang Z anywhere), not "le conseiller du président Z" (Z is
    the president) nor "le conseiller de Z"."""
    if tv.pos[k - 1] in ("ADP", "DET"):
        return False
    return not any(norm(tv.text[m]) in roles for m in range(head_i + 1, k))


def _token_at(tv, start: int) -> int | None:
    """The index of the token starting at character ``start``."""
    k = bisect.bisect_left(tv.idx, start)
    return k if k < len(tv.idx) and tv.idx[k] == start else None
