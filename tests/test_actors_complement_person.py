"""A title whose "de" complement names a person (session 19, round 15).

"la porte-parole de X, Y", "le conseiller du président X, Y", "l'émissaire de X pour le
Sahel, Y": the person named inside the title is its complement; the name closed off by the
comma holds the title. A person named right after the role noun ("le ministre X, M. Y")
still holds it himself. Invented snippets only.
"""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _roles(tables: dict, name: str) -> list[str]:
    return [r for r in _row(tables, name)["roles"].split("; ") if r]


def test_the_name_after_the_comma_holds_the_title():
    t = _analyse("La porte-parole de Tomás Valdivieso, Inès Morales, a démenti la rumeur.")
    assert _roles(t, "Inès Morales") == ["porte-parole de Tomás Valdivieso"]
    t = _analyse("L'émissaire de Karl Dorn pour le Sahel, Tomás Valdivieso, est arrivé à Niamey.")
    assert _roles(t, "Tomás Valdivieso") == ["émissaire de Karl Dorn pour le Sahel"]


def test_a_complement_with_its_own_title():
    t = _analyse("Le conseiller du président Karl Dorn, Tomás Valdivieso, est arrivé à Niamey.")
    assert _roles(t, "Tomás Valdivieso") == ["conseiller du président Karl Dorn"]
    assert _roles(t, "Karl Dorn") == ["président"]


def test_a_person_right_after_the_role_noun_keeps_it():
    t = _analyse("Il a été reçu par le ministre Tomás Valdivieso, M. Karl Dorn étant absent.")
    assert _roles(t, "Tomás Valdivieso") == ["ministre"]
    assert _roles(t, "Karl Dorn") == []
