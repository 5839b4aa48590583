"""A noun glued to a name by the parse is its title only when it can describe that one
person: an audience or a plural noun before an inverted subject ("a déclaré aux élèves X")
is no role of X, while a plural title shared by a list keeps it (invented snippets)."""

from __future__ import annotations

import pytest

from tests.helpers import actors_with_roles


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        ("« Les digues tiendront », a promis à la foule Livia Orsenna.", "foule"),
        ("« Les digues tiendront », a assuré aux pêcheurs Livia Orsenna.", "pêcheurs"),
        (
            "« Les digues tiendront », a juré aux riverains Livia Orsenna, venue de Valdor.",
            "riverains",
        ),
    ],
)
def test_an_audience_before_an_inverted_subject_is_no_title(text: str, audience: str) -> None:
    got = actors_with_roles(text)
    assert not any(audience in role for role in got["Livia Orsenna"][1]), got


def test_a_plural_title_shared_by_a_list_stays() -> None:
    got = actors_with_roles("Les pêcheurs Livia Orsenna et Teo Marsk ont fondé une coopérative.")
    assert got["Livia Orsenna"][1] == ["pêcheurs"], got


def test_a_singular_noun_glued_to_a_name_stays_its_title() -> None:
    got = actors_with_roles("Le potier Teo Marsk a exposé ses vases à Valdor.")
    assert got["Teo Marsk"][1] == ["potier"], got
