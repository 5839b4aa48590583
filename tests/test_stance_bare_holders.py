"""Bare governing nouns as stance holders (issue 15, session 11): "les autorités", "le pays",
"le gouvernement" with nothing naming whose they are stand for the state the text is about
there (analysis/extract/stance/bare.py). Every snippet is invented."""

from __future__ import annotations

from tests.test_stance_press import polarity, rows, stances


def test_a_bare_governing_noun_is_the_state_acting_just_before():
    text = (
        "Le Portugal a rappelé jeudi son ambassadeur en Estonie. Les autorités ont condamné "
        "les frappes contre les ports de la région."
    )
    assert polarity(text, "Portugal", "frappes") == -1
    text = (
        "L'Argentine a vivement critiqué le Chili lundi. Le gouvernement a condamné les "
        "déclarations du ministre."
    )
    # the state acting (the subject), never the one acted on
    assert polarity(text, "Argentine", "déclarations") == -1
    assert rows(text, "Chili", "déclarations").empty


def test_a_bare_country_noun_is_the_state_of_the_official_acting_or_speaking():
    text = (
        "Le président letton Pierre Durand a reçu mardi son homologue estonien Marc Lambert "
        "à Riga. Le gouvernement a salué l'accord sur le corridor ferroviaire."
    )
    assert polarity(text, "Lettonie", "accord") == 1
    text = (
        "« Le pays soutient le plan de paix », a déclaré Pierre Durand, président de la Lettonie."
    )
    assert polarity(text, "Lettonie|Pierre Durand", "plan de paix") == 1


def test_plural_or_qualified_governing_nouns_are_not_bare():
    # "les pays voisins" are several states: no single state holds their stance
    text = "Le Chili a salué le sommet. Les pays voisins ont condamné l'attaque contre le port."
    assert rows(text, "Chili", "attaque").empty
    # a nationality adjective names the state: the rule leaves it to the naming rules
    text = (
        "Le Portugal a rappelé son ambassadeur. Les autorités estoniennes ont dénoncé "
        "l'ingérence étrangère."
    )
    assert rows(text, "Portugal", "ingérence").empty
    assert len(stances(text))
