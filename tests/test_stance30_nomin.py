"""Round 26 (session 30) rules of nominal stances and denials, on invented snippets.

* a stance noun the writer puts in quotation marks keeps its complements: the closing mark
  is passed over like an epithet ("le « soutien avéré » de X à Y", "Y a essuyé les «
  critiques » de X");
* the claims a state voices, siblings of "accusation" ("les allégations / affirmations /
  insinuations / critiques de X"), make a country in their "de" complement the state, no
  place (``political_nouns`` of actors_metonymy.yaml): a denial of them then blames it;
* a claim denied as untrue is read in every tense and with every negator ("n'ont jamais
  reflété la réalité", "ne reposaient sur aucun fondement", "n'a jamais eu le moindre
  fondement"), not in the present with "pas" only (``denied_claims``,
  analysis/extract/stance/denials.py); "ne … que" restricts and denies nothing.

Every snippet is invented.
"""

from __future__ import annotations

import pytest

from tests.test_stance_press import pairs as _pairs


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        ("Le Parlement condamne le « soutien » de Lima aux rebelles.", "Pérou", "rebelles", 1),
        (
            "Le Sénat dénonce le « soutien actif » du Ghana aux putschistes.",
            "Ghana",
            "putschistes",
            1,
        ),
        ("Le gouvernement togolais a essuyé les « critiques » du Bénin.", "Bénin", "Togo", -1),
    ],
)
def test_a_quoted_stance_noun_keeps_its_complements(
    text: str, holder: str, target: str, sign: int
) -> None:
    got = _pairs(text)
    assert got.get((holder, target)) == sign, got


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "Selon la ministre péruvienne Ana Ruiz, les allégations du Chili ne reposent sur"
            " aucun fondement.",
            "Ana Ruiz",
            "Chili",
        ),
        (
            "Le ministre ghanéen Kofi Mensah a affirmé que les affirmations du Togo ne"
            " correspondent pas à la réalité.",
            "Kofi Mensah",
            "Togo",
        ),
    ],
)
def test_a_country_after_a_claim_noun_is_the_state_blamed(
    text: str, holder: str, target: str
) -> None:
    got = _pairs(text)
    assert got.get((holder, target)) == -1, got


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "« Les accusations de la Bolivie n'ont jamais reflété la réalité », a déclaré la"
            " ministre péruvienne Ana Ruiz.",
            "Ana Ruiz",
            "Bolivie",
        ),
        (
            "Le ministre ghanéen Kofi Mensah a affirmé que les accusations du Togo ne"
            " reposaient sur aucun fondement.",
            "Kofi Mensah",
            "Togo",
        ),
        (
            "Selon le porte-parole nigérien Issa Diallo, les accusations du Tchad n'ont jamais"
            " eu le moindre fondement.",
            "Issa Diallo",
            "Tchad",
        ),
    ],
)
def test_a_denied_claim_in_any_tense_blames_its_author(text: str, holder: str, target: str) -> None:
    got = _pairs(text)
    assert got.get((holder, target)) == -1, got


def test_ne_que_restricts_and_denies_nothing() -> None:
    got = _pairs(
        "Le ministre ghanéen Kofi Mensah a affirmé que les accusations du Togo ne reflètent"
        " que la réalité."
    )
    assert got.get(("Kofi Mensah", "Togo")) != -1, got
