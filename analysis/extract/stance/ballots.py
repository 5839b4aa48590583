"""Abstentions whose object or holders the "sur" complement does not give (session 15,
narr2): "X s'est abstenu lors du vote de la résolution" / "au scrutin du texte" (what was
voted on is the "de" complement of the vote noun), and "trois pays se sont abstenus : A, B
et C" (the abstainers are listed after a colon; what was voted on is the text the sentence
names before: "… ont voté en faveur du texte, trois se sont abstenus : …").

Why: the press reports a vote's tally in these two shapes as often as "s'abstenir sur";
an abstention is neutral (polarity 0) toward the text, never toward who tabled it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import holders_of, is_named
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import NEUTRAL, State
from analysis.extract.stance.targets import segment_end, target_range

# nouns of a vote ("lors du vote de", "au scrutin sur") and of what is voted on
_VOTES = frozenset({"vote", "votes", "scrutin", "votation", "adoption"})
_TEXTS = frozenset(
    {"résolution", "texte", "motion", "projet", "amendement", "proposition", "déclaration"}
)
_DE = frozenset({"de", "du", "des", "d'", "d’"})


def voted_on(st: State, t: Token, end: int) -> Target | None:
    """ "s'abstenir lors du vote de la résolution": the "de" complement of a vote noun
    within eight words after the verb ``t`` (up to ``end``)."""
    low = st.low
    for k in range(t.i + 1, min(end - 1, t.i + 8)):
        if low[k] in _VOTES and low[k + 1] in _DE:
            rng = st.res.np_after(k + 2, end)
            return target_range(st, *rng) if rng else None
    return None


def listed_abstainers(st: State, t: Token, end: int) -> list[Party]:
    """ "… se sont abstenus : A, B et C": the named parties listed after a colon right after
    the verb ``t`` (up to ``end`` or the next sentence mark)."""
    low = st.low
    k = t.i + 1
    while k < end and k <= t.i + 3 and low[k] != ":":
        k += 1
    if k >= end or low[k] != ":":
        return []
    stop = k + 1
    while stop < end and low[stop] not in (";", ".", "(") and st.tv.pos[stop] not in ("VERB",):
        stop += 1
    out: list[Party] = []
    seen: set[str] = set()
    for s, e, aid in st.res.mentions_in(st.tv.idx[k + 1], st.tv.end[stop - 1]):
        if aid not in seen:
            seen.add(aid)
            out.append(Party(st.res.actor_name(aid), aid, s, e, "actor"))
    return out if all(is_named(p) for p in out) else []


def text_before(st: State, t: Token, sent: Span) -> Target | None:
    """The text voted on that the sentence names before the verb ``t`` ("… ont voté en
    faveur du texte, trois se sont abstenus"): the last noun of :data:`_TEXTS` before it."""
    for k in range(t.i - 1, sent.start - 1, -1):
        if st.tv.pos[k] == "NOUN" and st.low[k] in _TEXTS:
            return target_range(st, k, k + 1)
    return None


_FORMS = frozenset({"abstenu", "abstenue", "abstenus", "abstenues"})
_REFLEXIVE = frozenset({"s'", "s’", "se"})
_AUX = frozenset({"est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient"})


def reflexive_past(st: State, t: Token, sent: Span) -> bool:
    """ "s'est abstenu", "se sont abstenus" (the auxiliary, then "se" before it)."""
    i = t.i
    return i - 2 >= sent.start and st.low[i - 1] in _AUX and st.low[i - 2] in _REFLEXIVE


@detector(pos={"NOUN", "ADJ"}, words=lambda c: _FORMS, match="text")
def abstained(st: State, t: Token, sent: Span) -> None:
    """ "X s'est abstenu(e) sur / lors du vote de …" where the tagger read the participle as
    a noun or an adjective (the verb rule never sees it): neutral toward what was voted
    on."""
    if not reflexive_past(st, t, sent) or negated(st, t):
        return
    end = segment_end(st, t.i + 1, sent)
    target = None
    for k in range(t.i + 1, min(end, t.i + 9)):
        if st.low[k] in ("de", "d'", "d’") and k + 1 < end and st.tv.pos[k + 1] == "VERB":
            return  # "s'abstenir de + infinitive": a declined act, no vote
        if st.low[k] == "sur":
            rng = st.res.np_after(k + 1, end)
            target = target_range(st, *rng) if rng else None
            break
    target = target or voted_on(st, t, max(end, t.i + 2)) or text_before(st, t, sent)
    if target is None:
        return
    holders = listed_abstainers(st, t, sent.end) or holders_of(st, t)
    st.add(holders, target, 0, "s'abstenir", NEUTRAL, t, sent)
