"""A part of a building names the building: "dans le foyer de la Chambre X" is at the
Chambre X, itself placed like any named site (invented snippets)."""

from __future__ import annotations

from analysis.extract.context.places import haversine_km
from tests.helpers import run_steps


def _place(text: str, name: str) -> dict:
    places = run_steps(text, ("places",)).tables["places"]
    hit = places[places["name"] == name]
    assert len(hit) == 1, list(places["name"])
    return hit.iloc[0].to_dict()


def test_a_part_of_a_building_names_the_building_with_its_lower_case_rest():
    p = _place(
        "OTTAWA — La ministre a répondu aux questions dans le foyer de la Chambre des "
        "communes, lundi.",
        "Chambre des communes",
    )
    assert haversine_km(p["lat"], p["lon"], 45.42, -75.70) < 50
    p = _place(
        "Les députés se sont réunis mardi dans l'enceinte de l'Assemblée nationale, à Niamey, "
        "pour voter le texte.",
        "Assemblée nationale",
    )
    assert p["country"] == "NE"


def test_a_named_site_inside_a_part_keeps_its_own_name():
    p = _place("Les soldats sont restés dans l'enceinte du Camp Kati, près de Bamako.", "Camp Kati")
    assert p["country"] == "ML"
