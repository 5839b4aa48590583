"""A person's nationality stated in an apposition: "X, un Sénégalais de 40 ans",
"Y, une Brésilienne installée à Lisbonne", "Z, originaire du Cameroun".

The apposition right after a name, opened by an indefinite article and a nationality noun
("un Ivoirien", "une Chilienne"), states the person's country as plainly as an adjective
in a title; so does "originaire de / du / d'" and a country. Both outrank the context
(the state the article is about, the states acting around the person). "d'origine
sénégalaise" and "né au Sénégal" are left out: said of dual nationals as often as not.
"""

from __future__ import annotations

from analysis.extract.actors.finder import Finder
from analysis.extract.actors.records import Mention
from analysis.resources.gazetteer import country_of_adjective

_INDEFINITE = frozenset(("un", "une"))
_OF = frozenset(("de", "du", "des", "d"))
_ARTICLES = frozenset(("la", "l", "le", "les"))


def _origin_after(f: Finder, j: int) -> str | None:
    """The country stated by the apposition starting at word ``j`` (after a comma)."""
    t = f.t
    if j + 1 >= len(t.ws) or not t.same_sentence(j, j + 1) or f.punct_before(j + 1):
        return None
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
        if j < len(t.ws) and "," in t.gap(j) and t.same_sentence(j - 1, j):
            iso = _origin_after(f, j)
            if iso:
                return iso
    return None
