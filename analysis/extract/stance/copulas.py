"""French copulas besides "être": "rester", "demeurer", "devenir", "sembler", "paraître",
"s'avérer", "se révéler", "apparaître comme" (``copula_verbs`` of ``stance_evaluative.yaml``).

Why: the parser gives "être" a ``cop`` dependency on its predicate, but reads the other
copulas as verbs with the predicate as their ``xcomp`` ("l'aide de X reste précieuse",
"cette mesure semble inacceptable", "le rôle de X s'avère essentiel"), their object ("X
demeure un partenaire") or a "comme" complement ("cette offre apparaît comme une erreur").
A rule that reads "être + adjective" reads these alike through :func:`copular_verb`: the
verb stands where the copula's predicate would hold the subject and the negation.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.cues import load_lexicon, matches, norm
from analysis.extract.stance.state import State
from analysis.resources.datacache import derived

_REFLEXIVE = frozenset({"se", "s'", "me", "m'", "te", "t'", "nous", "vous"})
_PREDICATE_DEPS = frozenset({"xcomp", "obj"})


@derived
def copula_verbs() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The ``copula_verbs`` of ``stance_evaluative.yaml`` as three sets of lemmas: plain
    ("rester"), reflexive ("s'avérer": "avérer") and those with "comme" ("apparaître")."""
    plain, reflexive, comme = set(), set(), set()
    for entry in load_lexicon("stance_evaluative").get("copula_verbs") or []:
        word = norm(entry)
        if word.endswith(" comme"):
            comme.add(word.removesuffix(" comme"))
        elif word.startswith(("se ", "s'")):
            reflexive.add(word.removeprefix("se ").removeprefix("s'"))
        else:
            plain.add(word)
    return frozenset(plain), frozenset(reflexive), frozenset(comme)


@derived
def predicating_verbs() -> frozenset[str]:
    """The ``predicating_verbs`` of ``stance_evaluative.yaml`` ("constituer")."""
    return frozenset(
        norm(w) for w in load_lexicon("stance_evaluative").get("predicating_verbs") or []
    )


def copular_verb(st: State, t: Token) -> Token | None:
    """The copula verb whose predicate ``t`` (an adjective or a noun) is, or None: "reste"
    in "X reste précieux / un partenaire", "avère" in "X s'avère essentiel", "apparaît" in
    "X apparaît comme une erreur". An adjective object is no predicate of "rester" alone
    ("il reste possible" is read by the parser as ``xcomp`` too, and is kept: the subject
    test of each rule decides)."""
    if t.pos_ not in ("ADJ", "NOUN") or t.head.i == t.i or t.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = t.head
    plain, reflexive, comme = copula_verbs()
    if t.dep_ in _PREDICATE_DEPS:
        if matches(verb, plain, st.c) is not None:
            return verb
        if matches(verb, reflexive, st.c) is not None and any(
            st.low[ch.i] in _REFLEXIVE and ch.i < verb.i for ch in verb.children
        ):
            return verb
        return None
    if t.dep_.startswith("obl") and any(
        ch.dep_ == "case" and st.low[ch.i] == "comme" for ch in t.children
    ):
        return verb if matches(verb, comme, st.c) is not None else None
    return None
