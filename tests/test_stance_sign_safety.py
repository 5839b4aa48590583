"""Sign safety of the act rules (issue 15, round 5): a denied act, a denied relation quality
or a question states no act, so it gives no stance row — never the opposite sign. A refusal
("X a refusé de signer") is the refusing side's alone. Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows, stances

_KE_UG = "Le Kenya et l'Ouganda se sont rencontrés lundi à Arusha. "


@pytest.mark.parametrize(
    "sentence",
    [
        # a denied rupture noun used to give +1 (its negation flipped -1)
        "Le Kenya n'a pas annoncé la suspension du traité conclu avec l'Ouganda.",
        "Le Kenya n'a jamais décidé la rupture des relations avec l'Ouganda.",
        # a denied rupture verb used to give +1
        "Le Kenya n'a pas rompu ses relations avec l'Ouganda.",
        # a denied diplomatic act used to give -1
        "Le Kenya n'a pas rappelé son ambassadeur en Ouganda.",
        "Le Kenya n'a pas expulsé l'ambassadeur de l'Ouganda.",
    ],
)
def test_a_denied_rupture_or_diplomatic_act_gives_no_row(sentence):
    text = _KE_UG + sentence
    assert rows(text, "Kenya", "Ouganda").empty, stances(text)


def test_the_affirmed_act_still_gives_its_row():
    text = _KE_UG + "Le Kenya a annoncé la suspension du traité conclu avec l'Ouganda."
    assert polarity(text, "Kenya", "Ouganda") == -1
    text = _KE_UG + "Le Kenya a rappelé son ambassadeur en Ouganda."
    assert polarity(text, "Kenya", "Ouganda") == -1


@pytest.mark.parametrize(
    "sentence",
    [
        "Il n'y a aucune tension entre le Kenya et l'Ouganda.",
        "Le Kenya n'a aucun différend avec l'Ouganda.",
        "Les relations entre le Kenya et l'Ouganda ne sont pas tendues.",
    ],
)
def test_a_denied_friction_or_relation_quality_gives_no_row(sentence):
    text = _KE_UG + sentence
    assert rows(text, "Kenya", "Ouganda").empty, stances(text)
    assert rows(text, "Ouganda", "Kenya").empty, stances(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le Kenya va-t-il rompre ses relations avec l'Ouganda ?",
        "Le Kenya rappellera-t-il son ambassadeur en Ouganda ?",
        "Faut-il craindre une crise entre le Kenya et l'Ouganda ?",
    ],
)
def test_a_question_states_no_act(sentence):
    text = _KE_UG + sentence
    assert rows(text, "Kenya", "Ouganda").empty, stances(text)


def test_a_plain_negation_of_a_signature_is_no_stance_but_a_refusal_is():
    text = _KE_UG + "Le Kenya n'a pas signé d'accord avec l'Ouganda."
    assert rows(text, "Kenya", "Ouganda").empty, stances(text)
    text = _KE_UG + "Le Kenya a refusé de signer un accord avec l'Ouganda."
    assert polarity(text, "Kenya", "Ouganda") == -1
    # the refusal is the subject's: the partner refused nothing
    assert rows(text, "Ouganda", "Kenya").empty, stances(text)


def test_having_no_relation_with_a_state_is_still_against_it():
    text = _KE_UG + "La Syldavie n'entretient aucune relation diplomatique avec l'Ouganda."
    assert polarity(text, "Syldavie", "Ouganda") == -1


@pytest.mark.parametrize(
    "sentence",
    [
        "Le Kenya accorde la plus haute priorité à ses relations spéciales avec l'Ouganda.",
        "Les relations entre le Kenya et l'Ouganda sont stratégiques.",
    ],
)
def test_special_or_strategic_relations_are_friendly(sentence):
    assert polarity(_KE_UG + sentence, "Kenya", "Ouganda") == 1
