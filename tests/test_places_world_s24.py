"""Places, round 24 (invented snippets): the breadth of data/kb/places_world.yaml, the
world's place names in the forms of the French-language press: transliterations of towns
that geonames knows under another name, towns and regions it lacks or names only with their
state, and alternate names that hid a town's own name behind a far bigger city."""

from __future__ import annotations

import pytest

from analysis.extract.context.places import haversine_km
from analysis.extract.context.places.kb import read_kb
from tests.helpers import run_steps


def _located(text: str, form: str):
    """The places row whose first mention is ``form``."""
    pl = run_steps(text, steps=["places"]).tables["places"]
    hits = pl[pl.text == form]
    assert len(hits), f"{form!r} not in {list(pl.text)}"
    return hits.iloc[0]


@pytest.mark.parametrize(
    ("form", "iso", "lat", "lon"),
    [
        ("Al-Qods", "IL", 31.78, 35.22),  # Arabic name of Jerusalem
        ("Mechhed", "IR", 36.30, 59.61),  # French transliteration of Mashhad
        ("Lougansk", "UA", 48.57, 39.31),  # Russian-form spelling of Luhansk
        ("Iekaterinbourg", "RU", 56.84, 60.61),
        ("Dantzig", "PL", 54.35, 18.65),  # old French name of Gdańsk
        ("Doubaï", "AE", 25.20, 55.27),
        ("Dohouk", "IQ", 36.87, 42.99),
    ],
)
def test_french_press_spellings_of_towns(form: str, iso: str, lat: float, lon: float):
    row = _located(f"La conseillère Odile Marchetti est arrivée jeudi à {form}.", form)
    assert row.country == iso and haversine_km(row.lat, row.lon, lat, lon) < 30


@pytest.mark.parametrize(
    ("form", "iso", "lat", "lon"),
    [
        ("Batna", "DZ", 35.56, 6.17),  # not the Indian city that has it as a variant
        ("Mila", "DZ", 36.45, 6.26),  # nor Milan
        ("Nazareth", "IL", 32.70, 35.30),  # nor the Ethiopian city once called so
    ],
)
def test_a_towns_own_name_beats_a_far_citys_variant(form, iso, lat, lon):
    row = _located(f"Le délégué Paulin Ravenel s'est rendu mardi à {form} pour la foire.", form)
    assert row.country == iso and haversine_km(row.lat, row.lon, lat, lon) < 30


@pytest.mark.parametrize(
    ("text", "form", "iso"),
    [
        ("La coopérative expédie ses dattes depuis le Tafilalet.", "Tafilalet", "MA"),
        ("Les randonneurs ont traversé le Hoggar en avril.", "Hoggar", "DZ"),
        ("Le ferry relie désormais Praslin à la capitale.", "Praslin", "SC"),
        ("Les touristes ont rejoint Bora-Bora samedi.", "Bora-Bora", "PF"),
    ],
)
def test_regions_and_islands_named_without_their_state(text: str, form: str, iso: str):
    row = _located(text, form)
    assert row.country == iso and row.kind == "region"


def test_sahel_town_missing_from_geonames():
    row = _located("Le convoi malien est arrivé à Anéfis dimanche.", "Anéfis")
    assert row.country == "ML" and haversine_km(row.lat, row.lon, 18.05, 0.60) < 20


def test_world_file_is_appended_to_the_extra_file():
    kb = read_kb()
    names = {p["name"] for p in kb["places"]}
    assert {"Maghreb", "Hoggar"} <= names  # one from each file
    assert kb["city_aliases"]["Ouaga"] == ["Ouagadougou", "BF"]
    assert kb["city_aliases"]["Lougansk"] == ["Luhansk", "UA"]
    assert kb["not_alternate_names"]["Batna"] == "IN"


def test_a_dropped_variant_that_leaves_no_town_is_no_town():
    # "Ber" is only a variant of a Greek city in geonames: dropped, the name has no reading
    # of that city left, and the article is still read (an empty candidate list crashed)
    text = "Les éleveurs sont arrivés à Ber lundi, puis à Oran."
    pl = run_steps(text, steps=["places"]).tables["places"]
    assert "Oran" in set(pl.text)
    assert "GR" not in set(pl[pl.text == "Ber"].country)


@pytest.mark.parametrize(
    ("text", "form", "lat", "lon"),
    [
        ("Les garde-côtes patrouillent dans le golfe du Mexique.", "golfe du Mexique", 25, -90),
        ("Le cargo a franchi le canal de Panama vendredi.", "canal de Panama", 9.08, -79.68),
        ("Le pétrolier a quitté le détroit de Malacca à l'aube.", "détroit de Malacca", 2.5, 101.5),
        ("Les crues du Gange ont inondé la plaine.", "Gange", 25.5, 84.0),
    ],
)
def test_seas_straits_and_rivers(text: str, form: str, lat: float, lon: float):
    row = _located(text, form)
    assert haversine_km(row.lat, row.lon, lat, lon) < 100


def test_an_armed_unit_named_after_a_city_is_no_place():
    # "Al-Qods" is now a name of Jerusalem; the brigades that bear it are a unit, not the city
    text = "Le porte-parole Darius Kavan a parlé au nom des brigades Al-Qods, selon un tract."
    pl = run_steps(text, steps=["places"]).tables["places"]
    assert "Al-Qods" not in set(pl.text)
