"""Support and opposition nouns (``stance_nouns.yaml``): "le soutien de X
à Y", "X a apporté un soutien appuyé à Y", "sa lutte contre Y", "la demande x-ienne de
..."; the holder is a "de" complement, a nationality adjective or the subject of the verb
that carries the noun, the target follows a preposition.

Why apart from :mod:`analysis.extract.stance.lexical` (the verbs): a noun's holder and
target are its complements or its carrier verb's arguments, not a subject and an object.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, load_lexicon, matches, norm
from analysis.extract.quotes.speakers import DE, Party
from analysis.extract.stance.agents import agent_after_de_object, agent_after_object, noun_agent
from analysis.extract.stance.ascribed import against_sign, owners
from analysis.extract.stance.controlled import possessor_controlled
from analysis.extract.stance.detector import detector
from analysis.extract.stance.fights import fight_holders
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import (
    demonym_holders,
    holders_of,
    is_named,
)
from analysis.extract.stance.lexical import np_or_fact
from analysis.extract.stance.named_holders import addressee_credited
from analysis.extract.stance.possessive import possessed_object
from analysis.extract.stance.records import Target
from analysis.extract.stance.restrictions import under_relief
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import (
    party_target,
    prep_np,
    relation_target,
    target_np,
)
from analysis.resources.datacache import derived


def _stance_nouns(c: Cues) -> frozenset[str]:
    return frozenset(c.stance_nouns)


@derived
def _aim() -> tuple[frozenset[str], tuple[str, ...]]:
    """``aim_locutions`` of ``stance_nouns.yaml``: the prepositions that mark a noun as aimed
    at a party, and the locutions of aim every such noun takes, each also split as the
    parser splits an elided article ("à l'égard de" is "à", "l'", "égard", "de")."""
    entry = load_lexicon("stance_cues").get("aim_locutions") or {}
    locutions: list[str] = []
    for loc in entry.get("locutions") or ():
        key = norm(loc)
        locutions.append(key)
        split = re.sub(r"(\w')(?=\w)", r"\1 ", key)
        if split != key:
            locutions.append(split)
    return frozenset(norm(m) for m in entry.get("marks") or ()), tuple(locutions)


def noun_preps(c: Cues, needs: tuple[str, ...]) -> tuple[str, ...]:
    """The prepositions that introduce a stance noun's target. A noun aimed at a party (its
    own list has "contre" or "envers", or it has none) takes every French locution of aim
    ("la menace de X à l'encontre de Y", "l'hostilité de X à l'égard de Y"): the locution
    is the language's, not one noun's, and was listed noun by noun, some with it, some not."""
    marks, locutions = _aim()
    if not needs:
        return tuple(p for p in c.target_preps if p not in DE) + locutions
    if marks.intersection(needs):
        return needs + tuple(loc for loc in locutions if loc not in needs)
    return needs


@detector(pos={"NOUN"}, words=_stance_nouns, match="form")
def noun_cue(st: State, t: Token, sent: Span) -> None:
    """ "le soutien de X à Y", "X a apporté un soutien appuyé à Y", "sa lutte contre Y": a
    stance noun; the target follows a preposition, the holder is a "de" complement, a
    nationality adjective or the subject of the verb that carries the noun."""
    key = norm(t.lemma_) if norm(t.lemma_) in st.c.stance_nouns else norm(t.text)
    entry = st.c.stance_nouns.get(key)
    if entry is None:
        return
    polarity, needs = entry
    if _apposed_noun(st, t, key, polarity, sent):
        return
    preps = noun_preps(st.c, needs)
    if _agent_stance(st, t, key, polarity, needs, sent):
        return
    hit = prep_np(st, t.i + 1, preps, sent, window=4)
    holders: list[Party] = []
    if hit is not None and norm(st.doc[hit[0]].text) in DE:
        # "la demande de X d'un moratoire": the first "de" names the holder
        second = _holder_then_target(st, hit, preps, sent)
        if second is not None:
            holders, hit = second
    hit = hit or possessed_object(st, t, sent)  # "son rejet de la proposition de Y"
    if hit is None:
        _assured_of(st, t, key, polarity, sent)
        return
    target = np_or_fact(st, hit[1], sent)
    polarity = against_sign(st, hit[0], polarity)  # "son aide contre Y"
    if polarity < 0 and under_relief(st, t):
        return  # "X a annoncé la levée des sanctions contre Y": the relief (:mod:`.restrictions`)
    if key in _NEUTRAL_WEIGHT and _bad_thing(st, target):
        return  # "souligner l'importance des dégâts" is no support for them
    # "le soutien de X à Y"; "la demande kényane de ...": a nationality adjective
    holders = holders or _de_holder(st, t, hit[0]) or demonym_holders(st, t)
    if holders:
        st.add(holders, target, polarity, key, "noun", t, sent)
        # "X a exprimé le soutien de Y à Z": X, who voices Y's stance, holds it too
        voices, gov = _carrier_holders(st, t)
        if voices and not negated(st, gov):
            st.add([v for v in voices if is_named(v)], target, polarity, key, "noun", t, sent)
        return
    holders, gov = _carrier_holders(st, t)
    holders = owners(st, t, gov, holders)  # "reprocher à Y son soutien à Z": Y's
    if not holders:
        # "X et Y ont parlé de la lutte contre Z": the shared fight (:mod:`.fights`)
        fighters = fight_holders(st, t)
        if fighters:
            st.add(fighters, target, polarity, key, "noun", t, sent)
        return
    verb = gov if gov.pos_ in ("VERB", "AUX") else t
    if verb is not t and _ends(st, verb):
        if polarity < 0:
            return  # "X a levé ses sanctions contre Y": ending a hostile act says no more
        polarity = -1  # "X a suspendu son aide à Y": cutting aid is a sanction (CAMEO 16)
    if not matches(verb, st.words.concealment_verbs, st.c) and negated(st, verb):
        # "ne pas cacher sa satisfaction" expresses it: no flip. A hostile act not done
        # ("X n'a pas imposé de sanctions à Y", "décidé de ne pas renouveler ses sanctions")
        # is no support of Y; support withheld ("X n'a pas apporté son soutien à Y") opposes
        if polarity < 0:
            return
        polarity = -polarity
    st.add(holders, target, polarity, key, "noun", t, sent)


def _ends(st: State, verb: Token) -> bool:
    """The verb carrying a stance noun ends or cuts what the noun names ("suspendre son
    aide", "lever ses sanctions", "couper son soutien"): a rupture or cessation verb."""
    return bool(matches(verb, st.c.cessation_verbs | st.c.acts["ruptures"]["verbs"], st.c))


def _agent_stance(
    st: State, t: Token, key: str, polarity: int, needs: tuple[str, ...], sent: Span
) -> bool:
    """ "le rejet par X de Y", "l'appui réitéré par X au plan Y": a stance noun with a "par"
    agent (:func:`noun_agent`) is the agent's stance on what follows it ("de Y" is the
    object once the agent is named; a noun that needs its preposition still needs it)."""
    marks = _aim()[0]
    aimed = bool(marks.intersection(needs)) and not DE.intersection(needs)
    agent = noun_agent(st, t, sent, kinds=aimed)
    preps = noun_preps(st.c, needs) if needs else tuple(st.c.target_preps) + _aim()[1]
    if agent is None:
        # "les sanctions imposées à Y par X": the target (one of ``preps``) before the agent
        agent = agent_after_object(st, t, sent)
    if agent is None:  # "la reconnaissance de Y par X": the "de" object before the agent
        agent = agent_after_de_object(st, t, sent)
    if agent is None or agent[1] <= t.i:
        return False
    hit = prep_np(st, agent[1], preps, sent, window=1)
    if hit is None:
        return False
    gov = t.head
    if gov.pos_ in ("VERB", "AUX") and negated(st, gov):
        return True  # "X n'a pas annoncé le rejet par Y de ...": no stance said
    target = relation_target(st, hit[1], sent) or target_np(st, hit[1])
    st.add([agent[0]], target, polarity, key, "noun", t, sent)
    return True


# stance nouns that only weigh their object ("l'importance de Y"): for Y unless Y is bad
_NEUTRAL_WEIGHT = frozenset({"importance"})


def _bad_thing(st: State, target: Target) -> bool:
    """The target names something harmful: a negative evaluative word, a harm or a
    friction noun ("les dégâts", "le conflit")."""
    bad = st.c.negative_terms | st.c.harm_nouns | st.c.acts["frictions"]["nouns"]
    span = st.doc.char_span(target.start, target.end, alignment_mode="expand")
    return span is None or any(
        norm(t.lemma_) in bad or norm(t.text) in bad or norm(t.text) in st.words.harmful_things
        for t in span
    )


# verbs whose object is assured of the subject's stance: "X a assuré Y de son soutien"
_ASSURING = frozenset({"assurer", "rassurer"})


def _assured_of(st: State, t: Token, key: str, polarity: int, sent: Span) -> None:
    """ "X a assuré Y de son soutien (de sa solidarité)": the noun after "de" is the
    subject's stance toward the verb's object."""
    verb = t.head
    if verb.pos_ != "VERB" or norm(verb.lemma_) not in _ASSURING:
        return
    if not any(st.low[ch.i] in DE and ch.dep_ == "case" for ch in t.children):
        return
    obj = next((ch for ch in verb.children if ch.dep_ == "obj" and ch.i < t.i), None)
    if obj is None:
        return
    who = st.res.np_party(obj)
    if not is_named(who):
        return
    if negated(st, verb):
        polarity = -polarity
    st.add(holders_of(st, verb), party_target(st, who), polarity, key, "noun", t, sent)


def _de_holder(st: State, t: Token, prep: int) -> list[Party]:
    """ "le soutien de X à Y": the "de" complement right after the noun, before the target's
    preposition; past the noun's own adjectives ("l'attaque inconsidérée de X contre Y",
    "le soutien militaire de X à Y": an epithet does not change whose act the noun names)
    and past the closing mark of a noun the writer quotes ("le « soutien avéré » de X à Y":
    the marks distance the writer from the word, the complements stay the noun's)."""
    k = t.i + 1
    while k < prep and (_epithet(st, k) or st.low[k] in _CLOSING_MARKS):
        k += 1
    if k < prep and norm(st.doc[k].text) in DE:
        rng = st.res.np_after(k + 1, prep)
        if rng:
            p = st.res.party(*rng)
            if p.identified:
                return [p]
    return []


_CLOSING_MARKS = frozenset({"»", "”", '"'})


def _epithet(st: State, k: int) -> bool:
    """Token ``k`` is an epithet of the noun before it: an adjective or adverb in lower case
    ("militaire", "très clair"), or a past participle the parser reads as one
    ("inconsidérée", "affiché")."""
    tok = st.doc[k]
    if tok.text[:1].isupper():
        return False
    return tok.pos_ in ("ADJ", "ADV") or (
        tok.pos_ == "VERB" and "Part" in st.tv.morph(k, "VerbForm")
    )


def _carrier_holders(st: State, t: Token) -> tuple[list[Party], Token]:
    """The subject of a light verb ("apporter un soutien", "intensifier sa lutte"), or of
    any verb when a possessive says the stance is the subject's own ("sa lutte contre");
    "X a condamné l'attaque contre Y" is not X attacking Y. Also the verb reached (its
    negation counts)."""
    gov = t.head
    possessive = any(ch.dep_ == "det" and "Yes" in ch.morph.get("Poss") for ch in t.children)
    for _ in range(4):
        if gov.pos_ in ("VERB", "AUX"):
            light = st.c.light_verbs | st.words.concealment_verbs
            controlled = possessor_controlled(st, t, gov) if possessive else None
            if controlled is None and possessive:  # "sa gratitude à Y pour son soutien"
                controlled = addressee_credited(st, t)
            if controlled is not None:  # "X remercie Y pour son soutien": Y's support
                return controlled, gov
            if (matches(gov, light, st.c) and not _pronominal(st, gov)) or possessive:
                return holders_of(st, gov), gov
            break
        if gov.head.i == gov.i:
            break
        gov = gov.head
    return [], gov


def _pronominal(st: State, verb: Token) -> bool:
    """ "s'opposer aux sanctions", "se présenter", "se dire": a light verb used with "se" is a
    verb of its own, not the carrier of its complement noun ("opposer son veto à Y" is light;
    "X s'oppose aux sanctions contre Y" is not X sanctioning Y)."""
    return any(
        st.low[ch.i] in ("se", "s'") and (ch.dep_.startswith("expl") or ch.dep_ == "obj")
        for ch in verb.children
    )


def _holder_then_target(
    st: State, hit: tuple[int, Token], preps: tuple[str, ...], sent: Span
) -> tuple[list[Party], tuple[int, Token]] | None:
    """ "la demande de Nairobi d'un moratoire": an actor after the first "de", then the
    target after a second preposition."""
    i, j = st.res.chunk(hit[1], appos=False)
    p = st.res.party(i, j, hit[1])
    if not p.identified or p.kind not in ("actor", "name"):
        return None
    nxt = prep_np(st, j, preps, sent, window=1)
    if nxt is None:
        return None
    return [p], nxt


def _apposed_noun(st: State, t: Token, key: str, polarity: int, sent: Span) -> bool:
    """ "X plaide pour Y, une revendication ancienne de Z": a stance noun in apposition
    to the clause gives its "de" complement the stance of that clause on its issue."""
    doc = st.doc
    k = t.i - 1
    while k > sent.start and doc[k].pos_ in ("DET", "ADJ"):
        k -= 1
    if doc[k].text != "," or not st.rows or polarity != 1:
        return False  # a demand shares the clause's stance; "une critique de Z" does not
    m = t.i + 1
    while m < sent.end and doc[m].pos_ == "ADJ":
        m += 1
    if m >= sent.end or norm(doc[m].text) not in DE:
        return False
    rng = st.res.np_after(m + 1, sent.end)
    holder = st.res.party(*rng) if rng else None
    if holder is None or not holder.identified or holder.kind not in ("actor", "name"):
        return False
    prev = st.rows[-1]
    if prev.cue_tok.i > t.i:
        return False
    st.add([holder], prev.target, prev.polarity, key, "noun", t, sent)
    return True
