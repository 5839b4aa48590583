"""Copulas besides "être" (session 29): "rester", "demeurer", "sembler", "paraître",
"s'avérer", "se révéler", "apparaître comme", "devenir" carry a verdict or an evaluative
predicate as "être" does (``copula_verbs`` of stance_evaluative.yaml, read through
analysis/extract/stance/copulas.py by the verdict and predicate rules); a negation on the
copula verb flips or cancels the verdict as on "être".

Every snippet is invented.
"""

from __future__ import annotations

import pytest

from tests.test_stance_press import pairs as _pairs


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "« La décision de la Bolivie semble inacceptable », a déclaré le ministre péruvien"
            " Jorge Salas.",
            "Jorge Salas",
            "décision de la Bolivie",
            -1,
        ),
        (
            "« Le geste du Paraguay paraît inacceptable », a affirmé la ministre chilienne"
            " Ana Ruiz.",
            "Ana Ruiz",
            "geste du Paraguay",
            -1,
        ),
        (
            "« L'aide de la Norvège demeure précieuse », a déclaré le ministre péruvien"
            " Jorge Salas.",
            "Jorge Salas",
            "Norvège",
            1,
        ),
        (
            "« L'aide de la Norvège se révèle précieuse », a déclaré le ministre péruvien"
            " Jorge Salas.",
            "Jorge Salas",
            "aide de la Norvège",
            1,
        ),
        (
            "« La réponse du Chili ne semble pas acceptable », a déclaré la ministre"
            " péruvienne Ana Ruiz.",
            "Ana Ruiz",
            "Chili",
            -1,
        ),
        (
            "Selon la ministre péruvienne Ana Ruiz, les accusations du Chili paraissent infondées.",
            "Ana Ruiz",
            "Chili",
            -1,
        ),
    ],
)
def test_copula_verdicts(text: str, holder: str, target: str, sign: int) -> None:
    assert _pairs(text).get((holder, target)) == sign


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "« Le rôle de la Norvège s'avère essentiel », a déclaré le ministre péruvien"
            " Jorge Salas.",
            "Jorge Salas",
            "Norvège",
            1,
        ),
        (
            "« Cette initiative semble inutile », a déclaré le ministre péruvien Jorge Salas.",
            "Jorge Salas",
            "initiative",
            -1,
        ),
    ],
)
def test_copula_predicates(text: str, holder: str, target: str, sign: int) -> None:
    assert _pairs(text).get((holder, target)) == sign


@pytest.mark.parametrize(
    "text",
    [
        "« Il reste possible de discuter avec le Chili », a déclaré le ministre péruvien"
        " Jorge Salas.",
        "« La Norvège révèle précieuse son aide », a déclaré le ministre péruvien Jorge Salas.",
    ],
)
def test_no_copula_no_verdict(text: str) -> None:
    assert not _pairs(text)


# Denials listed with their own negation ("ne reflète pas la réalité", "n'a aucun
# fondement"): terms of up to the lexicon's longest entry, an elided "n'" a token of its
# own, and the clause's "ne" (the phrase's own) does not flip the term again.
@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "« Les accusations du Chili ne reflètent pas la réalité », a déclaré la ministre"
            " péruvienne Ana Ruiz.",
            "Ana Ruiz",
            "Chili",
        ),
        (
            "« Le communiqué de l'Équateur ne correspond pas aux faits », a estimé le"
            " ministre uruguayen Pablo Ferro.",
            "Pablo Ferro",
            "Équateur",
        ),
        (
            "« Les allégations de la Bolivie n'ont aucun fondement », a affirmé le ministre"
            " péruvien Jorge Salas.",
            "Jorge Salas",
            "Bolivie",
        ),
        (
            "« Ces accusations, lancées par le Chili, sont dénuées de tout fondement », a"
            " déclaré la ministre péruvienne Ana Ruiz.",
            "Ana Ruiz",
            "Chili",
        ),
    ],
)
def test_denial_with_own_negation(text: str, holder: str, target: str) -> None:
    assert _pairs(text).get((holder, target)) == -1


def test_reflecting_reality_is_no_denial() -> None:
    text = "« Le rapport du Chili reflète la réalité », a déclaré la ministre péruvienne Ana Ruiz."
    assert _pairs(text).get(("Ana Ruiz", "Chili")) != -1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« Le Chili reste responsable de cette escalade », a déclaré le ministre péruvien"
            " Jorge Salas.",
            -1,
        ),
        (
            "« Le Chili semble responsable de cette crise », a déclaré le ministre péruvien"
            " Jorge Salas.",
            -1,
        ),
        (
            "« Le Chili ne semble pas responsable de cette crise », a déclaré le ministre"
            " péruvien Jorge Salas.",
            None,
        ),
    ],
)
def test_copula_blame(text: str, expected: int | None) -> None:
    assert _pairs(text).get(("Jorge Salas", "Chili")) == expected


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "Le ministère chilien a affirmé que les rapports de l'ONU « ne reflètent pas la"
            " réalité ».",
            "ministère chilien",
            "ONU",
        ),
        (
            "Le Chili a affirmé que les accusations du Pérou n'ont aucun fondement.",
            "Chili",
            "Pérou",
        ),
    ],
)
def test_reported_denial_blames_the_claimant(text: str, holder: str, target: str) -> None:
    assert _pairs(text).get((holder, target)) == -1


def test_reported_claim_confirmed_is_no_blame() -> None:
    text = "Le Chili a affirmé que les accusations du Pérou reflètent la réalité."
    assert _pairs(text).get(("Chili", "Pérou")) is None
