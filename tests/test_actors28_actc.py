"""Round 24 (session 28) rules of actors' identities, countries and roles, on invented
snippets from several regions.

* a person named by an initial and a surname ("K. Asante") after the full name ("Kwame
  Asante") is that person, not a second one that may take another country from the context;
* a ministry's portfolio naming the people it serves abroad ("ministre ... et des Maliens de
  l'extérieur") states the title's country, as the ministry's own name;
* a continental adjective qualifying a portfolio ("de l'Intégration africaine") is a
  portfolio, not a supranational office: the title's holder still takes a country.
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


def test_a_portfolio_naming_a_people_abroad_states_the_country() -> None:
    got = _actors(
        "Le ministre des Affaires étrangères, de la Coopération et des Maliens établis à "
        "l'extérieur, Abdou Keita, a reçu l'ambassadeur du Japon."
    )
    assert got["Abdou Keita"][0] == "ML", got
    got = _actors(
        "La ministre de l'Intégration africaine et des Burkinabè de l'extérieur, Awa "
        "Ouédraogo, a reçu l'ambassadeur du Japon."
    )
    assert got["Awa Ouédraogo"][0] == "BF", got
    got = _actors(
        "Le ministère des Affaires étrangères et des Sénégalais de l'extérieur a annoncé "
        "mardi la fermeture de l'ambassade."
    )
    assert next(c for n, (c, _) in got.items() if n.startswith("ministère")) == "SN", got


def test_a_continental_portfolio_is_no_supranational_office() -> None:
    got = _actors(
        "La ministre de l'Intégration africaine, Awa Sy, a reçu mardi à Dakar l'ambassadeur "
        "du Japon. Le Sénégal a salué le geste."
    )
    assert got["Awa Sy"][0] == "SN", got
    got = _actors("L'envoyé africain pour la paix, Joao Lopes, a rencontré le président gabonais.")
    assert got["Joao Lopes"][0] is None, got
