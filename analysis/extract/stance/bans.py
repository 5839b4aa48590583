"""A ban or suspension of an organisation's activity, stated in the narration
(``stance_acts.yaml``: ``bans``; session 28, snarr).

"X a suspendu la chaîne Zeta TV", "X a interdit la diffusion de Radio Delta", "X a suspendu
les activités de l'ONG Y", "X a retiré l'accréditation du journaliste Y", "X a annoncé
l'interdiction des émissions de Y": silencing a broadcaster, an NGO, a company or a reporter
is X's act against it (−1).

Why apart from :mod:`analysis.extract.stance.exchanges`: there the object is a flow between
two states; here the one hit is a named body or person that is no state, reached through the
noun of what it does ("la diffusion de", "les activités de") or as the object itself. A state
as the object ("suspendre Y" of a regional body) is read by the sanction rules. Precision
first: an activity noun with no named owner ("suspendre ses activités"), a negated act, or
one under a verb of refusal ("refuser d'interdire") gives no row.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, matches, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.detector import detector
from analysis.extract.stance.exchanges import is_state, refused_act
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import holders_of, is_named
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target

_DE = frozenset({"de", "du", "des", "d'", "d’"})
_DETS = frozenset("le la les l' l’ un une ses son sa leur leurs ces ce cette toutes tous".split())


def _lists(c: Cues) -> dict:
    return c.acts.get("bans") or {}


def _verbs(c: Cues) -> frozenset[str]:
    return frozenset(_lists(c).get("verbs", ()))


def _nouns(c: Cues) -> frozenset[str]:
    return frozenset(_lists(c).get("nouns", ()))


def _bodies(c: Cues) -> frozenset[str]:
    return frozenset(_lists(c).get("bodies", ()))


def _owners(st: State, k: int, sent: Span, direct: bool) -> list[Party]:
    """The named actors, no state, whose activity is banned from ``k``: after an activity
    noun and "de" ("la diffusion de Y", "les activités de l'ONG Y"), or, when ``direct``, the
    object itself ("la chaîne Y"); with the bodies coordinated to the first ("Y et Z")."""
    activities = frozenset(_lists(st.c).get("activities", ()))
    while k < sent.end and st.low[k] in _DETS:
        k += 1
    if k >= sent.end:
        return []
    if st.low[k] in activities:
        if k + 1 >= sent.end or st.low[k + 1] not in _DE:
            return []
        k += 2
    elif not direct or not (st.tv.cap[k] or st.low[k] in _bodies(st.c)):
        return []  # "suspendre les vols de la compagnie Y": a flow, not the body itself
    out: list[Party] = []
    while (found := _named_body(st, k, sent)) is not None:
        out.append(found[0])
        k = found[1]
        if k + 1 >= sent.end or st.low[k] not in ("et", ","):
            break
        k += 1
    return out


def _named_body(st: State, k: int, sent: Span) -> tuple[Party, int] | None:
    """The named actor, no state, of the noun phrase at ``k``, and the index past it."""
    rng = st.res.np_after(k, sent.end)
    p = st.res.party(*rng) if rng else None
    if rng is None or p is None or not is_named(p) or is_state(st, p):
        return None
    if p.actor_id is None:
        return None  # a name the article does not know as an actor: no one to hold against
    past = rng[0]
    while past < rng[1] and st.low[past] not in ("et", ","):
        past += 1  # the phrase may run over a coordination ("Y et Z"): stop after Y
    return p, past


def _blocked(st: State, t: Token) -> bool:
    """The act sits under a verb of refusal ("refuser d'interdire") or a negation."""
    return refused_act(st, t, frozenset(_lists(st.c).get("blocked", ())))


@detector(pos={"VERB"}, words=_verbs)
def ban_act(st: State, t: Token, sent: Span) -> None:
    """ "X a interdit la diffusion de Y", "X a suspendu la chaîne Y": X against Y (−1)."""
    m = _lists(st.c)
    key = matches(t, _verbs(st.c), st.c)
    if not key or st.res.is_passive(t) or negated(st, t) or _blocked(st, t):
        return
    direct = norm(key) in frozenset(m.get("direct", ()))
    for owner in _owners(st, t.i + 1, sent, direct):
        cue = f"{key} {owner.name}"
        st.add(holders_of(st, t), party_target(st, owner), -1, cue, "act", t, sent)


@detector(pos={"NOUN"}, words=_nouns, match="form")
def ban_noun(st: State, t: Token, sent: Span) -> None:
    """ "X a annoncé l'interdiction des émissions de Y": the ban as a noun, held by the
    subject of the verb that carries it."""
    if st.low[t.i] not in _nouns(st.c) or t.i + 1 >= sent.end or st.low[t.i + 1] not in _DE:
        return
    owners = _owners(st, t.i + 2, sent, direct=True)
    gov = t.head
    if not owners or gov.i == t.i or gov.pos_ != "VERB":
        return
    if negated(st, gov) or negated(st, t) or _blocked(st, gov):
        return
    if norm(gov.lemma_) in frozenset(_lists(st.c).get("blocked", ())):
        return  # "X a refusé l'interdiction de Y"
    for owner in owners:
        cue = f"{st.low[t.i]} {owner.name}"
        st.add(holders_of(st, gov), party_target(st, owner), -1, cue, "act", t, sent)
