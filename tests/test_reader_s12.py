"""Reports read on real press (session 12): what a demanding reader flagged on five real
articles and the comparison of two, checked here on invented data without a notebook: counts
that add up, a comparison that says what it compares and links only to its own folder, French
without a missing elision, a single aside per finding, a readable URL under the title."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd

from analysis.document.article import parse_article
from analysis.pipeline import Analysis

NBSP = "\u00a0"


def _analysis(tables: dict[str, pd.DataFrame]) -> Analysis:
    article = parse_article("Texte.", publication="2023-06-14", check_language=False)
    return Analysis(article, tables)


def _events(categories: list[str]) -> pd.DataFrame:
    n = len(categories)
    return pd.DataFrame(
        {
            "category": categories,
            "label": categories,
            "hedged": [False] * n,
            "sentence_id": list(range(n)),
        }
    )


def test_the_events_headline_counts_the_kinds_it_does_not_list():
    """ "4 événements relevés : demande ou exigence (1), visite (1), soutien ou approbation
    (1)" did not add up to four: the kinds left out are now counted."""
    from analysis.report.views import context

    four = context.events_headlines(
        _analysis({"events": _events(["demand", "visit", "praise_endorse", "meet"])})
    )[0]
    assert four.startswith(f"4{NBSP}événements relevés : demande ou exigence (1), visite (1)")
    assert f"soutien ou approbation (1) et 1{NBSP}autre ; le premier" in four
    many = context.events_headlines(
        _analysis(
            {
                "events": _events(
                    ["meet", "meet", "visit", "praise_endorse", "demand", "threaten_fight"]
                )
            }
        )
    )[0]
    assert (
        f"surtout : rencontre (2), visite (1), soutien ou approbation (1) et 2{NBSP}autres ;"
        in (many)
    )
    three = context.events_headlines(_analysis({"events": _events(["visit", "meet", "visit"])}))
    assert "autre" not in three[0] and "visite (2), rencontre (1) ; le premier" in three[0]


def test_a_stance_told_differently_says_what_each_outlet_reports_without_a_bad_elision():
    """ "Position de Algérie envers Espagne : rapportée en sens opposé" lacked two elisions and
    hid that both outlets said "contre" (one also "pour")."""
    from analysis.report.views import coverage

    s = pd.DataFrame(
        {
            "holder": ["Valdorie"] * 3,
            "target": ["Ostrie"] * 3,
            "outlet": ["Le Veilleur", "Orvane Soir", "Orvane Soir"],
            "polarity": [-1, -1, 1],
            "pair": ["Valdorie → Ostrie"] * 3,
        }
    )
    line = coverage._sign_line(s).replace("\\", "")
    assert line == (
        "Position **Valdorie → Ostrie** rapportée différemment selon le média : "
        "contre (Le Veilleur) ; pour et contre (Orvane Soir)."
    )
    assert "de Valdorie" not in line


def test_a_group_heading_does_not_name_a_country_twice():
    """A country is an actor and a place: the group's label said "Algérie, Espagne, APS —
    Algérie, Espagne" in every heading."""
    from analysis.report.views import coverage

    class _Cov:
        groups = pd.DataFrame(
            {
                "event_group": ["E1", "E1", "E2"],
                "outlet": ["Le Veilleur", "Orvane Soir", "Le Veilleur"],
                "label": [
                    "Valdorie, Ostrie, Bram Osk — Valdorie, Ostrie, Port-Lune",
                    "Valdorie, Ostrie, Bram Osk — Valdorie, Ostrie, Port-Lune",
                    "Valdorie, Ostrie — Valdorie, Ostrie",
                ],
                "articles": [2, 2, 1],
                "article_id": ["a", "b", "c"],
            }
        )

    assert coverage.group_title(_Cov(), "E1") == (
        f"E1 — Valdorie, Ostrie, Bram Osk — Port-Lune (2{NBSP}articles, 2{NBSP}médias)"
    )
    assert coverage.group_title(_Cov(), "E2") == (
        f"E2 — Valdorie, Ostrie (1{NBSP}article, 1{NBSP}média)"
    )


def _comparison(sources: list[str | None]):
    from analysis.report.compare import comparison_task

    nb = Path(__file__).resolve().parents[1] / "notebooks" / "05_coverage.ipynb"
    loaded = [
        (Path(f"/tmp/art{i}.md"), SimpleNamespace(slug=f"art{i}", source=s))
        for i, s in enumerate(sources)
    ]
    return comparison_task(nb, loaded, {}, ("html",), Path("/tmp/out"))


def test_a_comparison_names_its_outlets_and_its_bar_links_to_its_own_folder_only():
    """The comparison's navigation bar linked to 00_briefing.html … 04_corpus.html in its
    own folder, where none exists; its header said "Couverture comparée" twice and the site
    index "Comparaison de 2 article(s)"."""
    from analysis.report.header import _nav
    from analysis.report.tasks import _report_meta

    task = _comparison(["Le Veilleur", "Orvane Soir"])
    assert task.meta["title"] == f"Comparaison de 2{NBSP}articles : Le Veilleur, Orvane Soir"
    nav = _nav({**task.meta}, "05_coverage")
    assert nav == [{"href": "05_coverage.html", "label": nav[0]["label"], "current": True}]
    nb = SimpleNamespace(cells=[SimpleNamespace(cell_type="markdown", source="# Couverture")])
    meta = _report_meta(task, nb)
    assert meta["title"] == task.meta["title"] and meta["publication"] is None
    unnamed = _comparison(["Le Veilleur", None, "Orvane Soir"])
    assert unnamed.meta["title"] == f"Comparaison de 3{NBSP}articles"
    many = _comparison(["A", "B", "C", "D", "E", "F"])
    assert many.meta["title"].endswith(f": A, B, C, D et 2{NBSP}autres")


def test_the_url_under_the_title_is_read_decoded_and_linked_encoded():
    """The PDF printed "…/la-chine-a-facilit%C3%A9-le-rapprochement-…" over two lines."""
    from analysis.report.header import shown_url

    url = "https://www.exemple.fr/a/la-valdorie-a-facilit%C3%A9-l-accord/7.html"
    assert shown_url(url) == "https://www.exemple.fr/a/la-valdorie-a-facilité-l-accord/7.html"
    assert shown_url("https://x.fr/a%20b") == "https://x.fr/a%20b"  # a space stays encoded
    assert shown_url("https://x.fr/%7Bx%7D") == "https://x.fr/%7Bx%7D"  # so do TeX braces
    assert shown_url("https://x.fr/%FF") == "https://x.fr/%FF"  # not UTF-8


def test_an_act_with_no_target_is_said_without_a_question_mark():
    """ "rencontre : Haut Conseil → ?" in the comparison's tables of who did what."""
    from analysis.report.views import coverage

    assert (
        coverage.thing("rencontre : Conseil de Valdorie → ?") == "rencontre : Conseil de Valdorie"
    )
    assert coverage.thing("critique : ? → Ostrie") == "critique : ? → Ostrie"
    assert coverage.thing("visite : Bram Osk → Ostrie") == "visite : Bram Osk → Ostrie"


def test_a_map_of_one_place_takes_in_the_states_named_for_their_governments():
    """One state used as a place and one named only for its government drew a blank square
    around a single dot, the other state cut out of the frame."""
    import matplotlib.pyplot as plt

    from analysis.report.viz import context as context_viz

    places = pd.DataFrame(
        {
            "place_id": ["P01", "P02"],
            "name": ["Valdorie", "Ostrie"],
            "lat": [48.4, 47.2],
            "lon": [31.2, 19.5],
            "kind": ["country", "country"],
            "role": ["place", "government"],
            "mentions": [6, 1],
        }
    )
    fig = context_viz.map_figure(SimpleNamespace(tables={"places": places}))
    lon0, lon1 = fig.axes[0].get_xlim()
    assert lon0 < 19.5 and lon1 > 31.2, (lon0, lon1)
    plt.close(fig)


def test_an_article_alone_on_its_event_is_named_by_its_outlet_and_date():
    """ "VOA Afrique (2023-03-15_voaafrique_chine-…)": the file's slug, cut across two lines."""
    from analysis.report.views import coverage

    alone = pd.DataFrame(
        {
            "outlet": ["Orvane Soir", "Le Veilleur"],
            "article_id": ["2023-03-15_orvane_accord", "sans-date"],
            "publication": ["2023-03-15", None],
        }
    )
    line = coverage.single_articles_line(alone).replace("\\", "")
    assert line.endswith(": Orvane Soir (15 mars 2023), Le Veilleur (sans-date).")


def test_the_evaluative_terms_table_is_not_captioned_as_held_at_a_distance():
    """Its rows are also partial quotes the text gives to a named speaker (the column says
    whose): "Termes tenus à distance" put the journalist's doubt where the text has none."""
    import json

    nb = Path(__file__).resolve().parents[1] / "notebooks" / "02_stance.ipynb"
    cells = ["".join(c["source"]) for c in json.loads(nb.read_text())["cells"]]
    cell = next(c for c in cells if 'quotes[quotes["evaluative"]]' in c)
    assert 'caption="Termes évaluatifs entre guillemets"' in cell
    assert "tenus à distance" not in cell


def test_a_word_two_outlets_use_is_not_listed_as_either_ones_own():
    """ "l'algérie ×2" stood under each outlet's "mots qu'il est seul à employer" (one wrote
    it with a straight apostrophe, the other with a curly one)."""
    from analysis.report.views import coverage

    words = pd.DataFrame(
        {
            "outlet": ["Le Veilleur", "Orvane Soir", "Orvane Soir", "Le Veilleur"],
            "article_id": ["a", "b", "b", "a"],
            "word": ["l'ostrie", "l’ostrie", "trahison", "puissance"],
            "count": [2, 2, 1, 2],
            "sentence_id": [0, 1, 2, 3],
        }
    )

    class _Cov:
        def group(self, group):
            return {"coverage_words": words}

    table = coverage.words_table(_Cov(), "E1")
    shown = {
        r["média"]: [t for t, _ in r["mots qu'il est seul à employer"].items]
        for _, r in table.iterrows()
    }
    assert shown == {"Le Veilleur": ["puissance ×2"], "Orvane Soir": ["trahison"]}


def test_the_index_pages_say_when_they_were_updated_in_french():
    """ "Mis à jour : 2026-12-05 17:22" was the only ISO date a reader met in the reports."""
    import datetime as dt

    from analysis.report.index import updated

    assert updated(dt.datetime(2026, 12, 5, 17, 22)) == f"5 décembre 2026 à 17{NBSP}h{NBSP}22"
    assert updated(dt.datetime(2026, 3, 1, 9, 5)) == f"1er mars 2026 à 9{NBSP}h{NBSP}05"
