"""A target phrase cut inside a coordination of its epithets ("une issue équitable" out of
"une issue équitable et durable", "des méthodes brutales" out of "des méthodes brutales,
illégales et cyniques"): the phrase runs over the adjectives coordinated with its own.

Why: the chunker stops at the conjunction, so every rule that reads a noun phrase (the object
of a cue, the phrase a quoted epithet qualifies) kept only the first adjective; a reader
wants the whole description, and a gold label written from the text names it whole. The
construction, whatever the words: after the range, "et" / "ou" / a comma, then (past quote
marks and at most two adverbs) an adjective the parser attaches as a conjunct of an
adjective inside the range, or as one more epithet of its noun. A verb, a noun or a
participle after the conjunction opens something else and stops the phrase.
"""

from __future__ import annotations

from analysis.extract.stance.state import State

_GLUE = frozenset({"et", "ou", ","})
_QUOTES = frozenset({"«", "»", '"', "“", "”"})
# the coordinated adjectives taken along, at most
_MAX_MEMBERS = 4
# adverbs allowed between the conjunction and the adjective ("et plus durable")
_MAX_ADVERBS = 2


def through_adjectives(st: State, i: int, j: int) -> int:
    """The end of [i, j) carried over the adjectives coordinated with an adjective of the
    range (see the module); ``j`` when none follows."""
    low, pos, dep, head = st.low, st.tv.pos, st.tv.dep, st.tv.head
    if i >= j or low[j - 1] in _GLUE or not any(pos[k] == "ADJ" for k in range(i, j)):
        return j
    end = st.res.sent_end(i)
    out = j
    for _ in range(_MAX_MEMBERS):
        k = out
        while k < end and low[k] in _QUOTES:
            k += 1
        if k >= end or low[k] not in _GLUE:
            break
        m, adverbs = k + 1, 0
        while m < end and (low[m] in _QUOTES or (pos[m] == "ADV" and adverbs < _MAX_ADVERBS)):
            adverbs += pos[m] == "ADV"
            m += 1
        if m >= end or pos[m] != "ADJ" or not i <= head[m] < out:
            break
        # a conjunct of an epithet of the range, or (in a comma list) one more epithet of
        # its noun
        if not (dep[m] == "conj" and pos[head[m]] == "ADJ" or dep[m] == "amod"):
            break
        out = m + 1
        if out < end and low[out] in ("»", "”", '"'):
            out += 1
    return out
