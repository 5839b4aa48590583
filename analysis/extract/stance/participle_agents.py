"""Acts told by a participle inside a noun phrase, with their "par" agent (session 27, pagt):
"le visa délivré par X à Y" (X for Y, +1), "les taxes infligées par X au pays Y" (X against
Y, −1), "la charte paraphée par X" (X for the charte, +1), wherever the noun phrase stands
(object, complement of a preposition, apposition). ``stance_acts.yaml``:
``participle_agents``.

Why apart: the stance verbs read a participle's agent when the participle is itself a
judgement ("le projet critiqué par X"), and the act nouns when the noun is a cue ("les
sanctions imposées par X à Y"); a neutral noun ("l'autorisation", "les mesures", "l'accord")
with an act participle gave no row, though the participle alone says what the agent did to
whom. Precision first: the participle follows its noun (past adjectives and adverbs), its
agent comes right after it, the one aimed at is a named actor after "à" or "contre" ("la
conférence de presse accordée par X" names no one: no row), a signed thing is an agreement
noun, and a negated participle gives nothing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, matches
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.agents import noun_agent
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target, prep_np, target_np

# the prepositions of the one an act is given to or laid on
_AIMS = ("à", "au", "aux", "contre")
# at most this many words between a signed agreement noun and its participle
_SPAN = 6


def _lists(c: Cues) -> dict:
    return c.acts.get("participle_agents") or {}


def _verbs(c: Cues) -> frozenset[str]:
    m = _lists(c)
    return (
        frozenset(m.get("granted", ()))
        | frozenset(m.get("imposed", ()))
        | frozenset(m.get("signed", ()))
    )


def _noun_before(st: State, t: Token, sent: Span) -> Token | None:
    """The noun the participle ``t`` is set after, past adjectives and adverbs ("les mesures
    coercitives unilatérales imposées"); None when another word stands between."""
    pos = st.tv.pos
    k = t.i - 1
    while k > sent.start and pos[k] in ("ADJ", "ADV"):
        k -= 1
    return st.doc[k] if k >= sent.start and pos[k] == "NOUN" else None


def _agent(st: State, noun: Token, t: Token, sent: Span) -> tuple[Party, int] | None:
    """The "par" agent right after the participle (adverbs aside) and the index its phrase
    ends at; None when the participle has no agent of its own."""
    k = t.i + 1
    while k < sent.end and st.tv.pos[k] == "ADV":
        k += 1
    if k >= sent.end or st.low[k] != "par":
        return None
    return noun_agent(st, noun, sent)


def _agreement(st: State, t: Token, sent: Span, words: frozenset[str]) -> Token | None:
    """The agreement a signing participle bears on: the nearest agreement noun before it
    within its noun phrase, past a date or a complement ("le traité du 4 juin signé par X",
    "le protocole de coopération signé par X"); None past a verb or a punctuation mark."""
    for k in range(t.i - 1, max(sent.start, t.i - _SPAN) - 1, -1):
        if st.tv.pos[k] in ("VERB", "AUX", "PUNCT", "PRON"):
            return None
        if st.tv.pos[k] == "NOUN" and st.low[k] in words:
            return st.doc[k]
    return None


def _aimed(st: State, end: int, sent: Span) -> Target | None:
    """The named actor right after the agent phrase (ending at ``end``) introduced by "à" or
    "contre"; None for a bare name after "à" that is no person ("accordée par X à Paris" is
    where, not to whom: a state takes an article, a city does not)."""
    aim = prep_np(st, end, _AIMS, sent, window=0)
    if aim is None:
        return None
    target = target_np(st, aim[1])
    if target.actor_id is None:
        return _apposed_person(st, aim[1], sent)
    bare = st.low[aim[0]] == "à" and st.tv.pos[aim[0] + 1] == "PROPN"
    if bare and st.res.actor_type(target.actor_id) != "person":
        return None
    return target


def _apposed_person(st: State, head: Token, sent: Span) -> Target | None:
    """ "(accordée par X) au chef du mouvement Y, Z,": a title that names no actor, closed by
    the name of a person set in apposition after a comma, is that person."""
    j = st.res.chunk(head, pps=True, appos=False)[1]
    if j + 1 >= sent.end or st.low[j] != ",":
        return None
    start = st.tv.idx[j + 1]
    for s, e, a in st.res.mentions_in(start, st.tv.end[sent.end - 1]):
        if s == start and st.res.actor_type(a) == "person":
            return party_target(st, Party(st.res.actor_name(a), a, s, e, "actor"))
    return None


@detector(pos={"VERB", "ADJ"}, words=_verbs)
def participle_agent(st: State, t: Token, sent: Span) -> None:
    """ "l'asile octroyé par X à Y" (+1 for Y), "les droits imposés par X à Y" (−1 against
    Y), "le pacte ratifié par X" (+1 for the pacte)."""
    m = _lists(st.c)
    if "Part" not in st.tv.morph(t.i, "VerbForm") or negated(st, t):
        return
    noun = _noun_before(st, t, sent)
    hit = _agent(st, noun, t, sent) if noun is not None else None
    if noun is None or hit is None:
        return
    agent, end = hit
    signed = matches(t, frozenset(m.get("signed", ())), st.c)
    if signed:
        signed_thing = _agreement(st, t, sent, frozenset(m.get("agreements", ())))
        if signed_thing is not None:
            target = target_np(st, signed_thing, stop=t.i)
            st.add([agent], target, 1, signed, "act", t, sent)
        return
    target = _aimed(st, end, sent)
    if target is None:
        return
    granted = matches(t, frozenset(m.get("granted", ())), st.c)
    key = granted or matches(t, frozenset(m.get("imposed", ())), st.c)
    if key:
        st.add([agent], target, 1 if granted else -1, key, "act", t, sent)
