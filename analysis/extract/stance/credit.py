"""Credit a speaker gives another actor: "« grâce à Y, nos soldats sont libres »", "« c'est
grâce à la médiation de Y que … »", "« grâce aux efforts du président Y »", "« merci à Y »" —
the speaker is for Y.

Why: thanks and credit for an outcome (a release, an agreement, a mediation) are how a
speaker praises a partner without a polar verb ("remercier", "saluer" are read by the verb
rules). The construction, whatever the words: "grâce à" or "merci à" followed by a named
actor, or by a noun of what someone does for others (``credit_nouns`` in
``stance_cues.yaml``: médiation, efforts, soutien, engagement …) whose "de" complement names
the actor.

Precision first: a negation before ("ce n'est pas grâce à Y"), a hypothesis or a question
give nothing; so does a noun outside the list ("grâce à la complicité de Y": no credit), a
first-person possessive ("grâce à nos forces": the speaker's own side) and an actor that is
not named.
"""

from __future__ import annotations

from spacy.tokens import Span

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.hedging import asked, in_hypothesis
from analysis.extract.stance.holders import is_named
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target
from analysis.resources.datacache import derived

_TO = frozenset({"à", "au", "aux"})
_NEGATORS = frozenset({"pas", "plus", "jamais", "guère", "point"})
_POSSESSIVES = frozenset({"notre", "nos", "mon", "ma", "mes"})
_OF = frozenset({"de", "du", "des", "d'"})


@derived
def credit_nouns() -> frozenset[str]:
    """The ``credit_nouns`` of ``stance_cues.yaml`` (lemmas)."""
    return frozenset(norm(w) for w in load_lexicon("stance_cues").get("credit_nouns") or [])


def credit(st: State, speaker: Party, span: Span, sent: Span) -> None:
    """Each "grâce à / merci à" of ``speaker``'s quote (see the module). Cheap test first:
    the two words."""
    low = st.low
    for x in range(span.start, span.end - 2):
        if low[x] not in ("grâce", "merci") or low[x + 1] not in _TO:
            continue
        if any(low[k] in _NEGATORS for k in range(max(span.start, x - 3), x)):
            continue  # "ce n'est pas grâce à Y"
        tok = st.tv.tokens[x]
        if in_hypothesis(st, tok) or asked(st, tok, sent):
            continue
        target = _credited(st, x + 1, span)
        if target is not None:
            cue = f"{low[x]} à"
            st.add([speaker], target, 1, cue, "appreciation", tok, sent)


def _credited(st: State, k: int, span: Span) -> Target | None:
    """The actor after "à": named there, or in the "de" complement of a credit noun."""
    low, pos, lemma = st.low, st.tv.pos, st.tv.lemma
    hi = min(span.end, k + 14)
    m = k + 1
    if low[k] == "à":
        while m < hi and pos[m] == "DET" and low[m] not in _POSSESSIVES:
            m += 1
    if m >= hi or low[m] in _POSSESSIVES:
        return None
    stop = m
    while stop < hi and not (st.tv.punct[stop] or low[stop] in ("que", "qu'", "qui")):
        if pos[stop] in ("VERB", "AUX"):
            break
        stop += 1
    if stop <= m:
        return None
    if pos[m] == "PROPN" or pos[m] == "NOUN" and norm(lemma[m]) not in credit_nouns():
        end = next((j for j in range(m, stop) if low[j] in _OF), stop)
        return _named(st, k, end)
    if norm(lemma[m]) in credit_nouns():
        of = m + 1
        while of < stop and pos[of] in ("ADJ", "ADV"):  # "aux efforts inlassables de Y"
            of += 1
        if of < stop and low[of] in _OF:
            return _named(st, of, stop)
    return None


def _named(st: State, i: int, j: int) -> Target | None:
    """The first named actor of doc[i:j]."""
    if j <= i:
        return None
    doc = st.doc
    for s, e, aid in st.res.mentions_in(doc[i].idx, doc[j - 1].idx + len(doc[j - 1])):
        name = st.res.actor_name(aid)
        p = Party(name, aid, s, e, "actor")
        if is_named(p):
            return party_target(st, p)
    return None
