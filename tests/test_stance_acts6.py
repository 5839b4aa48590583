"""Stances implied by acts and verbs, in the shapes real press writes them (issue 15, session
10): a quote mark between the auxiliary and the verb, a date between a verb and its act noun,
the author of an attack named by a participle ("mené par X"), nominalised acts with a "par"
agent, the two sides of "entre X et Y" (or "entre les deux pays"), a guest received in a
relative clause, and feelings whose object feels what the subject caused. Sign safety first:
negated acts give no row. Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows, stances

_KE_UG = "Le Kenya et l'Ouganda se sont rencontrés lundi à Arusha. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Le Kenya a \"condamné avec la plus grande fermeté l'attentat-suicide contre un poste "
        "de l'armée ougandaise\", a déclaré le porte-parole.",
        "Le Kenya a « dénoncé l'attentat-suicide contre un poste de l'armée ougandaise », a "
        "indiqué la présidence.",
    ],
)
def test_a_quote_mark_between_auxiliary_and_verb_keeps_the_subject(sentence):
    assert polarity(_KE_UG + sentence, "Kenya", "attentat") == -1


def test_the_author_of_an_attack_named_by_a_participle():
    text = (
        "Le Kenya a condamné l'attaque armée contre un poste de l'armée ougandaise à Gulu, "
        "menée par le groupe Al-Hadid."
    )
    assert polarity(text, "Kenya", "Al-Hadid") == -1
    assert polarity(text, "Al-Hadid", "armée ougandaise") == -1
    text = "L'Ouganda n'a pas condamné l'attaque contre le Kenya menée par le groupe Al-Hadid."
    assert rows(text, "Ouganda", "Al-Hadid").empty, stances(text)


def test_an_act_noun_after_a_date_belongs_to_the_verb():
    text = (
        "Le ministère kényan des Affaires étrangères a annoncé ce lundi 31 mars l'expulsion "
        "de trois membres de l'ambassade ougandaise."
    )
    assert polarity(text, "ministère kényan", "Ouganda") == -1
    text = "Le Kenya a annoncé jeudi 4 mai la suspension de l'accord de pêche signé avec l'Ouganda."
    assert polarity(text, "Kenya", "Ouganda") == -1


def test_nominalised_acts_with_a_par_agent():
    text = _KE_UG + "Le communiqué souligne le rejet par le Kenya de « cette décision injuste »."
    assert polarity(text, "Kenya", "décision") == -1
    text = (
        "La destitution par le général Okello du premier président démocratiquement élu, "
        "Samuel Mugisha, a surpris la région."
    )
    assert polarity(text, "Okello", "Samuel Mugisha") == -1
    text = "L'invasion de l'Ouganda par le Soudan a surpris la région."
    assert polarity(text, "Soudan", "Ouganda") == -1


def test_the_two_sides_of_entre():
    text = "Cet accord vise à établir la base des relations futures entre le Kenya et l'Ouganda."
    assert polarity(text, "Kenya", "Ouganda") == 1
    assert polarity(text, "Ouganda", "Kenya") == 1
    text = (
        "Le président kényan a reçu son homologue ougandais. Le Kenya et l'Ouganda ont parlé "
        "de sécurité. Il a été convenu de développer la coopération militaire entre les deux pays."
    )
    got = stances(text)
    assert polarity(text, "Ouganda", "Kenya") == 1
    assert set(got[got.sentence_id == 2]["polarity"]) == {1}, got
    text = _KE_UG + "Le Kenya n'a pas voulu renforcer la coopération entre les deux pays."
    assert rows(text, "Kenya", "Ouganda").empty, stances(text)


def test_a_guest_received_in_a_relative_clause():
    text = (
        "Le président ougandais Yoweri Museveni, qui avait été reçu en mai à Nairobi par le "
        "président kényan William Ruto, a salué la foule."
    )
    assert polarity(text, "William Ruto", "Yoweri Museveni") == 1
    assert polarity(text, "Yoweri Museveni", "William Ruto") == 1
    text = "Le président ougandais Yoweri Museveni n'a pas été reçu par le président William Ruto."
    assert rows(text, "William Ruto", "Museveni").empty, stances(text)


@pytest.mark.parametrize(
    ("sentence", "holder", "target", "sign"),
    [
        (
            "La crise au Soudan a fortement préoccupé le président kényan William Ruto.",
            "William Ruto",
            "crise",
            -1,
        ),
        (
            "La participation de Samuel Mugisha au sommet avait « profondément blessé » le Kenya.",
            "Kenya",
            "Mugisha",
            -1,
        ),
        ("Le Kenya a été choqué par les déclarations de l'Ouganda.", "Kenya", "Ouganda", -1),
        ("L'annonce de la trêve a rassuré le Kenya.", "Kenya", "trêve", 1),
    ],
)
def test_the_object_feels_what_the_subject_caused(sentence, holder, target, sign):
    assert polarity(sentence, holder, target) == sign


def test_a_feeling_denied_or_reflexive_is_not_caused():
    text = "La décision de l'Ouganda n'a pas inquiété le Kenya."
    assert rows(text, "Kenya", "Ouganda").empty, stances(text)
    text = "Le Kenya s'inquiète de la situation en Ouganda."
    assert set(rows(text, "Kenya", "situation")["cue"]) == {"inquiéter"}
