"""Where the text itself situates a site it cannot name otherwise: by a distance and a point of
the compass from a town ("X, à 250 km au sud-est de Y"), or in a part of a state ("le lac X
dans l'ouest de Z").

A site the gazetteer does not know takes, failing better, the coordinates of the nearest town
the article names. When the journalist writes how far it lies from a town, that town is the
wrong answer: the site is estimated at that distance in that direction (great circle), and
left unplaced when no direction is given and the distance is beyond what "near the town"
covers. "dans l'est de Z" right after the site puts it in that part of the state (its
estimate in :mod:`.compass`), not at the last town named.
"""

from __future__ import annotations

import math
import re

from analysis.extract.context.places.kb import Entry
from analysis.extract.context.places.mention import Mention

_BEARING = {
    "nord": 0,
    "nord-est": 45,
    "est": 90,
    "sud-est": 135,
    "sud": 180,
    "sud-ouest": 225,
    "ouest": 270,
    "nord-ouest": 315,
}
_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})*|\d+"
# "X, à 250 km au sud-est de Y", "X, situé à environ 40 kilomètres de Y", "X (à 80 km à
# l'ouest de Y)"
_FROM = re.compile(
    r"\s*[,(]?\s*(?:(?:qui\s+se\s+trouve|situ[ée]e?s?|localis[ée]e?s?)\s+)?à\s+"
    r"(?:environ\s+|quelque\s+|près\s+de\s+|plus\s+de\s+|moins\s+de\s+|une\s+)?"
    rf"(?P<n>{_NUMBER})\s*(?:km|kilomètres?)\s+"
    r"(?:(?:au|à\s+l['’])\s*(?P<dir>nord-est|nord-ouest|sud-est|sud-ouest|nord|sud|est|ouest)"
    r"\s+)?(?:de\s+la\s+ville\s+de\s+|de\s+la\s+capitale(?:\s+\w+)?,?\s+|de\s+|d['’]\s*|du\s+)\Z",
    re.I,
)
_NEAR_KM = 100.0  # a site this close to a town, with no direction, is placed at the town
# "le lac X dans l'ouest de Z", "X, dans le nord du Y"
_IN_PART = re.compile(r"\s*,?\s*(?:dans|en)\s+(?:le|l['’])\s*(?:extrême[- ])?\Z", re.I)
_EARTH_KM = 6371.0


def offset_point(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point ``km`` from (lat, lon) along ``bearing`` (degrees clockwise from north)."""
    d, b = km / _EARTH_KM, math.radians(bearing)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(
        math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2)
    )
    return math.degrees(p2), (math.degrees(l2) + 540) % 360 - 180


def from_town(m: Mention, settlements: list[Mention], text: str):
    """``(lat, lon, country)`` for site ``m`` followed by "à N km (au <point>) de <town>":
    the point that far in that direction; ``(None, None, country)`` when no direction is
    given and the town is too far to stand for the site; None when no such phrase follows."""
    for s in settlements:
        if s.start <= m.end or s.start - m.end > 80 or s.entry is None:
            continue
        hit = _FROM.fullmatch(text, m.end, s.start)
        if hit is None:
            continue
        town = s.entry
        if town.lat is None or town.lon is None:
            return None
        km = float(re.sub(r"\D", "", hit.group("n")))
        if hit.group("dir"):
            bearing = _BEARING[hit.group("dir").lower()]
            lat, lon = offset_point(town.lat, town.lon, km, bearing)
            return lat, lon, town.country
        if km <= _NEAR_KM:
            return town.lat, town.lon, town.country
        return None, None, town.country
    return None


def part_after(m: Mention, mentions: list[Mention], text: str) -> Entry | None:
    """The part of a state written right after site ``m`` ("dans l'ouest de Z")."""
    for c in mentions:
        if c.start <= m.end or c.start - m.end > 20:
            continue
        if c.via == "compass" and c.entry is not None and _IN_PART.fullmatch(text, m.end, c.start):
            return c.entry
    return None
