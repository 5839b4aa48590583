"""Seats of power, diplomatic venues and regions known by their own names (round 22 of the
places' knowledge base, invented snippets): a palace or residence named by its building
lies in its own capital whatever state the story names first; the seat of an
international body named without its town is in the body's seat; holy sites; a shared
name ("palais des Nations") is Geneva's only when Switzerland is named; regions in the
press's French forms."""

from __future__ import annotations

from analysis.extract.context.places import haversine_km
from tests.helpers import run_steps


def _row(text: str, fragment: str):
    pl = run_steps(text, ["places"]).tables["places"]
    rows = [r for r in pl.itertuples() if r.text and fragment in r.text]
    assert rows, list(pl.name)
    return rows[0]


def _near(r, lat: float, lon: float, km: float = 50) -> bool:
    return r.lat is not None and haversine_km(r.lat, r.lon, lat, lon) < km


def test_a_seat_known_by_its_building_is_in_its_own_capital():
    r = _row("Le ministre belge a été accueilli au palais Seif, mardi, par l'émir.", "Seif")
    assert (r.kind, r.country) == ("landmark", "KW") and _near(r, 29.38, 47.98)
    r = _row("L'envoyé norvégien Lars Vinde s'est rendu à la Mouqataa jeudi.", "Mouqataa")
    assert r.country == "PS" and _near(r, 31.90, 35.20)
    r = _row("La ministre canadienne a été accueillie à Yongsan lundi.", "Yongsan")
    assert r.country == "KR" and _near(r, 37.55, 126.98)
    r = _row("Le chef de la diplomatie italienne a reçu son homologue à Montecitorio.", "Monte")
    assert r.country == "IT" and _near(r, 41.90, 12.48)


def test_the_seat_of_an_international_body_without_its_town():
    r = _row("La délégation tanzanienne s'est rendue au siège de l'UA jeudi.", "siège")
    assert r.country == "ET" and _near(r, 9.03, 38.75)
    r = _row("Le ministre sénégalais a été reçu au siège de la Cédéao, lundi.", "siège")
    assert r.country == "NG" and _near(r, 9.06, 7.49)
    # in apposition to its town, the seat describes the town: no row of its own
    pl = run_steps("Il ira lundi à Abuja, siège de la Cédéao, avec son ministre.", ["places"])
    assert list(pl.tables["places"].name) == ["Abuja"]


def test_holy_and_contested_sites():
    r = _row("Le ministre turc a prié au Dôme du Rocher vendredi.", "Dôme")
    assert _near(r, 31.78, 35.24, 10)
    r = _row("Le président français a visité la basilique de la Nativité.", "Nativité")
    assert r.country == "PS" and _near(r, 31.70, 35.21, 10)


def test_a_shared_name_is_genevas_only_when_switzerland_is_named():
    r = _row(
        "Le chef de la diplomatie suisse a ouvert la conférence au palais des Nations.", "Nations"
    )
    assert r.country == "CH" and _near(r, 46.23, 6.14)
    r = _row(
        "Le président algérien a reçu son homologue nigérien au palais des Nations.", "Nations"
    )
    assert r.country == "DZ" and _near(r, 36.75, 3.05)


def test_regions_in_the_press_french_forms():
    r = _row("Des frappes ont visé la plaine de la Bekaa mardi.", "Bekaa")
    assert (r.kind, r.country) == ("region", "LB") and _near(r, 33.85, 35.90)
    r = _row("Les manifestations se sont étendues au Khouzistan, a dit Téhéran.", "Khouzistan")
    assert (r.kind, r.country) == ("region", "IR") and _near(r, 31.3, 48.7)
    r = _row("Le cortège a rejoint le Sud-Liban dans la soirée.", "Sud-Liban")
    assert r.country == "LB"
    r = _row("Les attaques se multiplient dans la zone sahélienne, selon l'ONU.", "sahélienne")
    assert r.name == "Sahel"
