"""Praise of ties: "X a salué la qualité de la coopération avec Y", "X a vanté nos relations
avec Y", "X a souligné l'importance des relations franco-kényanes" (``stance_acts.yaml``,
``tie_praise``).

Why: a holder who praises a relation with a partner is for that partner, whatever words of
the polar lexicons the sentence lacks; the stance rows already made hold the relation as an
issue, never the partner. The partner is the "avec" complement of the relation noun, or the
other side of "entre X et Y" / of a bilateral adjective when the holder (or the state of
the person holding) is one side: praise of a relation between two others says nothing of the
holder toward either. A praise verb reads the relation or one of its qualities ("la
qualité", "la solidité"); a verb that only shows ("souligner", "rappeler") reads a quality.
A good relation shown by a named holder ("le ministre a rappelé les liens historiques unissant
X et Y") is read by ``voiced_quality``: the holder for the other side, not the sides mutually.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import load_lexicon, matches, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.hedging import in_hypothesis, negated
from analysis.extract.stance.holders import holders_of, is_named, state_of
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target
from analysis.resources.datacache import derived

_OBJECTS = frozenset({"obj", "obl:arg", "obl", "obl:mod"})


@derived
def _words() -> dict[str, frozenset[str]]:
    """The ``tie_praise`` lists of ``stance_acts.yaml`` as sets."""
    d = load_lexicon("stance_acts").get("tie_praise") or {}
    return {k: frozenset(norm(w) for w in d.get(k) or []) for k in ("praise", "show", "qualities")}


def praised_tie(st: State, t: Token, sides: list[Party], sent: Span) -> None:
    """The holder of the verb that praises the relation noun ``t`` (or a quality of it) is
    for the partner: the one side of ``sides`` (the "avec" partner, or "entre X et Y" /
    bilateral sides with the holder as the other) that is not the holder."""
    verb = _praising_verb(st, t)
    if verb is None or not sides:
        return
    for h in holders_of(st, verb):
        if not is_named(h):
            continue
        mine = {h.actor_id or h.name, state_of(st, h.actor_id, st.states)}
        others = [p for p in sides if (p.actor_id or p.name) not in mine]
        if len(others) != 1:
            continue  # a relation between two others: nothing toward either
        cue = f"{norm(verb.lemma_)} {norm(t.text)}"
        st.add([h], party_target(st, others[0]), 1, cue, "relation", verb, sent)


def _praising_verb(st: State, t: Token) -> Token | None:
    """The verb that praises ``t``: a praise verb whose object is ``t`` or a quality of
    ``t`` ("saluer la qualité de la coopération"), or a showing verb whose object is such a
    quality ("souligner l'importance de nos relations"); not negated nor supposed."""
    w = _words()
    node, quality = t, False
    if t.dep_ == "nmod" and t.head.pos_ == "NOUN":
        if norm(t.head.lemma_) not in w["qualities"]:
            return None
        node, quality = t.head, True
    verb = node.head
    if node.dep_ not in _OBJECTS or verb.pos_ != "VERB":
        return None
    words = w["praise"] | w["show"] if quality else w["praise"]
    if not matches(verb, words, st.c) or negated(st, verb) or in_hypothesis(st, verb):
        return None
    return verb


def voiced_quality(st: State, t: Token, sides: list[Party], sent: Span) -> bool:
    """A good relation (``t`` with a quality: "les liens historiques unissant X et Y") that
    is the object of a praise or showing verb with a named holder ("le ministre de X a
    rappelé les liens historiques unissant X et Y"): the holder is for the other side, and the
    two sides are NOT read as each for the other. Returns whether the holder was read.

    Why: the sides' mutual reading credits the other side with the speaker's words; in the
    session-21 batch that read "for" on a state the same sentence accused of a threat."""
    verb = t.head
    if t.dep_ not in _OBJECTS or verb.pos_ != "VERB" or len(sides) != 2:
        return False
    w = _words()
    if not matches(verb, w["praise"] | w["show"], st.c) or negated(st, verb):
        return False
    if in_hypothesis(st, verb):
        return False
    read = False
    for h in holders_of(st, verb):
        if not is_named(h):
            continue
        mine = {h.actor_id or h.name, state_of(st, h.actor_id, st.states)}
        others = [p for p in sides if (p.actor_id or p.name) not in mine]
        if len(others) == 1:
            cue = f"{norm(verb.lemma_)} {norm(t.text)}"
            st.add([h], party_target(st, others[0]), 1, cue, "relation", verb, sent)
            read = True
    return read
