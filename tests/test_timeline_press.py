"""Timeline: relative weeks, vague counts, deadlines, durations that end now and the clause
of an undated event (invented snippets; publication Wednesday 14 June 2023)."""

from __future__ import annotations

from tests.test_timeline import row, run


def test_last_and_next_week_are_their_monday_to_sunday():
    text = "Le ministre a reçu la semaine dernière son homologue et reviendra la semaine prochaine."
    r = row(text, "la semaine dernière")
    assert (r["date"], r["date_end"], r["precision"]) == ("2023-06-05", "2023-06-11", "approximate")
    r = row(text, "la semaine prochaine")
    assert (r["date"], r["date_end"]) == ("2023-06-19", "2023-06-25")
    r = row("Les ministres se réunissent cette semaine à Accra.", "cette semaine")
    assert (r["date"], r["date_end"]) == ("2023-06-12", "2023-06-18")


def test_vague_or_qualified_counts_are_never_exact():
    text = (
        "Elle l'avait appelé il y a quelques jours, puis il y a deux jours, "
        "et il y a près de trois jours selon d'autres."
    )
    r = row(text, "il y a quelques jours")
    assert (r["date"], r["precision"]) == ("2023-06", "approximate")
    r = row(text, "il y a deux jours")
    assert (r["date"], r["precision"]) == ("2023-06-12", "day")
    assert row(text, "près de trois jours")["precision"] == "approximate"


def test_a_deadline_runs_from_now_to_then():
    text = "Les ambassades doivent rouvrir d'ici deux mois, et les vols d'ici à trois semaines."
    r = row(text, "d'ici deux mois")
    assert (r["date"], r["date_end"], r["precision"]) == ("2023-06-14", "2023-08-14", "approximate")
    r = row(text, "d'ici à trois semaines")
    assert (r["date"], r["date_end"]) == ("2023-06-14", "2023-07-05")


def test_durations_that_end_at_the_clause():
    text = (
        "Les deux capitales renouent après sept ans de rupture. "
        "Après soixante ans de coopération, le traité est dénoncé. "
        "Les voisins sortent de deux mois de relations orageuses."
    )
    r = row(text, "après sept ans")
    assert (r["date"], r["date_end"], r["precision"]) == ("2016", "2023", "approximate")
    assert (row(text, "Après soixante ans")["date"], row(text, "deux mois")["date"]) == (
        "1963",
        "2023-04",
    )
    assert row(text, "deux mois")["date_end"] == "2023-06"
    # a sentence's own date is where the period ends
    r = row("Le 3 mars 2019, après dix ans de négociations, l'accord est signé.", "dix ans")
    assert (r["date"], r["date_end"]) == ("2009", "2019")


def test_measures_are_no_periods():
    text = (
        "L'opposant a été condamné à deux ans de prison. Le camp est à trois jours de marche. "
        "Il a fallu dix ans de l'histoire du pays pour cela."
    )
    found = " | ".join(run(text)["text"])
    assert "deux ans" not in found and "trois jours" not in found and "dix ans" not in found


def test_days_after_an_undated_event_date_the_clause_itself():
    text = "Le déjeuner a lieu ce midi, deux jours après l'annonce du retrait du traité."
    r = row(text, "deux jours après")
    assert (r["date"], r["precision"], r["kind"]) == ("2023-06-14", "day", "anchored")
    assert "not dated" in r["note"]
    # the day the clause is at: "hier"
    r = row("Le déjeuner a eu lieu hier, deux jours après l'annonce du retrait.", "deux jours")
    assert (r["date"], r["precision"]) == ("2023-06-13", "day")


def test_a_little_earlier_is_the_day_the_story_is_at():
    text = (
        "Le vendredi 9 juin, le ministre a parlé à la presse. "
        "Il avait vu le président un peu plus tôt."
    )
    r = row(text, "un peu plus tôt")
    assert (r["date"], r["precision"]) == ("2023-06-09", "day")


def test_hyphenated_number_words_count_hours():
    text = "La riposte est venue hier, quarante-huit heures après l'attaque du poste frontalier."
    r = row(text, "quarante-huit heures")
    assert (r["date"], r["precision"]) == ("2023-06-13", "day")


def test_numeric_dates_with_dashes_or_dots():
    text = "Le communiqué, daté du 12-06-2023, a été confirmé par un second du 13.06.2023."
    assert row(text, "12-06-2023")["date"] == "2023-06-12"
    assert row(text, "13.06.2023")["date"] == "2023-06-13"


def test_since_a_day_is_in_the_past_whatever_the_tense():
    text = "Le pays est dirigé par une junte depuis le 26 juillet, et la crise dure depuis juillet."
    assert row(text, "26 juillet")["date"] == "2022-07-26"
    assert row(text, "depuis juillet")["date"] == "2022-07"
    text = "Le pays est isolé depuis le coup d'État du 26 juillet, qui a renversé le président."
    assert row(text, "26 juillet")["date"] == "2022-07-26"
    # a new clause after "depuis", or "prochain", keeps the tense's reading
    text = "Il est en poste depuis trois ans et partira le 20 juillet, puis le 3 août prochain."
    assert (row(text, "20 juillet")["date"], row(text, "3 août")["date"]) == (
        "2023-07-20",
        "2023-08-03",
    )


def test_a_part_of_the_day_is_the_weekday_of_its_sentence():
    text = "Le président est arrivé lundi dans la soirée à Niamey, après deux jours de voyage."
    assert row(text, "dans la soirée")["date"] == "2023-06-12"
    # a duration ends at the day its sentence dates
    text = "Le sommet s'est achevé dimanche 11 juin après deux jours de discussions."
    r = row(text, "après deux jours")
    assert (r["date"], r["date_end"]) == ("2023-06-09", "2023-06-11")


def test_shares_of_a_year_and_a_day_to_the_day():
    text = "Le vote aura lieu au second semestre 2024, après un premier trimestre 2024 agité."
    r = row(text, "second semestre 2024")
    assert (r["date"], r["date_end"], r["precision"]) == ("2024-07", "2024-12", "month")
    assert row(text, "premier trimestre")["date_end"] == "2024-03"
    r = row("Le pays a fermé le dernier semestre 2021 sa frontière.", "dernier semestre")
    assert (r["date"], r["date_end"]) == ("2021-07", "2021-12")
    r = row("Il y a un an jour pour jour, les deux pays rompaient.", "jour pour jour")
    assert (r["date"], r["precision"]) == ("2022-06-14", "day")
