"""A document named after a place names no issuer: "la Déclaration de Valmont", "l'accord de
Port-Neuf", "le communiqué final de Sainte-Rive".

Why: the naming rules give a text "de X" to X ("le communiqué de la présidence" is the
presidency), and a definite document with no issuer to the issuer of the last document of
the sentences before. Diplomatic texts are most often named after the town where they were
signed or adopted; the town then spoke every "…, affirme la déclaration" of the article (a
place that is no actor, as speaker). A place is never a speaker: such a phrase names no one,
and the rules after it decide (an issuer named elsewhere, or no speaker at all).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.extract.quotes.speakers.base import Party
from analysis.resources.gazetteer import city_country

if TYPE_CHECKING:  # the resolver imports these modules
    from analysis.extract.quotes.speakers.context import SpeakerContext

# entity labels of places (spaCy's French models: LOC; GPE kept for other models)
_PLACE_LABELS = frozenset(("LOC", "GPE"))


def names_a_place(res: SpeakerContext, party: Party) -> bool:
    """The party is a name that is no actor of the article (an actor, a state named by its
    capital included, may issue a text) and that is a town of the gazetteer (a capital or a
    city of over 15,000 inhabitants) or that the tagger marks as a place entity."""
    if party.actor_id is not None or party.kind != "name" or not party.name:
        return False
    if city_country(party.name) is not None:
        return True
    return any(
        e.label_ in _PLACE_LABELS and e.start_char == party.start
        for e in res.ents_in(party.start, party.end + 1)
    )
