"""Joint decisions stated in the narration (``stance_acts.yaml``: ``joint_decisions``;
session 13 part 2).

"X et Y ont convenu d'intensifier leurs efforts", "X et Y se sont entendus pour relancer le
dialogue", "X et Y sont tombés d'accord sur un calendrier": two or more parties named as
one subject decide together, so each is for the others (+1), whatever the agreed act —
unless that act is a rupture or a hostile act ("ont convenu de suspendre leurs relations"),
or the agreement is denied ("n'ont pas réussi à s'entendre", "ne se sont pas mis
d'accord"): then no row.

Why apart from :mod:`analysis.extract.stance.acts` (``joint_action``, ``agreement``): those
need a joint marker or an agreement noun in the object; here the verb itself says the
agreement.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, matches, norm
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.mutual import each_other, two_sides
from analysis.extract.stance.state import State

_ACCORD = frozenset({"d'accord", "accord"})


def _lists(c: Cues) -> dict:
    return c.acts.get("joint_decisions") or {}


def _verbs(c: Cues) -> frozenset[str]:
    m = _lists(c)
    return frozenset().union(*(m.get(k, frozenset()) for k in ("verbs", "reflexive", "locution")))


def _agreeing(st: State, t: Token) -> bool:
    """The verb says an agreement: "convenir", "s'entendre", "se mettre d'accord"."""
    m = _lists(st.c)
    if matches(t, m.get("verbs", frozenset()), st.c):
        return True
    if matches(t, m.get("reflexive", frozenset()), st.c):
        return any(st.low[ch.i] in ("se", "s'") for ch in t.children)
    if matches(t, m.get("locution", frozenset()), st.c):
        nxt = " ".join(st.low[t.i + 1 : t.i + 3]).replace("' ", "'")
        return (
            nxt.startswith("d'accord")
            or st.low[t.i + 1 : t.i + 2] == ["d'"]
            and (st.low[t.i + 2 : t.i + 3] == ["accord"])
        )
    return False


def _hostile_complement(st: State, t: Token) -> bool:
    """The agreed act is a rupture or a hostile act ("convenu de suspendre leurs liens")."""
    acts = st.c.acts
    bad = acts["ruptures"]["verbs"] | acts["hostile_acts"]["verbs"]
    for ch in t.children:
        if ch.pos_ == "VERB" and ch.i > t.i and matches(ch, bad, st.c):
            return True
    return False


@detector(pos={"VERB", "AUX", "ADJ"}, words=_verbs)
def joint_decision(st: State, t: Token, sent: Span) -> None:
    """ "X et Y ont convenu de …", "X et Y se sont entendus pour …": see the docstring."""
    if not _agreeing(st, t) or negated(st, t) or _hostile_complement(st, t):
        return
    if st.quote_start_at(t.idx) is not None:
        return
    parties = two_sides(st, t, plural=False, exactly=False)
    if not parties:
        return
    each_other(st, parties, 1, norm(t.lemma_), "agreement", t, sent)
