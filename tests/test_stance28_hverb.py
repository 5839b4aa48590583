"""Headline verbs (session 28): a present-tense stance verb the tagger reads as an adjective.

In headlines and short leads, spaCy tags "critique" right after its subject as an adjective
("Le Conseil de X critique Y": "critique" an ``amod`` of the subject's last word). The linear
reading of stance/lexical.py (``_noun_tagged_verb``, until now for a noun tag after a proper
noun) also reads such an adjective, and a subject phrase whose last word is a proper noun or
a nationality adjective ("Le président x-ien critique vivement Y"); an adverb may stand
before the object. "une publication critique envers Y", "X, très critique de Y" and
"X, critique de Y," stay adjectives (no actor right before, or a preposition after).

The same reading takes a stance verb whose target follows a preposition when the tagger
makes the verb a noun ("Le Ghana œuvre pour Y", "X vote pour Y"); "le vote pour Y" (a
determiner) and "la mise en œuvre pour Y" (no actor before) stay nouns.

Every snippet is invented.
"""

from __future__ import annotations

import pytest

from tests.test_stance_press import pairs as _pairs
from tests.test_stance_press import stances


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        ("Le Pérou critique la Bolivie.", "Pérou", "Bolivie"),
        ("Le Conseil de la Baltique critique la Moldavie.", "Conseil de la Baltique", "Moldavie"),
        (
            "Le président malgache critique vivement le Mozambique.",
            "président malgache",
            "Mozambique",
        ),
    ],
)
def test_adjective_tagged_headline_verb(text: str, holder: str, target: str) -> None:
    assert _pairs(text).get((holder, target)) == -1


@pytest.mark.parametrize(
    "text",
    [
        "Une brochure critique envers la Bolivie circule depuis lundi.",
        "La Lituanie, très critique de la Pologne, a voté contre.",
        "Le ministre estonien, critique de la Lettonie, arrive mardi.",
    ],
)
def test_critical_adjective_is_no_verb(text: str) -> None:
    st = stances(text)
    assert "critiquer" not in set(st["cue"])


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        ("Le Maroc œuvre pour la paix au Soudan.", "Maroc", "paix au Soudan"),
        ("Le Chili vote pour la résolution bolivienne.", "Chili", "résolution bolivienne"),
        ("La Norvège œuvre activement pour la paix en Colombie.", "Norvège", "paix en Colombie"),
    ],
)
def test_noun_tagged_verb_with_preposition(text: str, holder: str, target: str) -> None:
    assert _pairs(text).get((holder, target)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Le vote pour la résolution bolivienne a eu lieu lundi à Quito.",
        "La mise en œuvre pour la Somalie tarde selon les experts du Kenya.",
    ],
)
def test_noun_with_preposition_stays_noun(text: str) -> None:
    st = stances(text)
    assert not ({"voter", "œuvrer"} & set(st["cue"]))
