"""A country centre placed between the two centres in use, within 150 km of both (invented
snippets)."""

from __future__ import annotations

from analysis.extract.context.places import haversine_km
from tests.test_places import near, place, run


def test_the_congo_centre_lies_within_reach_of_both_usual_centres():
    for text in (
        "Le ministre a rappelé que la RDC exige le retrait des troupes.",
        "Kinshasa a convoqué le chargé d'affaires de la République démocratique du Congo.",
    ):
        r = place(text, "République démocratique du Congo")
        assert r["country"] == "CD"
        lat, lon = float(r["lat"]), float(r["lon"])
        assert haversine_km(lat, lon, -4.04, 21.76) < 150
        assert haversine_km(lat, lon, -2.88, 23.66) < 150
    # the other Congo keeps its own centre
    table, _ = run("Le Congo-Brazzaville a salué la médiation.")
    other = table[table["country"] == "CG"].iloc[0]
    assert not near(other, -3.46, 22.71, km=300)
