"""A person's nationality stated in an apposition: "X, un Sénégalais de 40 ans",
"Y, une Brésilienne installée à Lisbonne", "Z, originaire du Cameroun", "W, de nationalité
belge", "V, un proche du président gabonais".

The apposition right after a name, opened by an indefinite article and a nationality noun
("un Ivoirien", "une Chilienne"), states the person's country as plainly as an adjective
in a title; so does "originaire de / du / d'" and a country. Both outrank the context
(the state the article is about, the states acting around the person). "de nationalité"
and an adjective is the legal nationality itself, in an apposition or in brackets (two
adjectives, a dual nationality, give none). A close
associate of a titled figure ("un proche / fidèle du président x-ien", "une proche de la
Première ministre de Y") is taken for the figure's country: the press names them as part of
a national circle, never as a state official (no role is made of "proche"). "d'origine
sénégalaise" and "né au Sénégal" are left out: said of dual nationals as often as not.
"""

from __future__ import annotations

from analysis.extract.actors.finder import Finder
from analysis.extract.actors.records import Mention
from analysis.resources.gazetteer import country_of_adjective

_INDEFINITE = frozenset(("un", "une"))
_OF = frozenset(("de", "du", "des", "d"))
_ARTICLES = frozenset(("la", "l", "le", "les"))
_CLOSE = frozenset(("proche", "fidele", "intime", "confident", "confidente"))
_FIGURE_WORDS = 4  # words of the figure's title after "du / de la" up to its country


def _stated_country(f: Finder, k: int) -> str | None:
    """The country a nationality adjective or a country's name opening at word ``k``
    states, else None."""
    if k in f.adj_end:
        return f.adj_end[k][1]
    hit = f.gaz.get(k)
    if hit is not None and hit[1].kind == "country":
        return str(hit[1].ref)
    return None


def _figure_country(f: Finder, k: int) -> str | None:
    """ "du président x-ien", "de la Première ministre de Y": the country stated within a
    few words of a figure's title starting at word ``k``, before any punctuation."""
    t = f.t
    for x in range(k, k + _FIGURE_WORDS + 1):
        if x >= len(t.ws) or not t.same_sentence(k, x) or (x > k and f.punct_before(x)):
            return None
        iso = _stated_country(f, x)
        if iso:
            return iso
    return None


def _origin_after(f: Finder, j: int) -> str | None:
    """The country stated by the apposition starting at word ``j`` (after a comma)."""
    t = f.t
    if j + 1 >= len(t.ws) or not t.same_sentence(j, j + 1) or f.punct_before(j + 1):
        return None
    if t.key(j) == "de" and t.key(j + 1) == "nationalite" and not f.punct_before(j + 2):
        if t.key(j + 3) in ("et", "ou") and country_of_adjective(t.key(j + 4)):
            return None  # "de nationalité x-ienne et y-ienne": a dual national, no one country
        return country_of_adjective(t.key(j + 2)) or None  # "X, de nationalité belge"
    if t.key(j) in _INDEFINITE and t.key(j + 1) in _CLOSE and t.key(j + 2) in _OF:
        return _figure_country(f, j + 3)  # "X, un proche du président gabonais"
    if t.key(j) in _INDEFINITE:
        if not f.is_cap(j + 1):
            return None  # "un sénégalais" is rare; "un proche des Sénégalais" is no nationality
        return country_of_adjective(t.key(j + 1)) or None
    if t.key(j) == "originaire" and t.key(j + 1) in _OF:
        k = j + 2
        if t.key(k) in _ARTICLES and not f.punct_before(k):
            k += 1
        hit = f.gaz.get(k)
        if hit is not None and hit[1].kind == "country" and not f.punct_before(k):
            return str(hit[1].ref)
    return None


def apposed_origin(f: Finder, ms: list[Mention]) -> str | None:
    """The country an apposition after one of the person's name mentions ``ms`` states."""
    t = f.t
    for m in ms:
        if m.kind not in ("name", "short"):
            continue
        j = t.first_index_from(m.end)
        gap = t.gap(j)
        if j < len(t.ws) and ("," in gap or "(" in gap) and t.same_sentence(j - 1, j):
            iso = _origin_after(f, j)
            if iso:
                return iso
    return None
