"""The press's periphrases of countries and continents are those places (invented snippets)."""

from __future__ import annotations

from tests.test_places import run


def test_periphrases_name_their_country_or_continent():
    table, mentions = run(
        "L'Hexagone et le royaume chérifien ont signé un accord. Le pays du Cèdre traverse "
        "une crise. Le Vieux Continent et le continent africain se rapprochent."
    )
    assert table["name"].tolist() == ["France", "Maroc", "Liban", "Europe", "Afrique"]
    assert "continent africain" in mentions["text"].tolist()


def test_a_lower_case_common_noun_is_no_periphrasis():
    table, _ = run("Le bâtiment, un hexagone régulier, a été inauguré à Rabat.")
    assert table["name"].tolist() == ["Rabat"]
