"""Places, round 25 (session 29; invented snippets): the town a site's name holds is read with
the article's countries, like a town named alone ("le port de X" in a story about X's
country is that country's X, not a larger homonym abroad)."""

from __future__ import annotations

import pytest

from analysis.extract.context.places import haversine_km
from tests.test_places28_plc import _places, _row


def _near(r, lat: float, lon: float, km: float = 150) -> bool:
    return haversine_km(float(r.lat), float(r.lon), lat, lon) <= km


@pytest.mark.parametrize(
    ("text", "form", "lat", "lon"),
    [
        (
            "Le gouvernement libanais a reçu à Beyrouth une délégation grecque. Les invités "
            "ont ensuite visité le port de Tripoli, agrandi l'an dernier.",
            "port de Tripoli",
            34.4,
            35.8,
        ),
        (
            "Le chef de la diplomatie libanaise a inauguré mardi le terminal de l'aéroport de "
            "Tripoli en présence d'investisseurs koweïtiens.",
            "aéroport de Tripoli",
            34.4,
            35.8,
        ),
        (
            "La ministre italienne a visité le port de Tripoli avec son homologue libyen.",
            "port de Tripoli",
            32.9,
            13.2,
        ),
    ],
)
def test_town_inside_a_site_name_follows_the_countries_of_the_article(text, form, lat, lon):
    assert _near(_row(text, form), lat, lon)


@pytest.mark.parametrize(
    ("text", "form", "lat", "lon"),
    [
        (
            "Des milliers de civils ont fui l'État de Rakhine vers la frontière.",
            "Rakhine",
            19.5,
            94,
        ),
        (
            "Une embuscade a fait six morts dans la région de Tillabéri mardi.",
            "Tillabéri",
            13.7,
            1.7,
        ),
        ("Les déplacés de la province du Nord-Kivu réclament de l'aide.", "Nord-Kivu", -0.6, 28.7),
        ("Le gouverneur de l'État de Borno a reçu les émissaires.", "Borno", 12.2, 13.3),
    ],
)
def test_subdivision_announced_by_its_noun_needs_no_named_country(text, form, lat, lon):
    assert _near(_row(text, form), lat, lon)


@pytest.mark.parametrize(
    "text",
    [
        "Le secrétaire d'État de Zamfara a été limogé la semaine dernière.",  # a title
        "Les bouchons se sont allongés dans la région de Washington.",  # the capital's area
    ],
)
def test_no_far_subdivision_for_a_title_or_a_capital_area(text):
    pl = _places(text)
    assert not any(
        r.kind == "region" and r.country == "US" and r.lon < -100 for r in pl.itertuples()
    )
    assert "Zamfara" not in set(pl.name)


@pytest.mark.parametrize(
    ("text", "form", "lat", "lon"),
    [
        (
            "Un boutre a été arraisonné près des îles Hanish la nuit dernière.",
            "îles Hanish",
            13.7,
            42.7,
        ),
        ("Abou Dhabi réclame la Petite Tunb depuis des décennies.", "Petite Tunb", 26.2, 55.1),
        ("Deux cents migrants ont débarqué à Lampedusa mardi.", "Lampedusa", 35.5, 12.6),
        ("La délégation a visité l'île de Gorée avant de repartir.", "île de Gorée", 14.7, -17.4),
        ("Un drone a frappé un dépôt de l'île de Kharg dimanche.", "île de Kharg", 29.2, 50.3),
        ("Des navires croisent dans le golfe de Syrte depuis lundi.", "golfe de Syrte", 31.5, 18.5),
    ],
)
def test_islands_and_gulfs_of_disputes_and_visits(text, form, lat, lon):
    assert _near(_row(text, form), lat, lon)
