""" "Les deux ministres ont parlé de la lutte contre les groupes armés", "X et Y veulent
renforcer leur coopération dans la lutte contre le trafic de drogue": who fights when the
fight noun has no owner of its own.

Why: a stance noun takes its holder from a "de" complement ("la lutte de X contre Y"), a
possessive or a light verb carrying it ("X a intensifié la lutte contre Y"); the climb stops
at the first other verb. A fight against a scourge is, in diplomatic news, the shared aim of
whoever talks about it or cooperates in it, and the noun hangs from the verb through the
nouns of that cooperation ("la coopération sur la lutte contre Y", "les échanges sur
la lutte contre Y"). The construction, whatever the words: a noun of the ``fight_nouns``
family (``stance_nouns.yaml``), no owner found, the first verb above it (past nouns and
prepositions); its subjects hold the fight. Not when that verb judges, harms or accuses
("X a critiqué la lutte contre Y", "X accuse Y d'entraver la lutte contre Z"), is denied,
or when the fight is someone else's act ("la lutte contre Y menée par Z").
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.cues import load_lexicon, matches, norm, ordered_keys
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import holders_of
from analysis.extract.stance.state import State
from analysis.resources.datacache import derived

# how many heads the climb from the fight noun to its verb may pass
_CLIMB = 5


@derived
def fight_nouns() -> frozenset[str]:
    """The ``fight_nouns`` of ``stance_nouns.yaml``."""
    return frozenset(norm(w) for w in load_lexicon("stance_nouns").get("fight_nouns") or [])


def fight_holders(st: State, noun: Token) -> list[Party]:
    """The subjects of the verb a fight noun hangs from (see the module); [] when the noun is
    no fight noun, the fight is someone else's, or the verb judges, harms, accuses or is
    denied."""
    if norm(noun.lemma_) not in fight_nouns() and norm(noun.text) not in fight_nouns():
        return []
    if any(ch.dep_ == "acl" for ch in noun.children):
        return []  # "la lutte contre Y menée par Z": Z's fight
    gov = noun.head
    for _ in range(_CLIMB):
        if gov.pos_ in ("VERB", "AUX"):
            if negated(st, gov) or _judging(st, gov):
                return []
            return holders_of(st, gov)
        if gov.head.i == gov.i:
            return []
        gov = gov.head
    return []


def _judging(st: State, verb: Token) -> bool:
    """The verb is a stance verb against its object, a harm verb or an accusation verb: its
    subject judges or hinders the fight, and does not wage it."""
    if matches(verb, st.c.harm_verbs, st.c) or matches(verb, st.c.acts["accusation_verbs"], st.c):
        return True
    return any(
        e.polarity < 0
        for k in ordered_keys(verb, st.c)
        if k in st.c.stance_verbs
        for e in st.c.stance_verbs[k]
    )
