"""A noun whose "à" complement is what it is about: "un retour progressif à la légalité
constitutionnel", "l'accès à la mer", "le recours à la force", "le droit des peuples à
l'autodétermination", "l'adhésion à l'alliance": the target phrase runs over that complement.

Why: a phrase read without its prepositional complements (the choice of most rules, so that
"réclamer des excuses à Y" does not make Y the thing asked for) kept "un retour progressif" or "le
recours" alone — the complement is the very thing demanded, welcomed or denounced. Only
the nouns of ``content_a_nouns`` (``stance_targets.yaml``: nominalisations of verbs and
adjectives that take their object with "à": retourner, accéder, recourir, adhérer, être
attaché …), and only an "à" phrase right after the range whose noun the parser attaches to a
word of the range (or to the verb whose object the range is). An "à" phrase naming a person
or a state is a party or a destination, never taken. Not support, aid or threats ("le
soutien de X à Y"): their "à" names a party, which the nominalisation rules read
themselves.
"""

from __future__ import annotations

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.stance.state import State
from analysis.resources.datacache import derived

_A = frozenset({"à", "au", "aux"})
_OPENING = frozenset({"DET", "ADJ", "NUM"})


@derived
def content_a_nouns() -> frozenset[str]:
    """Nouns whose "à" complement is their content (see the module)."""
    words = load_lexicon("stance_targets").get("content_a_nouns") or []
    return frozenset(norm(str(w)) for w in words)


def with_content_complement(st: State, i: int, j: int, head: int) -> int:
    """The end of [i, j) carried over the "à" complement of its head ``head`` when that
    head is one of ``content_a_nouns`` (see the module); ``j`` otherwise."""
    tv = st.tv
    end = st.res.sent_end(i)
    if j >= end or st.low[j] not in _A or tv.lemma_low[head] not in content_a_nouns():
        return j
    m = j + 1 if st.low[j] == "à" else j
    while m < end and tv.pos[m] in _OPENING and m < j + 4:
        m += 1
    if m >= end or tv.pos[m] not in ("NOUN", "PROPN"):
        return j
    # the parser attaches the phrase to the noun, or to the noun's own verb ("exige un
    # retour progressif à la légalité …": an oblique of "exige")
    attached = i <= tv.head[m] < j or (
        tv.head[m] == tv.head[head] and tv.dep[m].startswith("obl") and tv.dep[head] == "obj"
    )
    if not attached:
        return j
    stop = max(j, st.res.chunk(tv.tokens[m], pps=False, appos=False)[1])
    for _s, _e, aid in st.res.mentions_in(tv.idx[m], tv.end[stop - 1]):
        if st.res.actor_type(aid) in ("person", "state"):
            return j  # "le retour au Mali", "un appel au président": a party, not a content
    return stop
