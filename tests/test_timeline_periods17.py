"""Periods named from the day of writing and vague counts from a visit (invented snippets;
publication Wednesday 14 June 2023): "la nuit dernière / passée" is the day before, "la
semaine / le mois / l'année écoulé(e)" the period just ended, "la semaine / le mois /
l'année en cours" the period of writing; "quelques / plusieurs jours avant la visite" is
about a day, never that day to the day (a written count stays exact)."""

from __future__ import annotations

from tests.test_timeline import row, run


def _value(text: str, expr: str) -> tuple[str, str, str]:
    r = row(text, expr)
    return r["date"], str(r["date_end"] or ""), r["precision"]


def test_last_night_is_the_day_before_writing():
    text = "La nuit dernière, des drones ont visé une raffinerie du port."
    assert _value(text, "La nuit dernière") == ("2023-06-13", "", "day")
    text = "Des tirs ont été entendus la nuit passée près du poste-frontière."
    assert _value(text, "la nuit passée") == ("2023-06-13", "", "day")


def test_the_last_night_of_a_meeting_is_no_date():
    table = run("Lors de la dernière nuit du congrès, les délégués ont voté la motion.")
    assert not any("nuit" in t for t in table["text"])


def test_periods_just_ended():
    text = "La semaine écoulée a été marquée par deux convocations d'ambassadeurs."
    assert _value(text, "La semaine écoulée") == ("2023-06-05", "2023-06-11", "approximate")
    text = "Au cours de l'année écoulée, les échanges entre les deux capitales ont reculé."
    assert _value(text, "l'année écoulée") == ("2022", "", "year")
    text = "Le mois écoulé a vu trois incidents à la frontière."
    assert _value(text, "Le mois écoulé") == ("2023-05", "", "month")
    text = "L'an écoulé, le commerce bilatéral a doublé."
    assert _value(text, "L'an écoulé") == ("2022", "", "year")


def test_periods_in_progress():
    text = "Pour l'année en cours, la banque centrale prévoit une croissance faible."
    assert _value(text, "l'année en cours") == ("2023", "", "year")
    text = "La semaine en cours sera décisive pour la trêve."
    assert _value(text, "La semaine en cours") == ("2023-06-12", "2023-06-18", "approximate")
    text = "Trois visites ministérielles sont prévues le mois en cours."
    assert _value(text, "le mois en cours") == ("2023-06", "", "month")


def test_a_time_that_has_run_out_or_talks_in_progress_are_no_dates():
    table = run("Le délai écoulé, les troupes se sont retirées. Les pourparlers en cours avancent.")
    assert not any("écoulé" in t or "en cours" in t for t in table["text"])


def test_a_vague_count_before_the_visit_is_about_a_day():
    text = "Quelques jours avant la visite, le ministre avait préparé le terrain."
    assert _value(text, "Quelques jours avant la visite")[2] == "approximate"
    text = "Plusieurs jours avant son arrivée, l'émissaire avait rencontré les chefs de partis."
    assert _value(text, "Plusieurs jours avant son arrivée")[2] == "approximate"


def test_a_written_count_before_the_visit_stays_exact():
    text = "Trois jours avant la visite, la délégation technique était déjà sur place."
    assert _value(text, "Trois jours avant la visite") == ("2023-06-11", "", "day")


def test_last_night_in_a_dated_statement_counts_from_the_statement():
    # Wednesday 14 June 2023; the statement is dated Monday 12 June
    text = "« La nuit dernière, trois villages ont été bombardés », a déclaré le 12 juin le préfet."
    assert _value(text, "La nuit dernière")[0] == "2023-06-11"
    text = "Le 12 juin, le gouverneur a affirmé que la nuit passée avait été calme."
    assert _value(text, "la nuit passée")[0] == "2023-06-11"
    # no day given to the statement: counted from the publication
    text = "« La nuit dernière a été calme », a assuré un habitant."
    assert _value(text, "La nuit dernière")[0] == "2023-06-13"
