"""Holder selection, session 23: a stance noun's "de" holder past the noun's epithets
(stance/noun_cues), and holders named only by a definite plural title or side noun
(stance/plural_holders). Every snippet is invented."""

from __future__ import annotations

from tests.test_stance_press import polarity, rows


def test_the_de_holder_of_a_stance_noun_is_read_past_its_epithets():
    # an adjective, an adverb and adjective, or a participle between the noun and "de X"
    text = "La Norvège condamne l'attaque inconsidérée de la Moldavie contre l'Arménie."
    assert polarity(text, "Moldavie", "Arménie") == -1
    text = "Le ministre a salué le soutien très clair du Chili à la Bolivie."
    assert polarity(text, "Chili", "Bolivie") == 1


def test_a_plural_title_holder_stands_for_the_two_persons_named_last():
    text = (
        "Le président bolivien Luis Arce a reçu le président chilien Gabriel Boric. Les chefs "
        "d'État ont salué le partenariat renforcé liant leurs pays."
    )
    assert polarity(text, "Luis Arce", "partenariat") == 1
    assert polarity(text, "Gabriel Boric", "partenariat") == 1


def test_a_plural_noun_that_is_no_pair_title_stays_as_it_is():
    text = (
        "Le président bolivien Luis Arce a reçu les chefs d'entreprise chiliens. Les chefs "
        "d'entreprise ont salué le partenariat."
    )
    assert rows(text, "Luis Arce", "partenariat").empty


def test_the_sides_of_a_dispute_are_the_two_states_named_last():
    text = (
        "La Bolivie et le Chili se disputent une zone frontalière, chacun des camps se "
        "rejetant mutuellement la responsabilité de ces affrontements."
    )
    assert polarity(text, "Bolivie", "responsabilité") == -1
    assert polarity(text, "Chili", "responsabilité") == -1


def test_the_sides_are_the_two_states_a_headline_sets_against_each_other():
    # the host of the talks is named between: the headline's "entre X et Y" are the sides
    text = (
        '---\ntitle: "Le Pérou accueille des pourparlers entre la Bolivie et le Chili"\n---\n\n'
        "Les ministres de la Bolivie et du Chili se sont réunis lundi au Pérou. Les combats ont "
        "repris, chacun des camps se rejetant mutuellement la responsabilité de ces affrontements."
    )
    assert polarity(text, "Bolivie", "responsabilité") == -1
    assert polarity(text, "Chili", "responsabilité") == -1
    assert rows(text, "Pérou", "responsabilité").empty
