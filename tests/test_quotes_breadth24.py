"""Breadth of the quote lexicons (session 24): the families of speech verbs, their inflected
forms, the incise verbs the tagger misreads, source markers, anonymous wordings and speaker
heads. Invented snippets and names only."""

from __future__ import annotations

import pytest

from analysis.extract.quotes.base import finite_spelling
from tests.helpers import speaker_of

_QUOTE = "« Les écluses du canal resteront fermées jusqu'au printemps »"


def test_finite_spelling_tells_a_conjugated_verb_from_an_infinitive_or_participle():
    for word in ("rétorque", "conclut", "dément", "répond", "tempère", "minimise", "promet"):
        assert finite_spelling(word), word
    for word in ("dire", "dite", "conclu", "admise", "répondu", "affirmé", "avertie", "écrit"):
        assert not finite_spelling(word), word


@pytest.mark.parametrize("verb", ["tonne", "corrige", "rétorque", "dément", "opine", "minimise"])
def test_incise_verb_misread_by_the_tagger_still_names_the_speaker(verb):
    # a noun ("tonne"), an infinitive ("corrige"), a participle ("rétorque") or an adverb
    # ("dément") to the tagger: right after the quotation and before a name, a verb
    text = f"{_QUOTE}, {verb} Anselme Vautrin, ministre luxembourgeois de l'Environnement."
    assert speaker_of(text, "écluses du canal") == "Anselme Vautrin"


@pytest.mark.parametrize(
    "verb", ["vocifère", "gazouille", "décoche", "pronostique", "tempère", "chuchote", "narre"]
)
def test_new_speech_verbs_with_a_clitic_subject(verb):
    text = f"Le ministre luxembourgeois Anselme Vautrin était à Wiltz mardi. {_QUOTE}, {verb}-t-il."
    assert speaker_of(text, "écluses du canal") == "Anselme Vautrin"


@pytest.mark.parametrize("verb", ["se plaint", "se targue", "confesse"])
def test_reflexive_and_conceding_verbs_in_an_inverted_incise(verb):
    text = f"{_QUOTE}, {verb} Anselme Vautrin, ministre luxembourgeois de l'Environnement."
    assert speaker_of(text, "écluses du canal") == "Anselme Vautrin"


@pytest.mark.parametrize(
    "opening",
    [
        "De l'aveu même du ministre luxembourgeois Anselme Vautrin",
        "Sur la foi du ministre luxembourgeois Anselme Vautrin",
        "Pour reprendre les mots du ministre luxembourgeois Anselme Vautrin",
    ],
)
def test_source_markers_attribute_the_clause(opening):
    text = f"{opening}, les écluses du canal sont « un gouffre financier »."
    assert speaker_of(text, "gouffre financier") == "Anselme Vautrin"


def test_dixit_after_a_quotation_names_the_speaker():
    text = f"{_QUOTE}, dixit le ministre luxembourgeois Anselme Vautrin."
    assert speaker_of(text, "écluses du canal") == "Anselme Vautrin"


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("le wali de la région de l'Est", "wali de la région de l'Est"),
        ("la bourgmestre de Wiltz", "bourgmestre de Wiltz"),
        ("l'imam de la grande mosquée", "imam de la grande mosquée"),
        ("la primature", "primature"),
    ],
)
def test_heads_of_regions_towns_clergy_and_offices_speak(speaker, expected):
    text = f"{_QUOTE}, a déclaré {speaker}."
    assert speaker_of(text, "écluses du canal") == expected
