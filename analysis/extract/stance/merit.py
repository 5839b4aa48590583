"""What a speaker says another actor deserves: "« Y mérite le respect »", "« Y mérite notre
soutien / mieux »", "« Y mérite d'être félicité »" (for Y); "« Y mérite des sanctions »", "«
Y mérite d'être puni »" (against Y).

Why: praise and blame are often worded as a desert, with no polar verb of the speaker's own
(the verb rules read "saluer", "condamner"). The construction, whatever the words (lists in
``stance_cues.yaml``, block ``merit``): "mériter" with a noun object of the lists (or
"mieux"), or "mériter d'être" + a participle of the lists; its subject, a named actor, is
the target. A denied desert of a good ("Y ne mérite pas notre confiance") is against Y; a
denied desert of a punishment ("Y ne mérite pas d'être sanctionné") is left alone (a
defence, or a plea: which one, the words do not say).

Precision first: a pronoun or first-person subject, a hypothesis ("si Y mérite …") or a
question give nothing.
"""

from __future__ import annotations

from spacy.tokens import Span

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.hedging import asked, in_hypothesis
from analysis.extract.stance.holders import is_named
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target
from analysis.resources.datacache import derived

_POSSESSIVES = frozenset({"notre", "nos", "mon", "ma", "mes"})


@derived
def merit_words() -> dict[str, frozenset[str]]:
    """The four lists of the ``merit`` block (lemmas)."""
    d = load_lexicon("stance_cues").get("merit") or {}
    return {k: frozenset(norm(w) for w in v or []) for k, v in d.items()}


_NEGATORS = frozenset({"pas", "plus", "jamais", "guère", "point"})
_SKIP = frozenset({"DET", "ADJ", "NUM"})
_ADVERBS = frozenset({"bien", "largement", "pleinement", "amplement", "certainement", "donc"})


def merit(st: State, speaker: Party, span: Span, sent: Span) -> None:
    """Each "mériter" of ``speaker``'s quote (see the module), read on the word forms: the
    tagger often reads "mérite" as the noun. Cheap test first: the word's start."""
    low, pos = st.low, st.tv.pos
    for x in range(span.start + 1, span.end - 1):
        if not low[x].startswith("mérit") or pos[x - 1] in ("DET", "ADP"):
            continue  # "le mérite de", "sans mérite": the noun
        k, negative = x + 1, False
        if low[x - 1] in ("ne", "n'") and low[k] in _NEGATORS:
            k, negative = k + 1, True
        sign = _deserved(st, k, span)
        verb = st.tv.tokens[x]
        if not sign or in_hypothesis(st, verb) or asked(st, verb, sent):
            continue
        if negative:
            if sign < 0:
                continue  # "Y ne mérite pas d'être sanctionné": a defence or a plea
            sign = -1
        subj = st.res.np_before(x - 1 if low[x - 1] in ("ne", "n'") else x)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.i < span.start:
            continue
        if any(low[c.i] in _POSSESSIVES for c in subj.children):
            continue
        p = st.res.np_party(subj)
        if is_named(p) and p.actor_id:
            st.add([speaker], party_target(st, p), sign, "mériter", "appreciation", verb, sent)


def _deserved(st: State, k: int, span: Span) -> int:
    """+1 / -1 for what is deserved from token ``k`` on: a noun ("le respect", "des
    sanctions"), "mieux", or "d'être" + participle; 0 otherwise."""
    w = merit_words()
    low, pos, lemma = st.low, st.tv.pos, st.tv.lemma
    end = min(span.end, k + 6)
    while k < end and (
        low[k] in _ADVERBS
        or low[k] in ("des", "de", "du", "d'")
        and not (k + 1 < end and low[k + 1] == "être")
    ):
        k += 1
    if k + 2 < end and low[k] in ("d'", "de") and low[k + 1] == "être":
        part = norm(lemma[k + 2])
        if part in w.get("support_participles", ()):
            return 1
        return -1 if part in w.get("oppose_participles", ()) else 0
    while k < end and (pos[k] in _SKIP or low[k] in ("des", "du")):
        k += 1
    if k >= end:
        return 0
    forms = {low[k], norm(lemma[k]), low[k].rstrip("s")}
    if forms & w.get("support_nouns", frozenset()):
        return 1
    return -1 if forms & w.get("oppose_nouns", frozenset()) else 0
