"""A capital named by its country's adjective ("la capitale kényane") is that capital
(invented snippets)."""

from __future__ import annotations

from tests.test_places import run


def test_the_capital_named_by_a_nationality_adjective_is_the_town():
    table, mentions = run("Le président est arrivé dans la capitale mauritanienne.")
    assert table["name"].tolist() == ["Nouakchott"]
    assert mentions["text"].tolist() == ["capitale mauritanienne"]
    table, _ = run("Les deux chefs d'État se sont vus dans la capitale kényane, puis à Mombasa.")
    assert table["name"].tolist() == ["Nairobi", "Mombasa"]
    # with the name in apposition: one place
    table, _ = run("Le ministre est arrivé dans la capitale saoudienne, Riyad, mardi.")
    assert table["name"].tolist() == ["Riyad"] and table["mentions"].tolist() == [2]


def test_two_capitals_or_a_qualified_capital_are_not_read():
    for text in (
        "La capitale sud-africaine a accueilli le sommet.",
        "Le sommet s'est tenu dans la capitale économique ivoirienne.",
        "Il a visité la capitale du pays.",
    ):
        table, _ = run(text)
        assert table.empty, text
