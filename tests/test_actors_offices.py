"""The head of the executive and the longest head of a title (session 17, round 13).

"le chef de l'exécutif" (and its feminine and register variants) names a president or a head
of government alike: a definite description with it refers back to either, never to a
foreign minister; "président du gouvernement" is a head of government, not a "président".
Invented snippets only.
"""

from __future__ import annotations

from analysis.extract.actors.offices import executive_pair, office_family, other_office
from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _roles(tables: dict, name: str) -> list[str]:
    return [r for r in _row(tables, name)["roles"].split("; ") if r]


def test_the_longest_head_decides_the_office():
    assert office_family("président du gouvernement portugais") == "head_of_government"
    assert office_family("présidente du Conseil des ministres") == "head_of_government"
    assert office_family("président finlandais") == "head_of_state"
    assert office_family("chef de l'exécutif") is None
    assert office_family("ministre de la Santé") is None


def test_the_head_of_the_executive_is_either_head():
    assert executive_pair("Premier ministre", "chef de l'exécutif letton")
    assert executive_pair("présidente", "patronne de l'exécutif")
    assert not executive_pair("ministre des Affaires étrangères", "chef de l'exécutif")
    assert other_office(["ministre des Affaires étrangères letton"], "chef de l'exécutif letton")
    assert not other_office(["président letton"], "chef de l'exécutif letton")


def test_a_head_of_the_executive_takes_up_a_prime_minister_or_a_president():
    t = _analyse(
        "La Première ministre lettone Ilze Ozola est arrivée à Vilnius jeudi. La cheffe de "
        "l'exécutif letton a ensuite visité le port."
    )
    assert _roles(t, "Ilze Ozola") == ["Première ministre lettone", "cheffe de l'exécutif letton"]
    t = _analyse(
        "Le président péruvien Tomás Quispe a accueilli le ministre bolivien Ivo Mamani. Le "
        "patron de l'exécutif péruvien s'est félicité de la rencontre."
    )
    assert "patron de l'exécutif péruvien" in _roles(t, "Tomás Quispe")
    assert _roles(t, "Ivo Mamani") == ["ministre bolivien"]


def test_a_head_of_government_title_takes_up_the_prime_minister_not_the_president():
    t = _analyse(
        "Le président letton Aivars Berzins a reçu le Premier ministre portugais Rui Matos "
        "lundi. Le président du gouvernement portugais a salué un accord."
    )
    assert "président du gouvernement portugais" in _roles(t, "Rui Matos")
    assert _roles(t, "Aivars Berzins") == ["président letton"]


def test_a_foreign_minister_is_not_the_head_of_the_executive():
    t = _analyse(
        "Le ministre letton des Affaires étrangères, Juris Kalns, est arrivé lundi. Le chef de "
        "l'exécutif letton a salué un accord."
    )
    assert "chef de l'exécutif letton" not in _roles(t, "Juris Kalns")
