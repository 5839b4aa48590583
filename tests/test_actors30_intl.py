"""Heads of international bodies named by title alone (session 30, round 26): a definite
title of a body of the knowledge base with no country ("le secrétaire général de l'OTAN",
"la directrice générale de l'AIEA") is one person, an actor of no country named by the title,
unless a named person holds it. Every snippet is invented."""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _names(tables: dict) -> list[str]:
    return list(tables["actors"]["name"])


def test_the_head_of_an_international_body_is_an_actor_of_no_country():
    t = _analyse("Le secrétaire général de l'OTAN a averti jeudi que la menace grandissait.")
    row = _row(t, "secrétaire général de l'OTAN")
    assert row["type"] == "person" and row["country"] is None
    t = _analyse("La directrice générale de l'AIEA est attendue lundi à Vienne.")
    assert _row(t, "directrice générale de l'AIEA")["type"] == "person"
    t = _analyse("Le président de la Commission de l'Union africaine a salué le cessez-le-feu.")
    assert _row(t, "président de la Commission de l'Union africaine")["country"] is None


def test_the_title_runs_to_the_end_of_the_body_name():
    t = _analyse("Selon le secrétaire général des Nations unies, les combats ont repris.")
    assert "secrétaire général des Nations unies" in _names(t)


def test_a_named_holder_takes_the_title():
    t = _analyse(
        "Le secrétaire général de l'OTAN, Lars Brekken, est arrivé à Riga. Le secrétaire "
        "général de l'OTAN a ensuite rencontré les ministres."
    )
    assert not any(n.startswith("secrétaire général") for n in _names(t))


def test_a_vague_or_indefinite_title_of_a_body_is_no_one():
    t = _analyse("Un directeur de l'OMS a visité l'hôpital de Goma mercredi.")
    assert not any(n.startswith("directeur") for n in _names(t))
    t = _analyse("Le représentant de l'ONU a quitté la salle mardi.")
    assert not any(n.startswith("représentant") for n in _names(t))


def test_a_body_the_knowledge_base_does_not_know_gives_no_office():
    t = _analyse("Devant la presse, la présidente du Conseil régional a dénoncé la France.")
    assert not any(n.startswith("présidente") and r is None for n, r in _pairs(t))


def _pairs(tables: dict) -> list[tuple[str, object]]:
    a = tables["actors"]
    return list(zip(a["name"], a["country"], strict=True))
