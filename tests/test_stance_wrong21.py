"""Wrong-sign guards of session 21 (round 17). Every snippet is invented.

* a title target with a civility title and a name in apposition ("le président du Parlement,
  M. X,") is that person, so that a demand addressed to "M. X" in the same sentence yields to
  the recognition the speaker states of him (:mod:`analysis.extract.stance.consistency`).
"""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows, stances

_BE = "Le Premier ministre belge Jan Peeters a pris la parole mardi à Bruxelles. "


@pytest.mark.parametrize("title", ["M.", "Mme"])
def test_a_recognised_title_holder_with_a_civility_title_is_not_pressed(title):
    text = _BE + (
        "« Le gouvernement belge annonce reconnaître officiellement le président du Parlement"
        f" de Sylvanie, {title} Karel Dovan, comme chef de l'État de Sylvanie », a déclaré le"
        f" Premier ministre Jan Peeters, lors d'un discours, en appelant {title} Dovan à"
        " organiser un scrutin au plus vite."
    )
    assert polarity(text, "Jan Peeters", "Karel Dovan") == 1, stances(text)
    assert (rows(text, "Jan Peeters", "Karel Dovan")["polarity"] > 0).all(), stances(text)


def test_a_civility_title_before_a_name_that_opens_a_clause_is_no_apposition():
    text = _BE + (
        "Jan Peeters a salué le président du Parlement de Sylvanie, M. Karel Dovan a répondu"
        " par un message."
    )
    assert rows(text, "Jan Peeters", "Dovan").empty, stances(text)
    assert polarity(text, "Jan Peeters", "Parlement de Sylvanie") == 1


def test_a_civility_title_and_name_in_apposition_name_the_target():
    text = _BE + "Jan Peeters a salué le président du Parlement de Sylvanie, M. Karel Dovan, hier."
    assert polarity(text, "Jan Peeters", "Karel Dovan") == 1, stances(text)


_MEETING = "Le ministre kényan Paul Otieno a reçu lundi son homologue ougandais, Moses Kato. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Paul Otieno a fustigé les mensonges de son homologue.",
        "Paul Otieno a dénoncé les propos trompeurs de son homologue, rappelant que jeudi"
        " encore, les deux ministres annonçaient une coopération mutuelle.",
    ],
)
def test_a_judgement_of_the_counterparts_words_is_against_the_counterpart(sentence):
    text = _MEETING + sentence
    judged = rows(text, "Paul Otieno", "Moses Kato")
    assert list(judged[judged["sentence_id"] == 1]["polarity"]) == [-1], stances(text)


def test_a_counterpart_after_another_complement_is_not_the_target():
    text = _MEETING + "Paul Otieno a critiqué la politique de santé de son homologue."
    judged = rows(text, "Paul Otieno", "Moses Kato")
    assert judged[judged["sentence_id"] == 1].empty, stances(text)
