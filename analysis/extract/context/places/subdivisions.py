"""A subdivision its own noun announces ("l'État de X", "la province du Y", "la région de Z"):
the subdivision of that name even when the article names no town or name of its country.

The states gazetteer (admin-1 names) is otherwise read only for the countries the article
names, since many of its names are also common words, first names or towns abroad; a name
after "État de", "province de", "région de" is announced as a subdivision, so the gazetteer's
only subdivision of that name is meant (for instance "l'État de Kaluna" in a story that
names neither its country nor its towns).
"""

from __future__ import annotations

from analysis.extract.context.places.kb import Entry, Gazetteer


def announced_subdivision(cands: list[Entry], name_key: str, gz: Gazetteer) -> list[Entry]:
    """The reading of a subdivision name led by its noun when its country is not named: the
    one subdivision of that name, if all the gazetteer's subdivisions of that name lie in one
    country; none when the name is also a capital or a city of 500,000+ ("la région de
    Washington" is the capital's area, not the far state: the city finder reads it)."""
    if len({c.country for c in cands}) != 1:
        return []
    if any(t.capital or t.population >= 500000 for t in gz.cities.get(name_key, [])):
        return []
    return cands[:1]
