"""A part of a state named by a point of the compass: "le sud-est de l'Iran", "l'est de la
RDC", "dans le nord du Mali", "le nord-est syrien", "l'extrême nord du Cameroun".

The press names the region of a conflict or of a strike this way more often than by its
province. The gazetteer has no such regions, so the place is estimated from the state's
outline (countryinfo): the vertices of its largest polygon lying furthest in that direction
(the last fifth of their spread), averaged, then drawn a little back towards the state's
centre (the region, not its rim). "est" is a verb as often as a noun: only "l'est" is read.

When that estimate falls in empty land (no town of the state within 150 km of it), the part
is where the state's people live instead: "l'ouest algérien" is round Oran and "l'est de
l'Algérie" round Constantine, not in the desert south of them. From the towns' centre
(weighted by the square root of their population), the towns within 45 degrees of the
direction; the farthest of them that carry half of that sector's weight, averaged with the
same weights (a lone desert outpost does not pull the part into the sand). Fewer than two
such towns: the outline's estimate.

The towns' centre is not the state's: Mali's and Algeria's people live at one end, so the
cone from their centre can end on the wrong side of the state ("le nord du Mali" round Mopti,
south of Mali's middle; "le sud de l'Algérie" in the northern Sahara). A part must lie beyond
the state's centre in its direction: when the cone's estimate does not, the part is the
weighted centre of the state's towns that do (Kidal, Arlit, Adrar and In Salah), and with
none of them the outline's estimate.
"""

from __future__ import annotations

import math
import re

from analysis.extract.context.places.kb import Entry, country_outlines
from analysis.extract.context.places.mention import Mention
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import adjective_index, fold, geonames_cities

_POINTS = {"nord": (1.0, 0.0), "sud": (-1.0, 0.0), "est": (0.0, 1.0), "ouest": (0.0, -1.0)}
_DIR = r"(?:nord|sud)(?:[- ](?:est|ouest))?|est|ouest"
# "le nord", "l'est", "du sud-ouest", "dans l'extrême nord"; "Est" capitalised too
_PART = re.compile(
    rf"\b(?:(?:le|du|au)\s+(?:extrême[- ])?(?P<a>{_DIR})|l['’]\s*(?:extrême[- ])?(?P<b>{_DIR}))"
    r"(?=[\s,])",
    re.I,
)
_OF = re.compile(r"\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)", re.I)
_ADJ = re.compile(r"\s+(?P<adj>[^\W\d_]+)")
_SHARE = 0.2  # the vertices in the last fifth of the spread along the direction
_BACK = 0.85  # from the state's centre to those vertices' mean


def add_compass_parts(mentions: list[Mention], text: str, states: dict[str, Entry]) -> None:
    """Add a region mention for each compass part of a state: the point word, then the
    state's own mention ("du Mali") or its nationality adjective ("le nord syrien")."""
    by_start = {m.start: m for m in mentions if _state(m)}
    adjectives = adjective_index()
    found = []
    for m in _PART.finditer(text):
        words = (m.group("a") or m.group("b")).lower()
        start = m.start("a") if m.group("a") else m.start("b")
        link = _OF.match(text, m.end())
        state = by_start.get(link.end()) if link else None
        if state is not None:
            entry, end = _state(state), state.end
        else:
            adj = _ADJ.match(text, m.end())
            isos = adjectives.get(fold(adj.group("adj"))) or () if adj else ()
            entry = states.get(isos[0]) if len(isos) == 1 else None
            end = adj.end() if adj else m.end()
        if entry is None:
            continue
        point = part_point(entry, words)
        if point is not None:
            region = Entry(
                uid=f"part:{entry.country}:{words}",
                name=text[start:end],
                kind="region",
                country=entry.country,
                lat=point[0],
                lon=point[1],
                source="compass",
            )
            found.append(Mention(start, end, [region], "compass", entry=region))
    mentions.extend(found)
    mentions.sort(key=lambda m: m.start)


def _state(m: Mention) -> Entry | None:
    e = m.entry
    ok = e is not None and e.kind in ("country", "territory") and e.country
    return e if ok and e.lat is not None else None


def part_point(state: Entry, words: str) -> tuple[float, float] | None:
    """The estimated centre of the part ``words`` ("sud-est") of ``state``."""
    ring = _rings().get(state.country or "")
    parts = re.split(r"[- ]", words)
    if not all(p in _POINTS for p in parts):
        return None
    dy = sum(_POINTS[p][0] for p in parts)
    dx = sum(_POINTS[p][1] for p in parts)
    towns = _towns().get(state.country or "", [])
    drawn = _outline_part(state, ring, dy, dx) if ring else None
    if drawn is not None and any(_near(drawn, t) for t in towns):
        return drawn  # the outline's estimate lies among the state's towns: kept
    peopled = _peopled_part(towns, dy, dx)
    if peopled is not None and _along(state, peopled, dy, dx) <= 0:
        peopled = _beyond_centre(state, towns, dy, dx)
    return peopled or drawn


def _along(state: Entry, point: tuple[float, float], dy: float, dx: float) -> float:
    """How far ``point`` lies from the state's centre in the direction (dy, dx), in degrees."""
    k = math.cos(math.radians(state.lat))
    return ((point[0] - state.lat) * dy + (point[1] - state.lon) * k * dx) / math.hypot(dy, dx)


def _beyond_centre(state: Entry, towns: list, dy: float, dx: float) -> tuple[float, float] | None:
    """The weighted centre of the state's towns beyond its centre in the direction (dy, dx)."""
    side = [(la, lo, w) for la, lo, w in towns if _along(state, (la, lo), dy, dx) > 0]
    total = sum(w for _la, _lo, w in side)
    if not side or total <= 0:
        return None
    return sum(la * w for la, _lo, w in side) / total, sum(lo * w for _la, lo, w in side) / total


def _outline_part(state: Entry, ring: list, dy: float, dx: float) -> tuple[float, float]:
    lat0, lon0 = state.lat, state.lon
    k = math.cos(math.radians(lat0))
    proj = [((lat - lat0) * dy + (lon - lon0) * k * dx, lat, lon) for lon, lat in ring]
    hi, lo = max(p[0] for p in proj), min(p[0] for p in proj)
    far = [(lat, lon) for v, lat, lon in proj if v >= hi - _SHARE * (hi - lo)]
    lat = sum(p[0] for p in far) / len(far)
    lon = sum(p[1] for p in far) / len(far)
    return lat0 + _BACK * (lat - lat0), lon0 + _BACK * (lon - lon0)


def _near(point: tuple[float, float], town: tuple[float, float, float]) -> bool:
    """A town within about 150 km of ``point`` (equirectangular, enough at this scale)."""
    k = math.cos(math.radians(point[0]))
    return math.hypot(town[0] - point[0], (town[1] - point[1]) * k) * 111.2 <= _EMPTY_KM


@derived
def _rings() -> dict[str, list]:
    """ISO2 -> the largest polygon of the state's outline (lon, lat vertices)."""
    return {iso: max(rings, key=len) for iso, rings in country_outlines().items() if rings}


_CONE = math.cos(math.radians(45))  # towns within 45 degrees of the direction
_EMPTY_KM = 150.0  # no town this close to the outline's estimate: it lies in empty land


def _peopled_part(towns: list[tuple[float, float, float]], dy: float, dx: float):
    """The weighted centre of the towns of the part (dy, dx) of a state, or None."""
    if len(towns) < 3:
        return None
    total = sum(w for _la, _lo, w in towns)
    lat0 = sum(la * w for la, _lo, w in towns) / total
    lon0 = sum(lo * w for _la, lo, w in towns) / total
    k, norm = math.cos(math.radians(lat0)), math.hypot(dy, dx)
    cone = []
    for la, lo, w in towns:
        vy, vx = la - lat0, (lo - lon0) * k
        r = math.hypot(vy, vx)
        along = (vy * dy + vx * dx) / norm
        if r > 0 and along >= _CONE * r:
            cone.append((along, la, lo, w))
    if len(cone) < 2:
        return None
    cone.sort(reverse=True)  # the farthest first, until half the cone's weight is taken
    half, outer, total = sum(c[3] for c in cone) / 2, [], 0.0
    for c in cone:
        outer.append(c)
        total += c[3]
        if total >= half:
            break
    return sum(c[1] * c[3] for c in outer) / total, sum(c[2] * c[3] for c in outer) / total


@derived
def _towns() -> dict[str, list[tuple[float, float, float]]]:
    """ISO2 -> (lat, lon, square root of the population) of the state's towns over 15,000."""
    out: dict[str, list[tuple[float, float, float]]] = {}
    for c in geonames_cities(15000):
        w = math.sqrt(max(int(c.get("population") or 0), 1))
        out.setdefault(c["countrycode"], []).append(
            (float(c["latitude"]), float(c["longitude"]), w)
        )
    return out
