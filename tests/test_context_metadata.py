"""Dates written the way datelines and page metadata write them (invented snippets):
abbreviated months after a day number, a timestamp or a French date in the front matter,
and a file name that starts with the article's day when the text gives no date."""

from __future__ import annotations

import datetime as dt

from analysis.document.article import load_article, parse_iso_date
from analysis.document.nlp import parse
from analysis.extract.context import timeline
from tests.test_timeline import row, run


def test_abbreviated_months_after_a_day_number():
    r = row("Le traité a été signé le 3 sept. 2019 à Lomé.", "3 sept. 2019")
    assert (r["date"], r["precision"]) == ("2019-09-03", "day")
    r = row("Les deux chefs d'État se sont vus le 12 déc 2021 à Accra.", "12 déc 2021")
    assert (r["date"], r["precision"]) == ("2021-12-12", "day")
    r = row("Le 4 févr. dernier, la délégation est rentrée.", "4 févr.")
    assert r["date"] == "2023-02-04"
    r = row("Le sommet du 1ᵉʳ mars 2022 a été reporté.", "mars 2022")
    assert (r["date"], r["precision"]) == ("2022-03-01", "day")


def test_an_abbreviation_needs_its_dot_without_a_year():
    # "sept" is also the number seven: "les 3 sept accords" is no date
    table = run("Les 3 sept accords signés restent en vigueur.")
    assert table.empty


def test_front_matter_timestamps_and_french_dates_give_their_day():
    assert parse_iso_date("2023-03-15T10:30:00+01:00") == (dt.date(2023, 3, 15), "day")
    assert parse_iso_date("2023-03-15 10:30:00") == (dt.date(2023, 3, 15), "day")
    assert parse_iso_date("15/03/2023") == (dt.date(2023, 3, 15), "day")
    assert parse_iso_date("15 mars 2023") == (dt.date(2023, 3, 15), "day")


def _timeline(path):
    article = load_article(path, check_language=False)
    return article, timeline.extract(article, parse(article))


def test_a_timestamp_header_anchors_the_weekdays(tmp_path):
    p = tmp_path / "visite.md"
    p.write_text(
        "---\ntitle: Visite\ndate: 2024-02-08T09:12:00Z\n---\n"
        "Le ministre togolais a reçu mardi son homologue ghanéen à Lomé.\n",
        encoding="utf-8",
    )
    _article, table = _timeline(p)
    assert table.loc[table["text"] == "mardi", "date"].tolist() == ["2024-02-06"]


def test_the_file_name_dates_a_text_that_has_no_date(tmp_path):
    p = tmp_path / "2024-02-08_visite-lome.txt"
    p.write_text(
        "Le ministre togolais a reçu mardi son homologue ghanéen à Lomé. "
        "Ils s'étaient déjà rencontrés le mois dernier à Accra.\n",
        encoding="utf-8",
    )
    article, table = _timeline(p)
    assert article.publication == dt.date(2024, 2, 8)
    assert any("file name" in w for w in article.warnings)
    dates = dict(zip(table["text"], table["date"], strict=True))
    assert dates == {"mardi": "2024-02-06", "le mois dernier": "2024-01"}
    # a name that is not a day is no date, and no error
    q = tmp_path / "2024-13-45_visite.txt"
    q.write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    assert load_article(q, check_language=False).publication is None


def test_a_range_with_abbreviated_months():
    r = row("Du 3 au 5 sept. 2019, la délégation a séjourné à Niamey.", "Du 3 au 5 sept. 2019")
    assert (r["date"], r["date_end"]) == ("2019-09-03", "2019-09-05")


def test_a_visit_expected_in_the_present_passive_is_still_to_come():
    # publication 14 June 2023: "est attendu en mars" is next March, "était prévue" the last
    assert row("Le président est attendu en mars à Dakar.", "mars")["date"] == "2024-03"
    assert row("Une visite d'État est prévue en mars.", "mars")["date"] == "2024-03"
    assert row("La visite, qui était prévue en mars, a été annulée.", "mars")["date"] == "2023-03"


def test_other_front_matter_keys_of_the_publication_date(tmp_path):
    p = tmp_path / "visite.md"
    p.write_text(
        "---\ntitle: Visite\npublished: 2024-02-08\n---\n"
        "Le ministre togolais a reçu mardi son homologue ghanéen à Lomé.\n",
        encoding="utf-8",
    )
    article, table = _timeline(p)
    assert article.publication == dt.date(2024, 2, 8)
    assert table.loc[table["text"] == "mardi", "date"].tolist() == ["2024-02-06"]
