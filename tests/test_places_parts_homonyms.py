"""Compass parts of a state and datelines' towns (invented snippets): "le sud-est de l'Iran",
"l'est de la RDC", "le nord-est syrien" are regions inside the state, on its side of that
point; "est" as a verb names nothing. A small foreign homonym nothing points to is no place;
a border lies on the line the two states' outlines share."""

from __future__ import annotations

from analysis.extract.context.places import haversine_km
from tests.helpers import run_steps


def _places(text: str):
    return run_steps(text, ["places"]).tables["places"]


def _row(text: str, form: str):
    rows = [r for r in _places(text).itertuples() if r.text == form]
    return rows[0] if rows else None


def test_a_compass_part_of_a_state_is_a_region_on_that_side():
    r = _row(
        "Des frappes ont visé plusieurs cibles dans le sud-est de l'Iran mardi.",
        "sud-est de l'Iran",
    )
    assert r is not None and r.kind == "region" and r.country == "IR"
    assert haversine_km(r.lat, r.lon, 27.5, 60.5) < 150  # Sistan-Baluchestan
    r = _row("Les combats ont repris dans l'est de l'Ukraine, selon l'armée.", "est de l'Ukraine")
    assert r is not None and haversine_km(r.lat, r.lon, 48.3, 38.0) < 200  # the Donbass
    r = _row(
        "Les jihadistes contrôlent une partie du nord du Burkina Faso.", "nord du Burkina Faso"
    )
    assert r is not None and r.lat > 13.5  # north of Ouagadougou's latitude (12.4)
    # the state keeps its own row
    assert "Iran" in set(_places("Des frappes ont visé le sud-est de l'Iran.").name)


def test_a_compass_part_named_by_a_nationality_adjective():
    r = _row("Les forces kurdes tiennent le nord-est syrien depuis des années.", "nord-est syrien")
    assert r is not None and r.country == "SY" and haversine_km(r.lat, r.lon, 36.5, 40.7) < 150
    r = _row("Les bombardements ont frappé le sud libanais dans la nuit.", "sud libanais")
    assert r is not None and r.country == "LB"


def test_a_compass_part_lies_beyond_the_state_centre_where_its_people_live_at_one_end():
    # Mali's and Algeria's towns lie at one end of the state: the part is still on its side
    r = _row("Une colonne de blindés a quitté le nord du Mali dimanche.", "nord du Mali")
    assert r is not None and r.country == "ML" and r.lat > 17.6  # Mali's centre
    r = _row("Le convoi traversait le sud de l'Algérie au petit matin.", "sud de l'Algérie")
    assert r is not None and r.country == "DZ" and r.lat < 28.0  # Algeria's centre
    r = _row("Une mine d'uranium du nord du Niger a fermé ses portes.", "nord du Niger")
    assert r is not None and r.lat > 17.6
    # a part whose people live on that side keeps the towns' estimate
    r = _row("Les élus de l'ouest de l'Algérie ont voté mardi.", "ouest de l'Algérie")
    assert r is not None and haversine_km(r.lat, r.lon, 35.7, -0.6) < 150  # round Oran


def test_est_the_verb_and_a_compass_word_without_a_state_name_no_part():
    text = "C'est de la France que vient l'appel, et il est du Maroc par sa mère."
    assert all(k != "region" for k in _places(text).kind)
    text = "Les pays de l'Est et du Sud global ont voté contre la résolution à Genève."
    assert all(k != "region" for k in _places(text).kind)
    text = "Le convoi a été attaqué à 40 km au nord de Bamako."  # a town, not a state
    assert "region" not in set(_places(text).kind)


def test_a_small_foreign_homonym_nothing_points_to_is_no_place():
    # "Médias" is also a small Romanian town: a ministry's portfolio in a story about Mali
    text = "Le ministère malien de la Communication et des Médias a écrit au Sénégal."
    assert set(_places(text).name) == {"Sénégal"}
    # a site placed at the nearest town then takes a town of the story, not the homonym
    text = (
        "Le porte-parole a parlé à Bamako. Selon le ministère malien des Médias, les "
        "rebelles ont pris Tessit-Ouest dans la nuit."
    )
    assert "RO" not in set(_places(text).country)


def test_a_foreign_town_led_by_a_locative_or_a_meeting_is_kept():
    text = "Le président malien s'est rendu à Mediaş pour rencontrer des investisseurs."
    assert "Mediaş" in set(_places(text).name)
    text = "Le forum de Davos a réuni le président malien et son homologue sénégalais."
    assert "Davos" in set(_places(text).name)


def test_a_border_lies_on_the_line_the_two_outlines_share():
    text = "Des frappes ont visé des cibles près de la frontière irano-pakistanaise, mardi."
    r = _row(text, "frontière irano-pakistanaise")
    assert r is not None and haversine_km(r.lat, r.lon, 27.3, 62.5) < 150  # Baluchistan
    text = "Les migrants attendent à la frontière entre la France et l'Espagne depuis lundi."
    r = _row(text, "frontière entre la France et l'Espagne")
    assert r is not None and haversine_km(r.lat, r.lon, 42.8, 0.5) < 100  # the Pyrenees
    text = "La zone frontalière entre l'Inde et le Pakistan reste tendue."
    r = _row(text, "zone frontalière entre l'Inde et le Pakistan")
    assert r is not None and haversine_km(r.lat, r.lon, 31.0, 74.5) < 250  # the Punjab
