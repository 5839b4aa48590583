"""Timeline: date expressions found and normalised against the publication date
(invented snippets about other countries)."""

from __future__ import annotations

import functools

import pandas as pd

from analysis.document.article import parse_article
from analysis.document.nlp import parse
from analysis.extract.context import timeline
from analysis.report.views import context as context_views
from tests.helpers import parse_snippet


@functools.cache
def run(text: str, publication: str | None = "2023-06-14") -> pd.DataFrame:
    article, doc = parse_snippet(text, publication)
    table = timeline.extract(article, doc)  # the rules alone: no actor mentions
    for r in table.itertuples():
        assert article.text[r.start : r.end] == r.text
    return table


def row(text: str, expr: str, publication: str | None = "2023-06-14") -> pd.Series:
    table = run(text, publication)
    hits = table[table["text"].str.contains(expr, regex=False)]
    assert len(hits), f"{expr!r} not found in {table[['text', 'date']].to_dict('records')}"
    return hits.iloc[0]


def test_full_date_and_weekday_day_month():
    text = "Le président chilien est arrivé le 12 juin 2023 à Santiago. Il avait reçu lundi 5 juin son homologue."  # noqa: E501
    r = row(text, "12 juin 2023")
    assert (r["date"], r["precision"], r["kind"]) == ("2023-06-12", "day", "absolute")
    r = row(text, "5 juin")
    assert (r["date"], r["precision"]) == ("2023-06-05", "day")


def test_weekday_alone_is_the_nearest_such_day():
    # 2023-06-14 is a Wednesday.
    text = "Le ministre norvégien a rencontré mardi son homologue. Il se rendra vendredi à Oslo."
    assert row(text, "mardi")["date"] == "2023-06-13"
    assert row(text, "vendredi")["date"] == "2023-06-16"


def test_month_alone_past_and_future_follow_the_tense():
    text = (
        "Le Pérou a rappelé en février son ambassadeur. "
        "Les deux pays signeront un accord en septembre."
    )
    assert row(text, "en février")["date"] == "2023-02"
    r = row(text, "en septembre")
    assert (r["date"], r["precision"], r["kind"]) == ("2023-09", "month", "partial")


def test_month_next_year_when_future():
    text = "Le sommet se tiendra en juin à Lima, a annoncé le gouvernement."
    pub = "2023-08-20"
    assert row(text, "en juin", pub)["date"] == "2024-06"


def test_last_summer_and_last_november():
    text = "Les combats de l'été dernier ont fait des victimes. Le traité signé en novembre dernier reste fragile."  # noqa: E501
    r = row(text, "été dernier")
    assert (r["date"], r["date_end"], r["precision"]) == ("2022-06", "2022-08", "season")
    assert row(text, "novembre dernier")["date"] == "2022-11"


def test_ranges_decades_and_seasons_with_year():
    text = (
        "La guerre qui a ravagé la région entre 1992 et 1994 reste dans les mémoires. "
        "Dans les années 1980, le pays était isolé. L'hiver 2021 a été rude."
    )
    r = row(text, "entre 1992 et 1994")
    assert (r["date"], r["date_end"], r["precision"]) == ("1992", "1994", "year")
    r = row(text, "années 1980")
    assert (r["date"], r["date_end"]) == ("1980", "1989")
    r = row(text, "hiver 2021")
    assert (r["date"], r["date_end"], r["precision"]) == ("2021-12", "2022-02", "season")


def test_relative_expressions():
    text = (
        "Hier, le gouvernement kényan a démenti. Le projet date d'il y a trois ans. "
        "Un nouvel accord est attendu d'ici la fin de 2024. Les deux pays sont brouillés depuis dix ans."  # noqa: E501
    )
    assert row(text, "Hier")["date"] == "2023-06-13"
    r = row(text, "il y a trois ans")
    assert (r["date"], r["precision"]) == ("2020", "approximate")
    r = row(text, "fin de 2024")
    assert (r["date"], r["precision"]) == ("2024-12", "approximate")
    assert row(text, "depuis dix ans")["date"] == "2013"


def test_anchored_expression_counts_from_the_dated_event():
    text = "Trois mois après le cessez-le-feu du 2 mars 2023, les prisonniers restent détenus."
    r = row(text, "Trois mois après")
    assert (r["date"], r["precision"], r["kind"]) == ("2023-06", "approximate", "anchored")


def test_no_publication_date_leaves_relatives_empty_with_a_note():
    text = "Le ministre a signé mardi un accord, puis en août un second, après celui du 3 mai 2019."
    r = row(text, "mardi", None)
    assert r["date"] == "" and "publication" in r["note"]
    assert row(text, "en août", None)["date"] == ""
    assert row(text, "3 mai 2019", None)["date"] == "2019-05-03"


def test_counts_are_not_years():
    text = "Près de 2000 soldats ont été déployés en 2015, selon la résolution 2334."
    table = run(text)
    assert table["date"].tolist() == ["2015"]


def test_phase_relative_to_the_main_event():
    text = (
        "Le chef de la diplomatie indonésienne a achevé le 14 juin 2023 une visite à Manille. "
        "Les deux pays avaient rompu en 2010. Une nouvelle visite est prévue en décembre."
    )
    assert row(text, "14 juin 2023")["phase"] == "visit"
    assert row(text, "en 2010")["phase"] == "before"
    assert row(text, "en décembre")["phase"] == "after"


def test_every_date_of_a_long_text_is_found():
    """Correctness on ~14,000 words (speed is measured by `make bench`, never by a test)."""
    para = "Le ministre a rencontré mardi son homologue, un an après la crise de 2019. "
    text = "\n\n".join([para * 20] * 50)  # about 14,000 words
    article = parse_article(text, publication="2023-06-14", check_language=False)
    doc = parse(article)
    table = timeline.extract(article, doc)
    assert len(table) == 3 * 20 * 50


def test_part_of_a_month_and_narrative_days():
    text = (
        "Le traité a été signé le 3 mars 2022 à Accra. La veille, les ministres s'étaient réunis. "
        "Une réunion est prévue fin mai."
    )
    r = row(text, "La veille", "2023-01-10")
    assert (r["date"], r["precision"]) == ("2022-03-02", "day")
    r = row(text, "fin mai", "2023-01-10")
    assert (r["date"], r["precision"]) == ("2023-05", "approximate")


def test_headlines_cite_sentences():
    from analysis.pipeline import Analysis

    text = "Le ministre ghanéen a rencontré mardi son homologue, deux ans après la crise de 2021."
    article = parse_article(text, publication="2023-06-14", check_language=False)
    an = Analysis(article, {"timeline": timeline.extract(article, parse(article))})
    lines = context_views.timeline_headlines(an)
    assert lines and all("phrase" in line for line in lines)


def test_weekday_reads_against_the_day_the_text_dates():
    # publication known to the month only: the written day anchors the bare weekday
    text = (
        "Le forum s'est ouvert le mardi 6 juin à Lisbonne. "
        "Mercredi, les délégations ont adopté une déclaration commune."
    )
    r = row(text, "Mercredi", "2023-06")
    assert (r["date"], r["precision"]) == ("2023-06-07", "day")
    # a weekday inside a written run of days is that day
    text = "Le président sera au Ghana du 20 au 22 juin. Jeudi, il visitera le port de Tema."
    assert row(text, "Jeudi", "2023-06-14")["date"] == "2023-06-22"


def test_background_dates_do_not_anchor_weekdays():
    text = "Le traité conclu le 3 mars 2009 a été dénoncé mercredi par le gouvernement bolivien."
    assert row(text, "mercredi", "2023-06-16")["date"] == "2023-06-14"


def test_past_tense_weekday_is_never_after_the_publication():
    # 2023-06-14 is a Wednesday: "a parlé vendredi" is the 9th, not the 16th
    text = "Le ministre béninois a parlé vendredi devant les députés."
    assert row(text, "vendredi")["date"] == "2023-06-09"


def test_weekday_range_weekend_and_parts_of_the_week():
    text = (
        "Le premier ministre effectuera de jeudi à samedi une tournée au Togo. "
        "Une réunion se tiendra ce week-end à Lomé. "
        "Les ministres s'étaient parlé en début de semaine."
    )
    r = row(text, "de jeudi à samedi")
    assert (r["date"], r["date_end"], r["precision"]) == ("2023-06-15", "2023-06-17", "day")
    r = row(text, "ce week-end")
    assert (r["date"], r["date_end"]) == ("2023-06-17", "2023-06-18")
    r = row(text, "en début de semaine")
    assert (r["date"], r["date_end"], r["precision"]) == ("2023-06-12", "2023-06-13", "approximate")


def test_day_the_story_is_at():
    text = (
        "Le gouvernement gabonais a rompu ses relations avec son voisin lundi 12 juin. "
        "« La mesure s'applique à compter de ce jour », a dit le porte-parole. "
        "Le ministre partira plus tard dans la journée."
    )
    assert row(text, "à compter de ce jour", "2023-06")["date"] == "2023-06-12"
    assert row(text, "plus tard dans la journée", "2023-06")["date"] == "2023-06-12"


def test_parts_of_today_hours_and_the_day_after_a_dated_announcement():
    text = (
        "Le ministère a publié cet après-midi un communiqué, quelques heures auparavant "
        "le président avait parlé. Au lendemain de l'annonce, le 2 mai, les marchés ont chuté."
    )
    assert row(text, "cet après-midi")["date"] == "2023-06-14"
    r = row(text, "quelques heures auparavant")
    assert (r["date"], r["precision"]) == ("2023-06-14", "day")
    assert row(text, "Au lendemain")["date"] == "2023-05-03"


def test_last_weeks_and_last_years():
    text = (
        "La tension est montée ces dernières semaines entre les deux capitales. "
        "Au cours des dix dernières années, les échanges ont doublé."
    )
    r = row(text, "ces dernières semaines")
    assert (r["date"], r["date_end"], r["precision"]) == ("2023-05", "2023-06", "approximate")
    r = row(text, "dix dernières années")
    assert (r["date"], r["date_end"]) == ("2013", "2023")


def test_day_of_last_or_next_month_keeps_its_day():
    # "le 26 mai dernier" is a day, not the month "mai dernier"; plurals fix ranges too
    text = (
        "Le Parlement péruvien a destitué le 26 mai dernier le chef du gouvernement. "
        "Les élections auront lieu le 3 mars prochain. "
        "Le sommet a été fixé aux 1er et 2 juin prochains. "
        "Les pourparlers des 3 et 4 juin derniers ont échoué."
    )
    r = row(text, "26 mai dernier")
    assert (r["date"], r["precision"]) == ("2023-05-26", "day")
    assert row(text, "3 mars prochain")["date"] == "2024-03-03"
    r = row(text, "1er et 2 juin prochains")
    assert (r["date"], r["date_end"]) == ("2024-06-01", "2024-06-02")
    r = row(text, "des 3 et 4 juin derniers")
    assert (r["date"], r["date_end"]) == ("2023-06-03", "2023-06-04")


def test_season_of_a_written_year():
    text = "Le premier forum s'est tenu à Bogota à l'automne de 2019, a rappelé la ministre."
    r = row(text, "automne de 2019")
    assert (r["date"], r["date_end"], r["precision"]) == ("2019-09", "2019-11", "season")


def test_scheduled_events_and_modal_verbs_point_forward():
    # written in January: the summit "prévu" in July is the coming one
    text = "La tournée précède de quelques mois le sommet prévu du 26 au 29 juillet à Lima."
    r = row(text, "du 26 au 29 juillet", "2023-01-24")
    assert (r["date"], r["date_end"]) == ("2023-07-26", "2023-07-29")
    # a plan may also have been for last month
    text = "Le voyage, initialement prévu en décembre, a été reporté sine die."
    assert row(text, "en décembre", "2023-01-24")["date"] == "2022-12"
    # "doit se rendre": still to happen (November 2022 is nearer)
    text = "Le ministre doit se rendre en novembre à Quito pour signer un accord."
    assert row(text, "en novembre", "2023-03-10")["date"] == "2023-11"


def test_day_after_and_days_later_count_from_the_day_just_dated():
    # 2023-04-05 is a Wednesday; the story's day is written in the sentence before
    text = (
        "Mardi 4 avril, les ministres se sont retrouvés à Accra. Le lendemain, ils ont signé. "
        "Le texte avait été relu le 28 mars par les juristes. Deux jours plus tard, il a changé."
    )
    assert row(text, "Le lendemain", "2023-04-05")["date"] == "2023-04-05"
    r = row(text, "Deux jours plus tard", "2023-04-05")
    assert (r["date"], r["precision"]) == ("2023-03-30", "day")


def test_weekday_with_its_day_of_the_month():
    # "jeudi 30" written on Wednesday 5 April is 30 March, the Thursday that is a 30th
    text = "Ce jeudi 30, le président avait reçu le ministre. Il partira lundi 10 à Lomé."
    assert row(text, "jeudi 30", "2023-04-05")["date"] == "2023-03-30"
    assert row(text, "lundi 10", "2023-04-05")["date"] == "2023-04-10"
    # a count after a weekday is no day of the month
    text = "Samedi 8 soldats ont été tués près de la frontière."
    assert row(text, "Samedi", "2023-04-05")["text"] == "Samedi"


def test_qualified_counts_and_countdowns():
    text = (
        "L'accord a été signé il y a près d'un an. Depuis plus de dix ans, les deux pays "
        "sont brouillés. Voilà deux ans que la frontière est fermée. "
        "À quelques jours du sommet, le ministre a parlé. Le village est à trois jours de marche."
    )
    r = row(text, "il y a près d'un an")
    assert (r["date"], r["precision"]) == ("2022", "approximate")
    assert row(text, "Depuis plus de dix ans")["date"] == "2013"
    assert row(text, "Voilà deux ans")["date"] == "2021"
    r = row(text, "À quelques jours")
    assert (r["date"], r["precision"]) == ("2023-06", "approximate")
    assert not run(text)["text"].str.contains("trois jours").any()
