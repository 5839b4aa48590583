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


def test_a_past_infinitive_has_the_governing_subject():
    text = (
        "Les autorités du Kenya ont confirmé lundi avoir demandé le départ des troupes ougandaises."
    )
    assert polarity(text, "Kenya", "troupes ougandaises") == -1
    text = "Le Kenya dit ne pas avoir demandé le départ des troupes ougandaises."
    assert rows(text, "Kenya", "troupes").empty, stances(text)


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "« Le Kenya croit en la médiation et en la paix », a dit Paul Otieno.",
            "Kenya",
            "paix",
            1,
        ),
        ("Le Kenya ne croit pas en la médiation de l'Ouganda.", "Kenya", "médiation", -1),
        (
            "Le Kenya et l'Ouganda se sont engagés à faciliter la libre circulation des biens.",
            "Ouganda",
            "libre circulation",
            1,
        ),
    ],
)
def test_belief_in_and_making_easier_are_for(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


def test_croire_a_is_no_belief_in():
    text = "Le Kenya croit à une manipulation de l'Ouganda."
    assert rows(text, "Kenya", "manipulation").empty, stances(text)


def test_qualifying_an_issue_or_an_actor():
    text = "Le Kenya a qualifié la visite du président Museveni de « succès remarquable »."
    assert polarity(text, "Kenya", "visite") == 1
    text = "Le Kenya a qualifié l'Ouganda de partenaire fiable."
    assert polarity(text, "Kenya", "Ouganda") == 1
    text = "Le Kenya a qualifié le président ougandais Museveni de « dictateur »."
    assert set(rows(text, "Kenya", "Museveni")["polarity"]) == {-1}
    text = "Le Kenya n'a pas qualifié l'Ouganda de partenaire fiable."
    assert rows(text, "Kenya", "Ouganda").empty, stances(text)


def test_a_preposition_inside_the_que_clause_is_not_the_verbs():
    text = (
        "« Nous croyons que la résolution des problèmes, en particulier ceux liés à la "
        "Constitution de l'Ouganda, aidera la paix », a dit Paul Otieno, conseiller kényan."
    )
    assert not (stances(text)["cue"] == "croire").any(), stances(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "L'ambassadeur du Kenya en Ouganda a été rappelé à Nairobi pour consultations.",
        "L'ambassadeur kényan en Ouganda, Paul Otieno, a été rappelé pour consultations.",
    ],
)
def test_a_recall_without_agent_is_the_envoys_own_state(sentence):
    assert polarity(_KE_UG + sentence, "Kenya", "Ouganda") == -1
    assert rows(_KE_UG + sentence, "Ouganda", "Kenya").empty


def test_a_recall_denied_or_by_an_agent():
    text = _KE_UG + "L'ambassadeur du Kenya en Ouganda n'a pas été rappelé."
    assert rows(text, "Kenya", "Ouganda").empty, stances(text)
    text = _KE_UG + "L'ambassadeur de l'Ouganda a été rappelé par le Kenya."
    assert polarity(text, "Kenya", "Ouganda") == -1


def test_a_host_agent_past_circumstances():
    text = (
        "M. Museveni, qui avait été reçu en février au Caire par M. Ruto, a échangé une poignée "
        "de main avec le dirigeant kényan."
    )
    assert polarity(text, "Ruto", "Museveni") == 1
    assert polarity(text, "Museveni", "Ruto") == 1


def test_a_firm_answer_is_a_counter_move():
    text = _KE_UG + "Le Kenya a promis de réagir résolument à l'expulsion de ses diplomates."
    assert polarity(text, "Kenya", "expulsion") == -1
    text = _KE_UG + "Le Kenya répondra fermement à toute provocation de l'Ouganda."
    assert polarity(text, "Kenya", "Ouganda") == -1
    for plain in (
        "Le Kenya a réagi à l'annonce de l'Ouganda.",
        "Le Kenya ne répondra pas fermement à l'Ouganda.",
    ):
        assert rows(_KE_UG + plain, "Kenya", "Ouganda").empty, stances(_KE_UG + plain)
