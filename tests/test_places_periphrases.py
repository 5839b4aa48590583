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


def test_a_river_named_like_a_country_is_the_river_not_the_country():
    table, _ = run("Les pêcheurs du fleuve Sénégal et ceux du Nil se sont réunis à Dakar.")
    rows = table.set_index("name")
    assert rows.loc["fleuve Sénégal", "country"] == "" and "Sénégal" not in rows.index
    assert rows.loc["Nil", "kind"] == "region"


def test_a_border_post_written_without_a_hyphen_is_a_site():
    table, _ = run("Le ministre s'est rendu à Dakar puis au poste frontalier de Kidira.")
    assert "poste frontalier de Kidira" in table["name"].tolist()
