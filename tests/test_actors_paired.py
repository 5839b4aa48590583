"""Two coordinated titles before two coordinated names are shared out in order
(session 17, round 13). Invented snippets only."""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _roles(tables: dict, name: str) -> list[str]:
    return [r for r in _row(tables, name)["roles"].split("; ") if r]


def test_a_title_and_a_counterparts_title_go_to_the_two_names_in_order():
    t = _analyse(
        "Le président péruvien et son homologue bolivien, Tomás Quispe et Ivo Mamani, ont "
        "inauguré un pont jeudi."
    )
    assert _roles(t, "Tomás Quispe") == ["président péruvien"]
    assert _row(t, "Tomás Quispe")["country"] == "PE"
    assert "homologue bolivien" in _roles(t, "Ivo Mamani")
    assert _row(t, "Ivo Mamani")["country"] == "BO"


def test_two_portfolios_and_respectively_are_shared_out_too():
    t = _analyse(
        "La ministre de la Santé et le ministre des Finances, respectivement Léa Morin et "
        "Hugo Blanc, ont présenté le budget."
    )
    assert _roles(t, "Léa Morin") == ["ministre de la Santé"]
    assert _roles(t, "Hugo Blanc") == ["ministre des Finances"]


def test_no_pair_without_the_comma_or_with_a_third_name():
    t = _analyse(
        "Le président péruvien et son homologue bolivien ont reçu Léa Morin et Hugo Blanc jeudi."
    )
    assert "président péruvien" not in _roles(t, "Léa Morin")
    t = _analyse(
        "Le président péruvien et son homologue bolivien, Léa Morin, Hugo Blanc et Yves "
        "Caron, étaient présents."
    )
    assert "président péruvien" not in _roles(t, "Léa Morin")


def test_respectively_before_the_names_of_coordinated_nationality_adjectives():
    t = _analyse(
        "Les ministres des Affaires étrangères chilien et péruvien, respectivement Ana Rojas "
        "et Rui Matos, ont signé un traité."
    )
    assert _roles(t, "Ana Rojas") == ["ministre chilien des Affaires étrangères"]
    assert _row(t, "Ana Rojas")["country"] == "CL"
    assert _roles(t, "Rui Matos") == ["ministre péruvien des Affaires étrangères"]
    t = _analyse(
        "Les présidents letton et estonien, respectivement Juris Kalns et Ivo Tamm, ont parlé."
    )
    assert _row(t, "Juris Kalns")["country"] == "LV"
    t = _analyse("Les deux invités, respectivement Ana Rojas et Rui Matos, ont parlé longuement.")
    assert _roles(t, "Ana Rojas") == []


def test_a_plural_title_with_two_coordinated_states_is_shared_out():
    t = _analyse(
        "Les chefs de la diplomatie du Chili et de la Bolivie, Ana Rojas et Rui Matos, ont "
        "signé un traité."
    )
    assert _roles(t, "Ana Rojas") == ["chef de la diplomatie du Chili"]
    assert _row(t, "Ana Rojas")["country"] == "CL"
    assert _roles(t, "Rui Matos") == ["chef de la diplomatie de la Bolivie"]
    assert _row(t, "Rui Matos")["country"] == "BO"
    t = _analyse(
        "Les présidents du Chili et du Pérou, respectivement Ana Rojas et Rui Matos, ont parlé."
    )
    assert _roles(t, "Rui Matos") == ["président du Pérou"]
    assert _row(t, "Rui Matos")["country"] == "PE"


def test_no_share_when_the_names_are_objects_of_a_verb():
    t = _analyse(
        "Les ministres des Affaires étrangères du Chili et de la Bolivie ont reçu Ana Rojas et "
        "Rui Matos hier."
    )
    assert _roles(t, "Rui Matos") == []
