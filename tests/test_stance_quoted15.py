"""Stances in a speaker's words, session 15: first-person feelings about what another actor
does ("« nous regrettons que Y … »", "« je suis déçu par Y »", "« heureux d'avoir rencontré Y
»"), deserts ("« Y mérite le respect / des sanctions »") and credit ("« grâce à la médiation
de Y »", "« merci à Y »"). Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "« Nous regrettons que le Japon ait pris cette décision », a déclaré le ministre "
            "coréen Kim Lee.",
            "Kim Lee",
            "Japon",
            -1,
        ),
        (
            "« Nous sommes déçus que le Mali ait choisi de quitter l'organisation », a dit le "
            "ministre nigérien Ali Sani.",
            "Ali Sani",
            "Mali",
            -1,
        ),
        (
            "« Nous nous réjouissons que la Chine ait accepté notre invitation », a dit le "
            "ministre brésilien Carlos Souza.",
            "Carlos Souza",
            "Chine",
            1,
        ),
        (
            "« Je suis très heureux que le président ivoirien Paul Koffi se soit rendu à Dakar "
            "», a déclaré le président sénégalais Macky Diop.",
            "Macky Diop",
            "Paul Koffi",
            1,
        ),
    ],
)
def test_a_feeling_about_what_an_actor_did_is_for_or_against_it(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "« Je suis très déçu par la Géorgie », a déclaré le ministre luxembourgeois Jean "
            "Weber.",
            "Jean Weber",
            "Géorgie",
            -1,
        ),
        (
            "« Je suis très heureuse d'avoir rencontré le président tunisien Kaïs Ben Ali », a "
            "déclaré la ministre italienne Laura Bianchi.",
            "Laura Bianchi",
            "Ben Ali",
            1,
        ),
    ],
)
def test_a_first_person_feeling_about_someone(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # a denied feeling
        (
            "« Nous ne regrettons pas que le Japon ait pris cette décision », a déclaré le "
            "ministre coréen Kim Lee.",
            "Kim Lee",
            "Japon",
        ),
        # the clause's subject undergoes: sympathy, not blame
        (
            "« Nous regrettons que le Mali ait subi de lourdes pertes », a déclaré le ministre "
            "nigérien Ali Sani.",
            "Ali Sani",
            "Mali",
        ),
        # a glad feeling about something not done
        (
            "« Nous sommes heureux que le Japon ne soit pas venu », a déclaré le ministre "
            "coréen Kim Lee.",
            "Kim Lee",
            "Japon",
        ),
        # someone else's feeling, reported by the speaker
        (
            "« Ils regrettent que le Japon ait pris cette décision », a déclaré le ministre "
            "coréen Kim Lee.",
            "Kim Lee",
            "Japon",
        ),
        # sorry not to have met: no stance on the one not met
        (
            "« Je suis déçue de ne pas avoir rencontré le président tunisien Kaïs Ben Ali », a "
            "déclaré la ministre italienne Laura Bianchi.",
            "Laura Bianchi",
            "Ben Ali",
        ),
    ],
)
def test_feelings_that_give_no_stance(text, holder, target):
    assert rows(text, holder, target).empty


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "« Le Sénégal mérite le respect », a déclaré le président sénégalais Macky Diop.",
            "Macky Diop",
            "Sénégal",
            1,
        ),
        (
            "« L'Ukraine mérite notre soutien total », a déclaré le ministre polonais Jan Nowak.",
            "Jan Nowak",
            "Ukraine",
            1,
        ),
        (
            "« La Russie mérite des sanctions sévères », a déclaré le ministre polonais Jan Nowak.",
            "Jan Nowak",
            "Russie",
            -1,
        ),
        (
            "« Le régime iranien mérite d'être sanctionné », a déclaré le ministre polonais Jan "
            "Nowak.",
            "Jan Nowak",
            "Iran",
            -1,
        ),
    ],
)
def test_what_an_actor_deserves(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # a denied punishment: a defence or a plea, not read
        (
            "« Le Kenya ne mérite pas d'être sanctionné », a déclaré le ministre somalien Ali "
            "Hassan.",
            "Ali Hassan",
            "Kenya",
        ),
        # the noun "mérite"
        (
            "« Le mérite du Japon est immense », a déclaré le ministre coréen Kim Lee.",
            "Kim Lee",
            "Japon",
        ),
        # a hypothesis
        (
            "« Si la Russie mérite des sanctions, nous agirons », a déclaré le ministre polonais "
            "Jan Nowak.",
            "Jan Nowak",
            "Russie",
        ),
    ],
)
def test_deserts_that_give_no_stance(text, holder, target):
    assert rows(text, holder, target).empty


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "« C'est grâce au président togolais Faure Lawson que nos soldats sont libres », a "
            "déclaré le ministre ivoirien Paul Koffi.",
            "Paul Koffi",
            "Faure Lawson",
        ),
        (
            "« Nos soldats sont rentrés grâce aux efforts inlassables de l'émir qatari Tamim "
            "Khalifa », a déclaré le ministre ivoirien Paul Koffi.",
            "Paul Koffi",
            "Tamim Khalifa",
        ),
        (
            "« Merci au président américain John Carter ! », a écrit le président ukrainien "
            "Petro Ivanenko.",
            "Petro Ivanenko",
            "John Carter",
        ),
    ],
)
def test_credit_and_thanks_are_for_the_one_credited(text, holder, target):
    assert polarity(text, holder, target) == 1


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # a doing that earns no credit
        (
            "« Les rebelles ont pris la ville grâce à la complicité du président rwandais Paul "
            "Kagabo », a déclaré le ministre congolais Paul Kabila.",
            "Paul Kabila",
            "Paul Kagabo",
        ),
        # denied credit
        (
            "« Ce n'est certainement pas grâce au président russe Ivan Petrov que la ville a "
            "tenu », a déclaré le ministre ukrainien Petro Ivanenko.",
            "Petro Ivanenko",
            "Ivan Petrov",
        ),
    ],
)
def test_credit_that_is_not_given(text, holder, target):
    assert all(p < 0 for p in rows(text, holder, target)["polarity"])


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "« Nous ne laisserons pas tomber l'Ukraine », a déclaré le ministre polonais Jan "
            "Nowak.",
            "Jan Nowak",
            "Ukraine",
            1,
        ),
        (
            "« Je ne tournerai jamais le dos au président ukrainien Petro Ivanenko », a déclaré "
            "le ministre polonais Jan Nowak.",
            "Jan Nowak",
            "Petro Ivanenko",
            1,
        ),
        (
            "« Le Japon nous a trahis », a déclaré le ministre coréen Kim Lee.",
            "Kim Lee",
            "Japon",
            -1,
        ),
        (
            "« Les États-Unis nous ont tourné le dos », a déclaré le ministre afghan Ali Karimi.",
            "Ali Karimi",
            "États-Unis",
            -1,
        ),
        (
            "« La Russie a trahi ses alliés », a déclaré le ministre polonais Jan Nowak.",
            "Jan Nowak",
            "Russie",
            -1,
        ),
    ],
)
def test_loyalty_promised_and_betrayal_blamed(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # a denied betrayal by another
        (
            "« Le Japon ne nous a pas trahis », a déclaré le ministre coréen Kim Lee.",
            "Kim Lee",
            "Japon",
        ),
        # an abandonment by the speaker's side, not denied
        (
            "« Nous abandonnons le Japon », a déclaré le ministre coréen Kim Lee.",
            "Kim Lee",
            "Japon",
        ),
    ],
)
def test_loyalty_words_that_give_no_stance(text, holder, target):
    assert rows(text, holder, target).empty


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "« Le Japon a franchi une ligne rouge », a déclaré le ministre coréen Kim Lee.",
            "Kim Lee",
            "Japon",
        ),
        (
            "« La Russie joue avec le feu », a déclaré le ministre polonais Jan Nowak.",
            "Jan Nowak",
            "Russie",
        ),
        (
            "« Le Japon jette de l'huile sur le feu », a déclaré le ministre coréen Kim Lee.",
            "Kim Lee",
            "Japon",
        ),
        (
            "« La Russie va trop loin », a déclaré le ministre polonais Jan Nowak.",
            "Jan Nowak",
            "Russie",
        ),
    ],
)
def test_idioms_of_going_too_far_blame_their_subject(text, holder, target):
    assert polarity(text, holder, target) == -1


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # a warning about what has not happened
        (
            "« Si la Russie franchit la ligne rouge, nous répondrons », a déclaré le ministre "
            "polonais Jan Nowak.",
            "Jan Nowak",
            "Russie",
        ),
        # denied
        (
            "« La Russie n'a pas franchi la ligne rouge », a déclaré le ministre polonais Jan "
            "Nowak.",
            "Jan Nowak",
            "Russie",
        ),
        # the speaker's own side
        (
            "« Nous sommes allés trop loin avec la Russie », a déclaré le ministre polonais Jan "
            "Nowak.",
            "Jan Nowak",
            "Russie",
        ),
    ],
)
def test_idioms_that_blame_no_one(text, holder, target):
    assert rows(text, holder, target).empty


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "Le Japon a déployé des navires près des îles. « C'est une provocation inacceptable "
            "», a déclaré le ministre coréen Kim Lee.",
            "Kim Lee",
            "Japon",
            -1,
        ),
        (
            "Le Japon a libéré les pêcheurs coréens. « C'est une très bonne nouvelle », a "
            "déclaré le ministre coréen Kim Lee.",
            "Kim Lee",
            "Japon",
            1,
        ),
        (
            "« Le Japon a envoyé des navires dans nos eaux, cela constitue une violation de "
            "notre souveraineté », a déclaré le ministre coréen Kim Lee.",
            "Kim Lee",
            "Japon",
            -1,
        ),
    ],
)
def test_a_verdict_on_this_judges_the_one_who_did_it(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # denied negative verdict
        (
            "Le Japon a déployé des navires près des îles. « Ce n'est pas une provocation », a "
            "déclaré le ministre chinois Wang Li.",
            "Wang Li",
            "Japon",
        ),
        # a conditional
        (
            "Le Japon a déployé des navires près des îles. « Ce serait une erreur », a déclaré "
            "le ministre coréen Kim Lee.",
            "Kim Lee",
            "Japon",
        ),
        # two candidates: which one is judged is not said
        (
            "Le Japon et la Chine ont déployé des navires près des îles. « C'est une "
            "provocation », a déclaré le ministre coréen Kim Lee.",
            "Kim Lee",
            "Japon",
        ),
        # mourning is no verdict
        (
            "Le président japonais Taro Sato est mort hier. « C'est une tragédie », a déclaré "
            "le ministre coréen Kim Lee.",
            "Kim Lee",
            "Sato",
        ),
    ],
)
def test_verdicts_on_this_that_judge_no_one(text, holder, target):
    assert rows(text, holder, target).empty


def test_a_speaker_quoted_just_before_is_not_what_this_judges():
    text = (
        "« Nous annexerons le Groenland », a déclaré le président américain John Carter. « Ce "
        "n'est pas sérieux ! », a réagi la ministre danoise Karen Holm."
    )
    assert rows(text, "Karen Holm", "John Carter").empty


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "« Le Rwanda n'a aucune leçon à nous donner », a déclaré le ministre congolais Paul "
            "Kabila.",
            "Paul Kabila",
            "Rwanda",
        ),
        (
            "La France a critiqué le Mali. « Nous n'avons pas de leçons à recevoir de la France "
            "», a déclaré le ministre malien Ali Traoré.",
            "Ali Traoré",
            "France",
        ),
        (
            "« La France n'a pas à s'immiscer dans nos affaires », a déclaré le ministre malien "
            "Ali Traoré.",
            "Ali Traoré",
            "France",
        ),
    ],
)
def test_rebuffs_are_against_the_one_rebuffed(text, holder, target):
    assert polarity(text, holder, target) == -1


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # the speaker's own side declines to give lessons: no one is rebuffed
        (
            "« Nous n'avons aucune leçon à donner au Mali », a déclaré le ministre français Paul "
            "Durand.",
            "Paul Durand",
            "Mali",
        ),
        # not denied
        (
            "« La France a des leçons à donner », a déclaré le ministre malien Ali Traoré.",
            "Ali Traoré",
            "France",
        ),
        # the speaker's own duty
        (
            "« Nous n'avons pas à nous justifier devant la France », a déclaré le ministre "
            "malien Ali Traoré.",
            "Ali Traoré",
            "France",
        ),
    ],
)
def test_denials_that_rebuff_no_one(text, holder, target):
    assert rows(text, holder, target).empty


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "Le ministre coréen Kim Lee a dit que le Japon doit présenter des excuses.",
            "Kim Lee",
            "Japon",
        ),
        (
            "« La Russie doit faire marche arrière », a dit le ministre polonais Jan Nowak.",
            "Jan Nowak",
            "Russie",
        ),
        # reported words: the imperfect is the sequence of tenses of "doit"
        (
            "Le ministre coréen Kim Lee a estimé que le Japon devait retirer ses navires.",
            "Kim Lee",
            "Japon",
        ),
    ],
)
def test_demands_of_redress_reported_or_quoted(text, holder, target):
    assert polarity(text, holder, target) == -1


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # an imperfect in the speaker's own words: a schedule, not a demand
        (
            "« Le Japon devait retirer ses navires à midi », a dit le ministre coréen Kim Lee.",
            "Kim Lee",
            "Japon",
        ),
        # a past fact, no obligation
        (
            "Le ministre coréen Kim Lee a rappelé que le Japon avait présenté des excuses en 1995.",
            "Kim Lee",
            "Japon",
        ),
        # negated
        (
            "Le ministre coréen Kim Lee a estimé que le Japon ne devait pas présenter d'excuses.",
            "Kim Lee",
            "Japon",
        ),
    ],
)
def test_redress_words_that_demand_nothing(text, holder, target):
    assert rows(text, holder, target).empty


def test_a_feeling_reported_in_a_que_clause_is_the_speakers():
    text = (
        "Le ministre coréen Kim Lee a déclaré qu'il regrettait que le Japon ait pris cette "
        "décision."
    )
    assert polarity(text, "Kim Lee", "Japon") == -1


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "« Nous sommes pleinement solidaires du Liban », a déclaré le ministre algérien Ali "
            "Benali.",
            "Ali Benali",
            "Liban",
            1,
        ),
        (
            "« Nous restons très attachés au président malien Assimi Koné », a déclaré le "
            "ministre algérien Ali Benali.",
            "Ali Benali",
            "Assimi Koné",
            1,
        ),
        (
            "« Nous sommes solidaires avec le Liban », a déclaré le ministre algérien Ali Benali.",
            "Ali Benali",
            "Liban",
            1,
        ),
    ],
)
def test_first_person_stance_adjectives(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


def test_a_feeling_in_a_place_is_no_stance_on_it():
    text = "« Je suis heureux à Genève », a déclaré le ministre algérien Ali Benali."
    assert rows(text, "Ali Benali", "Genève").empty


def test_this_resumes_the_nearest_subject_not_an_actor_named_before():
    text = (
        "Le ministre allemand Klaus Weber a reçu le président kényan Paul Mwangi. « L'Asie "
        "n'est pas seulement un marché, c'est un partenaire », a déclaré Klaus Weber."
    )
    hits = rows(text, "Klaus Weber", "Mwangi")
    assert not hits["cue"].str.contains("verdict").any(), hits
