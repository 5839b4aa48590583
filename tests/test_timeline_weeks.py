"""Counts of weeks (invented snippets; publication Wednesday 14 June 2023): a written count of
weeks from a known day dates about a day ("il y a deux semaines", "dans trois semaines",
"une semaine plus tôt" than the day just told), like "il y a dix jours"; a vague count
("quelques semaines") or a count from an undated moment keeps only the month."""

from __future__ import annotations

from tests.test_timeline import row


def _value(text: str, expr: str) -> tuple[str, str]:
    r = row(text, expr)
    return r["date"], r["precision"]


def test_weeks_ago_and_ahead_of_the_publication_date_about_a_day():
    assert _value(
        "Le ministre a été reçu il y a deux semaines par le roi.", "il y a deux semaines"
    ) == (
        "2023-05-31",
        "approximate",
    )
    assert _value("Il y a une semaine, la frontière a été fermée.", "Il y a une semaine") == (
        "2023-06-07",
        "approximate",
    )
    assert _value("Le traité sera signé dans trois semaines.", "dans trois semaines") == (
        "2023-07-05",
        "approximate",
    )


def test_weeks_counted_from_the_day_just_told():
    text = "Le ministre est arrivé lundi 5 juin à Moscou. Une semaine plus tôt, il était à Pékin."
    assert _value(text, "Une semaine plus tôt") == ("2023-05-29", "approximate")
    text = "Le 5 juin, l'envoyé a quitté Rabat. Deux semaines plus tard, il a rejoint Alger."
    assert _value(text, "Deux semaines plus tard") == ("2023-06-19", "approximate")
    # "N semaines après X" dates its clause, at the day its sentence writes
    text = (
        "Deux semaines après son premier voyage, le président s'est rendu à Oslo les 22 et 23 mai."
    )
    assert _value(text, "Deux semaines après") == ("2023-05-22", "approximate")


def test_vague_counts_and_undated_moments_keep_the_month():
    text = "Le ministre a été reçu il y a quelques semaines par le roi."
    assert _value(text, "il y a quelques semaines") == ("2023-05", "approximate")
    text = "Le 5 juin, l'envoyé a quitté Rabat. Quelques semaines plus tard, il a rejoint Alger."
    assert _value(text, "Quelques semaines plus tard") == ("2023-06", "approximate")
    # the text has dated no day: "plus tard" than a year is not a day after publication
    text = "Le président a été élu en 2019. Deux semaines plus tard, il a nommé son gouvernement."
    assert _value(text, "Deux semaines plus tard")[0] == "2023-06"
    # months stay months
    assert _value("L'ambassade a fermé il y a deux mois.", "il y a deux mois") == (
        "2023-04",
        "approximate",
    )


def test_earlier_and_later_this_week_split_the_week_at_the_publication_day():
    # publication Wednesday 14 June 2023: Monday-Tuesday before it, Thursday-Sunday after
    text = (
        "Plus tôt cette semaine, la ministre Ilse Varnak avait reçu son homologue à Tallinn. "
        "Elle le reverra plus tard cette semaine. Cette semaine reste chargée."
    )
    r = row(text, "Plus tôt cette semaine")
    assert (r["date"], r["date_end"], r["precision"]) == ("2023-06-12", "2023-06-13", "approximate")
    r = row(text, "plus tard cette semaine")
    assert (r["date"], r["date_end"]) == ("2023-06-15", "2023-06-18")
    r = row(text, "Cette semaine")
    assert (r["date"], r["date_end"]) == ("2023-06-12", "2023-06-18")
