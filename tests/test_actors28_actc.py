"""Round 24 (session 28) rules of actors' identities, countries and roles, on invented
snippets from several regions.

* a person named by an initial and a surname ("K. Asante") after the full name ("Kwame
  Asante") is that person, not a second one that may take another country from the context.
"""

from __future__ import annotations

from tests.helpers import actors_with_roles as _actors


def test_an_initial_and_a_surname_is_the_person_named_in_full_before() -> None:
    got = _actors(
        "Le président ghanéen Kwame Asante s'est rendu au Togo. A Lomé, K. Asante s'est "
        "entretenu avec le Premier ministre. Les deux dirigeants togolais ont salué la visite."
    )
    assert [n for n in got if "Asante" in n] == ["Kwame Asante"], got
    assert got["Kwame Asante"][0] == "GH", got
    got = _actors(
        "Le Premier ministre Jean-Baptiste Nguema a reçu mardi le ministre gabonais. Selon "
        "J.-B. Nguema, la relation est solide."
    )
    assert [n for n in got if "Nguema" in n] == ["Jean-Baptiste Nguema"], got


def test_an_initial_shared_by_two_full_names_decides_nothing() -> None:
    got = _actors(
        "Le ministre Paul Mensah et son collègue Peter Mensah se sont rencontrés. P. Mensah "
        "a salué la rencontre."
    )
    assert {"Paul Mensah", "Peter Mensah"} <= set(got), got
