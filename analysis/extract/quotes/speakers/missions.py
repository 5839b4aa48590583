"""A state's diplomatic mission speaks for the state that sends it, never for the host: "a
indiqué l'ambassade de Valdorie en Ostrie", "selon la représentation valdorienne à Genève",
"précise le consulat général de Valdorie à Lyon".

Why: a mission noun (``mission_nouns`` in data/lexicons/quotes_speakers.yaml: ambassade,
consulat, représentation, délégation, légation, nonciature, haut-commissariat, mission) is
followed by its sending state (a nationality adjective or "de X") and often by its seat ("en
Y", "à Z", "auprès de W"). The naming rules took the last place of the phrase, the host, for
the speaker: the opposite side of a bilateral story. The phrase is cut before its seat and
the mission speaks under that name ("ambassade de Valdorie", the gold's convention for
embassies), as the actor of that name when the article has one; never as the host, and not
as the sending state either (the embassy is a holder of its own). A mission whose sender is
no state ("la mission de l'ONU") is left to the other rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.extract.cues import norm
from analysis.extract.quotes.speakers.base import Party
from analysis.extract.quotes.words import MISSION_NOUNS
from analysis.resources.gazetteer import country_of_adjective

if TYPE_CHECKING:  # the resolver imports these modules
    from analysis.document.tokens import TokenView
    from analysis.extract.quotes.speakers.context import SpeakerContext
    from analysis.extract.quotes.speakers.naming import Phrase

# prepositions that open the seat of a mission ("en Ostrie", "à Genève", "auprès de l'ONU")
_SEAT = frozenset(("en", "à", "au", "aux", "auprès", "dans", "près"))


def _seat_cut(tv: TokenView, h: int, j: int) -> int:
    """Index where the seat of the mission headed at h begins (j when none)."""
    for k in range(h + 1, j):
        if tv.low[k] in _SEAT:
            return k
    return j


def _state_of(res: SpeakerContext, tv: TokenView, h: int, cut: int) -> str | None:
    """The actor id of the sending state: a state mention in doc[h:cut], else the state
    actor of a nationality adjective there."""
    for _s, _e, aid in res.mentions_in(tv.idx[h], tv.end[cut - 1]):
        if res.actor_type(aid) == "state":
            return aid
    for k in range(h + 1, cut):
        code = country_of_adjective(tv.text[k]) if tv.pos[k] == "ADJ" else None
        if code:
            for aid, row in res.actors.items():
                if row.get("type") == "state" and row.get("country") == code:
                    return aid
            return ""  # a state the article does not count as an actor
    return None


def mission_voice(res: SpeakerContext, ph: Phrase) -> Party | None:
    """The mission of doc[ph.i:ph.j] named without its seat, when a state sends it."""
    tv = res.token_view
    h = ph.head.i
    if norm(tv.low[h]) not in MISSION_NOUNS or ph.plural or not (ph.i <= h < ph.j):
        return None
    cut = _seat_cut(tv, h, ph.j)
    if _state_of(res, tv, h, cut) is None:
        return None
    first = ph.i + 1 if tv.pos[ph.i] == "DET" and ph.i < h else ph.i  # "la représentation"
    end = tv.end[cut - 1]
    name = res.article.text[tv.idx[first] : end]
    aid = res.linked_actor(name)
    if aid is not None and res.actor_type(aid) not in ("state", "place", "city"):
        return res.actor_party(aid, ph.start, end, None, False)
    return Party(name, None, ph.start, end, "name")
