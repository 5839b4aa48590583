"""Stances, round 17 (session 21): the author of accusations someone rejects or answers, an
official's visit and dispute taken up by the official's state, and "les deux ministres" read
as the two ministers rather than the last two persons. Invented snippets only."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows


@pytest.mark.parametrize(
    ("text", "author", "accused"),
    [
        # the accuser is the "de" complement of the rejected noun
        (
            "Vilnius réfute les allégations de l'ONU concernant l'entraînement de miliciens.",
            "ONU",
            "Lituanie",
        ),
        # an incise of time between the verb and its object
        (
            "Le président estonien Marc Dubois a rejeté, mardi, les accusations de son "
            "homologue letton Paul Arnaud.",
            "Paul Arnaud",
            "Marc Dubois",
        ),
        # an answer, and an author named by a "par" agent
        (
            "Plutôt que de répliquer aux reproches formulés par Riga, le diplomate estonien "
            "Marc Dubois a préféré parler d'autre chose.",
            "Lettonie",
            "Marc Dubois",
        ),
    ],
)
def test_the_author_of_rejected_accusations_is_against_the_accused(
    text: str, author: str, accused: str
) -> None:
    assert polarity(text, author, accused) == -1


def test_accusations_aimed_at_a_third_party_give_no_author_row() -> None:
    text = "Vilnius rejette les accusations de l'ONU contre la Finlande."
    assert rows(text, "ONU", "Lituanie").empty


def test_accusations_of_no_actor_give_nothing() -> None:
    text = "Le ministre estonien Marc Dubois a rejeté les accusations de corruption."
    assert rows(text, "Marc Dubois|Estonie", "Marc Dubois").empty


@pytest.mark.parametrize(
    ("text", "state", "other", "sign"),
    [
        # a visit by an official is the official's state's visit
        (
            "La Lettonie veut apaiser la mer Baltique. Le ministre letton des Affaires "
            "étrangères Paul Arnaud se rend samedi à Tallinn.",
            "Lettonie",
            "Estonie",
            1,
        ),
        # an official's side of a dispute is the state's side
        (
            "Le Premier ministre letton Paul Arnaud a voulu expliquer la position de Riga "
            "dans le différend frontalier avec l'Estonie.",
            "Lettonie",
            "Estonie",
            -1,
        ),
    ],
)
def test_officials_visit_and_dispute_are_their_states(
    text: str, state: str, other: str, sign: int
) -> None:
    assert polarity(text, state, other) == sign


def test_the_two_ministers_are_the_ministers_not_the_spokesman() -> None:
    text = (
        "Le ministre letton des Affaires étrangères Paul Arnaud a eu un entretien téléphonique "
        "avec le ministre estonien des Affaires étrangères Marc Dubois. Dans une déclaration, "
        "Jean Morel, porte-parole du ministère letton des Affaires étrangères, a indiqué que la "
        "discussion a été fructueuse. Les deux ministres se sont félicités de l'essor de la "
        "coopération portuaire."
    )
    assert polarity(text, "Paul Arnaud", "coopération") == 1
    assert polarity(text, "Marc Dubois", "coopération") == 1
    assert rows(text, "Jean Morel", "coopération").empty


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a gerund with a clitic object: the label is pinned on the person named before
        (
            "Le président letton Paul Arnaud a réagi à l'annonce de Marc Dubois, en le "
            "qualifiant de « dictateur ».",
            -1,
        ),
        # a participle the parser reads as a noun ("le traitant"): an insult whatever the word
        (
            "Le président letton Paul Arnaud s'est livré à une longue tirade contre le Premier "
            "ministre estonien Marc Dubois, le traitant de « poète de salon ».",
            -1,
        ),
        # a praising label
        (
            "Le président letton Paul Arnaud a reçu le Premier ministre estonien Marc Dubois, "
            "le qualifiant de « grand ami ».",
            1,
        ),
    ],
)
def test_a_label_pinned_by_a_clitic_is_on_the_person_named_before(text: str, sign: int) -> None:
    assert polarity(text, "Paul Arnaud", "Marc Dubois") == sign


def test_a_plural_clitic_pins_no_label_on_a_person() -> None:
    text = (
        "Le président letton Paul Arnaud a répondu à des déclarations de Marc Dubois, les "
        "qualifiant de « mensongères »."
    )
    assert rows(text, "Paul Arnaud", "Marc Dubois").empty


def test_a_detached_participle_causes_what_the_main_subject_did() -> None:
    # the resolver guessed the participle's subject among the names before it
    text = (
        "Au printemps, la Lettonie avait annoncé aux côtés de l'Estonie et la Finlande, la "
        "reconnaissance d'un État de Palestine, provoquant l'ire de la Russie."
    )
    assert polarity(text, "Russie", "Lettonie") == -1
    assert rows(text, "Russie", "Finlande").empty


def test_a_mission_opened_at_a_post_the_parser_hangs_on_the_verb() -> None:
    text = "La Lettonie inaugure son consulat dès lundi à Tallinn."
    assert polarity(text, "Lettonie", "Estonie") == 1


def test_breaking_off_contact_is_a_rupture() -> None:
    assert (
        polarity("La Lettonie a suspendu tout contact avec l'Estonie.", "Lettonie", "Estonie") == -1
    )


def test_a_clitic_label_after_a_completive_with_another_subject_guesses_no_holder() -> None:
    # the gerund hangs on "que celui-ci …": its clause's subject is not the main one's
    text = (
        "La vice-présidente lettonne Anna Berzina a répondu à Marc Dubois, estimant que "
        "celui-ci n'avait aucun mandat pour trancher la question, en le qualifiant de « tyran » "
        "une fois de plus."
    )
    assert rows(text, "Marc Dubois", "Berzina").empty


def test_an_officials_trip_to_a_town_is_no_stance_of_the_state() -> None:
    """The official's own visit row stays; the state takes up visits to parties only."""
    text = (
        "Le ministre letton des Affaires étrangères Paul Arnaud se rendra jeudi à Narva, où il "
        "rencontrera des entrepreneurs, avant de regagner Riga."
    )
    assert polarity(text, "Paul Arnaud", "Narva") == 1
    assert rows(text, "Lettonie", "Narva").empty
