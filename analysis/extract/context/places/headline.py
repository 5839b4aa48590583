"""Where the headline says the story happens: "X en visite de travail à Lusaka", "Visite
officielle de la présidente de la Zambie au Malawi", "Y accueille Z à Lilongwe".

A visit headline names the visitor first (by name, nationality word or state: "le président
guinéen ...", "du président du Niger") and the host after a locative. Reading the story's
state as the *first* state a headline names then puts the host's palaces and airports in the
visitor's capital. This module reads the headline's venue instead:

* a town after "à" ("... à Lusaka"), unless the town is an envoy's or a mission's post ("son
  ambassadeur à X", "l'ambassade à Y", "le bureau de Z à W" stay postings: see ``_POSTS``)
  or a government asked to act ("demandant à X de dénoncer ...");
* a state after "au", "aux", "en" only behind a word of visiting or receiving ("en visite au
  Malawi", "Visite ... au Malawi", "reçu en Chine"): elsewhere "au Mali", "en France" is as
  often a posting ("rappelle sa chargée d'affaires en Suède") or a topic ("ses citoyens au Mali").

:func:`~analysis.extract.context.places.resolve.place_landmarks` uses it for the sites whose
sentence names no town: the venue of the headline before the lede's first town (a visitor's
previous stop is often named there: "arrivé de Harare").
"""

from __future__ import annotations

import re

from analysis.extract.context.places.kb import Entry, Gazetteer
from analysis.resources.gazetteer import place_key as key

_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+(?:d['’]|de\s+|du\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*)*"
_TOWN = re.compile(rf"(?<![\w'’])[àÀ]\s+(?P<name>{_NAME})")
_STATE = re.compile(rf"(?<![\w'’])(?:au|aux|en)\s+(?P<name>{_NAME})")
# words of visiting or receiving, before the place they lead to
_VISIT = re.compile(
    r"(?<![\w'’])(?:visite|visites|séjour|tournée|voyage|déplacement|escale|reçue?s?"
    r"|accueill\w*|arrivée?s?|arrive)(?![\w'’])",
    re.I,
)
# nouns of a post or a mission right before "à X" / "en X": the place is a posting
_POSTS = re.compile(
    r"(?:ambassad\w*|consul\w*|diplomates?|délégations?|représentations?|bureaux?|mission"
    r"|chargée?\s+d['’]affaires|correspondante?s?)(?:\s+[\w'’-]+){0,2}\s*\Z",
    re.I,
)
# "demander à Paris de dénoncer ...": the town after the verb's "à" is its government
_ASKED = re.compile(r"\s+(?:de|d['’])\s*[a-zéèêà]")


def headline_venue(title: str, gz: Gazetteer) -> Entry | None:
    """The town or state the headline places its story in (see the module), else None."""
    if not title:
        return None
    for m in _TOWN.finditer(title):
        town = _town(m.group("name"), gz)
        if town is None or _POSTS.search(title, 0, m.start()) or _ASKED.match(title, m.end()):
            continue
        return town
    visit = _VISIT.search(title)
    if visit is None:
        return None
    for m in _STATE.finditer(title, visit.end()):
        state = _state(m.group("name"), gz)
        if state is not None and not _POSTS.search(title, 0, m.start()):
            return state
    return None


def _town(name: str, gz: Gazetteer) -> Entry | None:
    """The likeliest town of that name: a capital, else the most populous one."""
    towns = [c for c in gz.cities.get(key(name), []) if c.kind == "city"]
    return max(towns, key=lambda c: (c.capital, c.population)) if towns else None


def _state(name: str, gz: Gazetteer) -> Entry | None:
    """The country of that name (longest leading run of the name that names one)."""
    words = name.split()
    for n in range(len(words), 0, -1):
        found = [e for e in gz.phrases.get(key(" ".join(words[:n])), []) if e.kind == "country"]
        if found:
            return found[0]
    return None
