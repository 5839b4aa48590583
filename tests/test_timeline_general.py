"""Timeline on French syntax rather than phrasings (invented snippets; publication Wednesday
14 June 2023): "et" joins two years unless "entre" leads them, future forms the tagger
misreads, the tense of a copula, a range under way, and a bare "le 8 octobre" hung on a
noun."""

from __future__ import annotations

from tests.test_timeline import row, run


def test_two_years_joined_by_et_are_two_dates():
    table = run("Les conventions de 1961 et 1963 protègent les diplomates.")
    assert [(r.text, r.date, r.date_end) for r in table.itertuples()] == [
        ("1961", "1961", ""),
        ("1963", "1963", ""),
    ]
    r = row("Le conflit entre 1954 et 1962 a laissé des traces.", "entre 1954 et 1962")
    assert (r["date"], r["date_end"]) == ("1954", "1962")
    r = row("La guerre de 1954 à 1962 a laissé des traces.", "de 1954 à 1962")
    assert (r["date"], r["date_end"]) == ("1954", "1962")


def test_future_and_conditional_forms_point_forward():
    assert row("Il signera l'accord en juillet.", "juillet")["date"] == "2023-07"
    assert row("Nous signerons l'accord en juillet.", "juillet")["date"] == "2023-07"
    assert row("Il signerait l'accord en juillet.", "juillet")["date"] == "2023-07"
    # the imperfect of a verb in -rer is not a conditional
    assert row("Le ministre déclarait en juillet vouloir partir.", "juillet")["date"] == "2022-07"


def test_a_predicate_takes_the_tense_of_its_copula():
    table = run("Le ministre était à Rabat samedi et dimanche.")
    assert table["date"].tolist() == ["2023-06-10", "2023-06-11"]


def test_a_range_under_way_in_the_past_tense_is_this_year():
    r = row("Du 12 au 15 juin, la délégation a séjourné à Kigali.", "Du 12 au 15 juin")
    assert (r["date"], r["date_end"]) == ("2023-06-12", "2023-06-15")
    r = row("Du 20 au 22 juin, la délégation a séjourné à Kigali.", "Du 20 au 22 juin")
    assert r["date"] == "2022-06-20"  # begun after the day of writing: last year's


def test_a_bare_date_after_a_noun_dates_the_clause():
    r = row("Le mouvement est entré dans le conflit le 8 octobre.", "8 octobre")
    assert r["date"] == "2022-10-08"
    # "du 20 juin" completes the noun: the meeting's own date, the nearest one
    r = row("La réunion du 20 juin a été reportée.", "20 juin")
    assert r["date"] == "2023-06-20"


def test_last_or_next_after_a_period_moves_it():
    r = row("L'accord sera signé au début de l'année prochaine.", "début de l'année prochaine")
    assert (r["date"], r["precision"]) == ("2024-01", "approximate")
    r = row("Le traité a expiré à la fin du mois dernier.", "fin du mois dernier")
    assert r["date"] == "2023-05"
    assert row("L'accord sera signé d'ici la fin du mois.", "fin du mois")["date"] == "2023-06"


def test_years_later_count_from_the_year_just_given():
    text = "En 2015, l'accord a été signé. Trois ans plus tard, il a été dénoncé."
    assert row(text, "Trois ans plus tard")["date"] == "2018"
    # with no date before it, the count runs from the day of writing
    assert row("Trois ans plus tard, il a été dénoncé.", "Trois ans plus tard")["date"] == "2026"


def test_a_lone_day_takes_the_month_its_sentence_gives():
    r = row("Le président se rendra à Lomé le 20 juin, puis à Accra le 22.", "le 22")
    assert (r["date"], r["precision"]) == ("2023-06-22", "day")
    r = row("Le ministre s'est rendu à Rabat le 3 et le 4 juin.", "le 3")
    assert r["date"] == "2023-06-03"
    # no month in the sentence: a number, not a date
    assert run("Le score était de 3 à 1, le 3 étant contesté.").empty
