"""Timeline, round 16 (invented snippets; publication Wednesday 14 June 2023): a range of
counts ("d'ici 18 à 24 mois"), a weekday set off from its day by a comma ("vendredi
dernier, 9 juin"), the relative year written after a day or a month ("en janvier de
l'année dernière"), and the weekdays inside a range of days ("du lundi 3 au mercredi 5
juillet")."""

from __future__ import annotations

from tests.test_timeline import row, run


def test_a_range_of_counts_is_the_span_between_them():
    r = row("La junte de Pelvar a promis des élections d'ici 18 à 24 mois.", "d'ici 18 à 24 mois")
    assert (r["date"], r["date_end"], r["precision"]) == ("2024-12", "2025-06", "approximate")
    r = row("Le scrutin aura lieu dans deux ou trois ans, dit Orlan Vesk.", "deux ou trois ans")
    assert (r["date"], r["date_end"]) == ("2025", "2026")
    r = row("Orlan Vesk est rentré à Pelvar il y a deux à trois semaines.", "deux à trois")
    assert (r["date"], r["date_end"]) == ("2023-05-24", "2023-05-31")


def test_a_single_count_is_unchanged():
    r = row("La junte de Pelvar a promis des élections d'ici deux mois.", "d'ici deux mois")
    assert (r["date"], r["date_end"]) == ("2023-06-14", "2023-08-14")
    assert row("Orlan Vesk est rentré il y a deux ans.", "il y a deux ans")["date"] == "2021"


def test_a_weekday_set_off_by_a_comma_is_the_day_written_after_it():
    text = "Orlan Vesk séjourne à Pelvar depuis vendredi dernier, 9 juin, selon son cabinet."
    table = run(text)
    assert [(r.text, r.date) for r in table.itertuples()] == [
        ("vendredi dernier, 9 juin", "2023-06-09")
    ]
    r = row("Orlan Vesk sera reçu mardi prochain, le 20 juin, à Pelvar.", "mardi prochain")
    assert (r["text"], r["date"]) == ("mardi prochain, le 20 juin", "2023-06-20")
    r = row("Orlan Vesk a été reçu lundi, 5 juin 2023, à Pelvar.", "lundi")
    assert (r["text"], r["date"], r["kind"]) == ("lundi, 5 juin 2023", "2023-06-05", "absolute")


def test_a_number_after_a_weekday_and_a_comma_is_no_day():
    table = run("Mardi, 15 pays ont voté contre le texte d'Orlan Vesk.")
    assert [(r.text, r.date) for r in table.itertuples()] == [("Mardi", "2023-06-13")]


def test_the_relative_year_after_a_month_or_a_day_is_its_year():
    r = row("Orlan Vesk a été reçu à Pelvar en janvier de l'année dernière.", "janvier")
    assert (r["text"], r["date"], r["precision"]) == (
        "en janvier de l'année dernière",
        "2022-01",
        "month",
    )
    r = row("Orlan Vesk a été reçu à Pelvar le 3 mars de l'an dernier.", "3 mars")
    assert (r["date"], r["precision"]) == ("2022-03-03", "day")
    r = row("Orlan Vesk sera reçu à Pelvar en mai de l'année prochaine.", "mai")
    assert r["date"] == "2024-05"
    assert len(run("Orlan Vesk a été reçu en janvier de cette année.")) == 1


def test_a_relative_year_not_joined_by_de_stays_apart():
    table = run("Orlan Vesk a été reçu à Pelvar le 3 mars, l'année dernière à Kesso.")
    assert [(r.text, r.date) for r in table.itertuples()] == [
        ("3 mars", "2023-03-03"),
        ("l'année dernière", "2022"),
    ]


def test_the_days_of_a_range_may_carry_their_weekdays():
    r = row("Le sommet de Borvan aura lieu du lundi 3 au mercredi 5 juillet.", "lundi 3")
    assert (r["text"], r["date"], r["date_end"]) == (
        "du lundi 3 au mercredi 5 juillet",
        "2023-07-03",
        "2023-07-05",
    )
    text = "Le sommet de Borvan se tient entre le vendredi 30 juin et le dimanche 2 juillet."
    r = row(text, "vendredi 30 juin")
    assert (r["date"], r["date_end"]) == ("2023-06-30", "2023-07-02")
