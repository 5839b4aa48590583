"""Evaluative predicates in attributed words (issue 15, round 5): the speaker judges the
subject of a copula whose predicate carries evaluative terms, in a direct, partial or
reported quote; each clause judges its own subject. Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows, stances


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "« La présence de ce diplomate à la fête de l'ambassade syldave est une erreur », "
            "a tranché lundi la ministre Alice Wanjiru.",
            "Alice Wanjiru",
            "présence",
            -1,
        ),
        (
            "La Syldavie « est un acteur majeur de la stabilité de la région », a insisté le "
            "ministre Karl Otto.",
            "Karl Otto",
            "Syldavie",
            1,
        ),
        (
            "Alice Wanjiru a affirmé que la décision de la Bordurie était injustifiée.",
            "Alice Wanjiru",
            "décision",
            -1,
        ),
        (
            "« Ce sommet est un succès pour nos deux pays », a déclaré Alice Wanjiru.",
            "Alice Wanjiru",
            "sommet",
            1,
        ),
    ],
)
def test_the_speaker_judges_the_subject_of_an_evaluative_predicate(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


def test_each_clause_judges_its_own_subject():
    text = (
        "Jan Peeters a parlé de la guerre. « La Syldavie est l'agresseur, la Bordurie est la "
        "victime », a-t-il dit."
    )
    assert polarity(text, "Jan Peeters", "Syldavie") == -1
    assert not (rows(text, "Jan Peeters", "Bordurie")["polarity"] < 0).any(), stances(text)


def test_no_judgement_outside_attributed_words_or_on_a_pronoun_subject():
    # the journalist's own copula is no one's stance
    text = "Alice Wanjiru est arrivée lundi. La décision de la Bordurie était injustifiée."
    assert rows(text, "Alice Wanjiru", "décision").empty, stances(text)
    # "c'est une erreur": what "ce" stands for is not read
    text = "« C'est une erreur », a déclaré Alice Wanjiru à propos de la Bordurie."
    assert rows(text, "Alice Wanjiru", "Bordurie").empty, stances(text)
