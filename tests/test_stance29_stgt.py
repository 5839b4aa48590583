"""Stance targets (round 25, session 29): what a stance row bears on.

* A stance verb the tagger reads as a noun in a headline ("La Commission de X sanctionne
  deux ministres"): the parser hangs the object on the verb, whose chunk then opened the
  target ("sanctionne deux ministres"); the object phrase now starts after the verb.
* A fight noun with no owner ("X et Y ont parlé de la lutte contre Z", "renforcer leur
  coopération dans la lutte contre Z"): the subjects of the verb it hangs from wage it; not
  when that verb judges, hinders or is denied, nor a fight "menée par" someone else.
* A harming subject in someone's words keeps its prepositional complements ("« la fermeture
  de la frontière avec X pourrait fragiliser nos relations »"): the phrase was cut before
  them, and lost the party it names.

Every snippet is invented.
"""

from __future__ import annotations

import pytest

from tests.test_stance_press import pairs as _pairs


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "La Commission de la Valdavie sanctionne deux ministres norlandais.",
            "Commission de la Valdavie",
            "deux ministres norlandais",
        ),
        (
            "Le Parlement de Bordurie sanctionne deux hauts fonctionnaires syldaves.",
            "Parlement de Bordurie",
            "deux hauts fonctionnaires syldaves",
        ),
    ],
)
def test_headline_verb_object_starts_after_the_verb(text: str, holder: str, target: str) -> None:
    got = _pairs(text)
    assert got.get((holder, target)) == -1
    assert not any(t.startswith("sanctionne") for _h, t in got)


@pytest.mark.parametrize(
    ("text", "holders", "target"),
    [
        (
            "La Valdavie et la Norlande ont parlé de la lutte contre les groupes armés.",
            ("Valdavie", "Norlande"),
            "groupes armés",
        ),
        (
            "La Bordurie et la Syldavie veulent renforcer leur coopération dans la lutte "
            "contre le trafic de drogue.",
            ("Bordurie", "Syldavie"),
            "trafic de drogue",
        ),
        (
            "Karel Osmin a évoqué avec son hôte le combat contre la piraterie.",
            ("Karel Osmin",),
            "piraterie",
        ),
    ],
)
def test_shared_fight_is_held_by_the_verbs_subjects(
    text: str, holders: tuple[str, ...], target: str
) -> None:
    got = _pairs(text)
    for holder in holders:
        assert got.get((holder, target)) == -1


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Karel Osmin a dénoncé la lutte contre la corruption.", "corruption"),
        ("La Valdavie n'a pas parlé de la lutte contre la piraterie.", "piraterie"),
        ("Karel Osmin a salué la lutte contre la fraude menée par la Norlande.", "fraude"),
    ],
)
def test_fight_judged_denied_or_of_another_is_no_fight(text: str, target: str) -> None:
    assert not any(t == target for _h, t in _pairs(text))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "« La fermeture du col frontalier avec la Norlande pourrait fragiliser nos "
            "relations », a déclaré Karel Osmin, ministre valdavien.",
            "fermeture du col frontalier avec la Norlande",
        ),
        (
            "« Le transfert d'armes vers la Bordurie risque de compromettre la paix "
            "régionale », a déclaré Karel Osmin, ministre valdavien.",
            "transfert d'armes vers la Bordurie",
        ),
    ],
)
def test_harming_subject_keeps_its_complements(text: str, target: str) -> None:
    assert _pairs(text).get(("Karel Osmin", target)) == -1
