"""Futility in a speaker's words: saying that something is useless, pointless or doomed is
a stance against it — "« des pourparlers directs n'auraient aucun sens »", "« les sanctions
ne servent à rien »", "« ce sommet est inutile »", "« une simple condamnation serait sans
effet »", "« le plan est voué à l'échec »".

Why: officials refuse a proposal, a negotiation format or a measure far more often by calling
it pointless than by "rejeter" or "s'opposer"; those sentences carry no polar verb, so no
other rule reads them. The construction, whatever the words (lists in
``stance_overtures.yaml``, block "futility"): a predicate of futility — "avoir" with a noun
of use or meaning denied by "aucun / pas de / nul" (``futility_nouns``), a verb with "rien"
(``futility_nothing_verbs``), a copular adjective (``futility_adjectives``; "voué /
condamné" only before "échec"), "sans" + noun as an attribute (``futility_sans_nouns``) —
whose nominal subject is the target: the actor it names, else the noun phrase.

Precision first: an adjective under negation ("n'est pas inutile": a litotes, no stance
given), a hypothesis ("si …") or a question gives nothing; nor a pronoun or first-person
subject ("cela n'a aucun sens": what "cela" stands for is not read here).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.hedging import asked, in_hypothesis, negated
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target, target_np
from analysis.resources.datacache import derived

_DENIERS = frozenset({"aucun", "aucune", "nul", "nulle"})
_DOOM = frozenset({"voué", "vouée", "voués", "vouées", "condamné", "condamnée", "condamnés"})


@derived
def futility_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The nouns, "rien" verbs, adjectives and "sans" nouns of the futility block."""
    lex = load_lexicon("stance_overtures")

    def words(key: str) -> frozenset[str]:
        return frozenset(norm(w) for w in lex.get(key) or [])

    return (
        words("futility_nouns"),
        words("futility_nothing_verbs"),
        words("futility_adjectives"),
        words("futility_sans_nouns"),
    )


def futility(st: State, speaker: Party, span: Span, sent: Span) -> None:
    """Each futility predicate of ``speaker``'s quote: against its subject (see the module).
    Cheap test first: the word is one of the lists'."""
    nouns, verbs, adjectives, sans_nouns = futility_words()
    tv = st.tv
    for x in range(span.start, span.end):
        low = st.low[x]
        pred: Token | None = None
        if low == "rien" and x > span.start:
            pred = _nothing_verb(st, tv.tokens[x], verbs)
        elif tv.pos[x] == "NOUN" and (tv.lemma_low[x] in nouns or tv.lemma_low[x] in sans_nouns):
            pred = _denied_noun(st, tv.tokens[x], nouns, sans_nouns)
        elif tv.pos[x] in ("ADJ", "VERB") and (tv.lemma_low[x] in adjectives or low in adjectives):
            pred = _futile_adjective(st, tv.tokens[x], sent)
        if pred is not None:
            _against_subject(st, speaker, pred, tv.tokens[x], sent)


def _nothing_verb(st: State, rien: Token, verbs: frozenset[str]) -> Token | None:
    """ "ne sert à rien", "ne change rien": the verb "rien" depends on."""
    head = rien.head
    if head.pos_ not in ("VERB", "AUX") or norm(head.lemma_) not in verbs:
        return None
    return head


def _denied_noun(
    st: State, noun: Token, nouns: frozenset[str], sans_nouns: frozenset[str]
) -> Token | None:
    """ "n'a aucun sens" / "n'a pas de sens" (the verb "avoir"), "est sans effet" (the noun
    with its copula)."""
    kids = list(noun.children)
    lemma = norm(noun.lemma_)
    if lemma in sans_nouns and any(st.low[c.i] == "sans" and c.dep_ == "case" for c in kids):
        if any(c.dep_ == "cop" for c in kids):
            return noun
    if lemma not in nouns:
        return None
    head = noun.head
    if head.i == noun.i or norm(head.lemma_) != "avoir" or noun.dep_ != "obj":
        return None
    denied = any(st.low[c.i] in _DENIERS for c in kids) or (
        noun.i >= 2 and st.low[noun.i - 1] in ("de", "d'") and st.low[noun.i - 2] == "pas"
    )
    return head if denied else None


def _futile_adjective(st: State, adj: Token, sent: Span) -> Token | None:
    """ "est inutile", "est voué à l'échec": the adjective with its copula, not negated."""
    if norm(adj.text) in _DOOM or norm(adj.lemma_) in ("voué", "condamné"):
        window = st.low[adj.i + 1 : min(adj.i + 4, sent.end)]
        if "échec" not in window:
            return None
    if not any(c.dep_ in ("cop", "aux:pass") for c in adj.children) or negated(st, adj):
        return None
    return adj


def _against_subject(st: State, speaker: Party, pred: Token, cue: Token, sent: Span) -> None:
    if in_hypothesis(st, pred) or asked(st, pred, sent):
        return
    subj = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return
    if st.low[subj.i] in st.words.first_person:
        return
    p = st.res.np_party(subj)
    target = party_target(st, p) if p.identified and p.actor_id else target_np(st, subj)
    st.add([speaker], target, -1, f"{norm(cue.lemma_)} (futilité)", "quote-clause", pred, sent)
