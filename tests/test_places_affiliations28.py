"""An institution named in a person's title is where the person works, not a place of the
story; named where something happens it stays a venue (invented snippets)."""

from __future__ import annotations

import pytest

from analysis.document.article import parse_article
from analysis.pipeline import analyze


def _places(text: str) -> list[str]:
    return list(analyze(parse_article(text, publication="2024-03-12"))["places"]["name"])


@pytest.mark.parametrize(
    "text",
    [
        "« Le pari est risqué », estime Mia Koro, professeure de relations internationales à"
        " l'université Minsa, à l'agence Tema. Le ministre est arrivé à Lisbonne.",
        "Selon Mia Koro, chercheuse de l'université Minsa, la visite compte. Le ministre est"
        " arrivé à Lisbonne.",
    ],
)
def test_an_institution_in_a_persons_title_is_no_place(text: str) -> None:
    assert _places(text) == ["Lisbonne"]


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre est arrivé à Lisbonne. Il a pris la parole à l'université Minsa devant les"
        " étudiants.",
        "Le ministre est arrivé à Lisbonne. La visite de Paulo Reis à l'université Minsa a duré"
        " une heure.",
    ],
)
def test_an_institution_where_something_happens_is_a_venue(text: str) -> None:
    assert "université Minsa" in _places(text)
