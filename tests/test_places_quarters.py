"""A district of a large city is not the town an article names (invented snippets): geonames
lists the districts of large cities among its "cities", and a district that bears the name of
a town elsewhere must not win that name through the article's countries."""

from __future__ import annotations

from analysis.resources.gazetteer import _quarters
from tests.test_places import near, place


def _city(gid: int, lat: float, lon: float, pop: int) -> dict:
    return {"geonameid": gid, "latitude": lat, "longitude": lon, "population": pop}


def test_a_small_record_next_to_a_much_larger_city_is_its_district():
    records = [
        _city(1, 10.00, 20.00, 900_000),  # the city
        _city(2, 10.03, 20.02, 60_000),  # 4 km away: one of its districts
        _city(3, 10.30, 20.00, 60_000),  # 33 km away: a town of its own
        _city(4, 10.02, 19.99, 400_000),  # near, but not five times smaller: a twin city
    ]
    assert _quarters(records) == {2}


def test_a_district_does_not_take_the_name_of_a_town_through_the_context():
    """Geonames has a district of Agadir named like the port of the Saharan coast: in a story
    that names Morocco, the town (of its own name and larger) is meant, not the district."""
    r = place(
        "Le forum économique de Dakhla a réuni lundi des investisseurs marocains et espagnols.",
        "Dakhla",
    )
    assert near(r, 23.68, -15.96)


def test_a_town_in_the_articles_country_still_wins_over_a_larger_foreign_homonym():
    """The context bonus stays for towns that are no district: "Oyo" in a story about Congo
    is the Congolese town, not the much larger Nigerian city."""
    r = place(
        "Le président congolais a regagné Oyo, son village natal, après le sommet de Brazzaville.",
        "Oyo",
    )
    assert near(r, -1.17, 15.97)
