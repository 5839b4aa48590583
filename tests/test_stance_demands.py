"""Demands on a third party in a speaker's words (session 13): an obligation on Y to stop,
withdraw or comply ("Y doit cesser …", "il faut que Y retire …", "il est temps que Y mette
fin à …") is pressure on Y, against Y; an obligation to help, a negated one or one on the
speaker's side gives nothing. Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "« La Chine doit cesser ses manœuvres », a déclaré le ministre japonais Taro Sato.",
            "Taro Sato",
            "Chine",
        ),
        (
            "« Israël devrait libérer les otages », a estimé la ministre irlandaise Mary Byrne.",
            "Mary Byrne",
            "Israël",
        ),
        (
            "« Il faut que la Russie retire ses troupes », a déclaré le ministre polonais Jan "
            "Nowak.",
            "Jan Nowak",
            "Russie",
        ),
        (
            "« Il est temps que l'Iran mette fin à ses essais », a déclaré le ministre allemand "
            "Hans Weber.",
            "Hans Weber",
            "Iran",
        ),
    ],
)
def test_an_obligation_to_make_amends_is_against_the_obliged(text, holder, target):
    assert polarity(text, holder, target) == -1


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # an obligation to help
        (
            "« La France doit aider le Liban », a déclaré le ministre libanais Karim Haddad.",
            "Karim Haddad",
            "France",
        ),
        # an obligation to act upon someone else: no blame on the one obliged
        (
            "« L'Union européenne doit sanctionner la Russie », a déclaré le ministre "
            "ukrainien Petro Koval.",
            "Petro Koval",
            "Union européenne",
        ),
        # negated
        (
            "« Le Japon ne doit pas renoncer à ses essais », a déclaré le ministre américain "
            "John Miller.",
            "John Miller",
            "Japon",
        ),
        # a past obligation is a report
        (
            "« La Serbie devait retirer ses troupes en mars », a rappelé le ministre croate "
            "Ivan Horvat.",
            "Ivan Horvat",
            "Serbie",
        ),
    ],
)
def test_no_demand_without_an_obligation_to_make_amends(text, holder, target):
    found = rows(text, holder, target)
    assert not found["cue"].str.contains("exigence").any(), found
