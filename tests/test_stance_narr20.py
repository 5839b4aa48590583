"""Stances stated in the narration, round 16 (session 20): a compound tense the parser reads
as a passive, the author of a judged thing behind an adjective, and adverbial locutions
between a cue and its complement. Invented snippets only."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # an adverb after the auxiliary "avoir": the parser marks the subject passive
        (
            "La Lettonie a catégoriquement rejeté et vivement condamné les déclarations "
            "hostiles et parfaitement déplacées faites par le ministre estonien de l'Intérieur.",
            "Lettonie",
            "déclarations",
        ),
        (
            "Le gouvernement letton a totalement rejeté et condamné la décision de Peeter Tamm.",
            "Lettonie",
            "décision",
        ),
    ],
)
def test_avoir_compound_read_as_passive(text: str, holder: str, target: str) -> None:
    assert polarity(text, holder, target) == -1


def test_a_real_passive_keeps_its_agent() -> None:
    text = "La Lettonie a été vivement critiquée par l'Estonie pour son projet de barrage."
    assert polarity(text, "Estonie", "Lettonie") == -1
    assert rows(text, "Lettonie", "Estonie").empty


def test_author_behind_an_adjective() -> None:
    # "tenus" hangs on "inacceptables", an adjective of "propos": the author is still read
    text = (
        "Riga a sévèrement critiqué les propos blessants et parfaitement inacceptables tenus "
        "par Peeter Tamm à Tartu."
    )
    assert polarity(text, "Lettonie", "Tamm") == -1


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        ("Vilnius s'inquiète de plus en plus du réarmement de l'Estonie.", "Lituanie", "réarm", -1),
        ("La Lettonie s'oppose à son tour au projet estonien.", "Lettonie", "projet", -1),
    ],
)
def test_adverbial_locution_before_the_complement(
    text: str, holder: str, target: str, sign: int
) -> None:
    assert polarity(text, holder, target) == sign


def test_adverbial_locution_is_no_target() -> None:
    text = "La Lettonie s'oppose à son tour au projet estonien."
    assert rows(text, "Lettonie", "tour").empty


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "Le projet letton de barrage a suscité l'inquiétude de la Lituanie.",
            "Lituanie",
            "projet",
        ),
        (
            "Cette nouvelle base avait provoqué l'inquiétude de la Lituanie et de l'Estonie.",
            "Estonie",
            "base",
        ),
    ],
)
def test_feeling_caused_by_an_issue(text: str, holder: str, target: str) -> None:
    assert polarity(text, holder, target) == -1


def test_feeling_caused_by_a_pronoun_gives_nothing() -> None:
    text = "Il a suscité la colère de la Lituanie."
    assert rows(text, "Lituanie", "il").empty


def test_name_made_root_is_the_subject() -> None:
    # the parser makes "Riga" the root and hangs the verb after it on the name
    text = (
        "Riga avertit ses partenaires baltes et accuse Tallinn de masser des troupes à la "
        "frontière."
    )
    assert polarity(text, "Lettonie", "Estonie") == -1
