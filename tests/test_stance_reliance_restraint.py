"""Offers of support and calls for restraint (session 13). "« Y peut compter sur nous »",
"« vous pouvez compter sur la solidarité de mon pays »" (said to Y), "« nous
n'abandonnerons jamais Y »" are for Y; a call on the parties to calm down ("appeler X et Y
à la retenue / au calme / à la désescalade") presses neither; a demand to avoid or prevent
something ("à éviter toute escalade", "à prévenir de nouvelles violences") is against it.
Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "« Le Soudan peut compter sur nous », a déclaré le ministre égyptien Ahmed Fathy.",
            "Ahmed Fathy",
            "Soudan",
        ),
        (
            "« La Moldavie pourra toujours s'appuyer sur nous », a assuré la ministre roumaine "
            "Ana Popescu.",
            "Ana Popescu",
            "Moldavie",
        ),
        (
            "« Vous pouvez compter sur la solidarité de mon pays », a déclaré le président "
            "sénégalais Amadou Ba à son homologue malien Assimi Goïta.",
            "Amadou Ba",
            "Goïta",
        ),
        (
            "« Nous n'abandonnerons jamais l'Ukraine », a déclaré le ministre lituanien Tomas "
            "Kairys.",
            "Tomas Kairys",
            "Ukraine",
        ),
        (
            "« Nous ne lâcherons pas le Liban », a affirmé le ministre chypriote Andreas Georgiou.",
            "Andreas Georgiou",
            "Liban",
        ),
    ],
)
def test_an_offer_of_support_is_for_the_one_offered_it(text, holder, target):
    assert polarity(text, holder, target) == 1


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # negated reliance: no offer (and no reading of it either way here)
        (
            "« La Russie ne peut pas compter sur nous », a déclaré le ministre finlandais "
            "Mikko Virtanen.",
            "Mikko Virtanen",
            "Russie",
        ),
        # desertion not negated: no promise
        (
            "« Ils ont abandonné la Syrie », a déclaré le ministre jordanien Omar Haddad.",
            "Omar Haddad",
            "Syrie",
        ),
    ],
)
def test_no_offer_without_the_speakers_side_relied_on(text, holder, target):
    found = rows(text, holder, target)
    assert not found["cue"].str.contains("offre").any(), found


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "Le secrétaire général Kofi Mensah a appelé l'Arménie et l'Azerbaïdjan au calme.",
            "Kofi Mensah",
            "Arménie",
        ),
        (
            "Le ministre suisse Hans Keller a appelé la Serbie à la désescalade.",
            "Hans Keller",
            "Serbie",
        ),
        (
            "Le ministre norvégien Lars Berg a exhorté le Soudan et le Tchad à faire preuve de "
            "modération.",
            "Lars Berg",
            "Tchad",
        ),
        (
            "Le ministre norvégien Lars Berg a invité l'Éthiopie et l'Érythrée à éviter toute "
            "escalade.",
            "Lars Berg",
            "Éthiopie",
        ),
    ],
)
def test_a_call_for_restraint_presses_no_side(text, holder, target):
    found = rows(text, holder, target)
    assert not (found["polarity"] < 0).any(), found


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre suisse Hans Keller a appelé la Serbie à retirer ses troupes.",
        "Le ministre suisse Hans Keller a appelé la Serbie à contenir ses milices.",
        "Le ministre suisse Hans Keller a appelé la Serbie à renoncer à la violence.",
    ],
)
def test_a_call_to_stop_or_withdraw_still_presses_the_addressee(text):
    assert polarity(text, "Hans Keller", "Serbie") == -1


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "Le ministre norvégien Lars Berg a exhorté le Kosovo et la Serbie à éviter toute "
            "escalade.",
            "Lars Berg",
            "escalade",
        ),
        (
            "Le ministre suisse Hans Keller a appelé à prévenir de nouvelles violences.",
            "Hans Keller",
            "violences",
        ),
    ],
)
def test_a_demand_to_avoid_something_is_against_it(text, holder, target):
    assert polarity(text, holder, target) == -1
