"""Diplomatic acts of reduced relations (CAMEO 16: expel, summon, recall, close a border), in
the forms real press writes them (issue 15, round 5): passives with circumstances, staff of a
mission, "persona non grata", the closing of a border, and an office holder's act binding
their state; and receiving a thing is no hosting. Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows, stances

_KE_UG = "Le Kenya et l'Ouganda se sont rencontrés lundi à Arusha. "


@pytest.mark.parametrize(
    "sentence",
    [
        "L'ambassadeur ougandais a été convoqué jusqu'à trois fois par le gouvernement kényan.",
        "Selon la radio, l'ambassadeur ougandais a été convoqué mardi soir par le Kenya.",
    ],
)
def test_a_summoned_diplomat_with_circumstances_before_the_agent(sentence):
    assert polarity(_KE_UG + sentence, "Kenya", "Ouganda") == -1


@pytest.mark.parametrize(
    "sentence",
    [
        "Nairobi a annoncé l'expulsion de trois membres de l'ambassade ougandaise.",
        "Le Kenya a expulsé deux agents du consulat de l'Ouganda.",
        "Le Kenya a expulsé trois diplomates ougandais, les déclarant persona non grata.",
    ],
)
def test_expelled_staff_of_a_mission_are_its_states(sentence):
    assert polarity(_KE_UG + sentence, "Kenya", "Ouganda") == -1


def test_persona_non_grata_before_or_after_the_diplomat():
    text = _KE_UG + "Le gouvernement kényan a déclaré persona non grata l'ambassadrice ougandaise."
    assert polarity(text, "Kenya", "Ouganda") == -1
    text = _KE_UG + "Nairobi a déclaré l'ambassadeur de l'Ouganda persona non grata."
    assert polarity(text, "Kenya", "Ouganda") == -1
    text = _KE_UG + "Nairobi n'a pas déclaré l'ambassadeur de l'Ouganda persona non grata."
    assert rows(text, "Kenya", "Ouganda").empty, stances(text)


def test_closing_the_border_with_a_state_and_the_office_holder_binds_the_state():
    text = (
        _KE_UG + "Le Premier ministre kényan, William Otieno, a justifié la fermeture de la "
        "frontière avec l'Ouganda par des raisons de sécurité."
    )
    assert polarity(text, "William Otieno", "Ouganda") == -1
    assert polarity(text, "Kenya", "Ouganda") == -1
    # the partner is the state, not the circumstances after it
    got = rows(text, "William Otieno", "Ouganda")
    assert not got["target_text"].str.contains("sécurité").any(), got


def test_the_partner_of_a_broken_treaty_keeps_its_de_complement():
    text = (
        _KE_UG + "Le Kenya a décidé la suspension immédiate du traité qu'il a conclu en 2002 "
        "avec le Royaume d'Ouganda."
    )
    assert polarity(text, "Kenya", "Ouganda") == -1


def test_receiving_a_thing_is_no_hosting_but_receiving_a_visit_is():
    text = _KE_UG + "Cinq diplomates ougandais ont reçu un avis d'expulsion du Kenya."
    assert not (stances(text)["polarity"] > 0).any(), stances(text)
    text = _KE_UG + "William Otieno a reçu une lettre de Paul Okello."
    assert rows(text, "William Otieno", "Okello").empty, stances(text)
    text = (
        _KE_UG + "William Otieno a reçu la visite du ministre ougandais des Affaires "
        "étrangères, Paul Okello, mercredi à Nairobi."
    )
    assert polarity(text, "William Otieno", "Okello") == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "William Otieno a reçu en audience ce vendredi le ministre ougandais des Affaires "
        "étrangères, Paul Okello.",
        "William Otieno a reçu lundi matin à Nairobi le président ougandais Paul Okello.",
    ],
)
def test_a_host_receives_the_guest_after_a_date_or_a_circumstance(sentence):
    assert polarity(_KE_UG + sentence, "William Otieno", "Okello") == 1


def test_demanding_the_departure_of_a_states_forces_is_against_that_state():
    text = _KE_UG + "Le Kenya a demandé le départ des troupes ougandaises."
    assert polarity(text, "Kenya", "Ouganda") == -1
    text = _KE_UG + "Le Kenya a exigé la fin des frappes ougandaises contre ses villages."
    assert polarity(text, "Kenya", "Ouganda") == -1
    # a denied demand demands nothing: no row at all (it used to keep both)
    text = _KE_UG + "Le Kenya ne demande pas le départ des troupes ougandaises."
    assert rows(text, "Kenya", "Ouganda").empty, stances(text)
    assert rows(text, "Kenya", "troupes").empty, stances(text)
