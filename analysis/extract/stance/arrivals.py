"""Arrivals stated in the narration as visits (``stance_acts.yaml``: ``arrivals``; session 17,
narr).

"La ministre X est arrivée lundi à Y", "le chef de l'État a atterri dans la soirée au Y",
"Arrivé samedi en Y, le président X a ...": an official's arrival at a state or a town is
the first act of a visit, read as the visits are (:mod:`analysis.extract.stance.acts`): the
visitor is (weakly) for the destination.

Why apart from the visit rules: those need a visit noun ("une visite au Y", "se rendre à
Y"); a report often opens with the arrival alone and names the visit later or never.
Precision first: the destination must be a place name or a state right after the verb (past
a date or a time of day), the visitor a named person with a title, or a body; a negation, a
figurative arrival ("arriver à un accord", "au pouvoir", "en tête") or anyone else (a
traveller, migrants, troops) gives no row.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, matches, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import holders_of, is_named
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import is_place_name, party_target, prep_np
from analysis.extract.stance.visits import DESTINATION_PREPS
from analysis.resources.gazetteer import city_country, countries


def _verbs(c: Cues) -> frozenset[str]:
    return frozenset((c.acts.get("arrivals") or {}).get("verbs", ()))


@detector(pos={"VERB"}, words=_verbs)
def arrival(st: State, t: Token, sent: Span) -> None:
    """ "X est arrivé (mercredi) à Y": the visitor X is (weakly) for the destination Y."""
    lemma = matches(t, _verbs(st.c), st.c)
    if not lemma or negated(st, t):
        return
    hit = prep_np(st, t.i + 1, DESTINATION_PREPS, sent, window=6)
    if hit is None or not _plain_path(st, t.i + 1, hit[0]):
        return
    dest = st.res.np_party(hit[1])
    if not is_place_name(st, dest, hit[1]):
        return
    target = party_target(st, dest)
    holders = _fronted_subjects(st, t, sent) or holders_of(st, t)
    # (an official coming home — an envoy recalled, a minister back from abroad — visits none)
    home = _country(st, target)
    visitors = [
        p
        for p in holders
        if _visitor(st, p, dest)
        and (home is None or (st.res.actors.get(p.actor_id) or {}).get("country") != home)
    ]
    if visitors:
        st.add(visitors, target, 1, norm(lemma), "visit", t, sent)


def _plain_path(st: State, lo: int, hi: int) -> bool:
    """Between the verb and the destination's preposition, only a date, a time of day or an
    adverb ("mercredi soir", "tard dans la nuit", "ce dimanche"), no other complement."""
    times = st.c.acts["visits"]["time_words"]
    for k in range(lo, hi):
        if st.tv.pos[k] in ("ADV", "DET", "NUM", "PUNCT") or st.low[k] in times:
            continue
        if st.low[k] in ("tard", "tôt", "hier", "soir", "nuit", "dans", "la", "le", "l'"):
            continue
        return False
    return True


def _visitor(st: State, p: Party, dest: Party) -> bool:
    """A named person with a title, or a body, other than the destination."""
    if not is_named(p) or not p.actor_id or p.actor_id == dest.actor_id:
        return False
    kind = st.res.actor_type(p.actor_id)
    if kind == "organisation":
        return True
    if kind != "person":
        return False
    roles = (st.res.actors.get(p.actor_id) or {}).get("roles")
    if isinstance(roles, str):
        return bool(roles.strip())
    return bool(roles) if roles is not None else False


def _fronted_subjects(st: State, t: Token, sent: Span) -> list[Party]:
    """ "Arrivé lundi à Y, le président X a ...": a participle opening the sentence, set off
    by a comma, says what the subject of the main clause did (the first verb past the comma
    that has a subject; the parser may hang the clause anywhere)."""
    tv = st.tv
    if t.i != sent.start or "Part" not in tv.morph(t.i, "VerbForm"):
        return []
    comma = next((k for k in range(t.i + 1, sent.end) if st.low[k] == ","), None)
    if comma is None:
        return []
    for m in range(comma + 1, sent.end):
        if tv.pos[m] == "VERB" and any(tv.dep[c] == "nsubj" for c in tv.children[m]):
            return [p for p in st.res.subjects(tv.tokens[m]) if is_named(p)]
    return []


def _country(st: State, target: Target) -> str | None:
    """The ISO code of the destination's state: its actor's country, else the country of that
    name, else the country of the town of that name."""
    if target.actor_id:
        code = (st.res.actors.get(target.actor_id) or {}).get("country")
        return code if isinstance(code, str) else None
    name = norm(target.name)
    code = next((c.iso2 for c in countries().values() if norm(c.name) == name), None)
    return code or city_country(target.name)
