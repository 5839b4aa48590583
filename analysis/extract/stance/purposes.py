"""A demanded act named through a purpose: "inviter Y à coopérer en vue de contrecarrer Z",
"exhorter Y à travailler ensemble afin de renforcer Z", "inviter Y à agir de manière à préserver Z":
what is asked for is the object of the infinitive after the purpose locution; the verb of
effort before it ("œuvrer", "travailler", "agir") has none of its own.

Why: the object search after such a verb found the first noun of the locution ("vue" in "en
vue de", "but" in "dans le but de") or the adverb "ensemble" that the tagger reads as a noun,
and the demand got a target no reader can use, with a positive sign even when the purpose
was to thwart Z. The construction, whatever the verbs: after the infinitive (past adverbs,
"ensemble" and at most a few words), a purpose locution of ``purpose_locutions``
(``stance_targets.yaml``) then an infinitive; the locution's nouns and a bare "ensemble" are
never an object.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.cues import load_lexicon
from analysis.extract.stance.state import State
from analysis.resources.datacache import derived

# words between the verb of effort and the locution ("travailler ensemble afin de")
_GAP = 3
# a bare "ensemble" (no determiner: "l'ensemble des pays" is a noun) is an adverb
_ADVERB_NOUNS = frozenset({"ensemble"})
_CLITICS = frozenset({"se", "s'", "le", "la", "les", "l'", "y", "en", "lui", "leur", "ne", "pas"})


@derived
def _locutions() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The purpose locutions as word tuples by their first word, longest first (elided "d'"
    forms added): a token that starts none of them is passed at once (the object search asks
    about every noun)."""
    words = load_lexicon("stance_targets").get("purpose_locutions") or []
    seqs = {tuple(str(w).split()) for w in words}
    seqs |= {(*q[:-1], "d'") for q in seqs if q and q[-1] == "de"}
    out: dict[str, list[tuple[str, ...]]] = {}
    for seq in sorted(seqs, key=lambda q: (-len(q), q)):
        if seq:
            out.setdefault(seq[0], []).append(seq)
    return {first: tuple(group) for first, group in out.items()}


def _locution_at(st: State, k: int, end: int) -> int | None:
    """The index after the purpose locution starting at k, or None."""
    for seq in _locutions().get(st.low[k], ()):
        if tuple(st.low[k : min(end, k + len(seq))]) == seq:
            return k + len(seq)
    return None


def adverbial_noun(st: State, k: int) -> bool:
    """Token k is a noun that is no object: a bare "ensemble", or a noun inside a purpose
    locution ("vue" of "en vue de", "but" of "dans le but de")."""
    if st.low[k] in _ADVERB_NOUNS and (k == 0 or st.tv.pos[k - 1] != "DET"):
        return True
    return locution_noun(st, k)


def locution_noun(st: State, k: int) -> bool:
    """Token k is a noun inside a purpose locution ("vue" of "en vue de"). (A bare
    "ensemble" stays an object for the object search: the joint-action rule reads
    "travailler ensemble" through it.)"""
    for back in (1, 2):
        after = _locution_at(st, k - back, k + 3) if k - back >= 0 else None
        if after is not None and after > k:
            return True
    return False


def purpose_infinitive(st: State, verb: Token, end: int) -> Token | None:
    """The infinitive after a purpose locution following ``verb`` (see the module), or
    None."""
    tv = st.tv
    k = verb.i + 1
    while k < end and k <= verb.i + _GAP and (tv.pos[k] == "ADV" or adverbial_noun(st, k)):
        if _locution_at(st, k, end) is not None:
            break
        k += 1
    after = _locution_at(st, k, end) if k < end else None
    if after is None:
        return None
    m = after
    while m < end and m < after + 3 and (st.low[m] in _CLITICS or tv.pos[m] == "ADV"):
        m += 1
    if m < end and tv.pos[m] == "VERB" and "Inf" in tv.morph(m, "VerbForm"):
        return tv.tokens[m]
    return None


# the nouns of the light-verb locutions of ending ("mettre fin à", "mettre un terme à")
_END_NOUNS = frozenset({"fin", "terme"})
_A = frozenset({"à", "au", "aux"})


def ended_object(st: State, noun: Token, end: int) -> Token | None:
    """ "appeler Y à mettre fin aux violences", "exhorter Y à mettre un terme à ses
    provocations": the object found for "mettre" is the noun of the locution; what is to end
    is the head of the "à" phrase after it (None when ``noun`` is no such noun or no phrase
    follows)."""
    k = noun.i
    if st.low[k] not in _END_NOUNS or k + 1 >= end or st.low[k + 1] not in _A:
        return None
    if st.tv.lemma_low[st.tv.head[k]] != "mettre":
        return None  # "au terme de", "la fin à laquelle": no locution of ending
    m = k + 2  # past "à" (its article follows) or the contracted "au" / "aux"
    while m < end and m < k + 5 and st.tv.pos[m] in ("DET", "ADJ", "NUM"):
        m += 1
    if m < end and st.tv.pos[m] in ("NOUN", "PROPN"):
        return st.tv.tokens[m]
    return None
