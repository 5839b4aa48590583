"""A list of days of one month (invented snippets; publication Wednesday 14 June 2023): "les
3, 4 et 5 mai" runs from its first day to its last, like "les 22 et 23 mai"; numbers that
are no days stay numbers."""

from __future__ import annotations

from tests.test_timeline import row, run


def test_a_list_of_days_runs_from_the_first_to_the_last():
    r = row("Le ministre a été reçu les 3, 4 et 5 mai à Moscou.", "4 et 5 mai")
    assert (r["date"], r["date_end"], r["precision"]) == ("2023-05-03", "2023-05-05", "day")
    r = row("Les élections auront lieu les 12, 13 et 14 juillet.", "13 et 14 juillet")
    assert (r["date"], r["date_end"]) == ("2023-07-12", "2023-07-14")
    r = row("Les 7, 8 et 9 mars 2021, l'envoyé était à Niamey.", "8 et 9 mars 2021")
    assert (r["date"], r["date_end"]) == ("2021-03-07", "2021-03-09")


def test_numbers_that_are_no_days_stay_numbers():
    table = run("Il a cité les articles 3, 4 et 5 du traité signé le 2 mai.")
    assert list(table["text"]) == ["2 mai"]
    r = row("Le forum s'est tenu les 22 et 23 mai à Rabat.", "22 et 23 mai")
    assert (r["date"], r["date_end"]) == ("2023-05-22", "2023-05-23")
