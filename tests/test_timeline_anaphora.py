"""Counting from the day the text has just told, and round counts of days (invented
snippets): "Mardi, ... Un jour plus tard, ..." is Wednesday, whether the text dated Tuesday
with its number or by its weekday alone; "il y a dix jours" is about a day, not that day."""

from __future__ import annotations

from tests.helpers import run_steps

PUB = "2023-06-16"  # a Friday


def _rows(text: str) -> dict[str, tuple[str, str]]:
    tl = run_steps(text, ["actors", "timeline"], publication=PUB).tables["timeline"]
    return {r.text: (r.date, r.precision) for r in tl.itertuples()}


def test_a_day_later_counts_from_a_weekday_told_before():
    rows = _rows(
        "Mardi, le ministre a convoqué l'ambassadeur. Un jour plus tard, le gouvernement a "
        "remis une note de protestation."
    )
    assert rows["Mardi"] == ("2023-06-13", "day")
    assert rows["Un jour plus tard"] == ("2023-06-14", "day")


def test_two_days_later_and_the_eve_count_from_the_weekday_of_the_sentence_before():
    rows = _rows(
        "Le président est arrivé lundi à Dakar. Deux jours plus tard, il a rencontré son homologue."
    )
    assert rows["Deux jours plus tard"] == ("2023-06-14", "day")
    rows = _rows("Les accords ont été signés mercredi. La veille, les ministres s'étaient vus.")
    assert rows["La veille"] == ("2023-06-13", "day")


def test_a_written_date_still_wins_when_it_is_the_last_told():
    rows = _rows(
        "Lundi, la délégation est partie. Le 14 juin, elle a signé l'accord. Deux jours plus "
        "tard, elle est rentrée."
    )
    assert rows["Deux jours plus tard"] == ("2023-06-16", "day")


def test_a_round_count_of_days_is_approximate_a_small_one_exact():
    assert _rows("La fermeture avait commencé il y a dix jours.")["il y a dix jours"] == (
        "2023-06-06",
        "approximate",
    )
    assert _rows("Le sommet se tiendra dans quinze jours.")["dans quinze jours"] == (
        "2023-07-01",
        "approximate",
    )
    assert _rows("Le ministre est arrivé il y a deux jours.")["il y a deux jours"] == (
        "2023-06-14",
        "day",
    )


def test_a_compound_past_with_etre_is_past_not_a_present_passive():
    """ "est arrivé lundi": the tagger reads "est" as a passive auxiliary in the present; the
    verb takes "être" in its passé composé, so Monday is the one before, not the next."""
    assert _rows("Le président est arrivé lundi à Dakar.")["lundi"] == ("2023-06-12", "day")
    assert _rows("La ministre est venue mardi à Lomé.")["mardi"] == ("2023-06-13", "day")
    assert _rows("Le président sera arrivé lundi à Dakar.")["lundi"] == ("2023-06-19", "day")
    # a true present passive of a planning verb still points ahead
    assert _rows("La visite est prévue lundi à Dakar.")["lundi"] == ("2023-06-19", "day")


def test_the_same_day_points_back_to_the_last_written_date_even_a_background_one():
    rows = _rows(
        "Le ministre Arno Velt a rencontré hier son homologue. Le 2 mai, Tallinn a retiré "
        "son consul. Riga a fermé le même jour sa mission culturelle. Dans la "
        "soirée, un communiqué a suivi."
    )
    assert rows["le même jour"] == ("2023-05-02", "day")
    assert rows["Dans la soirée"] == ("2023-06-15", "day")  # the story's day, as before
