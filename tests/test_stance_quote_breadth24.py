"""Stances stated inside quotations, session 24 (a breadth round): the families added to
``stance_evaluative.yaml`` and ``stance_overtures.yaml`` make rows with the right target, and
two guards keep a wrong sign away (:func:`~analysis.extract.stance.quote_clauses.harmed_good`
and the denied term of a short quotation in :mod:`analysis.extract.stance.quoted`). Every
snippet is invented.

* blame (bad faith, deceit, harm, recklessness) and praise (loyalty, kindness, sister nations,
  devotion) in a direct quote: against / for the clause's actor;
* the predicate adjectives of exaggeration: against the act judged;
* harm verbs and their locutions ("porter atteinte", "semer la discorde", "ternir"): against
  their subject, and the good they harm ("notre souveraineté") makes no +1 for the subject;
* overtures: an old tie praised, trade or synergy with a partner: for the partner;
* a denied praise in a short quotation ("« pas sérieux »", "« jamais crédible »") is blame.
"""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows, stances

_SAID = ", a déclaré le président togolais Jean Kossi."


@pytest.mark.parametrize(
    "quote",
    [
        "« Le Gabon mène un double jeu »",
        "« Le Gabon se comporte de manière sournoise »",
        "« Le Gabon a commis une forfaiture »",
        "« La politique du Gabon est néfaste et hasardeuse »",
    ],
)
def test_blame_words_in_a_direct_quote_are_against_the_actor(quote):
    text = quote + _SAID
    assert polarity(text, "Jean Kossi", "Gabon") == -1, stances(text)


@pytest.mark.parametrize(
    "quote",
    [
        "« Le Gabon s'est montré loyal et bienveillant »",
        "« Le Gabon est pour nous une nation sœur »",
        "« Le Gabon est un allié dévoué et un ami fidèle »",
    ],
)
def test_praise_words_in_a_direct_quote_are_for_the_actor(quote):
    text = quote + _SAID
    assert polarity(text, "Jean Kossi", "Gabon") == 1, stances(text)


def test_an_exaggerated_claim_is_against_it():
    text = "« Les accusations du Gabon sont exagérées »" + _SAID
    assert polarity(text, "Jean Kossi", "accusations") == -1, stances(text)


@pytest.mark.parametrize(
    "quote",
    [
        "« Le Gabon porte atteinte à notre souveraineté »",
        "« Le Gabon sème la discorde dans la région »",
        "« Le Gabon ternit l'image de toute la région »",
        "« Le régime du Gabon bâillonne la presse »",
    ],
)
def test_a_harming_subject_is_blamed(quote):
    text = quote + _SAID
    assert polarity(text, "Jean Kossi", "Gabon") == -1, stances(text)


def test_the_good_a_harm_verb_damages_is_no_praise_of_its_subject():
    text = "« Le Gabon porte atteinte à notre souveraineté »" + _SAID
    assert not (rows(text, "Jean Kossi", "Gabon")["polarity"] > 0).any(), stances(text)


@pytest.mark.parametrize(
    "quote",
    [
        "« Nous avons des relations séculaires avec le Gabon »",
        "« Nous avons décidé de renforcer le commerce avec le Gabon »",
        "« Nous sommes ravis de la synergie avec le Gabon »",
    ],
)
def test_overtures_to_a_partner_are_for_it(quote):
    text = quote + _SAID
    assert polarity(text, "Jean Kossi", "Gabon") == 1, stances(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le président togolais Jean Kossi a critiqué le président gabonais Marc Ondo, "
        "qui n'est « pas sérieux » selon lui.",
        "Le président togolais Jean Kossi a visé le président gabonais Marc Ondo, "
        "« jamais crédible » selon lui.",
    ],
)
def test_a_denied_praise_in_a_short_quotation_is_blame(text):
    assert polarity(text, "Jean Kossi", "Ondo") == -1, stances(text)
