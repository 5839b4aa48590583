"""Frictions that end: reconciliation (``stance_acts.yaml``, ``reconciliation``).

"X et Y ont mis fin à leur brouille", "X a tourné la page de la crise avec Y", "la brouille
entre X et Y a pris fin": a friction noun is read as a friction (the sides against each
other) unless a verb above it ends it; then the sides are for each other — reading it as a
friction gave the opposite sign. An end wished, asked or attempted ("le Qatar tente de
résoudre la crise entre X et Y", "Paris appelle à mettre fin aux tensions") says neither that
the friction ended nor that it goes on as before: no row.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

from analysis.extract.cues import load_lexicon, matches, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.hedging import in_hypothesis, negated
from analysis.extract.stance.holders import holders_of, is_named
from analysis.extract.stance.state import State, heads_above
from analysis.resources.datacache import derived

# how the friction hangs under the verb that ends it: as its object or complement ("mettre
# fin à la brouille", "tourner la page de la crise"), or as its subject ("la crise a pris fin")
_COMPLEMENTS = frozenset({"obj", "obl", "obl:arg", "obl:mod", "nmod"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})

Ending = tuple[Literal["ended", "sought"], Token]


@derived
def _words() -> dict[str, frozenset[str]]:
    """The ``reconciliation`` lists of ``stance_acts.yaml`` as sets."""
    d = load_lexicon("stance_acts").get("reconciliation") or {}
    return {k: frozenset(norm(w) for w in d.get(k) or []) for k in ("verbs", "ends", "sought")}


def ending(st: State, t: Token) -> Ending | None:
    """How the friction noun ``t`` is ended: ("ended", verb) when a verb at most three heads
    up ends it and is neither negated nor in a "si" clause; ("sought", verb) when that end
    is only asked, wished or attempted (a verb of seeking above it); None when nothing ends
    it ("n'ont pas réussi à mettre fin à la crise": the friction stands)."""
    w = _words()
    sought = w["sought"] | st.c.demand_verbs
    below = t
    for h in heads_above(t, 3):
        if h.pos_ in ("VERB", "AUX"):
            ends_it = (below.dep_ in _COMPLEMENTS and matches(h, w["verbs"], st.c)) or (
                below.dep_ in _SUBJECTS and below is t and matches(h, w["ends"], st.c)
            )
            if not ends_it:
                return None  # the nearest verb is not an ending one
            if negated(st, h):
                return None
            if in_hypothesis(st, h) or any(
                v.pos_ == "VERB" and matches(v, sought, st.c) for v in heads_above(h, 2)
            ):
                return "sought", h
            return "ended", h
        below = h
    return None


def reconciled_subjects(st: State, verb: Token) -> list[Party]:
    """The two named subjects of the verb that ends the friction ("X et Y ont mis fin à leur
    brouille"), else none: a friction ended by one side alone names no partner."""
    named = [p for p in holders_of(st, verb) if is_named(p)]
    return named if len({p.actor_id or p.name for p in named}) == 2 else []
