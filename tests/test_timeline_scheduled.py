"""A weekday announced by a planning participle points forward (invented snippets): "la
visite, prévue lundi, ..." is the next Monday, even when the sentence's verb is past."""

from __future__ import annotations

from tests.helpers import run_steps

PUB = "2023-06-14"  # a Wednesday


def _dates(text: str) -> dict[str, str]:
    tl = run_steps(text, ["actors", "timeline"], publication=PUB).tables["timeline"]
    return {r.text: r.date for r in tl.itertuples()}


def test_a_scheduled_weekday_is_the_next_one():
    assert _dates("La visite, prévue lundi, a été confirmée par la présidence.") == {
        "lundi": "2023-06-19"
    }
    assert _dates("Le sommet, programmé mardi à Accra, réunira dix chefs d'État.") == {
        "mardi": "2023-06-20"
    }


def test_a_past_weekday_stays_in_the_past():
    assert _dates("La délégation a quitté Lomé lundi.") == {"lundi": "2023-06-12"}
    assert _dates("La visite prévue lundi dernier a été annulée.") == {
        "lundi dernier": "2023-06-12"
    }
