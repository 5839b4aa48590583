"""Actors, round 23 (session 27): bodies named only as what a person's title or a text
belongs to make no actor row. A state's body right after an office holder's title ("le
porte-parole du ministère X", "le président du Conseil Y") says whom the person works for;
a body after one of its founding texts ("la Charte des Nations unies") is what the text
belongs to. Either stays an actor when another mention of it acts; an envoy's body and an
international body heading a title stay parties. Every snippet is invented."""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _names(tables: dict) -> list[str]:
    return list(tables["actors"]["name"])


def test_a_ministry_inside_a_spokespersons_title_is_no_row():
    t = _analyse(
        "Le porte-parole du ministère chilien des Affaires étrangères, Pavel Mirenko, a jugé "
        "mardi cette démarche regrettable pour Santiago."
    )
    assert not any("ministère" in n for n in _names(t))
    assert _row(t, "Pavel Mirenko")["country"] == "CL"
    t = _analyse(
        "Lima proteste. « Rien ne justifie ce geste », a tranché la porte-parole du ministère "
        "péruvien de la Culture, Anna Kolvic, devant la presse locale."
    )
    assert not any("ministère" in n for n in _names(t))
    assert "Anna Kolvic" in _names(t)


def test_a_state_body_inside_its_heads_title_is_no_row_unless_a_party():
    t = _analyse(
        "À sa descente d'avion, Ivo Kolvic fut accueilli par le président du Conseil "
        "présidentiel libyen, Abdel Mirenko, puis par trois ministres."
    )
    assert not any("Conseil" in n for n in _names(t))
    assert _row(t, "Abdel Mirenko")["country"] == "LY"
    # an envoy's body and an international body heading a title stay parties
    t = _analyse("Managua a sommé la représentante de l'Union européenne de partir sous 72 heures.")
    assert "Union européenne" in _names(t)
    t = _analyse(
        "Venue à Quito, la vice-présidente de la Commission européenne Anna Kolvic a promis une "
        "aide nouvelle."
    )
    assert "Commission européenne" in _names(t)
    # a ministry that acts elsewhere keeps its row
    t = _analyse(
        "Le ministère bolivien de la Justice a diffusé une note jeudi soir. Le "
        "porte-parole du ministère, Ivo Mirenko, a précisé son contenu."
    )
    assert "ministère bolivien de la Justice" in _names(t)


def test_a_body_after_its_founding_text_is_no_row():
    t = _analyse("Quito dénonce une atteinte grave envers la Charte des Nations unies par Lima.")
    assert "ONU" not in _names(t)
    t = _analyse(
        "Selon l'Acte constitutif de l'Union africaine, Valdoria ne peut pas siéger, a "
        "affirmé Ivo Mirenko."
    )
    assert "Union africaine" not in _names(t)
    t = _analyse("Quito a saisi les Nations unies puis invoque la Charte des Nations unies.")
    assert "ONU" in _names(t)
