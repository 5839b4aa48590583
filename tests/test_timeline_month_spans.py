"""Spans of months written without a year (invented snippets; publication Wednesday 14 June
2023): "en juillet-août", "entre mars et mai", "de septembre à novembre" are placed like a
month alone, by the tense; a span across the new year ends the year after; two months that
are no span ("en mars et mai", "le rapport de mars et celui de mai") stay apart."""

from __future__ import annotations

from tests.test_timeline import row, run


def _span(text: str, expr: str) -> tuple[str, str, str]:
    r = row(text, expr)
    return r["date"], r["date_end"], r["precision"]


def test_spans_of_months_follow_the_tense():
    text = "L'envoyé a séjourné en juillet-août à Niamey."
    assert _span(text, "juillet-août") == ("2022-07", "2022-08", "month")
    text = "Les pourparlers ont eu lieu entre mars et mai à Genève."
    assert _span(text, "entre mars et mai") == ("2023-03", "2023-05", "month")
    text = "Les pourparlers reprendront de septembre à novembre à Genève."
    assert _span(text, "de septembre à novembre") == ("2023-09", "2023-11", "month")
    text = "La trêve a tenu de novembre à février."
    assert _span(text, "de novembre à février") == ("2022-11", "2023-02", "month")


def test_a_written_year_and_months_that_are_no_span():
    text = "Les pourparlers ont eu lieu entre mars et mai 2021 à Genève."
    assert _span(text, "entre mars et mai 2021") == ("2021-03", "2021-05", "month")
    table = run("Les pourparlers ont eu lieu en mars et mai.")
    assert not any(table["date_end"].astype(str).str.len() > 0)
    table = run("Il a cité le rapport de mars et celui de mai.")
    assert sorted(table["text"]) == ["de mai", "de mars"]


def test_hyphenated_spans_of_months_and_of_days():
    text = "L'envoyé a séjourné en mars-avril 2021 à Niamey."
    assert _span(text, "mars-avril 2021") == ("2021-03", "2021-04", "month")
    text = "La trêve a tenu en décembre-janvier 2021."
    assert _span(text, "décembre-janvier 2021") == ("2020-12", "2021-01", "month")
    text = "Le forum se tiendra les 3-5 mai à Abidjan."
    assert _span(text, "3-5 mai") == ("2024-05-03", "2024-05-05", "day")
    # a span of days needs its lead: "le numéro 12-15 mai" is no date here
    assert run("Le numéro 12-15 mai du journal.").empty
