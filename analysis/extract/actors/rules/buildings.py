"""A capitalised name made a building by its first French or last English word: "le Palais
Bourbon", "la Villa Médicis", "Marlborough House", "Buckingham Palace" name sites, where
actors meet, never actors (spaCy often tags them as persons). The knowledge base's
institutions seated in a building ("l'Élysée", "la Maison Blanche") are found before, by
the gazetteer; this rule only keeps the entity rule from making a person or an
organisation of any other building."""

from __future__ import annotations

from analysis.extract.actors.finder import Finder
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import word_set

_FIRST_ONLY = frozenset(
    ("palais", "chateau", "villa", "manoir", "residence", "stade", "hotel", "domaine")
)


@derived
def given_names() -> frozenset[str]:
    """Common given names (data/lexicons/quotes_given_names.yaml), folded."""
    return word_set("quotes_given_names", "feminine") | word_set("quotes_given_names", "masculine")


def building_name(f: Finder, i: int, j: int) -> bool:
    """Words [i, j) are a building's name: two capitalised words at least, the last an
    English building word ("Marlborough House") or the first a French one ("Palais X"),
    after a preposition of place ("à Marlborough House", "au Palais X"): a subject named so
    may be a person ("le ministre Paul House") or the office seated there."""
    t = f.t
    if j - i < 2 or not f.is_cap(i) or not f.is_cap(j - 1) or not f.venue_prep(i):
        return False
    if t.key(i) in given_names():
        return False  # "à Paul House": a person's surname
    words = word_set("actors_words", "building_words")
    last, first = t.key(j - 1), t.key(i)
    return (last in words and last not in _FIRST_ONLY) or (first in words and first in _FIRST_ONLY)
