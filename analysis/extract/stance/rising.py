"""Frictions said with a locution of rising heat between two sides (``stance_acts.yaml``:
``rising_frictions``; session 17, narr).

"Le ton monte entre X et Y", "le torchon brûle entre X et Y", "la tension est montée d'un
cran entre X et Y", "le froid s'installe entre X et Y": X and Y are against each other, as
with "la tension entre X et Y" (:func:`analysis.extract.stance.relations.friction`).

Why apart: there the friction noun is followed by "entre"; here a verb of rising, burning
or settling stands between the noun (its subject) and "entre", and the noun alone ("le
ton", "le torchon") names no friction. Precision first: the noun opens its phrase with a
definite article, at most four words (the verb group, an adverb, "d'un cran") part it from
"entre", one of them a verb of ``rising_frictions.verbs`` (by its stem, the parser often
missing these lemmas); two named sides; a negation or a denial gives no row.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, load_lexicon, norm
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.relations import sides_of
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target
from analysis.resources.datacache import derived

_ARTICLES = frozenset({"le", "la", "les", "l'"})
_FILLERS = frozenset({"d'", "un", "cran", "encore", "nettement", "brusquement", "vite"})


@derived
def _lists() -> tuple[frozenset[str], tuple[str, ...]]:
    """(subject nouns, verb stems), from ``stance_acts.yaml``."""
    m = load_lexicon("stance_acts").get("rising_frictions") or {}
    nouns = frozenset(norm(w) for w in m.get("nouns") or ())
    return nouns, tuple(norm(w) for w in m.get("verb_stems") or ())


def _nouns(c: Cues) -> frozenset[str]:
    return _lists()[0]


@detector(pos={"NOUN"}, words=_nouns, match="form")
def rising_friction(st: State, t: Token, sent: Span) -> None:
    """ "Le ton monte entre X et Y": X and Y against each other."""
    nouns, stems = _lists()
    if st.low[t.i] not in nouns or t.i == sent.start or st.low[t.i - 1] not in _ARTICLES:
        return
    k, verb = t.i + 1, None
    while k < sent.end and k <= t.i + 5 and st.low[k] != "entre":
        low, pos = st.low[k], st.tv.pos[k]
        if pos in ("VERB", "AUX") and low.startswith(stems):
            verb = verb or st.doc[k]
        elif pos not in ("VERB", "AUX", "ADV", "PRON") and low not in _FILLERS:
            return
        k += 1
    if verb is None or k >= sent.end or st.low[k] != "entre" or negated(st, verb):
        return
    end = k + 1
    while end < sent.end and st.low[end] not in (",", ";", ".", ":") and end < k + 14:
        end += 1
    sides = sides_of(st, k + 1, end)
    if len(sides) != 2 or sides[0].actor_id == sides[1].actor_id:
        return
    a, b = sides
    cue = f"{norm(t.text)} entre"
    st.add([a], party_target(st, b), -1, cue, "friction", t, sent)
    st.add([b], party_target(st, a), -1, cue, "friction", t, sent)
