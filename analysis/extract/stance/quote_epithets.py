"""Word-level verdicts in attributed words: a negative noun is the speaker's judgement of
the thing it names ("« une ingérence »"), an evaluative adjective judges its noun ("« ce
traité historique »"), whatever the clause around them says.

Why apart from the clause reading (:mod:`~analysis.extract.stance.quote_clauses`): these
readings are taken over as they are by reported speech
(:mod:`~analysis.extract.stance.reported_terms`), where the tone of a whole clause is too
unsure to read.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from analysis.extract.cues import (
    is_negated,
    load_lexicon,
    norm,
)
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.hedging import in_hypothesis, negated
from analysis.extract.stance.privative import withdrawn
from analysis.extract.stance.quote_words import Terms, names_an_agreement
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import (
    label,
    target_np,
)
from analysis.resources.datacache import derived


def negative_nouns(st: State, speaker: Party, terms: Terms, sent: Span) -> None:
    """A negative noun is the speaker's own judgement whatever the clause says about it
    ("n'ont pas à subir d'ingérence extérieure": against interference)."""
    for tok, pol in terms:
        if pol < 0 and tok.pos_ == "NOUN" and not withdrawn(st, tok):
            # "retirer sa « confiance »": a good thing taken away, not a wrong named
            target = target_np(st, tok, pps=False)
            if not st.res.mentions_in(target.start, target.end):
                # "« cette ingérence rwandaise »": the state its adjective names stays
                issue = Target(target.name, target.actor_id, target.text, target.start, target.end)
                cue = f"« {norm(tok.text)} »"
                st.add([speaker], issue, -1, cue, "quote-clause", tok, sent)


def epithet_verdicts(st: State, speaker: Party, terms: Terms, sent: Span) -> None:
    """An evaluative adjective on a noun that names no actor is the speaker's judgement of
    that thing ("« ce traité historique »", "« cet événement inacceptable »"): for/against
    the noun phrase, up to its epithets. Not on a noun that carries a sign of its own or
    names a problem ("un différend historique", "une crise sans précédent": the adjective
    says lasting or large, not good), nor under a negation."""
    for tok, pol in terms:
        noun = tok.head
        if tok.dep_ != "amod" or tok.pos_ not in ("ADJ", "VERB") or noun.pos_ != "NOUN":
            continue
        if is_negated(tok, st.c) or negated(st, noun) or names_an_agreement(st, tok):
            continue
        if in_hypothesis(st, noun) or norm(noun.lemma_) in designators():
            continue  # "l'ancienne puissance coloniale": a way to name a party, no verdict
        if pol > 0 and (_noun_sign(st, noun) < 0 or norm(noun.lemma_) in problem_nouns()):
            continue
        if pol < 0 and _noun_sign(st, noun) > 0 and tok.i < noun.i:
            continue  # "un faux partenaire": the adjective denies the noun
        if norm(noun.lemma_) in relation_words(st) or norm(noun.text) in relation_words(st):
            # "les excellentes relations de bon voisinage entre nos deux pays": the relation
            # with its parties
            target = _with_parties(st, target_np(st, noun, pps=True), sent)
        else:
            target = target_np(st, noun, stop=max(noun.i, tok.i) + 1, pps=False)
        if st.res.mentions_in(target.start, target.end):
            continue  # an actor named in it: the clause rules judge it
        issue = Target(label(st, target.text), None, target.text, target.start, target.end)
        st.add([speaker], issue, pol, f"« {norm(tok.text)} »", "quote-clause", tok, sent)


def _with_parties(st: State, target: Target, sent: Span) -> Target:
    """A relation's phrase extended over the "entre X et Y" that follows it (up to the
    next punctuation)."""
    tv = st.tv
    k = bisect.bisect_left(tv.idx, target.end)
    if k >= sent.end or st.low[k] != "entre":
        return target
    j = k + 1
    while j < sent.end and not tv.punct[j]:
        j += 1
    text = st.article.text[target.start : tv.end[j - 1]]
    return Target(label(st, text), target.actor_id, text, target.start, tv.end[j - 1])


@derived
def problem_nouns() -> frozenset[str]:
    """The ``problem_nouns`` of ``stance_evaluative.yaml``."""
    return frozenset(norm(w) for w in load_lexicon("stance_evaluative").get("problem_nouns") or [])


@derived
def designators() -> frozenset[str]:
    """The ``designator_nouns`` of ``stance_evaluative.yaml``."""
    lex = load_lexicon("stance_evaluative")
    return frozenset(norm(w) for w in lex.get("designator_nouns") or [])


def _noun_sign(st: State, noun: Token) -> int:
    """The sign a noun carries by itself: an evaluative term, a friction, an enemy."""
    words = {norm(noun.text), norm(noun.lemma_)}
    c = st.c
    if words & (c.negative_terms | c.acts["frictions"]["nouns"] | c.relation_oppose):
        return -1
    if words & c.positive_terms:
        return 1
    return 0


def relation_words(st: State) -> frozenset[str]:
    acts = st.c.acts
    return acts["rapprochement"]["objects"] | acts["agreements"]["objects"]
