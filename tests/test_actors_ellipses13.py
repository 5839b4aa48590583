"""A state named by the bare head of another named state's name ("le Congo" beside "la
RDC") is that state (session 13, round 9 part 2). Every snippet is invented."""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _names(tables: dict) -> list[str]:
    return list(tables["actors"]["name"])


def test_the_bare_head_of_a_named_states_name_is_that_state():
    t = _analyse(
        "Le Rwanda accuse la RDC de soutenir des milices. Bruxelles se dit solidaire du "
        "Congo, a déclaré le ministre."
    )
    assert "Congo" not in _names(t), _names(t)
    assert _row(t, "République démocratique du Congo")["country"] == "CD"
    t = _analyse(
        "La Guinée-Bissau a rappelé son ambassadeur à Dakar. La Guinée exige des excuses publiques."
    )
    assert "Guinée" not in _names(t), _names(t)


def test_a_state_with_a_form_of_its_own_or_in_the_same_sentence_stays_apart():
    t = _analyse("Le Congo-Brazzaville et la RDC ont signé un accord. Le Congo a salué le texte.")
    assert {"Congo", "République démocratique du Congo"} <= set(_names(t))
    t = _analyse("La Guinée et la Guinée équatoriale ont signé un accord de pêche.")
    assert {"Guinée", "Guinée équatoriale"} <= set(_names(t))


def test_a_cardinal_qualifier_makes_another_state():
    t = _analyse("Le Soudan du Sud accuse le Soudan de bombarder la frontière.")
    assert {"Soudan", "Soudan du Sud"} <= set(_names(t))
