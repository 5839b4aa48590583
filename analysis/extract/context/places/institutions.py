"""Institutions named in a sentence (``institution_nouns`` of the places' knowledge base:
"université", "campus") whose name is no site of the story: one named after its town (the
town is the place) and one named in a person's title (where the person works)."""

from __future__ import annotations

import bisect
import re

from analysis.document.tokens import TokenView
from analysis.extract.context.places.kb import Gazetteer, place_words
from analysis.resources.gazetteer import place_key as key


def _institution(m: re.Match) -> bool:
    """The facility noun of match ``m`` is an institution's."""
    head = key(m.group().split(maxsplit=1)[0])
    return head in {key(n) for n in place_words("institution_nouns")}


def town_institution(m: re.Match, text: str, gz: Gazetteer) -> bool:
    """An institution named after its town ("l'université de X", ``institution_nouns``): the
    name the text gives is the town's, read by the city finder, where "l'université Y" (its
    own name) is a site."""
    return _institution(m) and key(text[m.start("name") : m.end("name")]) in gz.cities


def affiliation(m: re.Match, tv: TokenView | None) -> bool:
    """An institution (``institution_nouns``) named in a person's title: "X, professeure à
    l'université Y", "Z, chercheur de l'université W". It says where the person works, not
    where the story happens; placed at the story's town it would put a foreign university on
    the map. Read on the parse: from the institution's noun up through nouns and adjectives
    (the title) to a proper noun, with no verb on the way ("a parlé à l'université Y" is a
    venue) and at least one title word between (in "la visite de X à l'université Y" the
    noun hangs on the name itself: a venue too)."""
    if tv is None or not _institution(m):
        return False
    i = bisect.bisect_left(tv.idx, m.start())
    if i >= len(tv) or tv.idx[i] != m.start():
        return False
    titles = 0
    for _ in range(4):
        j = tv.head[i]
        if j != i and tv.cap[j] and tv.pos[j] in ("PROPN", "X"):  # a foreign name may be "X"
            return titles > 0
        if j == i or tv.pos[j] not in ("NOUN", "ADJ"):
            return False
        titles, i = titles + 1, j
    return False
