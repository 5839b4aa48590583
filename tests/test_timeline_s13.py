"""Timeline, session 13: spans of decades, abbreviated months that a punctuation mark ends
(datelines), weekdays of the news clause (invented snippets; publication Wednesday 14 June
2023)."""

from __future__ import annotations

from tests.test_timeline import row, run


def test_a_span_of_decades_runs_from_the_first_to_the_end_of_the_last():
    r = row("Des enlèvements ont eu lieu dans les années 1970-80 sur la côte.", "années 1970-80")
    assert (r["date"], r["date_end"], r["precision"]) == ("1970", "1989", "approximate")
    r = row("Le pays s'est endetté dans les années 1980 et 1990.", "années 1980 et 1990")
    assert (r["date"], r["date_end"]) == ("1980", "1999")
    r = row("La guerre froide a marqué les années 60 à 80, disait-il.", "années 60 à 80")
    assert (r["date"], r["date_end"]) == ("1960", "1989")
    r = row("Une crise courut des années 1990 aux années 2010.", "années 1990 aux années 2010")
    assert (r["date"], r["date_end"]) == ("1990", "2019")
    # one decade alone keeps its reading
    r = row("Les accords datent des années 1960.", "années 1960")
    assert (r["date"], r["date_end"], r["precision"]) == ("1960", "1969", "year")


def test_an_abbreviated_month_ended_by_a_bracket_or_a_comma_is_a_date():
    r = row("Caracas, 13 sept (Prensa) Les autorités ont remercié leur allié.", "13 sept")
    assert (r["date"], r["precision"]) == ("2022-09-13", "day")
    r = row("Dakar, 2 févr - Le ministre a reçu son homologue.", "2 févr")
    assert (r["date"], r["precision"]) == ("2023-02-02", "day")
    r = row("Le traité sera signé le 3 déc, à Lomé, selon la présidence.", "3 déc")
    assert r["date"] == "2023-12-03"


def test_an_abbreviated_month_before_a_word_stays_a_number():
    table = run("Les 3 sept accords ont été signés par les deux pays.")
    assert not any("sept" in t for t in table["text"])


def test_a_weekday_of_the_reporting_clause_is_not_read_against_a_quoted_date():
    text = "« L'accord signé le 12 juin à Lomé est nul », a déclaré mardi le porte-parole."
    assert row(text, "mardi")["date"] == "2023-06-13"
    text = "Le ministre a affirmé lundi que “la rencontre du 8 juin avait échoué”."
    assert row(text, "lundi")["date"] == "2023-06-12"
    # a whole quotation between them leaves the date and the weekday on the same side
    text = "Le 8 juin, il a dit « non » et il est reparti vendredi vers sa capitale."
    assert row(text, "vendredi")["date"] == "2023-06-09"


def test_periods_ahead_or_behind_written_after_their_unit():
    # "à venir", "qui viennent" read like "prochains"; "écoulés", "passés" like "derniers"
    assert row("Les mois à venir seront difficiles.", "mois à venir")["date_end"] == "2023-09"
    r = row("Dans les jours qui viennent, une délégation arrivera.", "jours qui viennent")
    assert (r["date"], r["precision"]) == ("2023-06", "approximate")
    r = row("Au cours des douze mois écoulés, le commerce a doublé.", "douze mois écoulés")
    assert (r["date"], r["date_end"]) == ("2022-06", "2023-06")
    r = row("Les semaines passées ont vu trois rencontres.", "semaines passées")
    assert (r["date"], r["date_end"]) == ("2023-05", "2023-06")


def test_time_spent_doing_is_no_period_behind():
    table = run("Après des mois passés à négocier, les deux pays ont signé un accord.")
    assert not any("passés" in t for t in table["text"])


def test_a_day_of_the_current_month():
    assert row("Le ministre était à Tunis le 3 courant.", "3 courant")["date"] == "2023-06-03"
    r = row("Il reviendra le 20 du mois en cours à Lomé.", "20 du mois en cours")
    assert (r["date"], r["precision"]) == ("2023-06-20", "day")


def test_a_share_of_the_year_without_its_year_is_of_the_year_of_writing():
    r = row("Au premier trimestre, les échanges ont chuté.", "premier trimestre")
    assert (r["date"], r["date_end"], r["precision"]) == ("2023-01", "2023-03", "month")
    r = row("Le sommet aura lieu au cours du second semestre.", "second semestre")
    assert (r["date"], r["date_end"]) == ("2023-07", "2023-12")
    # with its year, the year written
    assert row("Au second semestre de 2022, rien.", "second semestre")["date"] == "2022-07"


def test_a_part_of_the_month_named_with_le_mois_de_is_one_expression():
    r = row("À la fin du mois de mai, les deux pays ont signé.", "fin du mois de mai")
    assert (r["date"], r["precision"]) == ("2023-05", "approximate")
    r = row("Au début du mois d'août, il reviendra à Dakar.", "début du mois d'août")
    assert r["date"] == "2023-08"
    r = row("Au milieu du mois de mars 2022, ils ont rompu.", "milieu du mois de mars 2022")
    assert r["date"] == "2022-03"


def test_the_day_after_an_undated_moment_dates_its_clause():
    # "au lendemain de X": X is undated, the clause happens at the reference date
    r = row(
        "Le texte, diffusé au lendemain de la prise de la ville, dénonce une agression.",
        "au lendemain",
    )
    assert (r["date"], r["precision"]) == ("2023-06-14", "day")
    r = row("Au surlendemain des élections, le parti a contesté les résultats.", "Au surlendemain")
    assert r["date"] == "2023-06-14"
    # the sentence's own day is the clause's: "le 3 mars, au lendemain du vote, ..."
    r = row("Le 3 mars 2022, au lendemain du vote de la résolution, il a parlé.", "au lendemain")
    assert r["date"] == "2022-03-03"
    # X dated right after it, or the story's own visit: counted from that day
    r = row(
        "Au lendemain de l'annonce, le 18 mars 2022, du soutien de X, il a parlé.", "Au lendemain"
    )
    assert r["date"] == "2022-03-19"
    r = row("Au lendemain de l'annonce, le 18 mars, du soutien de X, il a parlé.", "Au lendemain")
    assert r["date"] == "2023-03-19"
    text = "Le président est arrivé le 3 mars 2022 à Dakar. Au lendemain de sa visite, il a parlé."
    assert row(text, "Au lendemain")["date"] == "2022-03-04"
    # "le lendemain" alone still counts from the day just dated
    text = "Le président est arrivé le 3 mars 2022. Le lendemain, il a parlé."
    assert row(text, "Le lendemain")["date"] == "2022-03-04"


def test_a_relative_day_glued_to_a_full_date_takes_that_date():
    # a weekday and a numeric date: the date says which Monday
    r = row("Sydney | Agence | lundi 24/06/2018 - Le gouvernement a annoncé un accord.", "lundi")
    assert r["date"] == "2018-06-24"
    r = row("La rencontre a eu lieu mardi, 2 mai 2023, selon la presse.", "mardi")
    assert r["date"] == "2023-05-02"
    # a count of hours before a weekday: within that day, not the publication's
    r = row("Quelques heures plus tôt vendredi, la ministre a annoncé la rupture.", "plus tôt")
    assert (r["date"], r["precision"]) == ("2023-06-09", "day")
    r = row("Deux heures plus tard jeudi, le ministre a démenti.", "plus tard")
    assert r["date"] == "2023-06-08"


def test_a_date_in_the_next_sentence_or_after_words_glues_nothing():
    r = row("Le ministre est arrivé lundi. Le 12 mai, il était à Paris.", "lundi")
    assert r["date"] == "2023-06-12"
    r = row("Le ministre a parlé lundi avec le président, le 2 mai 2023 selon X.", "lundi")
    assert r["date"] == "2023-06-12"
