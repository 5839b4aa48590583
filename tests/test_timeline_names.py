"""A date inside a proper name dates nothing (invented snippets): "le Mouvement du 20 février",
"la place du 1er Mai", "le Stade du 4 août"; a lower-case event noun or a dated agreement
still dates its event, and a "lendemain" counts from the story's day, not from the name."""

from __future__ import annotations

from tests.helpers import run_steps

PUB = "2023-06-16"  # a Friday


def _rows(text: str) -> dict[str, tuple[str, str]]:
    tl = run_steps(text, ["actors", "timeline"], publication=PUB).tables["timeline"]
    return {r.text: (r.date, r.precision) for r in tl.itertuples()}


def test_a_movement_a_square_or_a_stadium_named_after_a_day_is_no_date():
    rows = _rows("Les militants du Mouvement du 20 février ont manifesté jeudi à Rabat.")
    assert "20 février" not in rows and rows["jeudi"] == ("2023-06-15", "day")
    assert "1er Mai" not in _rows("La foule s'est réunie place du 1er Mai mardi.")
    assert "4 août" not in _rows("Le match aura lieu au Stade du 4 août de Ouagadougou.")


def test_an_event_or_an_agreement_of_that_day_is_still_dated():
    assert _rows("L'attaque du 7 octobre a choqué le pays.")["7 octobre"][0].endswith("-10-07")
    assert _rows("L'Accord du 10 mars a été violé.")["10 mars"][0].endswith("-03-10")


def test_the_day_after_counts_from_the_story_not_from_the_name():
    rows = _rows(
        "Le texte a été diffusé mardi, au lendemain de l'attaque de la ville par le Mouvement "
        "du 23 mars."
    )
    assert "23 mars" not in rows
    assert rows["mardi"] == ("2023-06-13", "day")
