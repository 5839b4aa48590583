"""Meetings named by a noun of talks as weak mutual stances, session 22 (round 18;
:mod:`analysis.extract.stance.meetings`). Every snippet is invented.

* a noun of talks with an "avec" partner, held by the subject of a verb that has them ("a eu
  un entretien avec Y") or of the clause they frame ("après son tête-à-tête avec Y, X …"),
  or between the two sides of a pair subject ("les deux présidents ont tenu un long entretien");
  an unnamed counterpart ("son homologue") read as the latest actor of the holder's kind;
* nothing for talks under another verb ("X a refusé une rencontre avec Y"), nor for the
  meeting verbs ("X a rencontré Y": tried and dropped).
"""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows, stances

_TG = "Le président togolais Jean Kossi est arrivé mardi à Libreville. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Jean Kossi a eu un long entretien avec le président gabonais Marc Ondo.",
        "Après son tête-à-tête matinal avec le président gabonais Marc Ondo, Jean Kossi a parlé.",
        "Lors de sa rencontre matinale avec le président gabonais Marc Ondo, Jean Kossi a parlé.",
    ],
)
def test_talks_are_a_weak_mutual_stance(sentence):
    text = _TG + sentence
    assert polarity(text, "Jean Kossi", "Marc Ondo") == 1, stances(text)
    assert polarity(text, "Marc Ondo", "Jean Kossi") == 1, stances(text)


def test_talks_with_a_counterpart_are_with_the_latest_actor_of_the_holders_kind():
    text = (
        "Le président gabonais Marc Ondo a invité le président togolais Jean Kossi. "
        "Jean Kossi a eu un entretien avec son homologue mardi."
    )
    assert polarity(text, "Jean Kossi", "Marc Ondo") == 1, stances(text)


def test_a_pair_subject_holds_talks_with_each_other():
    text = (
        "Le président togolais Jean Kossi a reçu lundi son homologue gabonais Marc Ondo. "
        "Les deux présidents ont tenu un long entretien."
    )
    st = stances(text)
    assert ((st["cue"] == "entretien") & (st["holder"] == "Marc Ondo")).any(), st


@pytest.mark.parametrize(
    "sentence",
    [
        "Jean Kossi a refusé une rencontre avec le président gabonais Marc Ondo.",
        "Jean Kossi a rencontré mercredi le président gabonais Marc Ondo.",
    ],
)
def test_no_talks_row(sentence):
    st = rows(_TG + sentence, "Jean Kossi|Marc Ondo", "Ondo|Kossi")
    assert not (st["kind"] == "visit").any(), st
