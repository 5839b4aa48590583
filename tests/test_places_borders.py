"""The border between two neighbouring states (invented snippets): "la frontière entre A et
B", "la zone frontalière entre A et B", "la frontière séparant A de B" is a place on the
segment joining their centres; two states that do not touch make no border."""

from __future__ import annotations

from analysis.extract.context.places import haversine_km
from tests.helpers import run_steps


def _places(text: str):
    return run_steps(text, ["places"]).tables["places"]


def _border(text: str):
    pl = _places(text)
    rows = [r for r in pl.itertuples() if r.source == "border"]
    return rows[0] if rows else None


def test_the_border_between_two_neighbours_lies_near_their_common_line():
    r = _border("Des milliers de migrants attendent à la frontière entre la Pologne et le Bélarus.")
    assert r is not None and r.text == "frontière entre la Pologne et le Bélarus"
    assert haversine_km(r.lat, r.lon, 53.1, 23.8) < 150  # Podlachia, on the line


def test_a_border_zone_and_a_separating_border_are_borders_too():
    r = _border("Les soldats patrouillent dans la zone frontalière entre l'Inde et le Pakistan.")
    assert r is not None and r.text.startswith("zone frontalière entre")
    r = _border("Le poste-frontière séparant la France de l'Espagne a rouvert.")
    assert r is not None and haversine_km(r.lat, r.lon, 42.8, 0.5) < 250  # the Pyrenees
    # the states keep their own rows
    names = set(_places("La frontière entre la France et l'Espagne est fermée.").name)
    assert {"France", "Espagne"} <= names


def test_states_that_do_not_touch_make_no_border():
    assert _border("Il a évoqué la frontière entre la France et la Pologne.") is None
    assert _border("Le commerce entre la Pologne et le Bélarus a chuté.") is None
