"""A person whose country nothing about them states takes the state that is the subject of
their own clause, or that a title names, before the story's protagonist
(analysis/extract/actors/countries/context.py, ``_state_before``); a state coordinated with
another, or named as a thing's owner, decides nothing (invented snippets)."""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse

_LEDE = (
    "Le Kenya a rappelé jeudi son ambassadeur au Soudan. Le Kenya accuse le Soudan d'ingérence.\n\n"
)


def test_the_subject_state_of_the_persons_clause():
    t = _analyse(
        _LEDE + "Si l'Ouganda reste prudent depuis le départ forcé du président Samuel Okello, "
        "la région s'inquiète."
    )
    assert _row(t, "Samuel Okello")["country"] == "UG"
    t = _analyse(
        _LEDE + "L'Éthiopie, depuis l'élection du président Tesfaye Alemu, observe la crise."
    )
    assert _row(t, "Tesfaye Alemu")["country"] == "ET"


def test_the_state_a_title_names():
    t = _analyse(
        _LEDE + "La représentante du Malawi, pays qui a accueilli la réunion, Neema Mushi, "
        "a appelé au dialogue."
    )
    assert _row(t, "Neema Mushi")["country"] == "MW"
    t = _analyse(
        _LEDE + "L'envoyé de la Zambie, État membre du comité, Joseph Banda, a appelé au dialogue."
    )
    assert _row(t, "Joseph Banda")["country"] == "ZM"


def test_coordinated_states_decide_nothing():
    t = _analyse(_LEDE + "La crise entre le Kenya et l'Ouganda a été commentée par Okello Lumumba.")
    assert _row(t, "Okello Lumumba")["country"] != "UG"


def test_a_state_owning_a_thing_decides_nothing():
    """A state named as the owner of a thing is what the sentence is about."""
    lede = (
        "Le Kenya a rappelé jeudi son ambassadeur en Ouganda. L'Ouganda accuse le Kenya "
        "d'ingérence.\n\n"
    )
    t = _analyse(
        lede + "Après les menaces de l'Ouganda, le député Okello Lumumba a réclamé une enquête."
    )
    assert _row(t, "Okello Lumumba")["country"] == "KE"
