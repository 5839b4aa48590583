"""The speaker's "hier / aujourd'hui / demain" (invented snippets; publication Wednesday 14
June 2023): inside a quotation or a clause of reported speech they count from the day the
reporting clause dates, not from the publication; an undated statement, a date that is a
noun's complement or a clause that is no reported speech change nothing."""

from __future__ import annotations

from tests.test_timeline import row


def _date(text: str, expr: str) -> str:
    return row(text, expr)["date"]


def test_a_quotation_dated_by_its_reporting_clause():
    text = "« Nous avons signé l'accord hier », a déclaré le ministre le 3 mars 2021."
    assert _date(text, "hier") == "2021-03-02"
    text = "« Les troupes partiront demain », a affirmé mardi la porte-parole."
    assert _date(text, "demain") == "2023-06-14"
    text = "Le 3 mai 2021, la présidente a déclaré : « Aujourd'hui, la page est tournée. »"
    assert _date(text, "Aujourd'hui") == "2021-05-03"
    text = "« L'avant-projet a été remis avant-hier », a précisé le 10 avril 2022 le diplomate."
    assert _date(text, "avant-hier") == "2022-04-08"


def test_reported_speech_after_a_verb_of_saying():
    text = "Le ministre a annoncé le 3 mai 2021 qu'il signerait l'accord demain."
    assert _date(text, "demain") == "2021-05-04"
    text = "Lundi, la porte-parole a indiqué que l'ambassadeur quitterait le pays dès demain."
    assert _date(text, "demain") == "2023-06-13"


def test_undated_statements_noun_dates_and_other_clauses_change_nothing():
    text = "« Nous avons signé l'accord hier », a déclaré le ministre."
    assert _date(text, "hier") == "2023-06-13"
    # "du 3 mai" names the accord, not the day of the statement
    text = "« Nous avons ratifié hier l'accord du 3 mai », a déclaré le ministre."
    assert _date(text, "hier") == "2023-06-13"
    # "pour que" is no verb of saying
    text = "Le 3 mai 2021, l'accord a été signé pour que les troupes partent demain."
    assert _date(text, "demain") == "2023-06-15"
    # a narrated "hier" beside another date of its sentence
    text = "Le ministre est rentré hier de Moscou, où il avait été reçu le 3 juin."
    assert _date(text, "hier") == "2023-06-13"
