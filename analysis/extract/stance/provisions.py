"""Provision: "X a livré des hélicoptères au Y", "X fournira à Y des vaccins", "X a octroyé un
prêt au Y" — giving a thing to an actor (CAMEO 06-07, material cooperation, provide aid) makes
the giver (weakly) for the recipient (``provision_verbs`` of
``data/lexicons/stance_interactions.yaml``).

Why: aid, loans and arms deliveries are how much diplomatic news reports cooperation without
a stance word; the parse gives the three parts (subject, thing, "à" recipient). Sign safety:
the thing must be no actor ("livrer X à la justice"), no harm or hostile act ("livrer
bataille"), nor a non-gift ("accorder un délai"); denied, there was no gift: no row.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, matches, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import holders_of, is_named
from analysis.extract.stance.interaction_words import interactions
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target, segment_end


def _provision_words(_c: Cues) -> frozenset[str]:
    return interactions().provision_verbs


_TO = ("à", "au", "aux")


@detector(pos={"VERB"}, words=_provision_words)
def provision(st: State, t: Token, sent: Span) -> None:
    """ "X a livré des hélicoptères au Y", "X fournira à Y des vaccins": the giver is for the
    recipient (CAMEO 06-07, material cooperation). The object must be a thing, neither an
    actor ("livrer X à la justice") nor a harm or a non-gift ("livrer bataille", "accorder
    un délai"); a denied gift is no act: no row."""
    w = interactions()
    lemma = matches(t, w.provision_verbs, st.c)
    if not lemma or negated(st, t) or st.res.is_passive(t):
        return
    obj = next((ch for ch in t.children if ch.dep_ == "obj" and ch.pos_ == "NOUN"), None)
    recipient = _recipient(st, t, obj, sent)
    if recipient is None:
        return
    if obj is None:
        obj = _gift_on_recipient(st, t)
    if obj is None or _not_a_gift(st, obj):
        return
    holders = [h for h in holders_of(st, t) if not h.actor_id or h.actor_id != recipient.actor_id]
    st.add(holders, party_target(st, recipient), 1, lemma, "interaction", t, sent)


def _not_a_gift(st: State, obj: Token) -> bool:
    """What is given names an actor, a harm, a friction, a hostile act or a non-gift."""
    w = interactions()
    bad = (
        w.not_gifts
        | w.hostile_nouns
        | st.c.harm_nouns
        | st.c.acts["frictions"]["nouns"]
        | st.c.negative_terms
    )
    if norm(obj.lemma_) in bad or norm(obj.text) in bad:
        return True
    return is_named(st.res.np_party(obj))


def _gift_on_recipient(st: State, t: Token) -> Token | None:
    """ "fournira à Y des vaccins": the parse may hang the gift on the recipient."""
    head = recipient_head(st, t)
    if head is None:
        return None
    return next(
        (
            ch
            for ch in head.children
            if ch.dep_ == "nmod" and ch.pos_ == "NOUN" and st.low[ch.i - 1] in ("des", "du")
        ),
        None,
    )


def recipient_head(st: State, t: Token) -> Token | None:
    """The head of the verb's "à" complement ("livrer au Y", "fournir à Y des ...")."""
    return next(
        (
            ch
            for ch in t.children
            if ch.pos_ in ("PROPN", "NOUN")
            and ch.dep_.startswith(("obl", "iobj"))
            and any(c.dep_ == "case" and st.low[c.i] in _TO for c in ch.children)
        ),
        None,
    )


def _recipient(st: State, t: Token, obj: Token | None, sent: Span) -> Party | None:
    """The named actor of the "à" complement of the verb, or of the object's phrase ("un
    prêt de 50 millions au Y", the parse may hang it there), within the clause."""
    head = recipient_head(st, t)
    if head is None and obj is not None:
        end = segment_end(st, obj.i + 1, sent)
        head = next(
            (
                tok
                for tok in obj.subtree
                if obj.i < tok.i < end
                and tok.dep_ == "nmod"
                and tok.pos_ in ("PROPN", "NOUN")
                and any(c.dep_ == "case" and st.low[c.i] in _TO for c in tok.children)
            ),
            None,
        )
    if head is None:
        return None
    p = st.res.np_party(head)
    return p if is_named(p) else None
