"""Actors (session 30, spk): a public figure named by the surname alone carries the full name
of the knowledge base as an alias, so that the speaker of his words is the same identity as
the figure named in full elsewhere. Invented snippets, invented names."""

from __future__ import annotations

import pytest

from analysis.extract.actors import vocab
from analysis.resources.gazetteer import norm_key
from tests.helpers import run_steps

_KB = {norm_key(f): "Joseph Mbala Kanda" for f in ("Joseph Mbala Kanda", "Kanda", "Mbala Kanda")}


@pytest.fixture
def invented_kb(monkeypatch):
    monkeypatch.setattr(vocab, "known_people_names", lambda: _KB)


def _row(text: str, name: str) -> dict:
    actors = run_steps(text, publication="2024-03-01").tables["actors"]
    rows = actors[actors["name"] == name]
    assert len(rows), actors[["name", "aliases"]].to_dict("records")
    return rows.iloc[0].to_dict()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le président Kanda a déclaré : « Nous restons ouverts au dialogue ».", "Kanda"),
        ("« Nous restons ouverts au dialogue », a affirmé jeudi le président Kanda.", "Kanda"),
        ("Selon Mbala Kanda, la frontière « restera fermée ».", "Mbala Kanda"),
    ],
)
def test_a_surname_alone_carries_the_full_name(invented_kb, text, name):
    row = _row(text, name)
    assert "Joseph Mbala Kanda" in row["aliases"].split("; ")
    assert row["name"] == name  # the name as written is kept


def test_the_full_name_is_not_repeated(invented_kb):
    row = _row("Joseph Mbala Kanda a déclaré : « Nous restons ouverts ».", "Joseph Mbala Kanda")
    assert row["aliases"].split("; ").count("Joseph Mbala Kanda") == 1


def test_an_unknown_surname_gets_no_alias(invented_kb):
    row = _row("Le président Paul Ndolo a déclaré : « Nous restons ouverts ».", "Paul Ndolo")
    assert "Joseph Mbala Kanda" not in row["aliases"]


def test_only_a_person_takes_the_full_name(invented_kb):
    from analysis.extract.actors.kb_names import kb_aliases

    assert kb_aliases("person", "Kanda", ["Kanda"]) == ["Joseph Mbala Kanda"]
    assert kb_aliases("organisation", "Kanda", ["Kanda"]) == []
