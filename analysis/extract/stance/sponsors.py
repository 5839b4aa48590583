"""The authors of a text support it (``stance_acts.yaml``: ``sponsorship``; session 15).

"le texte, co-rédigé par X et Y", "la résolution présentée par X", "le projet de résolution
déposé par X", "X a soumis une motion", "X a présenté un plan de paix": drafting, tabling or
sponsoring a resolution, a motion or a plan is X's support of it (+1), whatever vote follows.

Why apart: the stance verbs read judgements of a text ("X a salué la résolution"); here the
act of authoring carries the stance, with no polar word, and the author is most often a
passive participle's "par" agent. Precision first: the object must be a text noun
(``sponsorship.texts``: "présenter ses condoléances" or "présenter un rapport" on someone
else's deeds is no authoring), and a negated act gives no row.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, matches, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import holders_of, is_named
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target, prep_np

_DETS = frozenset({"le", "la", "les", "l'", "un", "une", "des", "ce", "cette", "ces", "son"})
_DETS |= frozenset({"sa", "ses", "leur", "leurs", "du", "de", "d'"})


def _lists(c: Cues) -> dict:
    return c.acts.get("sponsorship") or {}


def _verbs(c: Cues) -> frozenset[str]:
    return frozenset(_lists(c).get("verbs", ()))


def _text_party(st: State, noun: Token, sent: Span) -> Party:
    """The text's phrase: the noun and a "de N" complement ("projet de résolution"), without
    the determiner nor the participle."""
    end = noun.i + 1
    if end + 1 < sent.end and st.low[end] in ("de", "d'") and st.tv.pos[end + 1] == "NOUN":
        end += 2
    while end < sent.end and st.tv.pos[end] == "ADJ":
        end += 1
    start, stop = st.tv.idx[noun.i], st.tv.end[end - 1]
    return Party(st.article.text[start:stop], None, start, stop, "name")


def _agent(st: State, t: Token, sent: Span) -> list[Party]:
    agent = st.res.agent_token(t)
    if agent is None:
        hit = prep_np(st, t.i + 1, ("par",), sent, window=2)
        agent = hit[1] if hit is not None else None
    if agent is None:
        return []
    p = st.res.np_party(agent)
    out = [p] if is_named(p) else []
    # "co-rédigé par X et Y": Y hangs on the agent or on the participle
    conjs = list(agent.children) + [c for c in t.children if c.i > agent.i]
    for ch in conjs:
        if ch.dep_ == "conj" and ch.pos_ in ("PROPN", "NOUN"):
            q = st.res.np_party(ch)
            if is_named(q):
                out.append(q)
    return out


def _text_before(st: State, t: Token, texts: frozenset[str]) -> Token | None:
    """The text noun a participle qualifies: its head, or the noun right before it (past a
    comma) when the parser hung it higher ("a voté pour le projet, co-rédigé par X")."""
    for cand in (t.head, st.doc[t.i - 1], st.doc[t.i - 2] if t.i >= 2 else None):
        if cand is None or cand.pos_ != "NOUN":
            continue
        if st.low[cand.i] in texts or norm(cand.lemma_) in texts:
            return cand
    return None


@detector(pos={"VERB", "ADJ"}, words=_verbs)
def sponsorship(st: State, t: Token, sent: Span) -> None:
    """ "la résolution présentée par X" (+1), "X a déposé un projet de résolution" (+1)."""
    m = _lists(st.c)
    key = matches(t, frozenset(m.get("verbs", ())), st.c)
    texts = frozenset(m.get("texts", ()))
    if not key or negated(st, t):
        return
    if t.dep_ == "acl" and t.head.pos_ == "NOUN" and t.head.i < t.i:
        noun = _text_before(st, t, texts)
        if noun is None:
            return
        holders = _agent(st, t, sent)
    else:
        noun = next((c for c in t.children if c.dep_ in ("obj", "nsubj:pass")), None)
        if noun is None or (st.low[noun.i] not in texts and norm(noun.lemma_) not in texts):
            return
        holders = _agent(st, t, sent) if st.res.is_passive(t) else holders_of(st, t)
    if not holders:
        return
    st.add(holders, party_target(st, _text_party(st, noun, sent)), 1, key, "act", t, sent)
