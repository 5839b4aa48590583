"""Quote speakers, session 16 second wave: rules about French constructions, each on invented
snippets (no sentence from a real article, no real person's or outlet's name), several
phrasings and members of each class, and cases that must not fire."""

from __future__ import annotations

import pytest

from tests.test_quotes_real import speaker_of

# ---- an outlet named after a place ("X News", "Y la 1ère") is the outlet, not the place


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Le consul est parti mardi soir, a précisé Ostrava news, ajoutant que « le bâtiment "
            "restera fermé ».",
            "bâtiment restera",
            "Ostrava news",
        ),
        (
            "« Les négociations reprendront lundi », a rapporté Bretagne la 1ère.",
            "négociations reprendront",
            "Bretagne la 1ère",
        ),
        (
            "« Aucun accord n'a été trouvé », affirme Lisbonne Matin dans son édition du jour.",
            "Aucun accord",
            "Lisbonne Matin",
        ),
        (
            "« La frontière sera rouverte », a annoncé Danemark Infos.",
            "frontière sera rouverte",
            "Danemark Infos",
        ),
    ],
)
def test_an_outlet_named_after_a_place_is_the_outlet(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # the state itself speaks: no trade word after its name
        ("« Nous ne céderons pas », a déclaré le Portugal.", "ne céderons pas", "Portugal"),
        # a trade word alone is a name of its own, not a place-led outlet
        ("« Le calme est revenu », a rapporté Le Soir.", "calme est revenu", "Le Soir"),
        # a minister of information is a person, not an outlet
        (
            "« Rien n'est décidé », a dit le ministre de l'Information, Paul Verdier.",
            "Rien n'est décidé",
            "Paul Verdier",
        ),
    ],
)
def test_a_place_or_a_title_without_a_trade_word_is_not_an_outlet(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker
