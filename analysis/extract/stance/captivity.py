"""Captivity and release stated in the narration (``stance_acts.yaml``: ``captivity``;
session 15).

"X a arrêté deux ressortissants de Y", "les otages, enlevés par X", "l'arrestation de Y par
X", "Y, détenu par X": taking or holding someone is X's act against the captive (−1). "X a
libéré Y", "X a relâché les soldats", "Y, détenu en X depuis deux ans, a été libéré": the
release is X's act for the released (+1); a release with no agent belongs to the state where
the captive was held ("détenu en X").

Why apart from :mod:`analysis.extract.stance.interactions` (``detention``): there a third
party demands a release and is against the jailer; here the jailer's own act is read. The
sign comes from the act (capture / release), never from a polar word near it. Precision
first: the captive must be a person or a group of people (a named person, a group actor, or a
people noun: "otages", "soldats", "ressortissants" — never a town "libérée" by an army), the
holder a named party, and a negated act gives no row.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, matches, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.agents import noun_agent
from analysis.extract.stance.detector import detector
from analysis.extract.stance.diplomatic_acts import agent_past
from analysis.extract.stance.exchanges import is_state, noun_sign
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import holders_of, is_named
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target, prep_np
from analysis.resources.gazetteer import country_of_adjective

_PEOPLE_TYPES = frozenset({"person", "group"})


def _lists(c: Cues) -> dict:
    return c.acts.get("captivity") or {}


def _verbs(c: Cues) -> frozenset[str]:
    m = _lists(c)
    return frozenset(m.get("capture", ())) | frozenset(m.get("release", ()))


def _nouns(c: Cues) -> frozenset[str]:
    m = _lists(c)
    return frozenset(m.get("capture_nouns", ())) | frozenset(m.get("release_nouns", ()))


def _captive(st: State, tok: Token) -> Party | None:
    """The party of a captive phrase headed by ``tok`` when it names people: a person or
    group actor, or a people noun with its number and adjectives ("deux ressortissants
    ivoiriens", "les quatre otages") as a named phrase."""
    p = st.res.np_party(tok)
    if is_named(p) and p.actor_id and st.res.actor_type(p.actor_id) in _PEOPLE_TYPES:
        return p
    people = frozenset(_lists(st.c).get("people", ()))
    if st.low[tok.i] not in people and norm(tok.lemma_) not in people:
        return None
    if is_named(p):
        return p
    i = tok.i
    while i > 0 and i > tok.i - 3 and st.tv.pos[i - 1] in ("NUM", "ADJ"):
        i -= 1
    j = tok.i + 1
    while j < len(st.doc) and j < tok.i + 3 and st.tv.pos[j] == "ADJ":
        j += 1
    start, end = st.tv.idx[i], st.tv.end[j - 1]
    text = st.article.text[start:end]
    return Party(text, None, start, end, "name", None, True)


def _agent(st: State, t: Token, sent: Span) -> Party | None:
    agent = st.res.agent_token(t)
    if agent is None:
        hit = prep_np(st, t.i + 1, ("par",), sent, window=3)
        agent = hit[1] if hit is not None else None
    p = st.res.np_party(agent) if agent is not None else None
    if p is not None and is_named(p):
        return p
    return _adjective_state(st, agent) if agent is not None else None


def _adjective_state(st: State, head: Token) -> Party | None:
    """ "les forces de l'ordre maliennes", "la police syldave": a body of a state named by a
    nationality adjective in its phrase is named as written (the body, not its state)."""
    last = min(head.right_edge.i + 1, head.i + 6)
    for k in range(head.i + 1, last):
        if st.tv.pos[k] != "ADJ" or not st.tv.text[k][:1].islower():
            continue
        if not country_of_adjective(st.tv.text[k]):
            continue
        start, end = st.tv.idx[head.i], st.tv.end[k]
        return Party(st.article.text[start:end], None, start, end, "name", None, True)
    return None


def _arrested_in(st: State, t: Token, sent: Span, m: dict) -> Party | None:
    """ "Y a été arrêté en X", "Y, détenu au X": an arrest or detention by a state's
    authorities, with no agent, placed in that state (never a kidnapping: "enlevé au X" is
    no act of X)."""
    if not matches(t, frozenset(m.get("state_acts", ())), st.c):
        return None
    for k in range(t.i + 1, min(sent.end, t.i + 8)):
        if st.low[k] in (",", ";", ":", "par") or st.tv.pos[k] in ("VERB", "AUX"):
            return None
        if st.low[k] in ("en", "au", "aux"):
            rng = st.res.np_after(k + 1, sent.end)
            p = st.res.party(*rng) if rng else None
            if p is not None and is_named(p) and is_state(st, p):
                return p
    return None


def _conjuncts(st: State, tok: Token, captive: Party) -> list[Party]:
    """The captive and its coordinated names ("X et l'homme d'affaires Y")."""
    out = [captive]
    near = [tok, *(c for c in tok.children if c.dep_ == "appos")]
    for ch in (c for n in near for c in n.children):
        if ch.dep_ == "conj" and ch.pos_ in ("PROPN", "NOUN"):
            p = _captive(st, ch)
            if p is not None:
                out.append(p)
    return out


def _held_in(st: State, captive: Token, sent: Span, m: dict) -> Party | None:
    """ "Y, détenu en X depuis 2018": the state where the captive was held, from a capture
    participle on the captive followed by "en"/"au"/"aux"."""
    capture = frozenset(m.get("capture", ())) | frozenset(m.get("held_forms", ()))
    for ch in captive.children:
        if ch.dep_ == "acl" and (norm(ch.lemma_) in capture or st.low[ch.i] in capture):
            hit = prep_np(st, ch.i + 1, ("en", "au", "aux"), sent, window=1)
            p = st.res.np_party(hit[1]) if hit is not None else None
            if p is not None and is_named(p) and is_state(st, p):
                return p
    return None


@detector(pos={"VERB", "ADJ"}, words=_verbs)
def captivity_act(st: State, t: Token, sent: Span) -> None:
    """ "X a arrêté Y" (−1), "Y, enlevé par X" (−1), "X a libéré Y" (+1): see the module
    docstring."""
    m = _lists(st.c)
    key = matches(t, frozenset(m.get("capture", ())), st.c)
    sign = -1
    if not key:
        key = matches(t, frozenset(m.get("release", ())), st.c)
        sign = 1
    if not key or negated(st, t):
        return
    if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN"):
        captive_tok, holders = t.head, None  # "les otages, enlevés par X"
    elif st.res.is_passive(t):
        captive_tok = next((c for c in t.children if c.dep_.startswith("nsubj")), None)
        holders = None
    else:
        captive_tok = next((c for c in t.children if c.dep_ == "obj"), None)
        holders = holders_of(st, t)
    if captive_tok is None:
        return
    captive = _captive(st, captive_tok)
    if captive is None:
        return
    if holders is None:
        agent = _agent(st, t, sent)
        if agent is None and sign > 0:
            agent = _held_in(st, captive_tok, sent, m)
        elif agent is None and t.dep_ != "acl":
            # (not "Y, détenu en X, a été libéré": the release is the news)
            agent = _arrested_in(st, t, sent, m)
        holders = [agent] if agent is not None else []
    for each in _conjuncts(st, captive_tok, captive):
        st.add(holders, party_target(st, each), sign, key, "act", t, sent)


@detector(pos={"NOUN"}, words=_nouns, match="form")
def captivity_noun(st: State, t: Token, sent: Span) -> None:
    """ "l'arrestation de Y par X" (−1), "la libération de Y par X" (+1): the act noun with
    its "par" agent (a carrier verb's subject is often someone reporting or demanding it)."""
    m = _lists(st.c)
    sign = noun_sign(st, t, m, "capture_nouns", "release_nouns")
    if not sign:
        return
    hit = prep_np(st, t.i + 1, ("de", "du", "des", "d'"), sent, window=1)
    if hit is None or negated(st, t):
        return
    captive = _captive(st, hit[1])
    if captive is None:
        return
    agent = noun_agent(st, t, sent) or agent_past(st, hit[1], sent)
    if agent is None:
        return
    st.add([agent[0]], party_target(st, captive), sign, st.low[t.i], "act", t, sent)
