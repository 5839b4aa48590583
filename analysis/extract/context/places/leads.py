"""What the words before a name say about it: a definite article makes a known subdivision a
region even when the article names no town or name of its state ("les combats dans le
Sud-Xanadu"); "l'Université de X" names town X, not a site."""

from __future__ import annotations

import re

from analysis.document.tokens import TokenView
from analysis.extract.context.places.kb import Entry, Gazetteer, place_words
from analysis.resources.gazetteer import place_key as key

# a definite article, alone or contracted (a town takes none: "à X", a region does: "au X"),
# or "en", which a region takes where a town takes "à" ("en X")
_ARTICLES = frozenset({"le", "la", "l'", "l’", "les", "du", "au", "aux", "des", "en"})


def articled_state(tv: TokenView, i: int, name: str, cands: list[Entry]) -> list[Entry]:
    """The subdivision a name led by a definite article or "en" names (token ``i`` is the
    name, or the state word before it: "la province de X"), when one state only has a
    subdivision of that name (of five letters or more): "la Californie", "du Sichuan",
    "en Ituri" are regions whether or not the article names their state. A name several
    states' subdivisions bear ("le Centre", "l'Ouest") stays unread without its state."""
    if i == 0 or tv.lower[i - 1] not in _ARTICLES:
        return []
    if len({c.country for c in cands}) != 1 or len(key(name)) < 5:
        return []
    return cands[:1]


def town_institution(m: re.Match, text: str, gz: Gazetteer) -> bool:
    """An institution named after its town ("l'université de X", ``institution_nouns``): the
    name the text gives is the town's, read by the city finder, where "l'université Y" (its
    own name) is a site."""
    head = key(m.group().split(maxsplit=1)[0])
    nouns = {key(n) for n in place_words("institution_nouns")}
    return head in nouns and key(text[m.start("name") : m.end("name")]) in gz.cities
