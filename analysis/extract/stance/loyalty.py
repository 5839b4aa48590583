"""Loyalty and betrayal in a speaker's words: "« nous ne laisserons pas tomber Y »", "« nous
n'abandonnerons jamais Y »", "« je ne tournerai pas le dos à Y »" (the speaker is for Y);
"« Y nous a trahis / abandonnés / lâchés »", "« Y nous a tourné le dos »", "« Y a trahi ses
alliés »" (against Y).

Why: a promise of support is often worded as a denied abandonment, and a grievance as a
betrayal; neither has a polar verb of support or opposition, and the tagger misreads the
forms ("trahis" as a noun, the object "nous" as a subject). So the clause is read on the
words: the verb stem of ``loyalty`` in ``stance_cues.yaml`` and the words it needs ("laisser
… tomber", "tourner le dos"), the clitics and negation before it, the noun phrase before
them (:func:`clause_frame`).

* the speaker's side ("nous", "je") denies abandoning Y (a negation): for Y, the object (a
  named actor, or "vous" for the one addressed);
* a named actor abandons or betrays the speaker's side (an object "nous / me"), or betrays
  anyone: against that actor.

Precision first: an undenied abandonment by the speaker ("nous abandonnons ce projet"), a
denied betrayal by another ("Y ne nous a pas trahis"), a hypothesis or a question give
nothing.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Span, Token

from analysis.extract.cues import load_lexicon
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.hedging import asked, in_hypothesis
from analysis.extract.stance.holders import is_named
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import addressee_target, party_target
from analysis.resources.datacache import derived

_CLITICS = frozenset(
    {"nous", "me", "m'", "te", "t'", "vous", "le", "la", "l'", "les", "lui", "leur", "y", "en"}
)
_NE = frozenset({"ne", "n'"})
_NEGATORS = frozenset({"pas", "plus", "jamais", "guère", "point"})
_MODALS = frozenset({"aller", "pouvoir", "vouloir", "devoir", "compter", "avoir", "être"})
_FIRST_OBJECTS = frozenset({"nous", "me", "m'"})


class Frame(NamedTuple):
    """A clause read on its words: who does it, to whom, denied or not."""

    first_subject: bool  # "nous" / "je" does it
    subject: Token | None  # the head of the noun phrase before the verb group
    first_object: bool  # "nous" / "me" undergoes it
    negated: bool
    start: int  # the verb group's first word


def clause_frame(st: State, v: int, span: Span) -> Frame:
    """Read back from the verb at ``v`` over auxiliaries, modals, clitics, negation and
    adverbs; the negation's second word may follow the verb ("ne laisserons pas")."""
    low, pos, lemma = st.low, st.tv.pos, st.tv.lemma
    k = v - 1
    clitics: list[str] = []
    neg = False
    while k >= span.start:
        w = low[k]
        if w in _NE or w in _NEGATORS:
            neg = neg or w in _NE
        elif w in _CLITICS or w in ("je", "j'"):
            clitics.append(w)
        elif not (pos[k] in ("AUX", "ADV") or (pos[k] == "VERB" and lemma[k] in _MODALS)):
            break
        k -= 1
    start = k + 1
    clitics.reverse()
    first = bool(clitics) and clitics[0] in ("je", "j'", "nous")
    subject = None
    if not first and k >= span.start and pos[k] in ("NOUN", "PROPN"):
        subject = st.res.np_before(start)
    if first and clitics[0] == "nous" and k >= span.start and pos[k] in ("NOUN", "PROPN"):
        first, subject = False, st.res.np_before(start)  # "Y nous a trahis": "nous" object
    objects = clitics[1:] if first else clitics
    return Frame(first, subject, any(c in _FIRST_OBJECTS for c in objects), neg, start)


@derived
def loyalty_words() -> tuple[tuple[tuple[str, tuple[str, ...]], ...], frozenset[str]]:
    """(stem, words after) of the ``abandon`` entries, and the ``betrayal`` stems."""
    d = load_lexicon("stance_cues").get("loyalty") or {}
    abandon = tuple(
        (stem, tuple((after or "").split())) for stem, after in (d.get("abandon") or {}).items()
    )
    return abandon, frozenset((d.get("betrayal") or {}).keys())


def follows(st: State, k: int, words: tuple[str, ...], hi: int) -> int | None:
    """The index after ``words`` found in order from ``k`` (articles, "de" and adverbs
    between them skipped; at most two skipped words each), else None."""
    for w in words:
        skipped = 0
        while k < hi and st.low[k] != w and skipped < 2:
            if st.tv.pos[k] not in ("DET", "ADV") and st.low[k] not in ("de", "d'", "l'"):
                return None
            k += 1
            skipped += 1
        if k >= hi or st.low[k] != w:
            return None
        k += 1
    return k


def loyalty(st: State, speaker: Party, span: Span, sent: Span) -> None:
    """Each abandonment or betrayal of ``speaker``'s quote (see the module). Cheap test
    first: a verb stem of the list."""
    abandon, betrayal = loyalty_words()
    low, stems = st.low, tuple(stem for stem, _after in abandon)
    for x in range(max(span.start, 1), span.end):
        if not low[x].startswith(stems):
            continue  # no verb of the list: most words of the quote
        for stem, after in abandon:
            if not low[x].startswith(stem):
                continue
            end = follows(st, x + 1, after, span.end)
            if end is None:
                continue
            _read(st, speaker, x, end, stem in betrayal, span, sent)
            break


def _read(
    st: State, speaker: Party, x: int, end: int, betrayal: bool, span: Span, sent: Span
) -> None:
    tok = st.tv.tokens[x]
    if in_hypothesis(st, tok) or asked(st, tok, sent):
        return
    f = clause_frame(st, x, span)
    negated = f.negated or (x + 1 < span.end and st.low[x + 1] in _NEGATORS)
    cue = f"{st.low[x]} (loyauté)"
    if f.first_subject and negated and not betrayal:
        target = _object(st, end, span, sent)
        if target is not None:
            st.add([speaker], target, 1, cue, "appreciation", tok, sent)
    elif f.subject is not None and not negated and (f.first_object or betrayal):
        p = st.res.np_party(f.subject)
        if is_named(p) and p.actor_id:
            st.add([speaker], party_target(st, p), -1, cue, "appreciation", tok, sent)


def _object(st: State, k: int, span: Span, sent: Span) -> Target | None:
    """The named actor after the verb (past "pas / jamais" and "à"), or "vous"."""
    while k < span.end and (st.low[k] in _NEGATORS or st.low[k] in ("à", "au", "aux")):
        k += 1
    if k >= span.end:
        return None
    if st.low[k] == "vous":
        return addressee_target(st, st.tv.tokens[k], sent)
    rng = st.res.np_after(k, span.end)
    if not rng:
        return None
    p = st.res.party(rng[0], rng[1])
    return party_target(st, p) if is_named(p) and p.actor_id else None
