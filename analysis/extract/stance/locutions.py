"""Nouns made with a locution ("la mise en place de Y", "une remise en cause de Y", "la prise
en compte de Y", "la mise sous tutelle de Y"): a target phrase is the whole locution and its
"de" complement, never the bare first noun.

Why: the parser reads "en place", "en cause", "sous tutelle" as complements of their own and
the chunker stops at "mise", "remise" or "prise", so a rule gets "la mise" as the thing
demanded or denounced, or, from the adjective's side, "cause grave" out of "une remise en
cause grave de Y" — words a reader cannot use. The construction, whatever the
words: a head of ``locution_heads`` (``stance_targets.yaml``) followed by one of its
particles and a bare noun (a determiner only after "à": "la mise à l'écart"). The "de"
complement is taken along only when it names no actor (an actor inside would make the phrase
a stance on that actor, which the rule never read).
"""

from __future__ import annotations

from analysis.extract.cues import load_lexicon
from analysis.extract.stance.state import State
from analysis.resources.datacache import derived

_DE = frozenset({"de", "du", "des", "d'"})
_ARTICLES = frozenset({"la", "l'", "le", "les"})
_QUOTES = frozenset({"«", '"', "“"})
# the longest complement taken along, in words
_MAX_COMPLEMENT = 10


@derived
def _heads() -> dict[str, frozenset[str]]:
    """Locution head → the particles that may follow it."""
    table = load_lexicon("stance_targets").get("locution_heads") or {}
    return {str(k): frozenset(str(p) for p in v) for k, v in table.items()}


def _locution_end(st: State, k: int, end: int) -> int | None:
    """The end of the locution whose head is token k ("mise" + "en place"), or None."""
    particles = _heads().get(st.low[k])
    if not particles or k + 2 >= end or st.low[k + 1] not in particles:
        return None
    m = k + 2
    if m < end and st.low[k + 1] in ("à", "au") and st.low[m] in _ARTICLES:
        m += 1
    if m >= end or st.tv.pos[m] not in ("NOUN", "VERB", "ADJ") or not st.tv.alpha[m]:
        return None
    return m + 1


def locution_extent(st: State, i: int, j: int) -> tuple[int, int]:
    """The range [i, j) widened over a locution noun it starts, ends or stops inside (see
    the module), and over the locution's "de" complement when that names no actor."""
    lo, end = st.res.sent_start(i), st.res.sent_end(i)
    # "cause grave" cut out of "une remise en cause grave": back to the head
    if i - 2 >= lo and _locution_end(st, i - 2, end) == i + 1:
        i -= 2
        while i - 1 >= lo and st.tv.pos[i - 1] == "DET":
            i -= 1
    for k in range(i, j):
        stop = _locution_end(st, k, end)
        if stop is None:
            continue
        if any(st.tv.pos[x] != "ADJ" for x in range(stop, j)):
            break  # the phrase goes on past the locution: it holds it already
        j = max(j, stop)
        while j < end and st.tv.pos[j] == "ADJ":  # "une remise en cause grave"
            j += 1
        if j < end and st.low[j] in _DE:
            j = _with_complement(st, j, end)
        break
    return i, j


def _with_complement(st: State, de: int, end: int) -> int:
    """The end of the "de" complement opened at token ``de`` when it names no actor, else
    ``de`` (the phrase stops before it)."""
    m = de + 1
    while m < end and (st.tv.pos[m] in ("DET", "ADJ", "NUM") or st.low[m] in _QUOTES):
        m += 1
    if m >= end or st.tv.pos[m] != "NOUN":
        return de
    _i, stop = st.res.chunk(st.tv.tokens[m], pps=True, appos=False)
    stop = min(stop, m + _MAX_COMPLEMENT, end)
    if stop <= m or st.res.mentions_in(st.tv.idx[de], st.tv.end[stop - 1]):
        return de
    return stop
