"""Whose is "son / sa / leur N" after a verb of reproach: "X reproche à Y son soutien à Z",
"X conteste à Y son droit de …", "X ne pardonne pas à Y son rapprochement avec Z": the
possessive refers to Y, the "à" complement, not to the subject X.

Why: a stance noun with a possessive takes the subject of its carrying verb as holder
("X a réitéré son soutien à Z"), which after these verbs made X hold Y's stance — "X
reproche à Y son soutien à Z" gave X for Z, the opposite of what X thinks. The construction,
whatever the words: a verb of ``_ASCRIBING`` with an "à" complement naming an actor before
the possessed noun. Other verbs keep the subject ("X a apporté à Y son soutien", "X refuse à
Y son aide": X's own).

Also here (lexical.py is at its size limit): a support noun given "contre Y" ("son soutien
contre les groupes armés") is against Y, not for it (:func:`against_sign`).
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.cues import matches
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.holders import is_named
from analysis.extract.stance.state import State

# verbs whose "à Y" complement owns the possessed object ("reprocher à Y son …")
_ASCRIBING = frozenset({"reprocher", "pardonner", "contester", "dénier", "envier", "imputer"})
_THIRD_POSS = frozenset({"son", "sa", "ses", "leur", "leurs"})


def possessor(st: State, noun: Token, verb: Token) -> Party | None:
    """The "à Y" complement of ``verb`` when it owns ``noun``'s possessive (see the module)."""
    if not matches(verb, _ASCRIBING, st.c):  # the parser's lemma may be "reproche"
        return None
    if not any(st.low[c.i] in _THIRD_POSS and c.dep_ == "det" for c in noun.children):
        return None
    for k in range(verb.i + 1, noun.i):
        if st.low[k] in ("à", "au", "aux"):
            rng = st.res.np_after(k + 1 if st.low[k] == "à" else k, noun.i)
            p = st.res.party(*rng) if rng else None
            if p is not None and is_named(p):
                return p
    return None


def owners(st: State, noun: Token, verb: Token, holders: list[Party]) -> list[Party]:
    """``holders`` of a possessed stance noun, or the "à Y" owner (:func:`possessor`)."""
    owner = possessor(st, noun, verb) if holders else None
    return [owner] if owner is not None else holders


def against_sign(st: State, prep: int, polarity: int) -> int:
    """A support noun whose target follows "contre" ("son soutien / son aide contre Y") is
    given against Y: -1, not +1."""
    return -1 if polarity > 0 and st.low[prep] == "contre" else polarity
