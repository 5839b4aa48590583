"""An adverb between the comma and an appointment participle keeps the role the name's
(session 17, round 13): "X, récemment nommé ambassadeur en Inde, …", "X, démocratiquement
élu président, …". The posting of an envoy named with no state is not his country.
Invented snippets only."""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _roles(tables: dict, name: str) -> list[str]:
    return [r for r in _row(tables, name)["roles"].split("; ") if r]


def test_an_adverb_of_time_before_the_participle():
    t = _analyse("Jean Dubreuil, récemment nommé ambassadeur en Inde, a remis ses lettres.")
    assert _roles(t, "Jean Dubreuil") == ["ambassadeur en Inde"]
    assert _row(t, "Jean Dubreuil")["country"] is None
    t = _analyse("Léa Morin, fraîchement désignée porte-parole du parti, a répondu mardi.")
    assert any(r.endswith("porte-parole du parti") for r in _roles(t, "Léa Morin"))


def test_an_adverb_of_manner_before_the_participle():
    t = _analyse("Hugo Blanc, largement réélu président, a prêté serment jeudi.")
    assert _roles(t, "Hugo Blanc") == ["président"]


def test_a_negation_before_the_participle_gives_no_role():
    t = _analyse("Hugo Blanc, jamais nommé ministre, a quitté le parti.")
    assert _roles(t, "Hugo Blanc") == []
