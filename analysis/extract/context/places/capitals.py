"""A capital named by its country's adjective: "la capitale mauritanienne" is Nouakchott.

French press names a capital as often by this periphrasis as by its name ("arrivé dans la
capitale kényane"). The adjective is any nationality word of the knowledge base; the capital
is the country's one seat. A country whose knowledge base lists two towns as capitals
(Pretoria and Le Cap, Yamoussoukro and Abidjan) is left alone: which one the writer means is
not said. A qualified capital ("la capitale économique ivoirienne", "la capitale
administrative") is another town or a role, never read.
"""

from __future__ import annotations

import re

from analysis.extract.context.places.kb import Gazetteer, country_rows, gazetteer
from analysis.extract.context.places.kb import key as place_key
from analysis.extract.context.places.mention import Mention
from analysis.resources.datacache import derived

_WORD = r"[a-zéèêëàâîïôûç]+"
_CAPITALE = re.compile(rf"(?<![\w-])[cC]apitale\s+(?P<adj>{_WORD}(?:[- ]{_WORD})?)")
_MAX_KM = 50.0


def capital_mentions(text: str, body: int, gz: Gazetteer) -> list[Mention]:
    """ "la capitale kényane" -> a mention of Nairobi over "capitale kényane"."""
    out = []
    seats = _single_seats() if gz is gazetteer() else _seats(gz)
    for m in _CAPITALE.finditer(text, body):
        adj = m.group("adj")
        iso = gz.demonyms.get(place_key(adj))
        end = m.end("adj")
        if iso is None and " " in adj.replace("-", " "):  # "capitale ivoirienne et ..."
            first = re.split(r"[- ]", adj)[0]
            iso, end = gz.demonyms.get(place_key(first)), m.start("adj") + len(first)
        seat = seats.get(iso) if iso else None
        if seat is not None:  # named as the country's knowledge base writes it ("Riyad")
            out.append(Mention(m.start(), end, [seat[0]], "phrase", alias=seat[1]))
    return out


@derived
def _single_seats() -> dict:
    """The seats of the offline gazetteer, computed once."""
    return _seats(gazetteer())


def _seats(gz: Gazetteer) -> dict:
    """ISO2 -> (the capital, its French name), for the countries whose capitals are one town
    (spellings of one name: "Riyad", "Ryad"; "Kiev", "Kyiv")."""
    from analysis.extract.context.places.tables import haversine_km

    out = {}
    for row in country_rows() or []:
        iso, caps = row.get("iso2"), row.get("capitals") or []
        town = gz.capitals.get(iso)
        if not caps or town is None or town.lat is None:
            continue
        spots = [c for cap in caps for c in gz.cities.get(place_key(cap), []) if c.country == iso]
        if all(haversine_km(c.lat, c.lon, town.lat, town.lon) <= _MAX_KM for c in spots):
            out[iso] = (town, caps[0])
    return out
