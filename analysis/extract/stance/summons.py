"""A diplomat summoned in the passive with no agent (``stance_acts.yaml``:
``hostile_acts.diplomat_verbs``, ``summons``; session 17, narr).

"L'ambassadeur de Y en Z a été convoqué lundi", "l'ambassadeur ylvanien à W (a capital of
Z) a été convoqué au ministère des Affaires étrangères", "le chargé d'affaires de Y a été
convoqué au ministère zédien des Affaires étrangères": only the state where the diplomat
serves summons them, so that state (Z) is against the diplomat's state (Y). Session 28
(snarr): with no ministry and no post, the place after the verb ("convoqué lundi à W"; for an
expulsion, "expulsé du Z") or the place that opens the sentence ("À W, l'ambassadeur de Y a
été convoqué") names the acting state; the target's words are then the envoy's noun phrase.

Why apart from :func:`analysis.extract.stance.diplomatic_acts.diplomatic_act`: there the summoner is
the subject or the "par" agent; a press report of a summons often names neither, and the
diplomat's post ("en Z", "à W") or the ministry after the verb ("au ministère zédien des
Affaires étrangères", "au ministère … à W") is then the only word of who acted. Precision
first: a "par" agent, a negation or a summons "pour consultations" (the diplomat's own
state calling them home, read by the recall rule) gives no row here; the summoner must be a
state other than the diplomat's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, load_lexicon, matches, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.acts import stated_object
from analysis.extract.stance.detector import detector
from analysis.extract.stance.diplomatic_acts import (
    adjective_state,
    diplomat,
    diplomat_state,
    par_agent,
)
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import demonym_holders, is_named
from analysis.extract.stance.postings import post_start
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target, prep_np
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import city_country, countries, fold

_POST_PREPS = ("en", "à", "au", "aux", "auprès")
_FRONT_PREPS = ("en", "à", "au", "aux")


@derived
def _lists() -> dict:
    return load_lexicon("stance_acts").get("summons") or {}


def _verbs(c: Cues) -> frozenset[str]:
    return frozenset(norm(v) for v in _lists().get("verbs") or ())


@detector(pos={"VERB"}, words=_verbs)
def agentless_summons(st: State, t: Token, sent: Span) -> None:
    """ "L'ambassadeur de Y en Z a été convoqué": Z against Y."""
    lemma = matches(t, _verbs(st.c), st.c)
    if not lemma or not st.res.is_passive(t) or negated(st, t):
        return
    if st.res.agent_token(t) is not None or par_agent(st, t, sent):
        return
    homeward = frozenset(norm(w) for w in _lists().get("homeward") or ())
    if any(st.low[k] in homeward for k in range(t.i + 1, sent.end)):
        return  # "convoqué pour consultations": called home by the diplomat's own state
    stated = stated_object(st, t, sent)
    if stated is None or stated.i > t.i:
        return
    obj = diplomat(st, stated, sent)
    if obj is None:
        return
    envoy_state = diplomat_state(st, obj, sent)
    if envoy_state is None or not is_named(envoy_state):
        return
    summoner = (
        _ministry_state(st, t, sent)
        or _post_state(st, obj, t, sent)
        or _place_state(st, norm(lemma), t, sent)
    )
    if summoner is None or not is_named(summoner):
        return
    if summoner.actor_id is not None and summoner.actor_id == envoy_state.actor_id:
        return
    if norm(summoner.name or "") == norm(envoy_state.name or ""):
        return
    cue = f"{norm(lemma)} {norm(stated.text)}"
    st.add([summoner], _envoy_target(st, obj, envoy_state), -1, cue, "rupture", t, sent)


def _envoy_target(st: State, obj: Token, envoy_state: Party) -> Target:
    """The diplomat's state, with the diplomat's whole noun phrase as the words that name it
    ("l'ambassadeur du Y, X"): the passive names the envoy, not the state, as the one hit."""
    i, j = st.res.chunk(obj, pps=True)
    start, end = st.doc[i].idx, st.doc[j - 1].idx + len(st.doc[j - 1])
    if not start <= envoy_state.start < end:
        return party_target(st, envoy_state)
    return Target(
        envoy_state.name or "", envoy_state.actor_id, st.article.text[start:end], start, end
    )


def _post_state(st: State, obj: Token, t: Token, sent: Span) -> Party | None:
    """Where the diplomat serves: the "en Z" / "à W" / "au Z" complement of the diplomat's
    noun phrase before the verb, when a nationality or a "de Y" complement names whose
    diplomat it is ("l'ambassadeur de Y en Z", "l'ambassadeur ylvanien à W")."""
    own = demonym_holders(st, obj) or adjective_state(st, obj, sent)
    k = post_start(st, obj.i + 1, sent)
    if not own:
        hit = prep_np(st, k, ("de", "du", "d'", "d’"), sent, window=1)
        if hit is None:
            return None
        k = post_start(st, st.res.chunk(hit[1], appos=False)[1], sent)
    hit = prep_np(st, k, _POST_PREPS, sent, window=3)
    if hit is None or hit[0] >= t.i:
        return None
    i, j = st.res.chunk(hit[1], appos=False)
    post = st.res.party(i, j, hit[1])
    return as_state(st, post) if is_named(post) else None


def _place_state(st: State, lemma: str, t: Token, sent: Span) -> Party | None:
    """The state of the place right after the verb, past a date ("convoqué lundi à W",
    "expulsé de Z", "expulsé du Z"): a summons happens in the summoner's capital, an
    expulsion is from the expelling state; else the place that opens the sentence ("Au Z,
    l'ambassadeur de Y a été convoqué")."""
    table = {norm(k): v for k, v in (_lists().get("place_preps") or {}).items()}
    preps = tuple(table.get(lemma) or ())
    if not preps:
        return None
    return place_state(st, t.i + 1, preps, sent, window=4) or fronted_place(st, sent)


def place_state(st: State, k: int, preps: tuple[str, ...], sent: Span, window: int) -> Party | None:
    """The state named by the "prep place" within ``window`` words from ``k``: a named state,
    or a town read as its state. Only a capitalised head: "à la suite des incidents de W"
    is no place of the act, nor is a person or a body after "à"."""
    hit = prep_np(st, k, preps, sent, window=window)
    if hit is None or not hit[1].text[:1].isupper():
        return None
    i, j = st.res.chunk(hit[1], appos=False)
    found = st.res.party(i, j, hit[1])
    if found.actor_id:
        return found if st.res.actor_type(found.actor_id) == "state" else None
    code = _country_names().get(fold(found.name or ""))
    if code:
        return _state(st, code, found)  # a state the tagger left as a common noun
    place = as_state(st, found)
    return place if place is not found and is_named(place) else None


def fronted_place(st: State, sent: Span) -> Party | None:
    """The place that opens the sentence before a comma ("Au Z, …", "À W, …"): where an
    agentless act of the sentence took place."""
    k = sent.start
    if k >= sent.end or st.low[k] not in _FRONT_PREPS:
        return None
    comma = next((m for m in range(k + 1, min(sent.end, k + 5)) if st.low[m] == ","), None)
    if comma is None:
        return None
    found = place_state(st, k, _FRONT_PREPS, sent, window=0)
    return found if found is not None and st.doc[comma].idx >= found.end else None


@derived
def _country_names() -> dict[str, str]:
    """Folded name of a state → its ISO code (its short and other names)."""
    return {fold(n): c.iso2 for c in countries().values() for n in (c.name, *c.names)}


def _ministry_state(st: State, t: Token, sent: Span) -> Party | None:
    """The state of the ministry the diplomat was summoned to, after the verb: a nationality
    adjective ("au ministère zédien des Affaires étrangères"), a "de Z" complement past the
    portfolio ("au ministère des Affaires étrangères de Z") or a town ("… à W")."""
    places = frozenset(norm(w) for w in _lists().get("places") or ())
    k = t.i + 1
    end = min(sent.end, t.i + 8)
    while k < end and st.low[k] not in places:
        k += 1
    if k >= end:
        return None
    found = demonym_holders(st, st.doc[k]) or adjective_state(st, st.doc[k], sent)
    if found:
        return found[0]
    body = st.res.np_party(st.doc[k])
    if body.actor_id and st.res.actor_type(body.actor_id) == "organisation":
        # "au ministère des Affaires étrangères de Z", read as one body of Z
        code = (st.res.actors.get(body.actor_id) or {}).get("country")
        if isinstance(code, str) and code:
            return _state(st, code, body)
    stop = k + 1
    while stop < sent.end and stop < k + 8 and st.low[stop] not in (",", ";", ".", "pour"):
        stop += 1
    for m in range(k + 1, stop):
        if st.low[m] in ("de", "du", "à", "au") and m + 1 < stop:
            rng = st.res.np_after(m + 1, stop)
            p = st.res.party(*rng) if rng else None
            if p is not None and p.actor_id and st.res.actor_type(p.actor_id) == "state":
                return p
            if p is not None and p.kind == "name" and st.low[m] == "à":
                return as_state(st, p)  # a capital: "au ministère des Affaires étrangères à W"
    return None


def as_state(st: State, p: Party) -> Party:
    """A town named for its state ("à W" → Z): the state, when the name is a town's."""
    if p.actor_id or p.kind != "name":
        return p
    code = city_country(p.name or "")
    return _state(st, code, p) if code else p


def _state(st: State, code: str, where: Party) -> Party:
    """The state of ISO code ``code`` as a party at ``where``'s span: its actor when the
    article names it, else its name."""
    aid = st.states.get(code)
    if aid:
        return Party(st.res.actor_name(aid), aid, where.start, where.end, "actor")
    country = countries().get(code)
    name = getattr(country, "name", None)
    return Party(name, None, where.start, where.end, "name") if name else where
