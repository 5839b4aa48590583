"""Leaving or joining a treaty or a body, and relieving a state's debt, stated in the
narration (``stance_acts.yaml``: ``memberships``; session 15).

"X s'est retiré de l'accord", "X a quitté l'organisation", "X a annoncé son retrait de la
communauté", "le retrait de X de la force conjointe": X against the treaty or body (−1).
"X a réintégré l'union", "X a réadhéré à l'organisation", "la réintégration de X dans Y": for it
(+1). "X a annulé la dette de Y", "l'effacement de la dette de Y par X": X for Y (+1).

Why apart from :mod:`analysis.extract.stance.acts` (ruptures): there a relation with a partner
is broken ("rompre ses relations avec Y"); here the other side is the treaty or body itself,
named after "de" or as the object. Precision first: the other side must be a body or treaty
(an organisation actor or a noun of ``memberships.bodies``) and never a state ("les troupes
se sont retirées du pays" is no stance); a negated act, or a noun carried by a verb of demand
or refusal ("exiger le retrait de"), gives no row.
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

_DE = ("de", "du", "des", "d'")
_REFLEXIVE = frozenset({"se", "s'", "s’"})


def _lists(c: Cues) -> dict:
    return c.acts.get("memberships") or {}


def _verbs(c: Cues) -> frozenset[str]:
    m = _lists(c)
    keys = ("leave", "leave_de", "join", "debt_verbs")
    return frozenset().union(*(m.get(k, frozenset()) for k in keys))


def _nouns(c: Cues) -> frozenset[str]:
    m = _lists(c)
    return frozenset(m.get("leave_nouns", ())) | frozenset(m.get("join_nouns", ()))


def _body(st: State, tok: Token | None) -> Party | None:
    """The party of a treaty or body phrase headed by ``tok`` (never a state)."""
    if tok is None:
        return None
    p = st.res.np_party(tok)
    if p.identified and p.actor_id and st.res.actor_type(p.actor_id) == "organisation":
        return p
    bodies = frozenset(_lists(st.c).get("bodies", ()))
    if st.low[tok.i] not in bodies and norm(tok.lemma_) not in bodies:
        return None
    if tok.pos_ == "PROPN" and p.identified and is_named(p) and not is_state(st, p):
        return p  # "l'Union africaine"
    return _phrase(st, tok)  # "l'accord de Paris": the treaty, not the city


def _phrase(st: State, tok: Token) -> Party:
    start, end = st.tv.idx[tok.i], st.tv.end[tok.right_edge.i]
    return Party(st.article.text[start:end], None, start, end, "name")


def _debt_of(st: State, k: int, sent: Span) -> Party | None:
    """ "la dette de Y", "les créances sur Y" from the debt noun at ``k``."""
    hit = prep_np(st, k + 1, (*_DE, "sur", "envers"), sent, window=2)
    p = st.res.np_party(hit[1]) if hit is not None else None
    return p if p is not None and is_named(p) else None


def _debt_object(st: State, start: int, sent: Span) -> int | None:
    debts = frozenset(_lists(st.c).get("debts", ()))
    k = start
    while k < min(sent.end, start + 6):
        if st.low[k] in debts:
            return k
        if st.tv.pos[k] in ("DET", "ADJ", "NUM") or st.low[k] in ("partie", "totalité", "de"):
            k += 1
            continue
        return None
    return None


@detector(pos={"VERB", "ADJ"}, words=_verbs)
def membership_act(st: State, t: Token, sent: Span) -> None:
    """ "X s'est retiré de l'accord" (−1), "X a réintégré l'union" (+1), "X a annulé la
    dette de Y" (+1): see the module docstring."""
    m = _lists(st.c)
    if negated(st, t):
        return
    if matches(t, frozenset(m.get("debt_verbs", ())), st.c):
        k = _debt_object(st, t.i + 1, sent)
        other = _debt_of(st, k, sent) if k is not None else None
        if other is not None:
            st.add(holders_of(st, t), party_target(st, other), 1, "annuler dette", "act", t, sent)
        return
    if matches(t, frozenset(m.get("leave_de", ())), st.c):
        kids = [c for c in t.children if st.low[c.i] in _REFLEXIVE]
        if not kids and norm(t.lemma_) != "sortir":
            return  # "retirer ses troupes de Y": not the subject leaving
        hit = prep_np(st, t.i + 1, _DE, sent, window=2)
        body, sign = _body(st, hit[1] if hit else None), -1
    else:
        obj = next((c for c in t.children if c.dep_ == "obj" and c.i > t.i), None)
        k = t.i + 1
        while obj is None and k < sent.end and st.tv.pos[k] == "DET":
            k += 1
        if obj is None and k < sent.end and st.doc[k].head.i == t.i:
            obj = st.doc[k]  # "a réintégré l'Union": the parse may read an oblique
        if matches(t, frozenset(m.get("leave", ())), st.c):
            sign = -1
        elif matches(t, frozenset(m.get("join", ())), st.c):
            sign = 1
        else:
            return
        body = _body(st, obj)
    if body is None:
        return
    st.add(holders_of(st, t), party_target(st, body), sign, norm(t.lemma_), "act", t, sent)


@detector(pos={"NOUN"}, words=_nouns, match="form")
def membership_noun(st: State, t: Token, sent: Span) -> None:
    """ "X a annoncé son retrait de Y" (−1), "le retrait de X de Y" (−1), "la réintégration
    de X dans Y" (+1)."""
    m = _lists(st.c)
    sign = noun_sign(st, t, m, "leave_nouns", "join_nouns")
    if not sign:
        return
    into = _DE if sign < 0 else ("dans", "au sein de", "au sein du", "à", "au")
    first = prep_np(st, t.i + 1, _DE if sign < 0 else (*_DE, *into), sent, window=2)
    if first is None or negated(st, t):
        return
    body = _body(st, first[1])
    holders: list[Party] = []
    if body is None:
        # "le retrait de X de Y": X leaves Y
        mover = st.res.np_party(first[1])
        second = prep_np(st, first[1].i + 1, into, sent, window=4)
        body = _body(st, second[1]) if second is not None else None
        holders = [mover] if is_named(mover) and is_state(st, mover) else []
    if body is None:
        return
    if not holders:
        agent = noun_agent(st, t, sent) or agent_past(st, first[1], sent)
        if agent is not None:
            holders = [agent[0]]
        else:
            gov = t.head
            if gov.pos_ not in ("VERB", "AUX") or t.dep_ not in ("obj", "nsubj:pass"):
                return
            if negated(st, gov) or norm(gov.lemma_) in frozenset(m.get("blocked", ())):
                return
            holders = holders_of(st, gov)
    st.add(holders, party_target(st, body), sign, st.low[t.i], "act", t, sent)
