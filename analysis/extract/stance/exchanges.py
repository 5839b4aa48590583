"""Stopping or resuming exchanges with a state, stated in the narration (``stance_acts.yaml``:
``exchange_acts``; session 15).

"X a suspendu les vols vers Y", "X a interdit les importations en provenance de Y", "X a
annoncé l'arrêt des exportations à destination de Y", "X a gelé la délivrance de visas aux
ressortissants de Y": cutting a flow of goods, flights or visas with Y is X's act against Y
(−1). "X a repris les vols vers Y", "la réouverture des liaisons aériennes avec Y" resumes it:
for Y (+1). The sign comes from the act (stop / resume) and its object (a flow), never from a
polar word nearby; the other side is named by a direction marker ("vers", "en provenance
de", "à destination de", "avec", "aux ressortissants de"), by a nationality adjective ("les
importations libanaises"), or by a "de" complement naming a state.

Why apart from :mod:`analysis.extract.stance.acts`: there the object is a relation or a
treaty ("suspendre la coopération avec Y"); here it is a flow whose other end sits in a
complement, and the act may be a noun carried by a verb ("annoncer l'arrêt de"). Precision
first: a negated act, or one under a verb of refusal, gives no row; a "de" complement must be
a state (not "les vols de la compagnie").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, matches, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import holders_of, is_named
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import capital_index, countries, country_of_adjective, norm_key

_DETS = frozenset(
    "le la les l' un une des du de d' ses son sa leurs leur ces ce cet cette tous toutes tout"
    " toute certains certaines plusieurs".split()
)
_DE = frozenset({"de", "du", "des", "d'"})


def _lists(c: Cues) -> dict:
    return c.acts.get("exchange_acts") or {}


def noun_sign(st: State, t: Token, m: dict, minus: str, plus: str) -> int:
    """−1 when the noun (form or lemma) is in ``m[minus]``, +1 in ``m[plus]``, else 0."""
    keys = (st.low[t.i], norm(t.lemma_))
    if any(k in frozenset(m.get(minus, ())) for k in keys):
        return -1
    return 1 if any(k in frozenset(m.get(plus, ())) for k in keys) else 0


def _verbs(c: Cues) -> frozenset[str]:
    m = _lists(c)
    return frozenset(m.get("stop_verbs", ())) | frozenset(m.get("resume_verbs", ()))


def _nouns(c: Cues) -> frozenset[str]:
    m = _lists(c)
    return frozenset(m.get("stop_nouns", ())) | frozenset(m.get("resume_nouns", ()))


def _phrase_at(st: State, k: int, end: int, phrases: frozenset[str]) -> int:
    """The length in words of the longest phrase of ``phrases`` starting at ``k`` (0: none)."""
    best = 0
    for n in (1, 2, 3, 4):
        if k + n > end:
            break
        if norm(" ".join(st.low[k : k + n]).replace("' ", "'")) in phrases:
            best = n
    return best


def _flow(st: State, k: int, sent: Span, m: dict) -> tuple[int, int] | None:
    """The end (exclusive) and start of a flow noun found within five words from ``k``, past
    determiners, adjectives and a medium noun ("la délivrance de visas", "toutes les
    importations"), or None."""
    flows = frozenset(m.get("flows", ()))
    media = frozenset(m.get("media", ()))
    limit = min(sent.end, k + 6)
    while k < limit:
        n = _phrase_at(st, k, sent.end, flows)
        if n:
            return k + n, k
        if st.low[k] in _DETS or st.tv.pos[k] in ("ADJ", "DET", "NUM") or st.low[k] in media:
            k += 1
            continue
        return None
    return None


def _named_state(st: State, k: int, sent: Span, states_only: bool):
    rng = st.res.np_after(k, sent.end)
    other = st.res.party(*rng) if rng else None
    if other is None or not is_named(other):
        return None
    if states_only and not is_state(st, other):
        return None
    return other


@derived
def _state_names() -> frozenset[str]:
    """Folded names and capitals of every state of the knowledge base."""
    out = set(capital_index())
    for c in countries().values():
        out.update(norm_key(n) for n in (c.name, *c.names))
    return frozenset(out)


def is_state(st: State, p: Party) -> bool:
    """A state named or metonymised (its capital): "les vols de la compagnie" is not."""
    if p.actor_id and p.actor_id in set(st.states.values()):
        return True
    return norm_key(p.name or "") in _state_names()


def _other_side(st: State, k: int, sent: Span, m: dict):
    """The state at the other end of the flow ending at ``k``: a nationality adjective right
    after it, a direction marker within five words (past a "de N" complement: "les
    exportations de pétrole vers Y"), or a "de" complement that names a state."""
    own = _adjective_party(st, k, sent)
    if own is not None:
        return [own]
    markers = frozenset(m.get("markers", ()))
    if k < sent.end and st.low[k] in _DE:
        first = _named_state(st, k + 1, sent, states_only=True)
        if first is not None:
            return [first]
    for j in range(k, min(sent.end, k + 6)):
        if st.low[j] in (",", ";", ":", ".", "et") or st.tv.pos[j] in ("VERB", "AUX"):
            return None
        n = _phrase_at(st, j, sent.end, markers)
        if n:
            other = _named_state(st, j + n, sent, states_only=True)
            if other is None:
                other = _people_of(st, j + n, sent, frozenset(m.get("people", ())))
            return [other] if other is not None else None
    return None


def _adjective_party(st: State, k: int, sent: Span) -> Party | None:
    """The state of a nationality adjective at ``k`` ("les importations libanaises")."""
    if k >= sent.end or not st.tv.text[k][:1].islower():
        return None
    iso = country_of_adjective(st.tv.text[k])
    if not iso:
        return None
    aid = st.states.get(iso)
    if aid:
        return Party(st.res.actor_name(aid), aid, st.tv.idx[k], st.tv.end[k], "actor")
    name = countries()[iso].name if iso in countries() else None
    return Party(name, None, st.tv.idx[k], st.tv.end[k], "name") if name else None


def _people_of(st: State, k: int, sent: Span, people: frozenset[str]) -> Party | None:
    """ "aux ressortissants algériens", "pour les voyageurs russes": the state of a people
    noun's nationality adjective."""
    while k < sent.end and st.low[k] in _DETS:
        k += 1
    if k < sent.end and st.low[k] in people:
        return _adjective_party(st, k + 1, sent)
    return None


def _neutral_cause(st: State, sent: Span, m: dict) -> bool:
    """The sentence gives a cause that is no stance (an epidemic, the weather, a strike):
    "X a suspendu les vols vers Y en raison de l'épidémie"."""
    causes = frozenset(m.get("neutral_causes", ()))
    return any(st.low[k] in causes for k in range(sent.start, sent.end))


def refused_act(st: State, t: Token, blocked: frozenset[str]) -> bool:
    """The act sits under a verb of refusal or hindrance ("refuser de suspendre"), or under a
    negated governor, within two heads (shared with :mod:`analysis.extract.stance.bans`)."""
    node = t
    for _ in range(2):
        if node.head is node:
            return False
        node = node.head
        if norm(node.lemma_) in blocked or negated(st, node):
            return True
    return False


def _governor(t: Token) -> Token | None:
    """The verb that carries the act noun ("annoncer l'arrêt de", "décider la suspension
    de"), through one noun ("l'annonce de la suspension de")."""
    gov = t.head
    for _ in range(2):
        if gov.i == t.i:
            return None
        if gov.pos_ in ("VERB", "AUX"):
            return gov
        gov = gov.head
    return None


@detector(pos={"VERB", "ADJ"}, words=_verbs)
def exchange_act(st: State, t: Token, sent: Span) -> None:
    """ "X a suspendu les vols vers Y" (−1), "X a repris les importations de Y" (+1)."""
    m = _lists(st.c)
    key = matches(t, frozenset(m.get("stop_verbs", ())), st.c)
    sign = -1
    if not key:
        key = matches(t, frozenset(m.get("resume_verbs", ())), st.c)
        sign = 1
    if not key:
        return
    found = _flow(st, t.i + 1, sent, m)
    if found is None:
        return
    end, start = found
    other = _other_side(st, end, sent, m)
    if not other or negated(st, t) or refused_act(st, t, frozenset(m.get("blocked", ()))):
        return
    if _neutral_cause(st, sent, m):
        return
    cue = f"{key} {st.low[start]}"
    st.add(holders_of(st, t), party_target(st, other[0]), sign, cue, "act", t, sent)


@detector(pos={"NOUN"}, words=_nouns, match="form")
def exchange_noun(st: State, t: Token, sent: Span) -> None:
    """ "X a annoncé l'arrêt des importations en provenance de Y" (−1), "X a décidé la
    reprise des vols vers Y" (+1): the act as a noun, held by the subject of its verb."""
    m = _lists(st.c)
    low = st.low[t.i]
    sign = noun_sign(st, t, m, "stop_nouns", "resume_nouns")
    if not sign:
        return
    if t.i + 1 >= sent.end or st.low[t.i + 1] not in _DE:
        return
    found = _flow(st, t.i + 2, sent, m)
    if found is None:
        return
    end, start = found
    other = _other_side(st, end, sent, m)
    gov = _governor(t)
    blocked = frozenset(m.get("blocked", ()))
    if not other or gov is None or negated(st, gov) or negated(st, t):
        return
    if _neutral_cause(st, sent, m):
        return
    if norm(gov.lemma_) in blocked or refused_act(st, gov, blocked):
        return  # "X a refusé la suspension des vols vers Y": no act
    cue = f"{low} {st.low[start]}"
    st.add(holders_of(st, gov), party_target(st, other[0]), sign, cue, "act", t, sent)
