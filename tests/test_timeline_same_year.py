"""Days, months and years "of the same year" (invented snippets): "le 12 octobre de la même
année", "en août de l'année précédente", "la même année", "cette année-là", "l'année
suivante" take the last year the text wrote, not the year of publication; "cette année"
alone stays the year of writing; a count in hours is a count of days ("d'ici 48 heures")."""

from __future__ import annotations

from tests.helpers import run_steps

PUB = "2023-06-16"


def _rows(text: str) -> dict[str, tuple[str, str]]:
    tl = run_steps(text, ["actors", "timeline"], publication=PUB).tables["timeline"]
    return {r.text: (r.date, r.precision) for r in tl.itertuples()}


def test_a_day_of_the_same_year_takes_the_year_written_before():
    rows = _rows(
        "Le traité a été signé en mars 2011 à Vienne. Le 12 octobre de la même année, les "
        "discussions ont été suspendues."
    )
    assert rows["12 octobre de la même année"] == ("2011-10-12", "day")
    rows = _rows(
        "Le 12 avril 2009, l'ambassadeur a été rappelé. En octobre de cette même année, il a "
        "retrouvé son poste."
    )
    assert ("2009-10", "month") in rows.values()


def test_the_year_after_and_the_year_before():
    rows = _rows(
        "La frontière a été fermée en 2015. L'année suivante, les deux pays ont rouvert le "
        "dialogue. En août de l'année précédente, des incidents avaient éclaté."
    )
    assert rows["L'année suivante"] == ("2016", "year")
    assert ("2014-08", "month") in rows.values()
    rows = _rows("Le sommet de 2018 a échoué. Cette année-là, aucune déclaration n'a été signée.")
    assert rows["Cette année-là"] == ("2018", "year")
    rows = _rows("Les relations ont été rompues en 2017. La même année, l'ambassade a fermé.")
    assert rows["La même année"] == ("2017", "year")
    # a year named without digits counts too: "l'an dernier" (2022), then the year before it
    rows = _rows(
        "En 2015, un accord avait été signé. L'an dernier, le traité a été dénoncé. L'année "
        "précédente, les deux pays avaient rompu leurs relations."
    )
    assert rows["L'année précédente"] == ("2021", "year")


def test_this_year_alone_and_no_year_written_before_change_nothing():
    rows = _rows("Cette année, le sommet se tiendra à Lomé. Le 3 décembre, il sera clos.")
    assert rows["Cette année"] == ("2023", "year")
    assert not any(t.endswith("même année") for t in rows)
    # no year written before: "la même année" is left alone, the bare date keeps its year
    rows = _rows("Le 12 octobre de la même année, le ministre a démissionné.")
    assert "La même année" not in rows and "la même année" not in rows
    assert all(not d.startswith("2011") for d, _p in rows.values())


def test_a_count_of_hours_is_a_count_of_days():
    text = "Le gouvernement a exigé le départ du diplomate d'ici 72 heures."
    tl = run_steps(text, ["actors", "timeline"], publication=PUB).tables["timeline"]
    r = next(r for r in tl.itertuples() if r.text == "d'ici 72 heures")
    assert (r.date, r.date_end, r.precision) == ("2023-06-16", "2023-06-19", "approximate")
    text = "Le ministre a promis une réponse dans les prochains jours."  # no count: unchanged
    assert "d'ici" not in " ".join(_rows(text))
