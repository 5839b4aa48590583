"""Verdicts on an act in a speaker's words judge its agent: "« la décision de Y est
inacceptable »", "« vos déclarations sont fausses »" (Y the addressee), "« la tentative de
discréditer Z par Y est une provocation »", "« le soutien de Y a été précieux »".

Why: a speaker rarely names the state he blames as the subject of his verdict; he judges
what it did or said, and the article's stance is toward the one who did it. The
construction, whatever its words: a copula ("être", any tense, or another copula of
``copula_verbs``: "reste", "semble", "s'avère", :mod:`.copulas`) whose predicate is an
evaluative adjective or noun (the ``positive`` / ``negative`` lists of
``stance_evaluative.yaml``, or an evaluative epithet of the predicate noun: "un acte
grossier"), and whose subject is an act noun (``act_nouns`` of ``stance_overtures.yaml``)
with an agent — its "de Y" complement, the "par Y" agent of its infinitive, or a
second-person possessive (the addressee, :func:`overtures.addressee`).

Precision first: a negated positive predicate is a negative verdict ("n'est pas
acceptable"), a negated negative one gives nothing ("ce n'est pas une provocation"); no
verdict under a hypothesis or in a question; never toward the speaker's own side.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.copulas import copular_verb
from analysis.extract.stance.hedging import asked, in_hypothesis, negated
from analysis.extract.stance.overtures import addressee, own_side
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target
from analysis.resources.datacache import derived


@derived
def act_nouns() -> frozenset[str]:
    """The ``act_nouns`` of ``stance_overtures.yaml``."""
    return frozenset(norm(w) for w in load_lexicon("stance_overtures").get("act_nouns") or [])


@derived
def verdict_words() -> tuple[frozenset[str], frozenset[str]]:
    """The ``verdict_positive`` and ``verdict_negative`` of ``stance_overtures.yaml``."""
    lex = load_lexicon("stance_overtures")
    pos, neg = (
        frozenset(norm(w) for w in lex.get(k) or [])
        for k in ("verdict_positive", "verdict_negative")
    )
    return pos, neg


def verdicts(st: State, speaker: Party, span: Span, sent: Span) -> None:
    """The verdicts of ``speaker`` on acts in one of his quotes (see the module). Cheap test
    first: a copula."""
    tv = st.tv
    for x in range(span.start, span.end):
        if tv.dep[x] == "cop":
            pred = tv.tokens[tv.head[x]]
            if span.start <= pred.i < span.end and pred.pos_ in ("ADJ", "NOUN"):
                _verdict(st, speaker, pred, pred, span, sent)
        elif tv.pos[x] in ("ADJ", "NOUN") and tv.dep[x] in _COPULA_PREDICATES:
            # session 29: "« l'aide de Y reste précieuse »", "« le geste de Y semble
            # déplacé »": the verb holds the subject and the negation
            verb = copular_verb(st, tv.tokens[x])
            if verb is not None and span.start <= verb.i < span.end:
                _verdict(st, speaker, tv.tokens[x], verb, span, sent)


# the dependencies of another copula's predicate (:func:`copulas.copular_verb`)
_COPULA_PREDICATES = frozenset({"xcomp", "obj", "obl", "obl:mod", "obl:arg"})


def _sign(st: State, pred: Token) -> int:
    """The predicate's polarity: its own word, else an evaluative epithet of a noun."""
    good, bad = verdict_words()
    for t in (pred, *(ch for ch in pred.children if ch.dep_ == "amod" and ch.pos_ == "ADJ")):
        words = (st.low[t.i], norm(st.tv.lemma[t.i]))
        if any(w in st.c.positive_terms or w in good for w in words):
            return 1
        if any(w in st.c.negative_terms or w in bad for w in words):
            return -1
    return 0


def _verdict(st: State, speaker: Party, pred: Token, clause: Token, span: Span, sent: Span) -> None:
    """The verdict of ``pred`` on the act its ``clause`` (the predicate itself, or the verb
    of another copula) has for subject."""
    sign = _sign(st, pred)
    if not sign or in_hypothesis(st, pred) or asked(st, pred, sent):
        return
    if negated(st, clause):
        if sign > 0:
            sign = -1  # "n'est pas acceptable"
        else:
            return  # "ce n'est pas une provocation": no verdict either way
    subj = next((ch for ch in clause.children if ch.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None or subj.pos_ != "NOUN" or norm(subj.lemma_) not in act_nouns():
        return
    target = act_agent(st, subj, span, sent)
    if target is None or target.actor_id in own_side(st, speaker):
        return
    cue = f"{norm(subj.lemma_)} {norm(pred.lemma_)}"
    st.add([speaker], target, sign, cue, "quote-clause", pred, sent)


def act_agent(st: State, noun: Token, span: Span, sent: Span) -> Target | None:
    """Who did the act: a second-person possessive (the addressee), the "de Y" complement,
    or the "par Y" agent of the noun's infinitive ("la tentative de … par Y")."""
    for ch in noun.children:
        if ch.dep_ == "det" and st.low[ch.i] in ("vos", "votre", "ton", "ta", "tes"):
            return addressee(st, ch, span, sent)
    for ch in noun.children:
        if ch.dep_ == "nmod" and ch.i > noun.i and ch.pos_ in ("PROPN", "NOUN"):
            if any(st.low[c.i] in ("de", "du", "des", "d'") for c in ch.children):
                return _actor(st, ch)
        if ch.dep_ == "acl" and ch.pos_ == "VERB":
            ag = next((g for g in ch.children if g.dep_ == "obl:agent"), None)
            if ag is not None:
                return _actor(st, ag)
    return None


def _actor(st: State, head: Token) -> Target | None:
    p = st.res.np_party(head)
    return party_target(st, p) if p.identified and p.actor_id else None
