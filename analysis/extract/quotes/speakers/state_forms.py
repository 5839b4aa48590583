"""A bare official form of a state's name points back to the state named before: "le
Royaume a exprimé son « exaspération »", "le Sultanat a salué …", "la République a jugé …".

Why: the press varies a state's name with the form of its regime (the ``monarchy`` of the
knowledge base's countries: kingdom, emirate, sultanate, principality; none for a republic).
A definite singular phrase made only of such a form (and perhaps an adjective: "le Royaume
chérifien" is read by the knowledge base itself) named nobody. It is the most recent state
actor named before it, outside quotations, in its sentence or the three before, whose regime
fits the form (``state_form_regimes`` in data/lexicons/quotes_speakers.yaml); no fitting
state, no speaker from this rule. A form with its own complement ("le Royaume du Maroc", "la
République de X") is read by the state-voice rule.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.extract.cues import norm
from analysis.extract.quotes.words import STATE_FORM_REGIMES
from analysis.resources.gazetteer import countries

if TYPE_CHECKING:  # the resolver imports this module
    from analysis.extract.quotes.speakers.base import Party
    from analysis.extract.quotes.speakers.context import SpeakerContext
    from analysis.extract.quotes.speakers.naming import Phrase

_DEFINITE = frozenset(("le", "la", "l'", "l’"))


def bare_state_form(res: SpeakerContext, ph: Phrase) -> Party | None:
    """The state actor a bare "le Royaume" / "la République" doc[ph.i:ph.j] designates."""
    tv = res.token_view
    h = ph.head.i
    form = norm(tv.low[h])
    if form not in STATE_FORM_REGIMES or ph.plural or ph.j - ph.i != 2 or h != ph.i + 1:
        return None
    if tv.low[ph.i] not in _DEFINITE:
        return None
    regime = STATE_FORM_REGIMES[form]
    kb = countries()
    sent = res.article.sentence_at(ph.start)
    floor = res.article.sentences[max(0, sent.id - 3)].start if sent is not None else 0
    for start, _end, aid in reversed(res.mentions_in(floor, ph.start)):
        if res.actor_type(aid) != "state" or res.in_quote(start):
            continue
        country = kb.get(str(res.actors.get(aid, {}).get("country") or ""))
        if country is not None and country.monarchy == regime:
            return res.actor_party(aid, ph.start, ph.end, None, False)
    return None
