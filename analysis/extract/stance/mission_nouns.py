"""Acts on a diplomatic mission stated as nouns (``stance_acts.yaml``: ``mission_acts``;
session 15).

"X a annoncé la fermeture de l'ambassade de Y", "X a ordonné la fermeture de son consulat à
Y", "la fermeture par X de l'ambassade de Y": closing (or evacuating) a mission is X's act
against Y; "X a décidé la réouverture de son ambassade à Y", "l'ouverture d'un consulat de X
à Y": for Y. Y is the mission's state ("de Y", a nationality adjective) or its post ("à Y",
"en Y"), as for the verbs (:func:`analysis.extract.stance.narrative.mission_act`).

Why apart: the verbs' rule reads the verb's object; here the act is a noun whose holder is
the subject of the verb carrying it or a "par" agent. Precision first: a negated or refused
carrier gives no row ("X a démenti la fermeture de l'ambassade"), and a noun with neither a
carrier verb nor an agent gives none ("la fermeture de l'ambassade de Y inquiète").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, matches, norm
from analysis.extract.stance.agents import noun_agent
from analysis.extract.stance.detector import detector
from analysis.extract.stance.diplomatic_acts import agent_past, diplomat, diplomat_state
from analysis.extract.stance.exchanges import noun_sign
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import holders_of, is_named
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import is_time_at, party_target, prep_np


def _lists(c: Cues) -> dict:
    return c.acts.get("mission_acts") or {}


def _nouns(c: Cues) -> frozenset[str]:
    m = _lists(c)
    return frozenset(m.get("close_nouns", ())) | frozenset(m.get("open_nouns", ()))


def _carrier(t: Token) -> Token | None:
    """The verb whose object (or complement) the act noun is, through one noun ("a annoncé
    la décision de fermeture de ...")."""
    gov = t.head
    for _ in range(2):
        if gov.i == t.i or gov.i == gov.head.i and gov.pos_ not in ("VERB", "AUX"):
            return None
        if gov.pos_ in ("VERB", "AUX"):
            return gov
        gov = gov.head
    return None


@detector(pos={"NOUN"}, words=_nouns, match="form")
def mission_noun(st: State, t: Token, sent: Span) -> None:
    """ "X a annoncé la fermeture de l'ambassade de Y" (−1), "la réouverture par X de son
    ambassade à Y" (+1): see the module docstring."""
    m = _lists(st.c)
    sign = noun_sign(st, t, m, "close_nouns", "open_nouns")
    if not sign:
        return
    hit = prep_np(st, t.i + 1, ("de", "du", "des", "d'"), sent, window=4)
    missions = st.c.acts["hostile_acts"]["missions"]
    if hit is None or not (st.low[hit[1].i] in missions or norm(hit[1].lemma_) in missions):
        return
    other = diplomat_state(st, hit[1], sent)
    if other is None or not is_named(other) or negated(st, t):
        return
    agent = noun_agent(st, t, sent) or agent_past(st, hit[1], sent)
    if agent is not None:
        holders = [agent[0]]
    else:
        gov = _carrier(t)
        blocked = frozenset(m.get("blocked_carriers", ()))
        if gov is None or negated(st, gov) or norm(gov.lemma_) in blocked:
            return
        holders = holders_of(st, gov)
    cue = f"{st.low[t.i]} {st.low[hit[1].i]}"
    st.add(holders, party_target(st, other), sign, cue, "act", t, sent)


_MONTHS = frozenset(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)


def _diplomat_verbs(c: Cues) -> frozenset[str]:
    return frozenset(c.acts["hostile_acts"]["diplomat_verbs"])


def _past_circumstances(st: State, t: Token, sent: Span) -> int | None:
    """The index of the first word after the verb past a date and a place ("a rappelé
    mardi 3 mai à Lomé ses ambassadeurs"), when there was one to skip."""
    k, skipped = t.i + 1, False
    while k < min(sent.end, t.i + 10):
        if is_time_at(st, k) or st.tv.pos[k] == "NUM" or st.low[k] in _MONTHS:
            k, skipped = k + 1, True
        elif st.low[k] in ("à", ",") and k + 1 < sent.end and st.tv.pos[k + 1] == "PROPN":
            k += 2
            while k < sent.end and st.tv.pos[k] == "PROPN":
                k += 1
            skipped = True
        elif st.low[k] == ",":
            k += 1
        else:
            break
    return k if skipped and k < sent.end else None


@detector(pos={"VERB"}, words=_diplomat_verbs)
def recall_after_circumstances(st: State, t: Token, sent: Span) -> None:
    """ "X a rappelé mardi 3 mai à Lomé ses ambassadeurs au Y": a date and a
    place between the verb and its diplomat object, where the parser hangs the object on the
    place. The post ("au Y") or the diplomat's state: X against Y, as for the direct object
    (:func:`analysis.extract.stance.diplomatic_acts.diplomatic_act`)."""
    if not matches(t, _diplomat_verbs(st.c), st.c) or st.res.is_passive(t) or negated(st, t):
        return
    if any(ch.dep_ == "obj" for ch in t.children):
        return  # the parse found the object: the acts rule reads it
    k = _past_circumstances(st, t, sent)
    if k is None:
        return
    while k < sent.end and st.tv.pos[k] in ("DET", "NUM"):
        k += 1
    if k >= sent.end or st.tv.pos[k] != "NOUN":
        return
    obj = st.doc[k]
    whose = diplomat(st, obj, sent)
    if whose is None:
        return
    hit = prep_np(st, obj.i + 1, ("à", "au", "aux", "en"), sent, window=2)
    post = st.res.np_party(hit[1]) if hit is not None else None
    other = post if post is not None and is_named(post) else diplomat_state(st, whose, sent)
    if other is None or not is_named(other):
        return
    cue = f"{norm(t.lemma_)} {st.low[k]}"
    st.add(holders_of(st, t), party_target(st, other), -1, cue, "rupture", t, sent)
