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


# ---- nouns that only point back to a person named before ("l'intéressé", "le sexagénaire")


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Le général Tomas Varga a pris la tête du pays lundi. L'intéressé refuse de parler "
            "de putsch, préférant évoquer un « sursaut national ».",
            "sursaut national",
            "Tomas Varga",
        ),
        (
            "Le ministre Tomas Varga était attendu à Genève. « Nous avançons », a déclaré "
            "l'intéressé à son arrivée.",
            "Nous avançons",
            "Tomas Varga",
        ),
        (
            "La ministre Hanna Lind a été mise en cause. « Je n'ai rien à cacher », a répondu "
            "la principale intéressée.",
            "rien à cacher",
            "Hanna Lind",
        ),
        (
            "Le président Tomas Varga a reçu des élus. Le septuagénaire a qualifié la réunion "
            "de « décisive ».",
            "décisive",
            "Tomas Varga",
        ),
        (
            "Le président Tomas Varga est arrivé lundi. L'homme a jugé l'accord « historique ».",
            "historique",
            "Tomas Varga",
        ),
    ],
)
def test_a_pointing_noun_is_the_person_named_before(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # the noun's gender contradicts the person's
        "La ministre Hanna Lind était à Genève. Le quinquagénaire a jugé l'accord « fragile ».",
        # an indefinite noun is some unnamed person, not the one named before
        "Le ministre Tomas Varga était à Genève. Un homme a jugé l'accord « fragile ».",
        # a plural points to several people
        "Le ministre Tomas Varga était à Genève. Les intéressés ont jugé l'accord « fragile ».",
    ],
)
def test_a_pointing_noun_that_does_not_fit_names_nobody_named_before(text):
    assert speaker_of(text, "fragile") not in ("Tomas Varga", "Hanna Lind")


# ---- a diplomatic mission speaks as itself (without its seat), never as the host state


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "La Norvège et le Chili se parlent. « L'entretien était ordinaire », a précisé la "
            "représentation norvégienne au Chili.",
            "entretien était ordinaire",
            "représentation norvégienne",
        ),
        (
            "« L'entretien était ordinaire », indique la représentation chinoise en Norvège.",
            "entretien était ordinaire",
            "représentation chinoise",
        ),
        (
            "Le Portugal a protesté auprès de la Turquie. « Nous attendons des excuses », a "
            "écrit la délégation portugaise en Turquie.",
            "attendons des excuses",
            "délégation portugaise",
        ),
    ],
)
def test_a_mission_speaks_as_itself_not_as_its_seat(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


def test_a_mission_of_no_state_is_left_to_the_other_rules():
    text = "« La situation reste tendue », selon la mission de l'ONU au Mali."
    assert speaker_of(text, "situation reste tendue") not in ("Mali",)


# ---- a bare form of a state's name ("le Royaume", "la République") is the state named before


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Le Maroc a rappelé son ambassadeur. Le Royaume a jugé la décision « injuste ».",
            "injuste",
            "Maroc",
        ),
        (
            "Le Danemark a convoqué le chargé d'affaires. « C'est inacceptable », a estimé le "
            "Royaume.",
            "inacceptable",
            "Danemark",
        ),
        (
            "L'Algérie a rappelé son ambassadeur au Maroc. La République a jugé la mesure "
            "« hostile ».",
            "hostile",
            "Algérie",
        ),
        (
            "Le Koweït a accueilli les pourparlers. L'émirat a salué un « dialogue franc ».",
            "dialogue franc",
            "Koweït",
        ),
    ],
)
def test_a_bare_state_form_is_the_state_named_before(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


def test_a_state_form_whose_regime_fits_no_state_named_before_is_no_state():
    # the republic named before is no kingdom: "le Royaume" is not it
    text = "La France a rappelé son ambassadeur. Le Royaume a jugé la décision « injuste »."
    assert speaker_of(text, "injuste") != "France"


def test_a_compound_of_profession_with_a_name_is_not_a_pointing_noun():
    text = (
        "Le ministre Tomas Varga a reçu des patrons. L'homme d'affaires Jonas Pike a jugé "
        "l'accord « prometteur »."
    )
    assert speaker_of(text, "prometteur") == "Jonas Pike"
