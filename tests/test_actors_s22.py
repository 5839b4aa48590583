"""Actors, round 18 (session 22): the last portfolios of a minister's list read by the tagger as
one body ("de la Coopération et des Valdoriens à l'Extérieur") are part of the title; a
numbered part of a text ("Annexe II") and an honorific of address ("Excellence") are no
actors; a state closing a definite title ("l'ambassadeur du Portugal") states its country as an
adjective does, and an envoy holds no minister's title. Every snippet is invented."""

from __future__ import annotations

from tests.helpers import actors_only as _analyse


def _names(text: str) -> list[str]:
    return list(_analyse(text)["actors"]["name"])


def test_last_portfolios_of_a_list_are_no_body():
    names = _names(
        "Le 4 avril, Olek Varnasi, ministre des Affaires étrangères, de la Coopération et des "
        "Valdoriens à l’Extérieur, a reçu le chargé d’affaires du Portugal."
    )
    assert "Olek Varnasi" in names, names
    assert not any(n.startswith("Coopération") for n in names), names


def test_body_opening_on_a_portfolio_word_outside_a_list_is_kept():
    names = _names(
        "La Coopération suisse au développement a financé trois écoles, selon son directeur "
        "Paul Amsler."
    )
    assert any(n.startswith("Coopération") for n in names), names


def test_numbered_annex_is_no_actor():
    names = _names(
        "Le texte prévoit le départ des gendarmes du Mozambique de la presqu'île (Annexe I et "
        "Annexe II de l'accord) avant le transfert à la Tanzanie."
    )
    assert not any(n.startswith("Annexe") for n in names), names


def test_honorific_of_address_is_no_actor():
    names = _names(
        "Le président portugais a pris la parole à Luanda. « Excellence, M. Tomas Ribeira, "
        "je vous remercie pour cet accueil », a-t-il lancé."
    )
    assert "Excellence" not in names, names


# --- a definite title whose country is a "de" complement ------------------------------------


def _roles(text: str, name: str) -> str:
    t = _analyse(text)["actors"]
    return str(t.loc[t["name"] == name, "roles"].iloc[0])


def test_state_complement_links_a_definite_title_to_its_holder():
    roles = _roles(
        "Le Portugal a rappelé mercredi son représentant à Vienne. L’ambassadeur, Piet Marnok, "
        "rentrera samedi, a dit une source. Quant au ministre des Affaires étrangères, Olek "
        "Varnasi, il part ce soir pour Vienne. L’ambassadeur du Portugal avait été convoqué "
        "mardi à Vienne.",
        "Piet Marnok",
    )
    assert "ambassadeur du Portugal" in roles, roles


def test_an_envoy_does_not_hold_a_ministers_title_of_the_same_state():
    text = (
        "Rabat a convoqué lundi l’ambassadeur du Portugal, Rui Tavares Lobo. Vendredi, la "
        "ministre des Affaires étrangères du Portugal a affirmé que les relations ne seraient "
        "pas touchées."
    )
    roles = _roles(text, "Rui Tavares Lobo")
    assert "ambassadeur du Portugal" in roles, roles
    assert "ministre" not in roles, roles
