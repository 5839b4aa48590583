"""A target phrase cut inside "entre X et Y" ("les liens entre X", "les échanges entre la
capitale X", "le partenariat « stratégique » entre X"): the phrase runs to the last member of
the coordination, never stops after the first one.

Why: "entre" needs two members, so a phrase that ends on "entre X" right before "et Y" (or
", Y et Z") is always cut, the chunker having stopped at the conjunction; the relation,
exchange or partnership the rule read is about both, and a reader wants both named. Only
when the range itself ends on the first member (nothing after it), and only over noun
phrases (a verb after "et" opens a clause of its own).
"""

from __future__ import annotations

from analysis.extract.stance.state import State

_GLUE = frozenset({"et", ","})
# the words a member may open with before its noun
_OPENING = ("DET", "ADJ", "NUM")
# the members after the first one taken along, at most
_MAX_MEMBERS = 3


def through_members(st: State, i: int, j: int) -> int:
    """The end of [i, j) carried over the members of an "entre" coordination it cuts (see
    the module); ``j`` when it cuts none, when the first member is plural already ("entre
    les deux pays", "entre eux") or when no "et" closes the members (", un an après ...")."""
    low, pos = st.low, st.tv.pos
    entre = next((k for k in range(j - 1, i - 1, -1) if low[k] == "entre"), None)
    if entre is None or any(low[k] in _GLUE for k in range(entre + 1, j)):
        return j
    if any("Plur" in st.tv.morph(k, "Number") for k in range(entre + 1, j) if pos[k] == "NOUN"):
        return j
    end = st.res.sent_end(i)
    stop = j
    for _ in range(_MAX_MEMBERS):
        k = stop
        while k < end and low[k] in ('"', "»", "”"):
            k += 1
        if k >= end or low[k] not in _GLUE:
            return j
        m = k + 1
        while m < end and pos[m] in _OPENING:
            m += 1
        if m >= end or pos[m] not in ("NOUN", "PROPN"):
            return j
        stop = max(m + 1, st.res.chunk(st.tv.tokens[m], pps=False, appos=False)[1])
        if low[k] == "et":
            return stop
    return j
