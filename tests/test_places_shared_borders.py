"""A border named by the state that shares it (invented snippets): "le Niger, qui partage
une longue frontière avec l'Algérie", "le Tchad a fermé sa frontière avec le
Soudan" are the border of the two states; a state named in passing that does not touch the
other makes no border."""

from __future__ import annotations

from analysis.extract.context.places import haversine_km
from analysis.extract.context.places.borders import shared_line
from tests.helpers import run_steps


def _borders(text: str):
    pl = run_steps(text, ["places"]).tables["places"]
    return {r.name: r for r in pl.itertuples() if r.source == "border"}


def test_a_border_shared_with_a_neighbour():
    b = _borders(
        "La stabilité du Niger, qui partage une longue frontière désertique avec l'Algérie, "
        "inquiète."
    )
    assert list(b) == ["frontière Niger-Algérie"]
    r = b["frontière Niger-Algérie"]
    assert haversine_km(r.lat, r.lon, *shared_line("NE", "DZ")) < 1
    b = _borders("Le Tchad a fermé ses frontières avec le Soudan jeudi.")
    assert list(b) == ["frontière Tchad-Soudan"]


def test_no_border_between_states_that_do_not_touch_or_across_sentences():
    assert not _borders("La France a parlé au Japon de sa frontière avec l'Espagne.")
    assert not _borders("Le Tchad a protesté. Une frontière sûre avec le Soudan est exigée.")
