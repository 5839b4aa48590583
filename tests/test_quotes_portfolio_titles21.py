"""A name inside a minister's list of portfolios is part of the title (round 17b): "le
ministre de l'Europe et des Affaires étrangères" (France's foreign-ministry title) never makes
"Europe" a speaker or a stance holder, and the title designates the article's foreign minister
("chef de la diplomatie"). Invented snippets (no sentence from a real article, no real
person's name)."""

from __future__ import annotations

import pytest

from tests.helpers import run_steps


def _speakers(text: str) -> set[str | None]:
    return set(run_steps(text).tables["quotes"]["speaker"])


def _holders(text: str) -> set[str]:
    return set(run_steps(text).tables["stances"]["holder"])


@pytest.mark.parametrize(
    "text",
    [
        (
            "Paul Marchal, chef de la diplomatie depuis 2019, a parlé lundi d'une « crise "
            "sérieuse ». Invité d'une radio, le ministre de l'Europe et des Affaires "
            "étrangères regrette mardi la fermeture des consulats de l'Espagne, car il "
            "« existe une rupture »."
        ),
        (
            "L'ambassadeur Paul Marchal est arrivé à Lisbonne lundi. Interrogée par la presse, "
            "la ministre de l'Europe et des affaires étrangères fustige le choix de "
            "l'Espagne. « Il faut agir vite », a dit la ministre de l'Europe et des affaires "
            "étrangères."
        ),
        (
            "L'ambassadeur Paul Marchal est arrivé à Lisbonne lundi. Interrogé par la presse, "
            "le ministre de la Coopération a fustigé le choix de l'Espagne."
        ),
    ],
)
def test_a_portfolio_is_no_speaker_nor_holder(text):
    names = _speakers(text) | _holders(text)
    assert not names & {"Europe", "Coopération"}


def test_the_full_title_is_the_foreign_minister():
    text = (
        "Paul Marchal, chef de la diplomatie depuis 2019, a parlé lundi d'une « crise "
        "sérieuse ». Invité d'une radio, le ministre de l'Europe et des Affaires étrangères "
        "regrette mardi la fermeture des consulats de l'Espagne, car il « existe une rupture »."
    )
    quotes = run_steps(text).tables["quotes"]
    row = quotes[quotes["text"].str.contains("existe une rupture")]
    assert list(row["speaker"]) == ["Paul Marchal"]
    stances = run_steps(text).tables["stances"]
    assert "Paul Marchal" in set(stances[stances["target"] == "Espagne"]["holder"])


def test_a_body_after_a_portfolio_stays_a_holder():
    # a delegate is no minister: the body after "de" is no portfolio, it stays the holder
    text = "Interrogé lundi, le délégué de l'Union africaine a fustigé le choix de l'Espagne."
    assert "Union africaine" in _holders(text)
