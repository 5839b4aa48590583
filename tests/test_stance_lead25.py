"""Session 25 (lead): how a stance is put together when the parse loses it. An adverbial
set off by commas between the verb and its object ("X a condamné, vendredi, le tir de Y");
a feeling told to someone ("X a fait part à Y de sa préoccupation": the addressee is the
target); an adverbial locution after the verb is no object ("nous vous soutiendrons jusqu'au
bout": the interlocutor is); "abuser de" harms. Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "Le ministre valdorien Paul Mercan a condamné fermement, vendredi, le tir de "
            "roquettes de la Norlandie.",
            "Paul Mercan",
            "tir de roquettes",
            -1,
        ),
        (
            "La Valdorie a condamné, vendredi, l'attaque de la Norlandie.",
            "Valdorie",
            "attaque",
            -1,
        ),
        (
            "La Valdorie a salué, dans un communiqué, la décision de la Norlandie.",
            "Valdorie",
            "décision",
            1,
        ),
    ],
)
def test_an_incise_between_verb_and_object(text: str, holder: str, target: str, sign: int) -> None:
    assert polarity(text, holder, target) == sign


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "La Valdorie a fait part à la Norlandie de sa « vive préoccupation » après les "
            "manœuvres.",
            "Valdorie",
            "Norlandie",
            -1,
        ),
        (
            "La Valdorie a exprimé à la Norlandie sa profonde inquiétude.",
            "Valdorie",
            "Norlandie",
            -1,
        ),
        (
            "Le Sénégal a publié un rapport. Le gouvernement malien exprime ses préoccupations "
            "à son homologue sénégalais.",
            "Mali",
            "Sénégal",
            -1,
        ),
    ],
)
def test_a_feeling_told_to_someone_is_about_them(
    text: str, holder: str, target: str, sign: int
) -> None:
    assert polarity(text, holder, target) == sign


@pytest.mark.parametrize(
    "text",
    [
        "La Valdorie n'a pas fait part à la Norlandie de sa préoccupation.",
        "La Valdorie a exprimé ses regrets à la Norlandie.",
    ],
)
def test_no_row_for_a_denied_feeling_or_an_apology(text: str) -> None:
    assert rows(text, "Valdorie", "Norlandie").empty


def test_a_locution_after_the_verb_is_no_object() -> None:
    text = (
        "Le ministre valdorien Paul Mercan a déclaré à son homologue norlandais Jan Vik : "
        "« Nous vous soutiendrons jusqu'au bout. »"
    )
    assert rows(text, "Paul Mercan", "bout").empty
    assert polarity(text, "Paul Mercan", "Jan Vik") == 1


def test_an_abused_good_is_no_praise_of_its_abuser() -> None:
    text = (
        "« L'ambassadeur norlandais Jan Vik abuse de notre hospitalité », a dénoncé le ministre "
        "valdorien Paul Mercan."
    )
    assert (rows(text, "Paul Mercan", "Jan Vik")["polarity"] <= 0).all()
