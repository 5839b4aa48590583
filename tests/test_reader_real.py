"""Reports read on real press (session 11): what a demanding analyst saw on four real articles
and the comparison of three, checked here on invented data, without a notebook: dates written
as French reads them, no column of blanks, no headline that contradicts itself."""

from __future__ import annotations

import pandas as pd
import pytest

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


def test_the_matrix_draws_only_named_holders_and_targets_and_lists_the_rest():
    """A column "pays" (an expelling state "asks them to leave the country") or a holder the
    text never identifies reads in the grid as a finding about nothing: such rows leave the
    matrix for a table that says why, so nothing found is hidden."""
    from analysis.report.views import stance
    from analysis.report.viz import stance as stance_viz

    base = {"hedged": False, "confidence": 0.5, "sentence_id": 3, "evidence": "…"}
    rows = [
        {"holder": "Valdor", "holder_id": "A01", "target": "Tarsis", "target_id": "A02"},
        {"holder": "Valdor", "holder_id": "A01", "target": "pays", "target_id": None},
        {"holder": "Valdor", "holder_id": "A01", "target": "Orvane", "target_id": None},
        {"holder": "un proche", "holder_id": None, "target": "Tarsis", "target_id": "A02"},
        {"holder": "Tarsis", "holder_id": "A02", "target": "plan de paix", "target_id": None},
    ]
    stances = pd.DataFrame([{**base, **r, "polarity": -1} for r in rows])
    places = pd.DataFrame({"name": ["Orvane"]})
    an = _analysis({"stances": stances, "places": places})
    shown = stance.charted(an, stances)
    assert set(stance_viz.stance_matrix(shown).columns) == {"Tarsis", "plan de paix"}
    unclear = stance.unclear_view(an, stances)
    assert list(unclear["Cible"]) == ["pays", "Orvane", "Tarsis"]
    assert list(unclear["Pourquoi hors matrice"]) == [
        "cible imprécise",
        "cible : un lieu",
        "tenant non identifié comme acteur",
    ]
    assert set(unclear["Position"]) == {"contre"}
    assert stance.unclear_view(an, stances.iloc[:1]).empty


def test_a_comparison_spells_out_two_disputed_attributions_and_counts_the_rest():
    """One long quotation cut three ways by three outlets made five near-identical lines,
    each "attribuée à ministère … ou à diplomatie …" (no article before the name). Now: each
    speaker with the outlet that names it, the quotation cut, and the rest counted."""
    from analysis.report.views import coverage

    rows = []
    for i in range(4):
        quote = f"nous resterons un partenaire loyal et fiable pour tous nos voisins {i} " * 4
        rows += [
            {"quote": quote, "outlet": "Média A", "speaker": "Bram Osk", "conflict": True},
            {
                "quote": quote,
                "outlet": "Média B",
                "speaker": "ministère des Affaires étrangères",
                "conflict": True,
            },
        ]
    rows.append(
        {"quote": "sans débat", "outlet": "Média A", "speaker": "Bram Osk", "conflict": False}
    )
    att = pd.DataFrame(rows)
    lines = [line.replace("\\", "") for line in coverage._attribution_lines(att)]  # Markdown
    assert len(lines) == 3, lines
    assert lines[0].endswith(": Bram Osk (Média A) ; ministère des Affaires étrangères (Média B).")
    assert "à ministère" not in lines[0] and "…" in lines[0]
    assert lines[2].startswith("2 autres citations attribuées différemment")


def test_comparison_percentages_are_french_and_paths_stay_out_of_the_header():
    from analysis.report.manifest import format_parameters
    from analysis.report.views import coverage

    cell = coverage._voice_cell(
        pd.DataFrame(
            [
                {
                    "present": True,
                    "mentions": 3,
                    "quotes": 2,
                    "share_of_voice": 0.52,
                    "article_id": "a",
                    "sentence_id": 1,
                }
            ]
        ),
        "..",
    )
    assert cell.items[0][0] == "3 m., 2 cit. (52\u00a0%)"
    params = {"articles": "/home/moi/textes/a.md;/home/moi/textes/b.md", "reports": ".."}
    assert format_parameters({**params, "max_rows": 5}) == "max_rows = 5"


def test_the_actor_network_keeps_strongly_linked_actors_apart():
    """The four most linked actors of a real article were drawn as one blot (the weighted
    layout pulled them together); nodes are now at least a set distance apart, a small
    component too."""
    import itertools
    import math

    import networkx as nx

    from analysis.report.viz import actors as actor_viz

    g = nx.Graph()
    core = ["Armand Téluire", "Valdor", "Tarsis", "Léo Varn"]
    for a, b in itertools.combinations(core, 2):
        g.add_edge(a, b, weight=6)
    for leaf in ("Bram Osk", "Orvanie", "Agence Presse-Orient"):
        g.add_edge("Léo Varn", leaf, weight=1)
    g.add_edge("Ilse Marrow", "Commission des riverains", weight=1)
    pos = actor_viz._layout(g)
    gap = actor_viz.MIN_NODE_DISTANCE
    small = {"Ilse Marrow", "Commission des riverains"}
    for a, b in itertools.combinations(g.nodes, 2):
        d = math.dist(pos[a], pos[b])
        assert d >= (0.3 if {a, b} == small else gap * 0.99), (a, b, d)
    apart = actor_viz.spread({"x": (0, 0), "y": (0, 0)}, 0.5)
    assert apart["x"][0] == pytest.approx(-0.25, abs=1e-4) and apart["y"][0] == pytest.approx(
        0.25, abs=1e-4
    )


def test_a_one_day_timeline_says_its_day_instead_of_a_period():
    """Three expressions of one day ("jeudi", "ce jeudi", "dans la matinée") were titled
    "Toute la période (jours)"; the title now names the day. A span without a zoom panel is
    "Dates citées", not "Toute la période"."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.report.viz import context as context_viz

    class _An:
        def __init__(self, timeline):
            self.tables = {"timeline": timeline}

    one_day = _timeline([{"date": "2023-04-06", "text": t} for t in ("jeudi", "ce jeudi")])
    fig = context_viz.timeline_figure(_An(one_day))
    assert fig.axes[0].get_title().replace("\n", " ") == "Un seul jour : 6 avril 2023"
    plt.close(fig)
    days = _timeline([{"date": "2023-04-04", "text": "mardi"}, {"date": "2023-04-06"}])
    fig = context_viz.timeline_figure(_An(days))
    assert fig.axes[0].get_title().replace("\n", " ") == "Dates citées (jours)"
    plt.close(fig)


def test_quoted_evaluative_terms_say_whose_they_are():
    """« stratégique », a word the text gives to a named speaker, was listed under "Termes
    tenus à distance" as if the journalist doubted it: each term now says its speaker, or
    "sans locuteur" when the journalist holds it at a distance."""
    from analysis.report.views import stance

    quotes = pd.DataFrame(
        {
            "speaker": ["Armand Téluire", None],
            "text": ["stratégique", "expulsés"],
            "kind": ["partial", "scare"],
            "evaluative": [True, True],
            "words": [1, 1],
            "sentence_id": [4, 3],
            "start": [0, 2],
            "end": [1, 3],
        }
    )
    lines = stance.headlines(_analysis({"quotes": quotes}))
    line = next(x for x in lines if x.startswith("Termes"))
    assert line.replace("\\", "") == (
        "Termes évaluatifs entre guillemets : «\u00a0stratégique\u00a0» (Armand Téluire, "
        "[phrase 5](#phrase-5)), «\u00a0expulsés\u00a0» (sans locuteur, [phrase 4](#phrase-4))."
    )


def test_the_densest_relation_is_named_only_when_one_stands_out():
    """Among pairs sharing one sentence each, the brief called whichever came first "la
    plus dense"; ties at the top are now named together, and single sentences said as such."""
    from analysis.report.views import actors

    people = pd.DataFrame(
        {"actor_id": ["A01", "A02", "A03"], "name": ["Valdor", "Tarsis", "Léo Varn"]}
    )

    def line(weights: list[int]) -> str:
        rel = pd.DataFrame(
            {
                "source_id": ["A01", "A01", "A02"][: len(weights)],
                "target_id": ["A02", "A03", "A03"][: len(weights)],
                "weight": weights,
                "verbs": ["dire"] * len(weights),
                "sentence_ids": ["0; 2"] * len(weights),
            }
        )
        return actors._relation_line(_analysis({"actors": people, "relations": rel}), rel)

    assert line([1, 1]) == "Aucun couple d'acteurs n'est nommé ensemble dans plus d'une phrase."
    assert line([2, 1]).startswith(
        "Relation la plus dense : **Valdor** et **Tarsis**, 2\u00a0phrases en commun ("
    )
    assert line([2, 1]).endswith(") ; verbes : dire.") and ") (" not in line([2, 1])
    tied = line([2, 2, 1])
    assert tied.startswith("Relations les plus denses, 2\u00a0phrases en commun chacune : ")
    assert "**Valdor** et **Tarsis**" in tied and "**Valdor** et **Léo Varn**" in tied
    assert "Tarsis** et **Léo Varn" not in tied


def test_comparison_titles_and_lone_articles_agree_with_their_number():
    """ "Article(s) seul(s)" and "(2 articles, 1 médias)" when one outlet wrote both."""
    from analysis.report.views import coverage

    class _Cov:
        groups = pd.DataFrame(
            {
                "event_group": ["E1", "E1", "E2"],
                "outlet": ["Le Veilleur", "Le Veilleur", "Orvane Soir"],
                "label": ["Valdor, Tarsis", "Valdor, Tarsis", "Orvanie"],
                "articles": [2, 2, 1],
                "article_id": ["a", "b", "c"],
            }
        )

    title = coverage.group_title(_Cov(), "E1")
    assert title == "E1 — Valdor, Tarsis (2\u00a0articles, 1\u00a0média)"
    alone = coverage.single_articles(_Cov())
    line = coverage.single_articles_line(alone).replace("\\", "")
    assert line == "Article seul sur son événement, sans comparaison : Orvane Soir (c)."
    two = pd.concat([alone, alone.assign(article_id="d")])
    assert coverage.single_articles_line(two).startswith("Articles seuls sur leur événement")
