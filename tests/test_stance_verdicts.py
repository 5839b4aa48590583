"""Verdicts on an act in a speaker's words judge its agent (session 13): "la décision de Y
est inacceptable", "vos déclarations sont fausses" (Y the addressee), "le soutien de Y a été
précieux"; a negated positive verdict is negative, a negated negative one gives nothing.
Every snippet is invented, with other members of each class than the one first seen."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "« L'attitude de la Turquie est irresponsable », a déclaré le ministre grec "
            "Nikos Pappas.",
            "Nikos Pappas",
            "Turquie",
            -1,
        ),
        (
            "Le ministre algérien Ahmed Benali a estimé que la décision du Maroc était "
            "injustifiée.",
            "Ahmed Benali",
            "Maroc",
            -1,
        ),
        (
            "« Les accusations du Rwanda sont mensongères », a dit le porte-parole congolais "
            "Jean Mbuyi.",
            "Jean Mbuyi",
            "Rwanda",
            -1,
        ),
        (
            "« Le soutien du Japon a été précieux », a déclaré le président philippin Jose Cruz.",
            "Jose Cruz",
            "Japon",
            1,
        ),
        (
            "« La médiation du Qatar a été décisive », a affirmé le ministre soudanais Omar "
            "Bashir Ali.",
            "Omar Bashir Ali",
            "Qatar",
            1,
        ),
        # a negated positive verdict is a negative one
        (
            "« L'attitude de la Russie n'est pas acceptable », a déclaré le ministre polonais "
            "Jan Nowak.",
            "Jan Nowak",
            "Russie",
            -1,
        ),
        # a second-person possessive: the addressee (a vocative, or the speech verb's "à")
        (
            "Le président colombien Luis Mendes a accusé le Venezuela. « Président Mendes, vos "
            "déclarations sont fausses », a répondu le président vénézuélien Carlos Ruiz.",
            "Carlos Ruiz",
            "Mendes",
            -1,
        ),
        (
            "« Votre politique est dangereuse », a lancé le ministre iranien Ali Karimi au "
            "secrétaire d'État américain John Miller.",
            "Ali Karimi",
            "Miller",
            -1,
        ),
    ],
)
def test_a_verdict_on_an_act_judges_its_agent(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # a negated negative verdict: nothing either way
        (
            "« La réaction de la Chine n'est pas une provocation », a déclaré le ministre "
            "polonais Jan Nowak.",
            "Jan Nowak",
            "Chine",
        ),
        # a hypothesis
        (
            "« Si elle était confirmée, la décision de l'Égypte serait inacceptable », a dit "
            "le ministre éthiopien Abebe Kebede.",
            "Abebe Kebede",
            "Égypte",
        ),
    ],
)
def test_no_verdict_when_denied_or_supposed(text, holder, target):
    from analysis.extract.stance import verdicts

    assert verdicts.act_nouns()
    found = rows(text, holder, target)
    assert not (found["cue"].str.contains("réaction|décision")).any(), found
