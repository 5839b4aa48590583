"""Places, round 24 (session 28; invented snippets): regions of Asia, Africa and the Americas
the gazetteer lacked, buildings of culture and learning opened by their noun ("l'université
X", "le théâtre Y"), a town or a known seat after a minister's title ("reçu le ministre
malawite au Caire": a venue, no portfolio) and the town a visitor comes from, which is not
where the palace of the sentence lies ("Arrivé de X, le ministre a été reçu au palais
présidentiel")."""

from __future__ import annotations

import pytest

from analysis.extract.context.places import haversine_km
from tests.helpers import run_steps


def _places(text: str):
    return run_steps(text, steps=["places"]).tables["places"]


def _row(text: str, form: str):
    """The places row one of whose names or aliases is ``form``."""
    pl = _places(text)
    for r in pl.itertuples(index=False):
        names = {r.name, r.text, *str(r.aliases or "").split(";")}
        if form in names:
            return r
    raise AssertionError(f"{form!r} not in {list(pl.name)}")


@pytest.mark.parametrize(
    ("text", "form", "lat", "lon"),
    [
        ("Les cargos font escale dans les Petites Antilles en hiver.", "Petites Antilles", 15, -61),
        ("Les éleveurs de l'Altiplano manquent d'eau cette année.", "Altiplano", -17.5, -68),
        ("La sécheresse s'étend sur le désert du Kalahari.", "désert du Kalahari", -23, 22),
        ("Des drones ont visé une maison au Waziristan du Nord.", "Waziristan du Nord", 32.6, 70),
        (
            "La route traverse la cordillère des Andes en trois jours.",
            "cordillère des Andes",
            -15,
            -70,
        ),
        (
            "Les investisseurs se tournent vers l'Afrique sub-saharienne.",
            "Afrique sub-saharienne",
            0,
            20,
        ),
    ],
)
def test_regions_of_other_continents(text: str, form: str, lat: float, lon: float):
    row = _row(text, form)
    assert haversine_km(row.lat, row.lon, lat, lon) < 150


@pytest.mark.parametrize(
    ("text", "form", "town"),
    [
        (
            "Le ministre a parlé aux élèves à l'université Amadou-Kéré de Bobo-Dioulasso.",
            "université Amadou-Kéré",
            "Bobo-Dioulasso",
        ),
        (
            "La soirée de gala s'est tenue au théâtre Ngozi, à Kisumu, devant les délégués.",
            "théâtre Ngozi",
            "Kisumu",
        ),
        (
            "Les deux chefs d'État ont visité la pagode Thaw Lin, à Mandalay, dimanche.",
            "pagode Thaw Lin",
            "Mandalay",
        ),
    ],
)
def test_buildings_of_culture_and_learning_are_sites(text: str, form: str, town: str):
    row, at = _row(text, form), _row(text, town)
    assert row.kind == "landmark" and row.name == form
    assert haversine_km(row.lat, row.lon, at.lat, at.lon) < 30


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Le président a reçu le ministre malawite au Caire, mardi soir.", "Caire"),
        ("La présidente a accueilli le ministre chilien à la Casa Rosada, jeudi.", "Casa Rosada"),
        ("Le ministre vietnamien au Kremlin a plaidé pour la paix.", "Kremlin"),
    ],
)
def test_a_town_or_a_known_seat_after_a_title_is_a_venue(text: str, form: str):
    _row(text, form)


def test_a_portfolio_after_a_title_stays_no_place():
    pl = _places("La secrétaire d'État suédoise à l'Europe a salué l'accord de pêche.")
    assert "Europe" not in set(pl.name)


@pytest.mark.parametrize(
    "text",
    [
        "Arrivé de Séoul la veille, le ministre a été reçu mercredi au palais présidentiel par "
        "le chef de l'État gabonais.",
        "Le chef de l'État gabonais a reçu au palais présidentiel l'envoyé coréen, venu de "
        "Séoul pour deux jours.",
        "En provenance de Séoul, la délégation a été accueillie au palais présidentiel par le "
        "président gabonais.",
    ],
)
def test_the_town_a_visitor_comes_from_is_not_the_palace_town(text: str):
    palace = _row(text, "palais présidentiel")
    assert palace.country == "GA"


def test_the_town_of_the_sentence_still_places_the_palace():
    text = (
        "Le président gabonais a reçu les ministres coréens au palais présidentiel de Franceville."
    )
    palace = _row(text, "palais présidentiel de Franceville")
    town = _row(text, "Franceville")
    assert haversine_km(palace.lat, palace.lon, town.lat, town.lon) < 30


def test_an_institution_named_after_its_town_leaves_the_town():
    names = set(_places("Le doyen de l'Université de Kisumu a reçu la ministre ghanéenne.").name)
    assert "Kisumu" in names
