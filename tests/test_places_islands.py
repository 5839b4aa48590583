"""An archipelago of English name is written "îles" + that name in French (invented
snippets)."""

from __future__ import annotations

from tests.test_places import run


def test_islands_of_english_name_are_the_territory_not_a_nearby_capital():
    table, _ = run("Le président a affirmé que les îles Falkland reviendraient à Buenos Aires.")
    row = table.set_index("name").loc["Malouines"]
    assert (row["country"], round(row["lat"]), round(row["lon"])) == ("FK", -52, -59)
    table, _ = run("Une délégation des îles Cayman est attendue à Londres.")
    assert table.set_index("name").loc["Îles Caïmans", "country"] == "KY"


def test_a_compound_archipelago_joins_its_parts_with_et():
    table, _ = run("Un cyclone a frappé les îles Turks-et-Caicos avant de gagner Cuba.")
    assert "TC" in table["country"].tolist()
