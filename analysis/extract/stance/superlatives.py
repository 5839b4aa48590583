"""Superlative praise of a tie in someone's words: "« cet accord est l'un des plus importants
jamais négociés »", "« l'accord le plus complet que nous ayons signé »", "« notre
partenariat est le plus solide de la région »".

Why: officials praise an agreement, a visit or a partnership by ranking it, with adjectives
that judge nothing alone ("important", "complet"): the speaker is for the thing ranked. Only
a ``superlative_praise`` adjective of ``stance_evaluative.yaml`` in a superlative ("le / la
/ les / des plus"), on a noun of ``superlative_nouns`` or of an agreement or rapprochement
(``stance_acts.yaml``) — "la crise la plus importante" ranks a harm, no praise — reached as
its epithet, as the subject of its copula, or through "l'un des plus …". Not under a
negation, in a "si" hypothesis or in a question.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.hedging import asked, in_hypothesis, negated
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import target_np
from analysis.resources.datacache import derived

_RANKING = frozenset({"le", "la", "les", "des", "l'"})
# "l'un des plus …": the pronoun that stands for the subject of its copula
_ONE = frozenset({"un", "une"})


@derived
def praise() -> tuple[frozenset[str], frozenset[str]]:
    """``superlative_praise`` adjectives and ``superlative_nouns``."""
    lex = load_lexicon("stance_evaluative")
    return (
        frozenset(norm(w) for w in lex.get("superlative_praise") or []),
        frozenset(norm(w) for w in lex.get("superlative_nouns") or []),
    )


def superlatives(st: State, speaker: Party, span: Span, sent: Span) -> None:
    """The speaker's praise of the tie a superlative ranks (see the module)."""
    low, pos = st.low, st.tv.pos
    adjs, _nouns = praise()
    for x in range(span.start + 1, span.end - 1):
        if low[x] != "plus" or low[x - 1] not in _RANKING:
            continue
        a = x + 1
        if pos[a] != "ADJ" or (low[a] not in adjs and norm(st.tv.lemma[a]) not in adjs):
            continue
        adj = st.tv.tokens[a]
        noun = _ranked(st, adj)
        if noun is None or not _a_tie(st, noun):
            continue
        if negated(st, adj) or in_hypothesis(st, adj) or asked(st, adj, sent):
            continue
        target = target_np(st, noun, pps=False)
        st.add([speaker], target, 1, f"plus {low[a]}", "quote-clause", adj, sent)


def _ranked(st: State, adj: Token) -> Token | None:
    """The noun the superlative ranks: the one it qualifies, the subject of its copula, or
    the subject of "l'un (des plus …)"."""
    head = adj.head
    if adj.dep_ == "amod" and head.pos_ == "NOUN":
        return head
    for pred in (adj, head):
        if pred is head and not (st.low[head.i] in _ONE and head.pos_ == "PRON"):
            break
        if any(ch.dep_ == "cop" for ch in pred.children):
            subj = next((ch for ch in pred.children if ch.dep_ == "nsubj"), None)
            return subj if subj is not None and subj.pos_ == "NOUN" else None
    return None


def _a_tie(st: State, noun: Token) -> bool:
    """An agreement, a rapprochement or a ``superlative_nouns`` noun (a visit, a partner)."""
    acts = st.c.acts
    ties = acts["rapprochement"]["objects"] | acts["agreements"]["objects"] | praise()[1]
    return norm(noun.lemma_) in ties or st.low[noun.i] in ties
