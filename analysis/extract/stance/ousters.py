"""Putting a diplomat or a member state out, stated in the narration (``stance_acts.yaml``:
``ousters``; session 16).

"X a donné 72 heures à l'ambassadeur de Y pour quitter le pays", "X a sommé le consul de Y de
partir": an order or a deadline to leave given to a diplomat is X's act against the
diplomat's state (−1). "L'organisation X a suspendu Y de ses instances", "X a exclu Y": a body
putting a member state out is against it (−1); "X a réadmis Y" for it (+1).

Why apart from :mod:`analysis.extract.stance.acts` (``diplomatic_act``): there the verb
itself expels or summons ("expulser l'ambassadeur"); here the verb of order carries an
infinitive of leaving, and the diplomat is its object or its "à" complement. And apart from
:mod:`analysis.extract.stance.withdrawals`: there a state leaves a body; here the body acts
on the state. Precision first: a negated act gives no row; the diplomat must be one
(``diplomat``) with a state named; the body must be an organisation actor and its object a
state.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, matches, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.agents import authority_state, noun_agent
from analysis.extract.stance.detector import detector
from analysis.extract.stance.diplomatic_acts import diplomat, diplomat_state
from analysis.extract.stance.exchanges import is_state
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import holders_of, is_named
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target
from analysis.extract.stance.voices import speaks_for_state

# at most this many words between the verb of order and the infinitive of leaving
_SPAN = 14


def _lists(c: Cues) -> dict:
    return c.acts.get("ousters") or {}


def _leave(c: Cues) -> frozenset[str]:
    return frozenset(_lists(c).get("leave_verbs", ()))


def _body_verbs(c: Cues) -> frozenset[str]:
    m = _lists(c)
    return frozenset(m.get("suspend_verbs", ())) | frozenset(m.get("readmit_verbs", ()))


def _carrier(st: State, t: Token, sent: Span) -> Token | None:
    """The verb of order or deadline governing the infinitive ``t``, within a few words
    before it (the parse hangs "pour quitter" on the noun of the deadline as often as on the
    verb)."""
    carriers = frozenset(_lists(st.c).get("carriers", ()))
    tv, doc = st.tv, st.doc
    for k in range(t.i - 1, max(sent.start, t.i - _SPAN) - 1, -1):
        if tv.pos[k] == "VERB" and norm(tv.lemma[k]) in carriers:
            return doc[k]
        if tv.pos[k] == "VERB" and tv.dep[k] not in ("xcomp", "ccomp"):
            return None  # another clause's verb first
    return None


@detector(pos={"VERB"}, words=_leave)
def leave_order(st: State, t: Token, sent: Span) -> None:
    """ "X a donné 48 heures à l'ambassadeur de Y pour quitter le territoire": X against Y."""
    if not matches(t, _leave(st.c), st.c) or st.tv.morph(t.i, "VerbForm") != ("Inf",):
        return
    carrier = _carrier(st, t, sent)
    if carrier is None or negated(st, carrier) or negated(st, t):
        return
    doc = st.doc
    envoy = next(
        (d for k in range(carrier.i + 1, t.i) if (d := diplomat(st, doc[k], sent)) is not None),
        None,
    )
    other = diplomat_state(st, envoy, sent) if envoy is not None else None
    if other is None or not is_named(other):
        return
    holders = [h for h in holders_of(st, carrier) if h.actor_id != other.actor_id]
    cue = f"{norm(carrier.lemma_)} {norm(t.lemma_)}"
    st.add(holders, party_target(st, other), -1, cue, "rupture", t, sent)


@detector(pos={"VERB"}, words=_body_verbs)
def body_ouster(st: State, t: Token, sent: Span) -> None:
    """ "L'union X a suspendu Y de ses instances": X against Y; "X a réadmis Y": for Y."""
    m = _lists(st.c)
    if matches(t, frozenset(m.get("readmit_verbs", ())), st.c):
        sign = 1
    elif matches(t, frozenset(m.get("suspend_verbs", ())), st.c):
        sign = -1
    else:
        return
    if negated(st, t) or st.res.is_passive(t):
        return
    holders = [
        h
        for h in holders_of(st, t)
        if h.actor_id and st.res.actor_type(h.actor_id) == "organisation"
    ]
    tv = st.tv
    obj = next(  # the parse may take a bare object for an "obl:mod" ("a réintégré la Syrie")
        (
            c
            for c in tv.children[t.i]
            if tv.dep[c] == "obj"
            or (
                tv.dep[c] == "obl:mod"
                and c > t.i
                and all(tv.dep[g] != "case" for g in tv.children[c])
            )
        ),
        None,
    )
    if not holders or obj is None:
        return
    party = st.res.np_party(st.doc[obj])
    if not is_named(party) or not is_state(st, party):
        return
    st.add(holders, party_target(st, party), sign, norm(t.lemma_), "rupture", t, sent)


def _voiced_state(st: State, aid: str | None) -> str | None:
    """The state whose diplomats a voice of it calls its own (a ministry, an official)."""
    if not aid or not speaks_for_state(st, aid):
        return None
    country = st.res.actors.get(aid, {}).get("country")
    return st.states.get(country) if isinstance(country, str) else None


def _envoy_nouns(c: Cues) -> frozenset[str]:
    return frozenset((c.acts.get("own_envoys") or {}).get("nouns", ()))


def _own_envoy(st: State, t: Token, sent: Span) -> Token | None:
    """The diplomat noun of "l'expulsion de (quatre de) ses diplomates": a possessive right
    before it, within a few words after the act noun."""
    possessives = frozenset((st.c.acts.get("own_envoys") or {}).get("possessives", ()))
    for k in range(t.i + 1, min(sent.end - 1, t.i + 6)):
        if st.low[k] in possessives:
            d = diplomat(st, st.doc[k + 1], sent)
            return d if d is not None and d.i == k + 1 else None
        if st.low[k] in (",", ";", "par") or st.tv.pos[k] in ("VERB", "AUX"):
            return None
    return None


@detector(pos={"NOUN"}, words=_envoy_nouns, match="form")
def own_envoys(st: State, t: Token, sent: Span) -> None:
    """ "X a dénoncé l'expulsion de ses diplomates par Y": Y's act against X (X, or the
    state X speaks for)."""
    envoy = _own_envoy(st, t, sent)
    if envoy is None or negated(st, t):
        return
    agent = noun_agent(st, t, sent) or noun_agent(st, envoy, sent)
    gov = t.head
    if agent is None or gov.i == t.i or gov.pos_ not in ("VERB", "AUX"):
        return
    owners = []
    for h in holders_of(st, gov):
        h = authority_state(st, h)
        state = _voiced_state(st, h.actor_id)
        if state and state != h.actor_id:
            h = Party(st.res.actor_name(state), state, h.start, h.end, "actor")
        if is_named(h) and h.actor_id != agent[0].actor_id:
            owners.append(h)
    for owner in owners[:1]:
        cue = f"{norm(t.text)} diplomates"
        st.add([agent[0]], party_target(st, owner), -1, cue, "rupture", t, sent)
