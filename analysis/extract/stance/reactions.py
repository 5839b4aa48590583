"""Who feels a reaction someone caused (session 18, narr): the feelers of "Y a suscité la colère
de X", read by :func:`analysis.extract.stance.feelings.caused_feeling`.

Why: the press names the one who reacts with "de X" right after the feeling noun, but as
often with "de la part de X", "chez X", "au sein de X", "parmi X", "dans les rangs de X" or
"du côté de X" ("la réforme a soulevé une hostilité franche au sein de l'armée", "la décision a
attiré des reproches de la part de X et de Y"), after an adjective set after the noun
("des critiques virulentes de X"), and several at once ("l'inquiétude de X, de Y et de Z").
Each of them reacts to the cause.

Cost: a few tokens after the noun, read only for the nouns of ``caused_feelings``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.quotes.speakers import DE, Party
from analysis.extract.stance.holders import is_named
from analysis.extract.stance.state import State

# the markers of the one who feels a reaction, after the feeling noun (as the parser splits
# them; "de la part d'X" ends on the elided "d'")
_MARKERS: tuple[tuple[str, ...], ...] = (
    ("de", "la", "part"),
    ("dans", "les", "rangs"),
    ("au", "sein"),
    ("du", "côté"),
    ("chez",),
    ("parmi",),
)
# a marker that needs a "de" after it ("au sein de X", "du côté des Y")
_NEEDS_DE = frozenset({"part", "rangs", "sein", "côté"})
# adjectives set after the feeling noun before its feeler ("des critiques virulentes de X")
_MAX_ADJ = 2


def feelers(st: State, t: Token, sent: Span) -> list[Party]:
    """The named actors who feel the reaction noun ``t``: after "de" or a marker of the
    feeler, each member of a coordination."""
    low, pos = st.low, st.tv.pos
    k = t.i + 1
    while k < sent.end and k <= t.i + _MAX_ADJ and pos[k] == "ADJ":
        k += 1
    if k >= sent.end:
        return []
    start = _after_marker(low, k, sent.end)
    if start is None:
        if low[k] not in DE:
            return []
        start = k + 1
    rng = st.res.np_after(start, sent.end)
    if not rng:
        return []
    out = []
    for n, (a0, b0) in enumerate(_de_conjuncts(low, rng[0], _past_de_members(st, rng[1], sent))):
        for a, b in st.res.split_coordination(a0, b0):
            p = st.res.party(a, b)
            if p is not None and is_named(p) and (not n or _named_member(st, a0, b0, p)):
                out.append(p)  # "de X et d'autres pays du Pacifique": no feeler "Pacifique"
    return out


def _de_conjuncts(low: list[str], i: int, j: int) -> list[tuple[int, int]]:
    """ "X et de Y", "X, de Y et de Z": the pieces of a list whose members each repeat "de"
    (:meth:`split_coordination` cuts only before a determiner or a name), without their "de"."""
    out, a = [], i
    for k in range(i + 1, j - 1):
        if low[k] in ("et", "ou", ",") and low[k + 1] in DE:
            out.append((a, k))
            a = k + 2
    out.append((a, j))
    return [(x, y) for x, y in out if y > x]


def _past_de_members(st: State, j: int, sent: Span) -> int:
    """The end of the feeler phrase ending at ``j`` carried over the members a comma or
    "et" adds with a "de" of their own ("l'inquiétude de X, des Y et d'autres pays"): the
    noun phrase stops at the comma, the list goes on."""
    low = st.low
    for _ in range(4):
        if j + 1 >= sent.end or low[j] not in (",", "et") or low[j + 1] not in DE:
            return j
        rng = st.res.np_after(j + 2, sent.end)
        if not rng or rng[0] != j + 2 or not _named_member(st, *rng, st.res.party(*rng)):
            return j
        j = rng[1]
    return j


def _named_member(st: State, i: int, j: int, p: Party | None) -> bool:
    """The party ``p`` read in the member [i, j) is the member itself: its first word past the
    determiners is a name or inside an actor's mention ("des États-Unis", "de l'Union
    africaine"), not a common noun with a name in its complement ("d'autres pays du
    Pacifique": no feeler "Pacifique")."""
    k = i
    while k < j - 1 and st.tv.pos[k] == "DET":
        k += 1
    if p is None or not is_named(p):
        return False
    at = st.tv.idx[k]
    return st.tv.pos[k] == "PROPN" or any(s <= at < e for s, e, _a in st.res.mentions_in(at, p.end))


def _after_marker(low: list[str], k: int, end: int) -> int | None:
    """Where the feeler's phrase starts after a marker at token ``k`` (None without one)."""
    for seq in _MARKERS:
        n = len(seq)
        if tuple(low[k : k + n]) != seq:
            continue
        m = k + n
        if seq[-1] in _NEEDS_DE:
            if m >= end or low[m] not in DE:
                return None
            m += 1
        return m if m < end else None
    return None
