"""Far homonyms: a capitalised word that is also the name of a small foreign town ("des
Médias", "la Délégation", a surname) is no place when nothing in the article points there.

A city reading is dropped when the article names other states, none of them is the town's
state or one of its neighbours, the town is neither a capital nor a city of 100,000, and no
locative leads the word ("à X", "vers X": there the writer means a town, wherever it is), nor
a bare "de" ("le forum de Davos", "le sommet d'X": the town of a meeting). A
place nobody can place is better left out than put on another continent; the sites that took
their coordinates from it then fall back on the article's own towns.
"""

from __future__ import annotations

import re

from analysis.extract.context.places.borders import countries_by_code
from analysis.extract.context.places.kb import Entry, place_words
from analysis.extract.context.places.mention import Mention

_WORD_BEFORE = re.compile(r"([^\W\d_]+)['’]?\s*\Z")
BIG_TOWN = 100000


def drop_far_homonyms(mentions: list[Mention], text: str, context: dict[str, int]) -> list:
    """``mentions`` without the city readings no clue of the article supports (see the
    module); ``context``: how often the article names each state (ISO2)."""
    own: dict[str, int] = {}  # what the city names themselves added to the counts
    for m in mentions:
        if m.via == "city" and len({c.country for c in m.candidates}) == 1:
            iso = m.candidates[0].country or ""
            own[iso] = own.get(iso, 0) + 1
    named = {iso for iso, n in context.items() if n > own.get(iso, 0)}
    if not named:
        return mentions
    near = _near(named)
    return [m for m in mentions if not _far(m, text, named, near)]


def _far(m: Mention, text: str, named: set[str], near: set[str]) -> bool:
    e: Entry | None = m.entry
    if m.via != "city" or e is None or e.kind != "city" or not e.country:
        return False
    if e.country in near or e.capital or e.population >= BIG_TOWN:
        return False
    before = _WORD_BEFORE.search(text, max(0, m.start - 20), m.start)
    word = before.group(1).lower() if before else ""
    return not (word in place_words("strong_locatives") or word in ("de", "d"))


def _near(named: set[str]) -> set[str]:
    """The named states and their neighbours."""
    info = countries_by_code()
    out = set(named)
    for iso in named:
        out.update(n for n in (info.get(iso, {}).get("neighbours") or "").split(",") if n)
    return out
