"""Stances stated inside someone's words with no row before session 20 (stq2): a first-person
refusal of a thing ("« je ne veux pas d'affrontement »", "elle n'autoriserait jamais
l'ouverture de …") is against it; "ne … que" and a hypothesis give nothing. Every snippet is
invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "Le ministre valdorien Paul Mercan a déclaré : « Je ne veux pas d'affrontement "
            "avec nos voisins. »",
            "Paul Mercan",
            "affrontement",
        ),
        (
            "« Nous ne voulons ni guerre ni conflit », a insisté le ministre valdorien Paul "
            "Mercan.",
            "Paul Mercan",
            "guerre",
        ),
        (
            "Le ministre valdorien Paul Mercan a déclaré : « Nous ne tolérerons pas la présence "
            "de troupes étrangères. »",
            "Paul Mercan",
            "présence",
        ),
        (
            "Paul Mercan a promis qu'il n'autoriserait jamais l'ouverture d'un port militaire "
            "étranger sur ses côtes.",
            "Paul Mercan",
            "port militaire",
        ),
    ],
)
def test_a_refused_thing_is_opposed(text: str, holder: str, target: str) -> None:
    assert polarity(text, holder, target) == -1


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("« Nous ne voulons que la paix », a déclaré le ministre valdorien Paul Mercan.", "paix"),
        (
            "« Nous ne voulons pas seulement la paix, nous voulons la justice », a déclaré le "
            "ministre valdorien Paul Mercan.",
            "paix",
        ),
        (
            "« Si nous ne voulons pas la paix, qui la voudra ? », a lancé le ministre valdorien "
            "Paul Mercan.",
            "paix",
        ),
        (
            "Le ministre valdorien Paul Mercan a déclaré : « Nous ne voulons pas que la "
            "coopération s'arrête. »",
            "coopération",
        ),
    ],
)
def test_no_refusal_read_in_a_restriction_a_hypothesis_or_a_clause(text: str, target: str) -> None:
    hits = rows(text, "Paul Mercan", target)
    assert not (hits["polarity"] == -1).any(), hits


def test_a_refused_contact_with_a_partner_is_against_the_partner() -> None:
    text = (
        "Le ministre japonais Taro Kanemura a déclaré : « Nous refuserons tout contact ou "
        "négociation avec la partie chinoise. »"
    )
    assert polarity(text, "Taro Kanemura", "Chine") == -1


def test_a_tie_judged_necessary_itself_is_for_the_partner() -> None:
    text = (
        "« Les échanges entre la France et le Maroc sont importants pour nous », a dit le "
        "ministre français Luc Perrinet."
    )
    assert polarity(text, "Luc Perrinet", "Maroc") == 1


@pytest.mark.parametrize(
    "text",
    [
        "« Leurs relations avec le Maroc sont essentielles pour eux », a dit le ministre "
        "français Luc Perrinet.",
        "« Les relations entre l'Espagne et le Maroc sont importantes », a dit le ministre "
        "français Luc Perrinet.",
    ],
)
def test_no_stance_for_a_third_partys_tie_judged_necessary(text: str) -> None:
    assert rows(text, "Luc Perrinet", "Maroc").empty


def test_no_refusal_of_a_thing_qualified_by_a_relative_clause() -> None:
    text = (
        "« Nous ne voulons plus d'une relation où notre pays vend son cacao et achète tout le "
        "reste », a déclaré la ministre ivoirienne Awa Kouadio."
    )
    assert rows(text, "Awa Kouadio", "relation").empty
