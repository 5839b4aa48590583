"""The "-gh" spelling of the Karabakh names (invented snippets) is the same territory."""

from __future__ import annotations

from tests.test_places import near, place, run


def test_karabagh_spellings_are_the_karabakh_territory():
    r = place("Des combats ont repris au Haut-Karabagh, selon Erevan.", "Haut-Karabakh")
    assert r["country"] == "AZ" and near(r, 39.8, 46.8, km=50)
    r = place("Les réfugiés du Karabagh ont gagné l'Arménie.", "Haut-Karabakh")
    assert near(r, 39.8, 46.8, km=50)


def test_a_look_alike_word_is_no_karabagh():
    table, _ = run("Le négociateur a cité un proverbe du Caucase devant la presse.")
    assert not any("Karab" in str(n) for n in table["name"])
