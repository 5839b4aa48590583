"""Stance holders, round 26 (helper hold): a present participle on an issued text is the act of
whoever issues it, for every noun of the one family of issued texts (letters, notes, filings,
rulings) and every issuing verb the quote rules know. Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import pairs


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        ("Le Kenya a envoyé une lettre dénonçant l'ingérence du Soudan.", "Kenya", "Soudan", -1),
        (
            "Le Ghana a déposé une plainte accusant le Togo de crimes de guerre.",
            "Ghana",
            "Togo",
            -1,
        ),
        (
            "Le Kenya a adressé une note de protestation accusant le Soudan d'ingérence.",
            "Kenya",
            "Soudan",
            -1,
        ),
        (
            "Le Sénat valdave a voté une motion condamnant l'agression de l'Ostrie.",
            "Sénat valdave",
            "agression",
            -1,
        ),
    ],
)
def test_participle_on_issued_text(text: str, holder: str, target: str, sign: int) -> None:
    assert pairs(text).get((holder, target)) == sign


def test_received_text_is_not_issued() -> None:
    """Receiving a letter is not writing it: the receiver holds nothing."""
    got = pairs("Le Kenya a reçu une lettre dénonçant l'ingérence du Soudan.")
    assert ("Kenya", "Soudan") not in got


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "La reconnaissance de la Palestine par le Kenya a irrité Israël.",
            "Kenya",
            "Palestine",
            1,
        ),
        ("Le soutien de l'Ouganda par le Kenya a surpris.", "Kenya", "Ouganda", 1),
        ("La condamnation de l'Ostrie par le Kenya était attendue.", "Kenya", "Ostrie", -1),
    ],
)
def test_nominal_passive_object_before_agent(
    text: str, holder: str, target: str, sign: int
) -> None:
    """ "N de Y par X": the act noun's object comes before its "par" agent."""
    assert pairs(text).get((holder, target)) == sign


def test_means_after_object_is_no_agent() -> None:
    """ "par la force" is a means, and a participle before "par" gives the agent of its own
    act ("les crimes commis par X"), not of the noun."""
    assert not pairs("La condamnation des crimes commis par la Valdavie est unanime.")
