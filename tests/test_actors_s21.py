"""Actors, round 17 (session 21): a state after a compound preposition of partners, sources
or addressees ("aux côtés de", "au profit de", "de la part de", "à l'égard de") is a party
of the story, not a place ("côtés" is no coast there). Every snippet is invented."""

from __future__ import annotations

from tests.helpers import actors_only as _analyse


def _names(text: str) -> list[str]:
    return list(_analyse(text)["actors"]["name"])


# --- compound prepositions of a party -------------------------------------------------------


def test_state_beside_another_is_an_actor():
    names = _names(
        "Lundi, le Portugal a présenté aux côtés de la Finlande un plan pour les pêcheurs."
    )
    assert "Finlande" in names, names


def test_beneficiary_states_are_actors():
    names = _names(
        "Le marché des radars a été retiré au Brésil au profit des Pays-Bas et du Danemark."
    )
    assert "Pays-Bas" in names and "Danemark" in names, names


def test_source_and_addressee_states_are_actors():
    names = _names(
        "Rien n'est venu de la part du Chili, a regretté le ministre Tarik Voss, qui promet "
        "de la fermeté à l'égard de l'Uruguay."
    )
    assert "Chili" in names and "Uruguay" in names, names


def test_coast_of_a_state_stays_a_place():
    names = _names("Les pêcheurs de Tarik Voss travaillent le long des côtes du Sénégal.")
    assert "Sénégal" not in names, names
