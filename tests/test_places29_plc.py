"""Places, round 25 (session 29; invented snippets): the town a site's name holds is read with
the article's countries, like a town named alone ("le port de X" in a story about X's
country is that country's X, not a larger homonym abroad)."""

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
