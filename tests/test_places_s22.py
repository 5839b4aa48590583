"""Places, round 18 (invented snippets): gazetteer aliases of wide use in the press (the
Algerian spelling "Ghaza", "la sous-région ouest-africaine", the "sahélo-saharienne" band,
Tahiti), the Gulf region's centre, and an unknown site whose sentence names a province but
no town (placed in that province, not at the lede's far venue)."""

from __future__ import annotations

from analysis.extract.context.places import haversine_km
from tests.helpers import run_steps


def _places(text: str):
    return run_steps(text, steps=["places"]).tables["places"]


def _row(pl, name: str):
    hits = pl[pl.name == name]
    assert len(hits), f"{name!r} not in {list(pl.name)}"
    return hits.iloc[0]


def test_algerian_spelling_of_gaza():
    pl = _places("Le ministre Karim Belhadi a dénoncé les frappes sur Ghaza depuis Alger.")
    row = _row(pl, "Gaza")
    assert row.kind == "territory" and abs(row.lat - 31.4) < 0.3


def test_west_african_sub_region_and_sahel_band():
    pl = _places(
        "Les deux présidents ont parlé de la sous-région ouest-africaine, puis de la "
        "sous-région ouest africaine encore, et de la bande sahélo-saharienne."
    )
    assert _row(pl, "Afrique de l'Ouest").kind == "region"
    assert _row(pl, "Sahel").kind == "region"


def test_tahiti_is_the_island():
    pl = _places("La délégation a rappelé que Tahiti pourrait devenir une escale vers l'Asie.")
    row = _row(pl, "Tahiti")
    assert row.country == "PF" and haversine_km(row.lat, row.lon, -17.65, -149.43) < 50


def test_gulf_region_lies_in_the_middle_of_the_gulf():
    row = _row(_places("Les pays du Golfe ont salué la trêve, a dit Omar Zidane."), "Golfe")
    assert haversine_km(row.lat, row.lon, 26.5, 52.5) < 150
    assert haversine_km(row.lat, row.lon, 26.0, 52.0) < 50


def test_unknown_villages_lie_in_the_province_their_sentence_names():
    text = (
        "À Phnom Penh, le porte-parole Sok Vanna a protesté jeudi contre la Thaïlande. "
        "Le préfet de la province de Sa Kaeo a montré des plans des villages de Prek Trovat "
        "et Kouk Krasnol. Les images ont circulé en ligne."
    )
    pl = _places(text)
    province, venue = _row(pl, "Sa Kaeo"), _row(pl, "Phnom Penh")
    for name in ("Prek Trovat",):
        row = _row(pl, name)
        assert haversine_km(row.lat, row.lon, province.lat, province.lon) < 1
        assert haversine_km(row.lat, row.lon, venue.lat, venue.lon) > 150


def test_a_town_of_the_sentence_still_wins_over_its_province():
    text = (
        "À Phnom Penh, le porte-parole Sok Vanna a protesté jeudi contre la Thaïlande. "
        "Le préfet de la province de Sa Kaeo a montré à Aranyaprathet des plans des "
        "villages de Prek Trovat et Kouk Krasnol. Les images ont circulé en ligne."
    )
    pl = _places(text)
    town, row = _row(pl, "Aranyaprathet"), _row(pl, "Prek Trovat")
    assert haversine_km(row.lat, row.lon, town.lat, town.lon) < 1


def test_transliterated_names_split_at_their_apostrophe_are_towns():
    pl = _places(
        "Aujourd'hui, la délégation d'Ilse Varnak se rendra à Xi'an, puis à Sana'a et à Aden. "
        "Jusqu'à présent, rien n'a filtré."
    )
    assert _row(pl, "Xi'an").country == "CN"
    assert _row(pl, "Sana'a").country == "YE"
    assert not {"Aujourd'hui", "Jusqu'à"} & set(pl.name)
