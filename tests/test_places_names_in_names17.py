"""A small town abroad whose name is a word of an institution's name (invented snippets):
"de Justice", "de Commerce" inside a court's or a chamber's name is no town; a town of some
weight led there by "de" ("Université de Bouaké") is still the town."""

from __future__ import annotations

from tests.test_places import run


def _names(text: str) -> set[str]:
    return set(run(text)[0]["name"])


def test_a_word_of_a_court_or_chamber_name_is_no_foreign_town():
    assert "Justice" not in _names("La Haute Cour de Justice du royaume a été saisie du litige.")
    assert "Justice" not in _names("La Cour suprême de Justice a validé le scrutin présidentiel.")
    assert "Commerce" not in _names("La Chambre nationale de Commerce a salué la reprise.")


def test_a_town_of_weight_inside_a_name_is_still_the_town():
    assert "Bouaké" in _names("Les étudiants de l'Université de Bouaké ont accueilli le ministre.")
    assert "Nairobi" in _names("Le recteur de l'Université de Nairobi a reçu le ministre kényan.")


def test_the_court_name_leaves_the_country_named_beside_it():
    names = _names("Les juges de la Haute Cour de Justice ont rendu leur avis au Burkina Faso.")
    assert "Burkina Faso" in names and "Justice" not in names
