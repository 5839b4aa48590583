"""The object "que" of a relative clause stands for the noun phrase before it, for the target
of its verb and for the one an object-control verb makes act (stance/relatives.py). Every
snippet is invented."""

from __future__ import annotations

from tests.test_stance_press import polarity, rows


def test_the_accused_antecedent_holds_the_act_it_is_accused_of():
    text = "La Norvège a critiqué la Russie, qu'elle accuse de soutenir la Biélorussie."
    assert polarity(text, "Russie", "Biélorussie") == 1
    assert rows(text, "Norvège", "Biélorussie").empty


def test_the_thanked_antecedent_holds_its_support():
    text = "La Suède a salué la Finlande, qu'elle remercie d'avoir soutenu l'Ukraine."
    assert polarity(text, "Finlande", "Ukraine") == 1
    assert rows(text, "Suède", "Ukraine").empty


def test_a_relative_object_is_the_verb_s_target():
    text = "Le Danemark a évoqué la Pologne, qu'il soutient sans réserve."
    found = rows(text, "Danemark", "Pologne")
    assert list(found["cue"]) == ["soutenir"]
    assert list(found["polarity"]) == [1]


def test_a_completive_after_a_dative_is_no_relative():
    text = "Le ministre norvégien a dit aux journalistes qu'il condamne fermement."
    assert rows(text, "ministre", "journalistes").empty
