"""The author of what a stance verb judges, named by a participle's "par" agent
(``stance_acts.yaml``: ``authored_things``; session 17, narr).

"X a fermement condamné les propos tenus par Y", "X fustige les menaces proférées par Y",
"X a salué les efforts déployés par Y", "X dénonce les mesures imposées par Y à Z": X judges
a thing, and the participle says who made it; X is against (for) its author as it is
against (for) the thing.

Why apart from :mod:`analysis.extract.stance.lexical`: there the target is the object's
noun phrase ("les propos tenus par Y"), an issue; the one who spoke or acted is an actor
only the agent of the participle names. Precision first: the participle must be one of
`authored_things.participles` (making, saying, leading: "tenus", "lancée", "prises"; never
"subie", "visée"), its "par" agent a named actor other than the judge, the noun the direct
object of a stance verb of one sign only; a negated or hedged judge gives no row.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, load_lexicon, norm
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import holders_of, is_named
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target
from analysis.resources.datacache import derived


@derived
def _participles() -> frozenset[str]:
    lists = load_lexicon("stance_acts").get("authored_things") or {}
    return frozenset(norm(w) for w in lists.get("participles") or ())


def _words(c: Cues) -> frozenset[str]:
    return _participles()


@detector(pos={"VERB"}, words=_words)
def authored_thing(st: State, t: Token, sent: Span) -> None:
    """ "X condamne les propos tenus par Y": X is against Y (for Y with a verb of praise)."""
    tv = st.tv
    if norm(t.lemma_) not in _participles() or "Part" not in tv.morph(t.i, "VerbForm"):
        return
    if tv.dep[t.i] != "acl" or tv.head[t.i] >= t.i:
        return
    thing = _qualified(tv.tokens[tv.head[t.i]])
    if thing.pos_ != "NOUN" or thing.dep_ != "obj":
        return
    judge = thing.head
    if judge.pos_ != "VERB" or judge.i > thing.i:
        return
    sign = _sign(st, judge)
    if sign == 0 or negated(st, judge):
        return
    agent = st.res.agent_token(t)
    if agent is None or agent.i < t.i:
        return
    author = st.res.np_party(agent)
    if not is_named(author) or not author.actor_id:
        return
    holders = [h for h in holders_of(st, judge) if h.actor_id != author.actor_id]
    if holders:
        cue = f"{norm(judge.lemma_)} … par"
        st.add(holders, party_target(st, author), sign, cue, "verb", judge, sent)


def _qualified(head: Token) -> Token:
    """The noun a participle qualifies when the parser hangs it on an adjective of that noun
    ("les propos injustifiés et inacceptables tenus par Y": "tenus" on "injustifiés"; up to
    three adjectives, each an "amod" or a "conj" of the one before)."""
    for _ in range(3):
        if head.pos_ != "ADJ" or head.dep_ not in ("amod", "conj") or head.head.i >= head.i:
            break
        head = head.head
    return head


def _sign(st: State, verb: Token) -> int:
    """The one sign of the stance verb ``verb`` (0 if it is none, or has both)."""
    cues = st.c.stance_verbs.get(norm(verb.lemma_), ())
    signs = {1 if v.polarity > 0 else -1 for v in cues if v.polarity and not v.preps}
    return signs.pop() if len(signs) == 1 else 0
