"""Quote speakers, session 14: rules about French constructions, each on invented snippets
(no sentence from a real article, no real person's name), at least two phrasings each, with a
negative case that must not fire."""

from __future__ import annotations

import pytest

from tests.test_quotes_real import quotes
from tests.test_quotes_speakers13 import speaker_of_exact

# ---- "X, selon laquelle / selon qui …": the antecedent's claim


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        (
            "La ministre Claire Vidal, selon laquelle les pourparlers piétinent depuis mai, "
            "a quitté Genève mardi.",
            "les pourparlers piétinent depuis mai",
            "Claire Vidal",
        ),
        (
            "Le porte-parole du gouvernement, Marc Roux, selon qui la frontière restera fermée "
            "jusqu'en mars, a été reçu mardi.",
            "la frontière restera fermée jusqu'en mars",
            "Marc Roux",
        ),
        (
            "Le député Paul Dufour, d'après lequel la loi sera votée avant l'été, s'est exprimé "
            "lundi.",
            "la loi sera votée avant l'été",
            "Paul Dufour",
        ),
    ],
)
def test_a_relative_selon_is_its_antecedents_claim(text, claim, speaker):
    assert speaker_of_exact(text, claim) == speaker


def test_a_quotation_inside_a_relative_selon_is_the_antecedents():
    text = (
        "La ministre Claire Vidal, selon laquelle les négociations « avancent lentement », "
        "a quitté Genève mardi."
    )
    assert speaker_of_exact(text, "avancent lentement") == "Claire Vidal"


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Des experts contestent l'idée selon laquelle la frontière restera fermée jusqu'en "
            "mars.",
            "la frontière restera fermée",
        ),
        (
            "Le ministre Paul Dufour rejette la thèse de l'opposition selon laquelle le scrutin "
            "aurait été truqué.",
            "le scrutin aurait été truqué",
        ),
        (
            "Le député Paul Dufour dénonce la croyance de Marc Roux selon laquelle la loi passera.",
            "la loi passera",
        ),
    ],
)
def test_a_relative_selon_after_a_noun_of_belief_names_nobody(text, claim):
    q = quotes(text)
    named = q[q["speaker"].notna() & q["text"].str.contains(claim, regex=False)]
    assert not len(named), named[["text", "speaker"]].to_dict("records")


# ---- verbs of passing words on: the one cited speaks


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ("Le quotidien Le Courrier cite Marc Roux, chercheur à l'université de Lyon", "Marc Roux"),
        ("L'agence a relayé les propos de la ministre Claire Vidal", "Claire Vidal"),
        ("Le journal Le Courrier a repris les mots du député Paul Dufour", "Paul Dufour"),
        ("La radio publique rapporte les paroles de la sénatrice Anne Morel", "Anne Morel"),
    ],
)
def test_the_object_of_a_citing_verb_is_the_speaker(intro, speaker):
    text = f"{intro} : « La crise ne fait que commencer. »"
    assert speaker_of_exact(text, "La crise ne fait que commencer.") == speaker


def test_a_citing_verb_with_an_object_naming_nobody_keeps_its_subject():
    text = (
        "Le journal Le Courrier rapporte la décision du conseil : « Les écoles resteront fermées. »"
    )
    assert speaker_of_exact(text, "Les écoles resteront fermées.") == "Le Courrier"


# ---- a title and the name in apposition to it: the name decides, even when the title was
# taken for someone named earlier


@pytest.mark.parametrize(
    ("intro", "subject"),
    [
        (
            "Le président américain Paul Smith a parlé lundi avec le dirigeant sud-coréen.",
            "Le conseiller américain à la Sécurité nationale Marc Roux s'est entretenu mardi "
            "avec ses homologues pour bâtir",
        ),
        (
            "Le Premier ministre japonais Paul Smith a parlé lundi.",
            "Le conseiller japonais à la Défense Marc Roux a promis",
        ),
    ],
)
def test_a_name_in_apposition_to_a_title_is_the_speaker(intro, subject):
    text = f"{intro} {subject} une riposte « ferme et coordonnée »."
    assert speaker_of_exact(text, "ferme et coordonnée") == "Marc Roux"


def test_a_name_inside_the_titles_complement_is_not_apposed():
    text = (
        "Le président américain Paul Smith a parlé lundi. Le conseiller américain à la "
        "Sécurité nationale de la sénatrice Anne Morel a promis une riposte « ferme et "
        "coordonnée »."
    )
    assert speaker_of_exact(text, "ferme et coordonnée") != "Anne Morel"
