"""An anaphora of the day ("dans la soirée", "le même jour", "dans la matinée") points back to
the day its previous sentence dates, a weekday once read included, before the story's own day
or the day of writing (invented snippets)."""

from __future__ import annotations

from tests.helpers import run_steps

PUB = "2023-06-19"  # a Monday


def _rows(text: str, publication: str = PUB) -> dict[str, tuple[str, str]]:
    tl = run_steps(text, ["actors", "timeline"], publication=publication).tables["timeline"]
    return {r.text: (r.date, r.precision) for r in tl.itertuples()}


def test_part_of_the_day_after_a_weekday_told_in_the_sentence_before():
    rows = _rows(
        "Des étudiants ont défilé dimanche après-midi devant le palais présidentiel. Dans la "
        "soirée, la police a dispersé les derniers groupes."
    )
    assert rows["dimanche après-midi"] == ("2023-06-18", "day")
    assert rows["Dans la soirée"] == ("2023-06-18", "day")


def test_same_day_after_another_weekday():
    rows = _rows(
        "Jeudi, le chef du gouvernement a reçu l'émissaire onusien. Le même jour, les députés "
        "ont adopté une motion sur la frontière."
    )
    assert rows["Jeudi"] == ("2023-06-15", "day")
    assert rows["Le même jour"] == ("2023-06-15", "day")


def test_a_day_told_two_sentences_before_does_not_reach():
    rows = _rows(
        "Jeudi, le chef du gouvernement a reçu l'émissaire onusien. Les entretiens ont porté "
        "sur la sécurité. Dans la soirée, un communiqué a été publié."
    )
    assert rows["Dans la soirée"] == ("2023-06-19", "day")


def test_a_weekday_of_its_own_sentence_still_wins():
    rows = _rows(
        "Samedi, les ministres se sont retrouvés à la frontière. Vendredi dans la matinée, "
        "leurs adjoints avaient préparé la rencontre."
    )
    assert rows["Vendredi"] == ("2023-06-16", "day")
    assert rows["dans la matinée"] == ("2023-06-16", "day")


def test_a_background_date_of_the_sentence_before_is_no_day_of_the_story():
    rows = _rows(
        "Des étudiants ont défilé dimanche après-midi devant le palais présidentiel. Le 2 mai "
        "1998, une marche semblable avait eu lieu. Dans la soirée, la police a dispersé les "
        "derniers groupes."
    )
    assert rows["Dans la soirée"] != ("1998-05-02", "day")


def test_a_day_a_quotation_tells_is_the_speakers_not_the_storys():
    rows = _rows(
        "« Nos délégués repartiront mercredi », a déclaré le porte-parole. Dans la soirée, le "
        "ministère a confirmé la rencontre."
    )
    assert rows["Dans la soirée"] == ("2023-06-19", "day")
