"""Co-agents: "X a annoncé, aux côtés de Y et de Z, la reconnaissance de W", "X, aux côtés de
Y, a condamné l'attaque".

Why: "aux côtés de Y" on the verb of an act (or on its subject, between commas) names those
who do it with the subject; the parser hangs them as an oblique or a noun complement, so
only the subject held the stance. A verb that takes sides with the same locution ("X se
tient / reste aux côtés de Y": a stance of its own, for Y, ``stance_verbs`` with the
preposition "aux côtés de") has no co-agent.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.cues import matches
from analysis.extract.quotes.speakers import DE, Party
from analysis.extract.stance.collective import is_named
from analysis.extract.stance.state import State

_SUBJ = ("nsubj", "nsubj:pass")
# the locution, as the stance lexicons spell a verb's preposition
_LOCUTION = "aux côtés de"


def co_agents(st: State, verb: Token, found: list[Party]) -> list[Party]:
    """The named actors after "aux côtés de" on ``verb`` or on its subject, not already in
    ``found`` (see the module); none without a holder or for a side-taking verb."""
    if not found:
        return []
    tv = st.tv
    anchors = [verb.i, *(c for c in tv.children[verb.i] if tv.dep[c] in _SUBJ)]
    sides = [
        k
        for a in anchors
        for k in tv.children[a]
        if st.low[k] == "côtés" and k > 0 and st.low[k - 1] == "aux"
    ]
    if not sides or _takes_sides(st, verb):
        return []
    seen = {p.actor_id or p.name for p in found}
    out: list[Party] = []
    for p in (p for k in sides for p in _members(st, k)):
        if (p.actor_id or p.name) not in seen:
            out.append(p)
            seen.add(p.actor_id or p.name)
    return out


def _takes_sides(st: State, verb: Token) -> bool:
    """``verb`` is one of the stance verbs that take a side with "aux côtés de" (matched on
    its lemma or form: the tagger leaves some forms unlemmatised, "reste")."""
    lemmas = frozenset(
        lemma
        for lemma, cues in st.c.stance_verbs.items()
        if any(_LOCUTION in cue.preps for cue in cues)
    )
    return matches(verb, lemmas, st.c)


def _members(st: State, k: int) -> list[Party]:
    """The named parties of the "de" complements of "côtés" and their conjuncts."""
    tv = st.tv
    heads = [
        c
        for c in tv.children[k]
        if tv.dep[c] in ("nmod", "conj")  # "aux côtés du X et de Y": Y hung on "côtés"
        and c > k
        and any(st.low[x] in DE for x in tv.children[c])
    ]  # not "face à Y"
    heads += [c for h in heads for c in tv.children[h] if tv.dep[c] == "conj"]
    return [p for h in heads for p in st.res.np_parties(tv.tokens[h]) if is_named(p)]
