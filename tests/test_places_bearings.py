"""Where the text situates what the gazetteer cannot place (invented snippets): a site "à N km
au <point> de <town>" lies that far in that direction, not at the town; with no direction and
a long distance it is left unplaced; "le lac X dans l'ouest de Z" lies in that part of Z; a
compass part of a state whose outline estimate falls in empty land is where its people live;
territories without an outline have a centre."""

from __future__ import annotations

import math

from analysis.extract.context.places import haversine_km
from analysis.extract.context.places.bearings import offset_point
from tests.helpers import run_steps


def _places(text: str):
    return run_steps(text, ["places"]).tables["places"]


def _row(text: str, name: str):
    rows = [r for r in _places(text).itertuples() if r.name == name]
    return rows[0] if rows else None


def test_offset_point_moves_along_the_bearing():
    lat, lon = offset_point(40.0, 0.0, 111.2, 0)
    assert abs(lat - 41.0) < 0.02 and abs(lon) < 1e-6
    lat, lon = offset_point(0.0, 10.0, 111.2, 90)
    assert abs(lat) < 1e-6 and abs(lon - 11.0) < 0.02


def test_a_site_at_a_distance_and_a_point_from_a_town():
    r = _row(
        "Le gisement à Korvany, à 200 km au nord-ouest de Madrid, a été fermé mardi.", "Korvany"
    )
    assert r is not None and r.country == "ES"
    madrid = (40.42, -3.70)
    assert 150 < haversine_km(r.lat, r.lon, *madrid) < 250
    assert r.lat > madrid[0] and r.lon < madrid[1]  # north-west of the town
    r = _row(
        "Un entrepôt à Belvora, situé à 300 kilomètres à l'est de Lisbonne, a brûlé.", "Belvora"
    )
    assert r is not None and r.lon > -9.14 + 2.5


def test_a_near_distance_keeps_the_town_a_far_one_without_direction_leaves_it_unplaced():
    r = _row("Le camp à Tarvena, situé à 30 km de Lisbonne, est vide.", "Tarvena")
    assert r is not None and haversine_km(r.lat, r.lon, 38.72, -9.14) < 50
    r = _row("L'usine à Belmarsk, à 300 kilomètres de Lisbonne, a brûlé.", "Belmarsk")
    assert r is not None and r.country == "PT" and math.isnan(r.lat)
    # no distance written: the nearest town still stands for the site
    r = _row(
        "Le ministre s'est rendu à Lisbonne puis à Tarvena, où il a visité le camp.", "Tarvena"
    )
    assert r is None or haversine_km(r.lat, r.lon, 38.72, -9.14) < 50


def test_a_site_in_a_part_of_a_state_lies_there():
    r = _row(
        "Le pipeline part du lac Ombre dans le nord du Cameroun, a indiqué la compagnie à Paris.",
        "lac Ombre",
    )
    assert r is not None and r.country == "CM" and r.lat > 9.0  # not in Paris
    r = _row(
        "Le barrage de Mirelle, dans le sud de l'Algérie, a été inauguré.", "barrage de Mirelle"
    )
    assert r is None or r.country == "DZ"


def test_a_compass_part_in_empty_land_is_where_the_people_live():
    text = "Les pluies ont frappé l'ouest algérien et l'est de l'Algérie, selon Alger."
    places = _places(text)
    west = next(r for r in places.itertuples() if r.text.startswith("ouest"))
    east = next(r for r in places.itertuples() if r.text.startswith("est"))
    assert haversine_km(west.lat, west.lon, 35.7, -0.6) < 150  # round Oran, not the desert
    assert haversine_km(east.lat, east.lon, 36.3, 6.6) < 150  # round Constantine
    # an outline estimate among towns is kept ("le sud-est de l'Iran": Sistan-Baluchestan)
    r = next(
        r
        for r in _places("Des frappes ont visé le sud-est de l'Iran.").itertuples()
        if r.kind == "region"
    )
    assert haversine_km(r.lat, r.lon, 27.5, 60.5) < 150


def test_territories_without_an_outline_have_a_centre():
    r = _row("Le navire a fait escale à Wallis-et-Futuna puis aux Samoa.", "Wallis et Futuna")
    r = r or _row("Le navire a fait escale à Wallis-et-Futuna puis aux Samoa.", "Wallis-et-Futuna")
    assert r is not None and haversine_km(r.lat, r.lon, -13.3, -176.2) < 150


def test_a_former_name_of_a_state_is_that_state():
    places = _places(
        "Le Dahomey et la Haute-Volta ont obtenu leur indépendance, comme Ceylan plus tôt."
    )
    assert {"BJ", "BF", "LK"} <= set(places.country)
    r = next(r for r in places.itertuples() if r.country == "BJ")
    assert haversine_km(r.lat, r.lon, 9.3, 2.3) < 150
    # the current name and the plain "Soudan" keep their own state
    places = _places("Le Soudan a protesté auprès du Bénin.")
    assert set(places.country) == {"SD", "BJ"}
