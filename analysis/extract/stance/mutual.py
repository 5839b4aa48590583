"""The two sides of a mutual act and what each shows the other: "X et Y ont rompu leurs
relations", "X et Y se sont rencontrés", "les deux pays ont créé un fonds commun".

Why one module: agreements, joint actions (:mod:`~analysis.extract.stance.acts`), reciprocal
verbs (:mod:`~analysis.extract.stance.reciprocals`), joint decisions
(:mod:`~analysis.extract.stance.accords`) and talks (:mod:`~analysis.extract.stance.meetings`)
all read "two sides, each for the other" the same way: the verb's named holders, else the
pair a plural subject stands for ("les deux dirigeants"), never a person and his own state
(one side named twice). A rupture verb with two subjects and no "avec" partner says nothing
of whom each broke with unless its object is theirs together ("leurs relations").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.holders import holders_of, is_named, pair_subject, state_of
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target

_THEIR = frozenset({"leurs", "leur"})


def theirs(st: State, obj: Token | None) -> bool:
    """``obj`` is determined by "leurs" / "leur" ("leurs relations diplomatiques")."""
    if obj is None:
        return False
    tv = st.tv
    return any(tv.dep[c] == "det" and st.low[c] in _THEIR for c in tv.children[obj.i])


def plural_subject(st: State, t: Token) -> bool:
    """The subject of ``t`` is plural ("les deux dirigeants"): a singular one names one
    side, whatever actors came before."""
    subj = next((c for c in st.tv.children[t.i] if st.tv.dep[c] == "nsubj"), None)
    return subj is not None and "Plur" in st.tv.morph(subj, "Number")


def one_side(st: State, parties: list[Party]) -> bool:
    """The parties are a person and the state he speaks for (one side, named twice)."""
    ids = {p.actor_id for p in parties}
    return len(parties) == 2 and any(state_of(st, a, st.states) in ids for a in ids)


def two_sides(
    st: State, verb: Token, *, named: bool = True, plural: bool = True, exactly: bool = True
) -> list[Party]:
    """The sides of ``verb``'s subject, or [] when they are not two distinct ones.

    ``named`` keeps only named holders; ``plural`` falls back on the pair a plural subject
    stands for ("les deux pays", not "le président kényan"); ``exactly`` refuses more than
    two sides (talks and reciprocal verbs are between two; a joint act may have more).
    """
    parties = holders_of(st, verb)
    if named:
        parties = [p for p in parties if is_named(p)]
    if plural and len(parties) < 2 and plural_subject(st, verb):
        parties = pair_subject(st, verb)
    distinct = len({p.actor_id or p.name for p in parties})
    if distinct < 2 or (exactly and distinct != 2) or one_side(st, parties):
        return []
    return parties


def each_other(
    st: State, parties: list[Party], polarity: int, cue: str, kind: str, t: Token, sent: Span
) -> None:
    """Every party toward every other one."""
    for h in parties:
        for p in parties:
            if h is not p:
                st.add([h], party_target(st, p), polarity, cue, kind, t, sent)
