"""Places, round 26 (session 30; invented snippets): regions the subdivision list lacks or
names otherwise (Madagascar's and Côte d'Ivoire's regions, conflict regions of Syria, Sudan,
Egypt and Tajikistan in their French forms); a region whose name is also a common word or an
abbreviation is read only with its noun ("la région de la Mé", never the "Me" of a lawyer)."""

from __future__ import annotations

import pytest

from tests.test_places28_plc import _places, _row
from tests.test_places29_plc import _near


@pytest.mark.parametrize(
    ("text", "form", "lat", "lon"),
    [
        (
            "Le préfet de la région Analamanga a accueilli jeudi une mission japonaise.",
            "Analamanga",
            -18.9,
            47.5,
        ),
        (
            "Les pluies ont coupé la route nationale dans le Menabe, selon la ministre.",
            "Menabe",
            -20.1,
            44.7,
        ),
        (
            "Une délégation du Ghana a visité la région du Tonkpi, près de la frontière.",
            "Tonkpi",
            7.4,
            -7.6,
        ),
        (
            "Les réfugiés arrivés dans la région de la Mé seront recensés, a dit le préfet.",
            "région de la Mé",
            6.0,
            -3.9,
        ),
        (
            "L'armée syrienne a repris le contrôle de la Ghouta orientale après un siège.",
            "Ghouta orientale",
            33.55,
            36.45,
        ),
        (
            "Des combats ont éclaté dans l'État du Nil Bleu, a annoncé Khartoum.",
            "Nil Bleu",
            11.5,
            34.3,
        ),
        (
            "Le gouvernement du Tadjikistan a renforcé ses troupes dans le Haut-Badakhchan.",
            "Haut-Badakhchan",
            38.4,
            73.0,
        ),
        (
            "Quatre soldats égyptiens ont été blessés dans le Sinaï-Nord mercredi.",
            "Sinaï-Nord",
            30.6,
            33.6,
        ),
        (
            "Une patrouille a été attaquée dans la province du Lac, a indiqué N'Djamena.",
            "province du Lac",
            13.6,
            14.3,
        ),
        (
            "La gouverneure de la province du Tanganyika a reçu une délégation zambienne.",
            "province du Tanganyika",
            -6.2,
            27.9,
        ),
    ],
)
def test_region_missing_from_the_subdivision_list(text, form, lat, lon):
    assert _near(_row(text, form), lat, lon)


@pytest.mark.parametrize(
    "text",
    [
        "Selon Me Kouamé, avocat des familles, l'audience reprendra à Bouaké.",
        "Le Bélier a été choisi comme emblème du club de Yamoussoukro.",
    ],
)
def test_region_name_that_is_a_word_needs_its_noun(text):
    rows = _places(text)
    assert not [r for r in rows.itertuples(index=False) if r.kind == "region"]
