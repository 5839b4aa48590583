"""A speaker's quotation as the attribute of a verb of qualifying, whatever the verb's object
looks like: a clitic ("X les a qualifiées de « honteuses »", "X l'a décrit comme « un
partenaire loyal »", "en le traitant de « menteur »"), a noun phrase after the quotation ("X
a qualifié de « mascarade » le scrutin organisé par Y", "X a trouvé « inacceptable » le
choix de Y"), or a noun phrase before a long quotation ("X a qualifié la démarche de Y
de « geste courageux et utile pour toute la région »").

Why: the short-quotation rule (:func:`.quoted._evaluative_quote`) judges the noun a quotation
belongs to or the noun object written between the verb and "de"; a pronoun object gave no
row (the pronoun is no target), an object placed after the attribute was never read, and a
quotation of more than six words went to the clause rule, which looks for actors inside the
quotation. The construction, whatever the words: the quotation opens right after "de / d'"
(verbs of ``qualifying_verbs.de``), "comme" (``.comme``), "pour" (``.pour``) or right after
the verb (``.none``: "juger", "estimer" + a short adjectival quotation), the verb at most
three words before (adverbs, an auxiliary's participle). The verdict's sign is the sum of
the quotation's evaluative terms (``positive`` / ``negative`` of
``stance_evaluative.yaml``); the holder is the quotation's speaker. A clitic's antecedent is
read by :func:`.anaphora.antecedent` (one actor named as a subject or agent since the
previous sentence, else the one issue judged there); "les" stands for the one issue judged
there only, when its plural head noun agrees in gender with the participle (a plural names
measures or words far more often than one state); a noun
phrase by
:func:`.targets.target_np`.

Precision first: a negated or refused verb ("n'a pas qualifié Y de …", "refuse de qualifier
Y de …"), a hypothesis, a question, a reflexive verb ("s'est qualifié de") or terms that
cancel out give nothing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.anaphora import antecedent
from analysis.extract.stance.hedging import asked, in_hypothesis, negated
from analysis.extract.stance.quote_words import term_polarity
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import target_np
from analysis.resources.datacache import derived

_OPEN = frozenset({'"', "«", "“", "'"})
_CLOSE = frozenset({'"', "»", "”", "'"})
# "d" alone: the tokenizer splits "d'«" into "d", "'", "«"
_MARKERS = {"de": "de", "d'": "de", "d": "de", "comme": "comme", "pour": "pour"}
_CLITICS = frozenset({"le", "la", "l'", "les"})
# what may stand between the verb and the word that opens its attribute
_GAP = frozenset({"ADV", "AUX"})
_SHORT = 6  # the quotations the short-quotation rule reads with their noun object


@derived
def qualifying_verbs() -> dict[str, frozenset[str]]:
    """The ``qualifying_verbs`` of ``stance_evaluative.yaml``: lemmas by introducing word."""
    d = load_lexicon("stance_evaluative").get("qualifying_verbs") or {}
    return {k: frozenset(norm(w) for w in v or []) for k, v in d.items()}


def qualifications(st: State, speaker: Party, span: Span, sent: Span) -> None:
    """The verdict of ``speaker``'s quotation on the object of its qualifying verb (see the
    module). Cheap test first: the word before the quotation."""
    k = span.start - 1
    while k > sent.start and st.low[k] in _OPEN:
        k -= 1
    if k <= sent.start:
        return
    marker = _MARKERS.get(st.low[k])
    verb = _verb(st, k if marker else k + 1, marker or "none", sent)
    if verb is None or (marker is None and not _adjectival(st, span)):
        return
    if negated(st, verb) or in_hypothesis(st, verb) or asked(st, verb, sent):
        return
    polarity = _polarity(st, span)
    if not polarity:
        return
    target = _object(st, speaker, verb, k if marker else k + 1, span, sent)
    if target is None:
        return
    st.add([speaker], target, polarity, f"{norm(verb.lemma_)} (attribut)", "quote", verb, sent)


def _verb(st: State, k: int, marker: str, sent: Span) -> Token | None:
    """The qualifying verb ending before index ``k`` (its attribute's first word), at most
    three words back over adverbs and auxiliaries, or over the verb's own noun object for a
    marked attribute ("qualifier la démarche de Y de « … »")."""
    lemmas = qualifying_verbs().get(marker) or frozenset()
    tv = st.tv
    for v in range(k - 1, max(sent.start, k - 14) - 1, -1):
        if tv.pos[v] == "VERB":
            if norm(tv.lemma[v]) not in lemmas or st.low[v - 1] in ("se", "s'"):
                return None
            if k - v > 3 and not (marker != "none" and _object_between(st, v, k)):
                return None
            return tv.tokens[v]
        if st.low[v] in (".", ";", ":", "«", "»", '"') or (k - v > 3 and marker == "none"):
            return None
        if k - v <= 3 and tv.pos[v] not in _GAP and marker == "none":
            return None
    return None


def _object_between(st: State, v: int, k: int) -> Token | None:
    """The verb's noun object written between it and the attribute's first word."""
    tv = st.tv
    for c in tv.children[v]:
        if v < c < k and tv.dep[c] == "obj" and tv.pos[c] in ("NOUN", "PROPN"):
            return tv.tokens[c]
    return None


def _adjectival(st: State, span: Span) -> bool:
    """An unmarked attribute is a short quotation opening on an adjective ("jugé «
    inacceptable »", "estimé « très préoccupante »"), not a quoted clause."""
    words = [t for t in span if not t.is_punct]
    if not words or len(words) > 4:
        return False
    first = next((t for t in words if t.pos_ != "ADV"), words[0])
    return first.pos_ == "ADJ"


def _polarity(st: State, span: Span) -> int:
    """The sign of the quotation's evaluative terms, summed (0 when they cancel out)."""
    toks = [t for t in span if not t.is_punct]
    total = sum(p for _, p in term_polarity(st, toks))
    return (total > 0) - (total < 0)


def _object(
    st: State, speaker: Party, verb: Token, k: int, span: Span, sent: Span
) -> Target | None:
    """What the attribute qualifies: a clitic before the verb (or its auxiliary), a noun
    phrase right after the quotation, or a noun object before a long quotation."""
    tv, low = st.tv, st.low
    first = min([verb.i] + [c for c in tv.children[verb.i] if tv.dep[c].startswith("aux")])
    p = first - 1
    while p > sent.start and low[p] in ("ne", "n'"):
        p -= 1
    if low[p] in ("se", "s'"):
        return None  # "X s'est qualifié de « … »": the speaker's own description
    if low[p] in _CLITICS and tv.pos[p] == "PRON":
        if low[p] == "les":  # a plural: measures, words, acts — not one named state
            return _plural_issue(st, verb)
        return antecedent(st, speaker, tv.tokens[p], sent)
    after = span.end
    while after < sent.end and low[after] in _CLOSE:
        after += 1
    if after < sent.end and tv.pos[after] == "DET":
        head = tv.head[after]
        if after < head < sent.end and tv.pos[head] in ("NOUN", "PROPN"):
            return target_np(st, tv.tokens[head])
    obj = _object_between(st, verb.i, k)
    if obj is not None and len(span) > _SHORT:
        return target_np(st, obj, stop=k)
    return None


def _plural_issue(st: State, verb: Token) -> Target | None:
    """What "les" stands for: the one issue judged in this or the previous sentence whose
    head noun is plural and agrees in gender with the participle ("des sanctions … les a
    qualifiées": the sanctions, never "deux ministres" sanctioned). No agreeing participle,
    no row: the issue remembered is often the one a measure hits, not the measure."""
    gender = st.tv.morph(verb.i, "Gender")
    if not gender:
        return None
    found = {}
    for sid, t in st.issues:
        if sid < st.sid - 1:
            continue
        span = st.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        morph = head.morph
        if (
            head.pos_ == "NOUN"
            and "Plur" in morph.get("Number")
            and gender == tuple(morph.get("Gender"))
        ):
            found[t.name] = t
    return next(iter(found.values())) if len(found) == 1 else None
