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


def test_a_compound_adjective_of_two_neighbours_names_their_border():
    r = _border("Les contrôles ont été renforcés à la frontière franco-italienne.")
    assert r is not None and r.text == "frontière franco-italienne"
    assert haversine_km(r.lat, r.lon, 44.0, 7.6) < 150  # the Alps, near Menton
    # a regular combining form, derived from the demonym ("algérien" -> "algéro-")
    r = _border("La frontière algéro-marocaine reste fermée depuis 1994.")
    assert r is not None and r.name == "frontière Algérie-Maroc"
    assert -6.0 < r.lon < 1.7  # between the two states' centres, nearer the smaller one
    r = _border("Des tirs ont été signalés le long de la ligne frontalière indo-pakistanaise.")
    assert r is not None and r.text.startswith("ligne frontalière indo-pakistanaise")


def test_a_compound_of_states_that_do_not_touch_or_of_no_state_is_no_border():
    assert _border("Il a parlé de la frontière franco-polonaise.") is None
    assert _border("Le sommet franco-italien s'est tenu à Rome.") is None
    assert _border("La frontière naturelle sépare les deux vallées.") is None


def test_a_nationality_adjective_and_the_neighbour_named_after_it():
    r = _border("Les rebelles ont franchi la frontière colombienne avec l'Équateur.")
    assert r is not None and r.text == "frontière colombienne avec l'Équateur"
    assert r.name == "frontière Colombie-Équateur"
    r = _border("Le poste-frontière ivoirien avec le Ghana a été rouvert.")
    assert r is not None and r.name == "frontière Côte d'Ivoire-Ghana"
    assert _border("La frontière colombienne avec le Pérou et le Chili est longue.").name == (
        "frontière Colombie-Pérou"
    )
    assert _border("La frontière colombienne avec le Chili est imaginaire.") is None
