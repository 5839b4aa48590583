"""A national outlet's own bodies: the state of the outlet for an organisation whose
country nothing in the text states, and for the outlet itself when it names itself.

A national newspaper names its own country's institutions bare: "la Cour
constitutionnelle a rejeté le recours", "le Sénat a voté", "le parti X a déposé une
motion", and names itself ("a appris X", "interrogé par X") without saying where it is:
its readers know. Without this rule such a body took the country of a place named near it
(a court's ruling on a treaty with another state is set beside that state), or of the state
acting in its paragraph, often the other party.

The outlet's state is the country-code domain of the article's address
(:func:`~analysis.extract.actors.home.outlet_state`); it is given only when that state is
the article's protagonist, the first state it has acting (an outlet reporting on another
state's affairs gives its own state to no one), and only to a body for which the knowledge
base, the name, the roles and the owner said nothing (international bodies are decided
before), nor where a town or region of another state frames the body's sentence or
paragraph (the story happens there). Another medium is no body of the outlet's country:
a paper quotes the foreign press ("selon le quotidien X") as often as its own; only the
outlet itself, named as the article's source names it, takes its state.
"""

from __future__ import annotations

from analysis.extract.actors.home import outlet_state
from analysis.extract.actors.identity import UNKNOWN
from analysis.extract.actors.records import Mention
from analysis.resources.gazetteer import norm_key


class OutletEvidence:
    """The outlet's state for its own country's bodies (a mixin of
    :class:`~analysis.extract.actors.countries.Countries`, whose state it reads)."""

    def _outlet_body(self, ms: list[Mention], typ: str) -> str | object:
        """The outlet's state for the body ``ms`` (see the module), else ``UNKNOWN``."""
        if typ not in ("organisation", "media"):
            return UNKNOWN
        article = self.t.article
        iso = outlet_state(getattr(article, "url", None))
        if iso is None or not self.acting or self.acting[0] != iso:
            return UNKNOWN
        if typ == "media" and not self._names_outlet(ms, getattr(article, "source", None)):
            return UNKNOWN
        if any(self._town_elsewhere(m, iso) for m in ms):
            return UNKNOWN
        return iso

    def _town_elsewhere(self, m: Mention, iso: str) -> bool:
        """A town or region of another state is named in the body's sentence or earlier in
        its paragraph ("À <capital of Y>, la contestation ... le mouvement X"): the story
        happens there, and a bare body is that state's. A state's own name is no such
        frame: it is mostly what the body acts on ("le traité conclu avec Y")."""
        v = self.f.context_venue(m.start)
        if v is None or v.country == iso:
            return False
        k = self.t.index_at(v.start)
        hit = self.f.gaz.get(k) if k is not None else None
        return hit is None or hit[1].kind != "country"

    def _names_outlet(self, ms: list[Mention], source: str | None) -> bool:
        """One of the medium's names is the article's source ("VRT NWS" in an article of
        VRT NWS), or the first word of it ("Libération" for "Libération.fr")."""
        own = norm_key(source or "")
        if not own:
            return False
        text = self.t.article.text
        for m in ms:
            key = norm_key(text[m.start : m.end])
            if key and (key == own or own.startswith(key + " ")):
                return True
        return False
