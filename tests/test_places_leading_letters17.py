"""A name whose first letters spell an article ("Laos", "Lettonie", "Lesotho") is capitalised
like any other (invented snippets): only a whole article before a name ("La Réunion") is
skipped to find the capital, and a lower-case common noun after a sentence's article is no
place ("La réunion a eu lieu")."""

from __future__ import annotations

from tests.test_places import place, run


def test_countries_whose_names_start_like_an_article():
    assert place("Le ministre a reçu son homologue du Laos à Hanoï.", "Laos")["country"] == "LA"
    r = place("La Lettonie a convoqué le chargé d'affaires russe.", "Lettonie")
    assert r["country"] == "LV" and r["kind"] == "country"
    r = place("Le roi du Lesotho a été reçu à Pretoria.", "Lesotho")
    assert r["country"] == "LS"


def test_an_article_before_a_name_still_leads_it():
    r = place("Le préfet de La Réunion a accueilli la délégation.", "Réunion")
    assert r["country"] in ("RE", "FR")


def test_a_meeting_is_no_island():
    table, _ = run("La réunion a eu lieu mardi entre les deux ministres.")
    assert not {"Réunion", "La Réunion"} & set(table["name"])
