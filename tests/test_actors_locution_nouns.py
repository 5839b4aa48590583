"""Nouns of adverbial locutions are no roles (session 19, round 15).

"a précisé à ce propos X", "a ajouté à ce sujet Y", "X, au grand dam de ...", "Y, au nom
de ...": the noun of a locution sits next to a name without describing the
person; a common noun that does ("le syndicaliste X", "X, romancier") still does. Invented
snippets only.
"""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _roles(tables: dict, name: str) -> list[str]:
    return [r for r in _row(tables, name)["roles"].split("; ") if r]


def test_a_locution_before_an_inverted_subject_is_no_title():
    t = _analyse("« Nous verrons », a précisé à ce propos Ingrid Halvorsen lors d'un point presse.")
    assert "propos" not in _roles(t, "Ingrid Halvorsen")
    t = _analyse("« Rien n'est signé », a ajouté à ce sujet Tomás Valdivieso devant la presse.")
    assert "sujet" not in _roles(t, "Tomás Valdivieso")


def test_a_locution_after_the_comma_is_no_apposition():
    t = _analyse("Le sommet s'est ouvert à Lima avec Tomás Valdivieso, au grand dam des syndicats.")
    assert not any("dam" in r for r in _roles(t, "Tomás Valdivieso"))
    t = _analyse("Le texte a été lu par Ingrid Halvorsen, au nom des syndicats, mardi soir.")
    assert not any("nom" in r for r in _roles(t, "Ingrid Halvorsen"))


def test_a_describing_noun_is_still_a_role():
    t = _analyse("« Nous verrons », a précisé le syndicaliste Ingrid Halvorsen à Oslo.")
    assert "syndicaliste" in _roles(t, "Ingrid Halvorsen")
    t = _analyse("Tomás Valdivieso, romancier péruvien, a reçu le prix mardi.")
    assert any(r.startswith("romancier") for r in _roles(t, "Tomás Valdivieso"))
