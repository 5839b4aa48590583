"""Futility in a speaker's words (session 13): calling something useless, pointless or
doomed ("« X n'a aucun sens »", "« X ne sert à rien »", "« X est inutile »", "« X serait
sans effet »", "« X est voué à l'échec »") is against it; a litotes ("n'est pas inutile"),
a hypothesis or a pronoun subject gives nothing. Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "« Des négociations directes avec Moscou n'auraient aucun sens », a déclaré le "
            "ministre estonien Jaan Tamm.",
            "Jaan Tamm",
            "négociations",
        ),
        (
            "« Un sommet avec la Serbie n'a pas de sens aujourd'hui », a déclaré le ministre "
            "kosovar Arben Krasniqi.",
            "Arben Krasniqi",
            "sommet",
        ),
        (
            "« Les sanctions ne servent à rien », a affirmé le ministre hongrois Péter Kovács.",
            "Péter Kovács",
            "sanctions",
        ),
        (
            "« Cette conférence ne changera rien », a estimé le ministre chilien Pablo Rojas.",
            "Pablo Rojas",
            "conférence",
        ),
        (
            "Le ministre bolivien Luis Arce a estimé qu'une simple protestation serait « sans "
            "effet ».",
            "Luis Arce",
            "protestation",
        ),
        (
            "« Ce plan de paix est voué à l'échec », a déclaré le ministre arménien Aram "
            "Petrosyan.",
            "Aram Petrosyan",
            "plan",
        ),
        (
            "« Cette médiation est totalement inutile », a déclaré le ministre malien Moussa "
            "Traoré.",
            "Moussa Traoré",
            "médiation",
        ),
    ],
)
def test_calling_something_pointless_is_against_it(text, holder, target):
    assert polarity(text, holder, target) == -1


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # a litotes: "not useless" gives nothing
        (
            "« Ce dialogue n'est pas inutile », a déclaré le ministre suédois Erik Lind.",
            "Erik Lind",
            "dialogue",
        ),
        # a hypothesis
        (
            "« Si la Turquie refuse, cette réunion serait inutile », a déclaré le ministre grec "
            "Nikos Papadopoulos.",
            "Nikos Papadopoulos",
            "réunion",
        ),
        # a pronoun subject: what it stands for is not read here
        (
            "« Cela n'a aucun sens », a déclaré le ministre portugais Rui Costa.",
            "Rui Costa",
            "cela",
        ),
        # "avoir" with a positive noun phrase: no denial
        (
            "« Cet accord a un sens profond », a déclaré le ministre kényan John Mwangi.",
            "John Mwangi",
            "accord",
        ),
    ],
)
def test_no_futility_without_a_denied_use(text, holder, target):
    found = rows(text, holder, target)
    assert not found["cue"].str.contains("futilité").any(), found
