"""An envoy's posting after a possessive completed with the state that sends them
(session 17, round 13). Invented snippets only."""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _roles(tables: dict, name: str) -> list[str]:
    return [r for r in _row(tables, name)["roles"].split("; ") if r]


def test_the_possessives_state_completes_the_posting_in_the_articles_form():
    t = _analyse(
        "Les Philippines ont rappelé leur consule générale à Lima, Ana Rojas. Le ministère "
        "des Philippines a confirmé la décision."
    )
    assert "consule générale des Philippines à Lima" in _roles(t, "Ana Rojas")


def test_the_states_adjective_when_the_article_has_no_de_form():
    t = _analyse("Le Chili a rappelé son ambassadeur à Lima, Jean Dubreuil, mardi.")
    assert _roles(t, "Jean Dubreuil") == ["ambassadeur à Lima", "ambassadeur chilien à Lima"]


def test_no_sender_without_a_possessive_or_when_the_posting_is_the_state():
    t = _analyse("Le Chili a convoqué l'ambassadeur à Lima, Jean Dubreuil, mardi.")
    assert _roles(t, "Jean Dubreuil") == ["ambassadeur à Lima"]
    t = _analyse("Santiago a rappelé son ambassadeur au Chili, Jean Dubreuil.")
    assert not any("chilien" in r for r in _roles(t, "Jean Dubreuil"))
