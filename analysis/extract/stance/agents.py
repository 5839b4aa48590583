"""Agents named around an act noun, and holders named by a body or a circumstance: "le rejet
par X de Y", "l'annonce, par X, de la rupture", "les autorités de Y", "X, en visite à Y, a
déclaré".

Why apart from :mod:`analysis.extract.stance.holders`: these rules read the words around a
noun (the parser hangs "par X" on any noun nearby) rather than the subject of a verb; the
holder and act rules call them.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import norm
from analysis.extract.quotes.speakers import DE, Party
from analysis.extract.stance.collective import is_named
from analysis.extract.stance.state import State, governing

_VERBS = frozenset({"VERB", "AUX"})


def authority_state(st: State, p: Party) -> Party:
    """ "les autorités du Burkina Faso", "le gouvernement de Y", "le régime de Y": a holder
    named only as a state's governing body (``authority_nouns``) is that state, the one state
    actor its phrase names; any other party is returned as it is."""
    if p.actor_id or p.kind != "noun":
        return p
    words = norm(p.name or "").split()  # the name is cleaned of its article
    if not words or words[0] not in st.words.authority_nouns:
        return p
    found = {aid for _s, _e, aid in st.res.mentions_in(p.start, p.end)}
    states = [aid for aid in found if st.res.actor_type(aid) == "state"]
    if len(found) != 1 or len(states) != 1:
        return p
    return Party(st.res.actor_name(states[0]), states[0], p.start, p.end, "actor")


# at most this many words in an incise between an act noun and its "par" agent
_INCISE = 12


def noun_agent(
    st: State, noun: Token, sent: Span, *, kinds: bool = False
) -> tuple[Party, int] | None:
    """ "le rejet par X de Y", "l'appui réitéré, mardi au Parlement, par X au plan Y", "le
    soutien apporté par X à Y", "l'annonce, par X, de la rupture avec Y": the "par"
    complement of an act noun names who acts (a nominalised passive keeps its agent), and so
    does the agent of the act noun whose "de" object this noun is. Read from the words, as
    the parser hangs "par X" on any noun nearby. Also where the phrase goes on after the
    agent (the act's object: "de Y", "à Y"). None when no agent is named.

    ``kinds``: the noun is aimed at a party (its target follows "contre", "envers"...), so a
    bare "de" complement before the participle tells its kind, not its object ("l'attaque
    de drones et de missiles lancée par X contre Y", "les accusations de fraude portées par
    X contre Y"): passed over. Not for a noun whose "de" complement is what it bears on
    ("la condamnation de violences commises par X": X committed them)."""
    k = _agent_after(st, noun.i + 1, sent.end, kinds)
    if k is not None:
        return _agent_at(st, k, sent.end)
    k = _agent_before(st, noun.i, sent.start)
    return _agent_at(st, k, noun.i) if k is not None else None


def _agent_after(st: State, k: int, end: int, kinds: bool = False) -> int | None:
    """The "par" of an agent that follows an act noun, past adjectives, adverbs, a past
    participle ("réitéré", "apporté") and one incise between commas (with ``kinds``, also
    bare "de" complements of kind: :func:`noun_agent`); None if none."""
    pos, low = st.tv.pos, st.low
    incise = False
    while k < end:
        if low[k] == "par":
            return k
        if kinds and _kind_complement(st, k, end):
            k += 3 if low[k] == "et" else 2
            continue
        if low[k] == "," and not incise:
            m = k + 1
            while m < min(end, k + _INCISE) and low[m] != ",":
                if low[m] in (";", ":", "«", "»") or _finite(st, m) or low[m] == "par":
                    break
                m += 1
            if m >= end or low[m] != ",":
                return k + 1 if k + 1 < end and low[k + 1] == "par" else None
            k, incise = m + 1, True
            continue
        if pos[k] not in ("ADJ", "ADV") and not _past_participle(st, k):
            return None
        k += 1
    return None


# the one-word prepositions of a participle's target that may stand before its "par" agent
_AIMS = frozenset({"à", "au", "aux", "contre", "envers"})


def agent_after_object(st: State, noun: Token, sent: Span) -> tuple[Party, int] | None:
    """ "les sanctions imposées à Y par X", "les droits de douane infligés au Canada par X":
    the participle of an act noun names its target ("à Y") first and its "par" agent after
    (:func:`noun_agent` reads the agent right after the participle, "imposées par X à Y").
    Returns the agent and the index of the target's preposition; None when the words between
    the target and "par" are not one noun phrase naming an actor (a comma, a verb, another
    preposition than "de", no actor: "imposées à la suite de la répression par X" is a
    locution, not a target)."""
    low, pos, end = st.low, st.tv.pos, sent.end
    k = noun.i + 1
    while k < end and pos[k] in ("ADJ", "ADV"):
        k += 1
    if k >= end or not _past_participle(st, k):
        return None
    k += 1
    while k < end and pos[k] == "ADV":
        k += 1
    if k >= end or low[k] not in _AIMS:
        return None
    aim = k
    for m in range(aim + 1, min(end, aim + 9)):
        if low[m] == "par":
            # the target names an actor ("à la suite de la répression par X" is a locution)
            named = m > aim + 1 and (
                is_named(st.res.party(aim + 1, m))
                or bool(st.res.mentions_in(st.tv.idx[aim + 1], st.tv.end[m - 1]))
            )
            agent = _agent_at(st, m, end) if named else None
            return (agent[0], aim) if agent is not None else None
        if low[m] in (",", ";", ":", "«", "»") or _finite(st, m):
            return None
        if pos[m] == "ADP" and low[m] not in DE:
            return None
    return None


def agent_after_de_object(st: State, noun: Token, sent: Span) -> tuple[Party, int] | None:
    """ "la reconnaissance de Y par X", "l'annexion de Y par X", "la convocation de
    l'ambassadeur de Y par X": a nominalised passive names its object ("de Y") first and its
    "par" agent after, the common French order (:func:`noun_agent` reads "le rejet par X de
    Y"). Returns the agent and the index of the "de"; None unless the "de" follows the noun
    (past adjectives aside) and the words up to "par" are one noun phrase naming an actor
    (no comma, verb or participle — "la condamnation des crimes commis par X": X committed
    them — nor another preposition than "de"), and the agent names one ("par la force" is a
    means, no agent)."""
    low, pos, end = st.low, st.tv.pos, sent.end
    k = noun.i + 1
    while k < end and pos[k] == "ADJ":
        k += 1
    if k >= end or low[k] not in DE:
        return None
    obj = k
    for m in range(obj + 1, min(end, obj + 9)):
        if low[m] == "par":
            named = m > obj + 1 and (
                is_named(st.res.party(obj + 1, m))
                or bool(st.res.mentions_in(st.tv.idx[obj + 1], st.tv.end[m - 1]))
            )
            agent = _agent_at(st, m, end) if named else None
            return (agent[0], obj) if agent is not None else None
        if low[m] in (",", ";", ":", "«", "»") or pos[m] in ("VERB", "AUX"):
            return None
        if pos[m] == "ADP" and low[m] not in DE:
            return None
    return None


def _kind_complement(st: State, k: int, end: int) -> bool:
    """ "de drones", "et de missiles", "d'espionnage": a bare "de" (no article) before a noun
    in lower case, a complement of kind (an actor comes with its article or a capital)."""
    low, pos, text = st.low, st.tv.pos, st.tv.text
    m = k + 1 if low[k] == "et" else k
    return (
        m + 1 < end
        and low[m] in ("de", "d'")
        and (m == k or low[k + 1] in ("de", "d'"))
        and pos[m + 1] == "NOUN"
        and text[m + 1][:1].islower()
    )


def _agent_before(st: State, i: int, lo: int) -> int | None:
    """ "l'annonce, par X, de la rupture": the "par" of the agent between an act noun and
    the "de" that introduces ``i``, the act it bears on."""
    pos, low = st.tv.pos, st.low
    j = i - 1
    while j > lo and pos[j] in ("DET", "ADJ"):
        j -= 1
    if j <= lo or low[j] not in DE:
        return None
    j -= 1
    if low[j] == ",":
        j -= 1
    for k in range(j, max(lo, j - 8), -1):
        if low[k] == "par":
            before = k - 1 if low[k - 1] != "," else k - 2
            return k if before >= lo and pos[before] == "NOUN" else None
        if low[k] in (",", ";", ":") or _finite(st, k):
            return None
    return None


def _agent_at(st: State, k: int, end: int) -> tuple[Party, int] | None:
    """The named agent after "par" at ``k``: the shortest phrase up to a preposition that
    names an actor ("par X au plan Y" is X; "par le régime de X" goes on to X)."""
    rng = st.res.np_after(k + 1, end)
    if not rng:
        return None
    i, j = rng
    stops = [m for m in range(i + 1, j) if st.tv.pos[m] == "ADP"] + [j]
    for m in stops:
        p = st.res.party(i, m)
        if is_named(p):
            return p, m
    # "par le régime de X", "par les autorités de Y": the actor the phrase is built on
    found = st.res.mentions_in(st.tv.idx[i], st.tv.end[j - 1])
    if not found:
        return None
    start, end, aid = found[0]
    return Party(st.res.actor_name(aid), aid, start, end, "actor"), j


def _finite(st: State, k: int) -> bool:
    return st.tv.pos[k] in ("VERB", "AUX") and "Fin" in st.tv.morph(k, "VerbForm")


def _past_participle(st: State, k: int) -> bool:
    morph = st.tv.morph
    return st.tv.pos[k] == "VERB" and "Part" in morph(k, "VerbForm") and "Past" in morph(k, "Tense")


# the words that make a noun phrase a circumstance of its clause ("en visite", "pendant sa
# visite", "lors d'une visite", "au cours de sa visite")
_CIRCUMSTANCE = frozenset({"en", "pendant", "durant"})
_CIRCUMSTANCE_DE = frozenset({"lors", "cours"})
# "à son arrivée à Y", "dès sa venue à Y" (session 17): only before a possessive ("s'opposer
# à la visite à Y" is no circumstance)
_CIRCUMSTANCE_POSSESSED = frozenset({"à", "dès"})
_POSSESSIVES = frozenset({"son", "sa", "leur", "ses", "leurs"})


def circumstance_holders(st: State, noun: Token) -> list[Party]:
    """ "X, en visite à Y, a déclaré", "qui a affirmé lors d'une visite à Y", "pendant sa
    visite à Y, X a signé": an act noun that is a circumstance of a clause is the act of the
    actor it is apposed to, else of that clause's subject (named ones only)."""
    k = noun.i - 1
    while k > st.res.sent_start(noun.i) and st.tv.pos[k] in ("DET", "ADJ"):
        k -= 1
    low = st.low
    possessed = low[k] in _CIRCUMSTANCE_POSSESSED and low[k + 1] in _POSSESSIVES
    if (
        low[k] not in _CIRCUMSTANCE
        and not (low[k] in DE and low[k - 1] in _CIRCUMSTANCE_DE)
        and not possessed
    ):
        return []
    head = noun.head
    if noun.dep_ == "nmod" and head.pos_ in ("PROPN", "NOUN") and head.i < noun.i:
        p = st.res.np_party(head)
        return [p] if is_named(p) else []
    gov = governing(noun, _VERBS, 3)
    if gov is not None and possessed and st.res.is_passive(gov):
        return []  # "à son arrivée à Y, X a été accueilli par Z": "son" is X's, not Z's
    return [p for p in st.res.subjects(gov) if is_named(p)] if gov is not None else []
