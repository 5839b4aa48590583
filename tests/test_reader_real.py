"""Reports read on real press (session 11): what a demanding analyst saw on four real articles
and the comparison of three, checked here on invented data, without a notebook: dates written
as French reads them, no column of blanks, no headline that contradicts itself."""

from __future__ import annotations

import pandas as pd

from analysis.document.article import parse_article
from analysis.pipeline import Analysis
from analysis.report.views import context


def _analysis(tables: dict[str, pd.DataFrame], publication: str = "2023-06-14") -> Analysis:
    article = parse_article("Texte.", publication=publication, check_language=False)
    return Analysis(article, tables)


def _timeline(rows: list[dict]) -> pd.DataFrame:
    base = {"time_id": "T01", "text": "lundi", "date_end": None, "precision": "day"}
    base |= {"event": "", "sentence_id": 1, "note": "", "phase": "visit"}
    return pd.DataFrame([{**base, **r} for r in rows])


def test_timeline_and_event_tables_write_dates_in_french_not_iso():
    tl = _timeline(
        [
            {"date": "2023-06-12", "date_end": "2023-06-14"},
            {"date": "2021-11", "precision": "month"},
            {"date": "", "note": "no reference date"},
        ]
    )
    view = context.timeline_view(tl)
    assert list(view["Date"]) == ["12 juin 2023", "novembre 2021", ""]
    assert list(view["Fin"]) == ["14 juin 2023", "", ""]
    events = pd.DataFrame(
        {
            "category": ["visit", "meet"],
            "label": ["visite", "rencontre"],
            "hedged": [False, False],
            "source": ["Valdor", None],
            "target": [None, "Tarsis"],
            "date": ["2023-06-01", None],
            "place": ["Orvane", None],
            "evidence": ["x", "y"],
            "sentence_id": [0, 1],
        }
    )
    assert list(context.events_view(events)["Date"]) == ["1er juin 2023", ""]


def test_the_theme_table_has_no_heading_column_when_the_article_has_no_heading():
    themes = pd.DataFrame(
        {
            "paragraph_id": [0, 1],
            "section": [None, None],
            "label": ["Diplomatie", "Économie et énergie"],
            "score": [12.5, 8.0],
            "terms": ["visite;accord", "dollars"],
            "dominant": [True, True],
            "sentence_id": [0, 2],
        }
    )
    assert "Intertitre" not in context.themes_view(themes).columns
    titled = themes.assign(section=[None, "Les enjeux"])
    assert list(context.themes_view(titled)["Intertitre"]) == ["", "Les enjeux"]


def test_a_story_whose_only_dates_are_before_never_counts_them_against_itself():
    """One dated expression, read as earlier than the main event: "1 repère temporel sur 1
    renvoie à des faits antérieurs à l'événement principal" contradicts itself (the story dates
    nothing else). With a dated visit as well, the count is worth saying."""
    alone = _timeline([{"date": "2023-06-11", "phase": "before"}])
    lines = context.timeline_headlines(_analysis({"timeline": alone}))
    assert lines and not any("sur 1" in line for line in lines), lines
    both = _timeline(
        [{"date": "2023-06-11", "phase": "before"}, {"date": "2023-06-13", "phase": "visit"}]
    )
    lines = context.timeline_headlines(_analysis({"timeline": both}))
    assert any(line.startswith("1\u00a0repère temporel sur 2 renvoie") for line in lines), lines


def test_the_structure_figure_says_what_its_dark_bar_and_dashes_are():
    """The lede's dark bar was unexplained; the legend names only what the article has (no
    "intertitre" entry for an article without headings)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.report.viz.briefing import structure_figure

    plain = pd.DataFrame(
        {"paragraph_id": [0, 1, 2], "kind": ["lede", "paragraph", "paragraph"]}
    ).assign(words=[40, 60, 50], section=None)
    fig = structure_figure(plain)
    legend = fig.axes[0].get_legend()
    assert [t.get_text() for t in legend.get_texts()] == ["chapeau", "paragraphe"]
    plt.close(fig)
    titled = pd.DataFrame(
        {"paragraph_id": [0, 1, 2], "kind": ["lede", "heading", "paragraph"]}
    ).assign(words=[40, 3, 50], section=[None, "Les enjeux", "Les enjeux"])
    fig = structure_figure(titled)
    texts = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert texts == ["chapeau", "paragraphe", "intertitre"]
    plt.close(fig)
