"""Sign guards of session 18 (analysis/extract/stance/sign_guards.py): the manner of a
reception, a locution's own noun as target, refusing to comment, apologising, a harm's
victim named by a participle, an ambiguous "l'agression de Y", a good a harm verb threatens.
Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows, stances

_KE_UG = "Le Kenya et l'Ouganda se sont rencontrés lundi à Arusha. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Le Kenya a accueilli avec scepticisme le plan de l'Ouganda.",
        "Le Kenya a accueilli froidement la proposition de l'Ouganda.",
        "Le Kenya a accueilli l'initiative de l'Ouganda avec une certaine méfiance.",
    ],
)
def test_a_hostile_reception_is_against(sentence):
    assert polarity(_KE_UG + sentence, "Kenya", "Ouganda") == -1


@pytest.mark.parametrize(
    "sentence",
    [
        "Le Kenya a accueilli sans enthousiasme l'initiative de l'Ouganda.",
        "Le Kenya a reçu avec réserve l'offre de l'Ouganda.",
    ],
)
def test_a_guarded_reception_gives_no_sign(sentence):
    text = _KE_UG + sentence
    assert rows(text, "Kenya", "Ouganda").empty, stances(text)
    assert rows(text, "Ouganda", "Kenya").empty, stances(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le Kenya a accueilli avec joie la proposition de l'Ouganda.",
        "Le Kenya a accueilli chaleureusement le projet de l'Ouganda.",
    ],
)
def test_a_warm_reception_stays_for(sentence):
    assert polarity(_KE_UG + sentence, "Kenya", "Ouganda") == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Le Kenya a pointé du doigt l'Ouganda.",
        "Le Kenya a montré du doigt la responsabilité de l'Ouganda.",
    ],
)
def test_finger_pointing_targets_what_follows(sentence):
    text = _KE_UG + sentence
    assert polarity(text, "Kenya", "Ouganda") == -1
    assert rows(text, "Kenya", "doigt").empty, stances(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le Kenya a refusé de commenter la décision de l'Ouganda.",
        "Le Kenya a refusé de « donner son avis » sur l'Ouganda.",
        "Le ministre kényan s'est refusé à tout commentaire sur le choix de l'Ouganda.",
    ],
)
def test_refusing_to_comment_states_no_stance(sentence):
    text = _KE_UG + sentence
    st = stances(text)
    assert not len(st[(st["sentence_id"] == 1) & (st["polarity"] != 0)]), st


def test_refusing_an_act_keeps_its_row():
    text = _KE_UG + "Le Kenya a refusé de signer l'accord avec l'Ouganda."
    assert polarity(text, "Kenya", "Ouganda") == -1


def test_apologising_is_no_demand_but_demanding_an_apology_is():
    text = _KE_UG + "Le Kenya a demandé pardon à l'Ouganda."
    assert rows(text, "Kenya", "Ouganda").empty, stances(text)
    assert rows(text, "Kenya", "pardon").empty, stances(text)
    text = _KE_UG + "Le Kenya a exigé des excuses de l'Ouganda."
    assert polarity(text, "Kenya", "Ouganda") == -1


def test_a_harm_suffered_by_y_condemned_is_for_y():
    text = _KE_UG + "Le Kenya a condamné l'agression subie par l'Ouganda."
    assert polarity(text, "Kenya", "Ouganda") == 1
    assert (rows(text, "Kenya", "agression")["target_text"].str.contains("par") == False).all()  # noqa: E712


def test_an_ambiguous_aggression_of_y_gives_no_row_on_y():
    text = _KE_UG + "Le Kenya a dénoncé l'agression de l'Ouganda."
    assert rows(text, "Kenya", "Ouganda").empty, stances(text)
    # an author named by "contre" still reads: against the author, for the victim
    text = _KE_UG + "Le Kenya a dénoncé l'agression de l'Ouganda contre le Rwanda."
    assert polarity(text, "Kenya", "Ouganda") == -1
    assert polarity(text, "Kenya", "Rwanda") == 1
    # the invasion of Y stays the victim's
    text = _KE_UG + "Le Kenya a dénoncé l'invasion de l'Ouganda."
    assert polarity(text, "Kenya", "Ouganda") == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Le ministre kényan a averti que ce litige pourrait compromettre « la prospérité de "
        "nos deux pays ».",
        "Le ministre kényan a jugé que la crise risquait de mettre en péril « la prospérité "
        "commune ».",
    ],
)
def test_a_threatened_good_in_words_gets_no_plus(sentence):
    st = stances(_KE_UG + sentence)
    plus = st[(st["sentence_id"] == 1) & (st["polarity"] > 0)]
    assert plus.empty, st


def test_a_good_praised_in_words_keeps_its_plus():
    st = stances(_KE_UG + "Le ministre kényan a salué « la concorde régionale » retrouvée.")
    assert (st[st["sentence_id"] == 1]["polarity"] > 0).any(), st


@pytest.mark.parametrize(
    "sentence",
    [
        "Le ministre kényan a déclaré : « Nous ne voyons pas cela comme une ingérence de "
        "l'Ouganda. »",
        "« Il ne s'agit nullement d'une agression de l'Ouganda », a dit le ministre kényan.",
        "Le ministre kényan a déclaré : « Cette manœuvre ne constitue en aucun cas une menace "
        "de l'Ouganda. »",
    ],
)
def test_a_denied_judgement_in_words_is_no_blame(sentence):
    text = _KE_UG + sentence
    assert not (rows(text, "ministre", "Ouganda")["polarity"] < 0).any(), stances(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le ministre kényan a déclaré : « Je considère cette visite comme une provocation de "
        "l'Ouganda. »",
        "Le ministre kényan a déclaré : « Je ne considère pas seulement ce geste comme une "
        "provocation, mais comme une agression de l'Ouganda. »",
    ],
)
def test_an_affirmed_or_restricted_judgement_still_blames(sentence):
    assert polarity(_KE_UG + sentence, "ministre", "Ouganda") == -1


@pytest.mark.parametrize(
    "sentence",
    [
        "Le ministre kényan a dénoncé des « propos inamicaux et méprisants à l'endroit de "
        "l'Ouganda ».",
        "« Cette campagne haineuse envers l'Ouganda est inacceptable », a dit le ministre kényan.",
    ],
)
def test_a_blamed_thing_aimed_at_y_does_not_blame_y(sentence):
    text = _KE_UG + sentence
    assert not (rows(text, "ministre", "Ouganda")["polarity"] < 0).any(), stances(text)


def test_a_blamed_thing_of_y_still_blames_y():
    text = _KE_UG + "« L'attitude de l'Ouganda est inacceptable », a dit le ministre kényan."
    assert polarity(text, "ministre", "Ouganda") == -1


@pytest.mark.parametrize(
    "sentence",
    [
        "« La paix ne se fera pas sans l'Ouganda », a dit le ministre kényan.",
        "« La stabilité du continent ne sera jamais assurée sans l'Ouganda », a dit le ministre "
        "kényan.",
        "« La paix se fera sans l'Ouganda », a dit le ministre kényan.",
    ],
)
def test_a_clause_verdict_says_nothing_of_an_actor_after_sans(sentence):
    text = _KE_UG + sentence
    assert rows(text, "ministre", "Ouganda").empty, stances(text)


def test_a_clause_verdict_on_an_actor_named_otherwise_stays():
    text = _KE_UG + "« Le blocus imposé par l'Ouganda est scandaleux », a dit le ministre kényan."
    assert polarity(text, "ministre", "Ouganda") == -1


@pytest.mark.parametrize(
    "sentence",
    [
        "Le ministre kényan a déclaré : « Je ne perçois pas ce geste comme une « menace ». »",
        "Le ministre kényan a déclaré : « Nous ne considérons pas cette décision comme une "
        "ingérence. »",
    ],
)
def test_a_denied_judgement_names_no_blamed_word(sentence):
    st = stances(_KE_UG + sentence)
    assert not (st[st["sentence_id"] == 1]["polarity"] < 0).any(), st
