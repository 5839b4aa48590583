"""Targets of rows that exist (session 25): a stance on someone's acts, claims or measures
named by a plural attribute noun ("les agissements de X", "les prétentions de X") is a stance
on X (analysis/extract/stance/targets.py, ``is_attribute_noun``). Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import stances


def _targets(text: str, holder: str) -> dict[str, int]:
    st = stances(text)
    found = st[st["holder"] == holder]
    return dict(zip(found["target"], found["polarity"], strict=True))


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "Le Rwanda a fermé sa frontière. Le ministre kényan Peter Otieno a dénoncé les "
            "agissements du Rwanda dans la région.",
            "Peter Otieno",
            "Rwanda",
            -1,
        ),
        (
            "L'Ouganda revendique l'île. Le Kenya a rejeté les prétentions de l'Ouganda sur l'île.",
            "Kenya",
            "Ouganda",
            -1,
        ),
        (
            "Le Kenya a reçu l'émir du Qatar. Le Kenya a salué les efforts du Qatar pour la paix.",
            "Kenya",
            "Qatar",
            1,
        ),
        (
            "La Tanzanie a expulsé un diplomate kényan. Le Kenya a dénoncé l'acte hostile de la "
            "Tanzanie.",
            "Kenya",
            "Tanzanie",
            -1,
        ),
    ],
)
def test_a_plural_attribute_noun_stands_for_its_de_complement(
    text: str, holder: str, target: str, sign: int
) -> None:
    assert _targets(text, holder).get(target) == sign


def test_a_kind_complement_is_no_actor() -> None:
    text = "La Russie a expulsé dix diplomates. L'Allemagne a dénoncé les mesures de rétorsion."
    assert "Russie" not in _targets(text, "Allemagne")


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "La Russie a envahi l'Ukraine. La Belgique a condamné l'agression russe.",
            "Belgique",
            "Russie",
        ),
        (
            "Le Rwanda a envoyé des troupes. Le Congo a dénoncé l'ingérence rwandaise.",
            "Congo",
            "Rwanda",
        ),
        (
            "Le Rwanda a envoyé des troupes. « Nous condamnons cette ingérence rwandaise », a "
            "déclaré le ministre congolais Jean Mbala.",
            "Jean Mbala",
            "Rwanda",
        ),
    ],
)
def test_a_nationality_adjective_on_an_attribute_noun_names_its_author(
    text: str, holder: str, target: str
) -> None:
    assert _targets(text, holder).get(target) == -1
