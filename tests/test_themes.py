"""Themes: the lexicon is documented and each paragraph gets the theme its words carry."""

from __future__ import annotations

from analysis.extract.context import themes
from analysis.report.views import context as context_views
from tests.helpers import run_steps

TEXT = (
    "Le ministre kényan a rencontré son homologue éthiopien pour relancer le dialogue "
    "diplomatique et signer un accord de partenariat.\n\n"
    "Des milliers de manifestants se sont rassemblés devant le Parlement à l'appel de "
    "l'opposition et de plusieurs associations ; la police a procédé à des interpellations.\n\n"
    "Le contrat prévoit des investissements de deux milliards de dollars dans le gaz et les "
    "énergies renouvelables, selon le ministère de l'Économie."
)


def run():
    an = run_steps(TEXT, steps=["themes"], publication="2023-06-14")
    return an.article, an.tables["themes"], an.tables["theme_hits"]


def test_taxonomy_is_documented():
    tax = themes.taxonomy()
    assert {"security", "diplomacy", "territory", "economy", "protest", "rights", "history"} <= set(
        tax
    )
    for spec in tax.values():
        assert spec["label"] and spec["definition"] and len(spec["terms"]) >= 10


def test_dominant_theme_per_paragraph():
    article, table, hits = run()
    dominant = table[table["dominant"]].set_index("paragraph_id")["theme"].to_dict()
    paras = [p.id for p in article.paragraphs if p.kind != "heading"]
    assert [dominant[p] for p in paras] == ["diplomacy", "protest", "economy"]


def test_scores_and_evidence():
    article, table, hits = run()
    first = table[table["paragraph_id"] == 0].set_index("theme")
    assert first.loc["diplomacy", "hits"] >= 4
    assert abs(table.groupby("paragraph_id")["share"].sum() - 1).max() < 0.01
    assert len(hits) == table["hits"].sum()
    for r in hits.itertuples():
        assert article.text[r.start : r.end] == r.text


def test_profile_matrix():
    _, table, _ = run()
    prof = context_views.profile(table)
    assert prof.shape == (3, len(themes.taxonomy()))
    assert prof.loc[1, "protest"] > prof.loc[1, "economy"]


def test_theme_heat_map_of_a_long_article_labels_its_paragraph_bins():
    """More paragraphs than the figure's rows: paragraphs are binned and every bin labelled
    (it used to set 40 labels on 0 ticks and crash the context report)."""
    import pandas as pd

    from analysis.document.article import parse_article
    from analysis.extract.context.themes import taxonomy
    from analysis.pipeline import Analysis
    from analysis.report.viz.context import MAX_PROFILE_ROWS, themes_figure

    theme = next(iter(taxonomy()))
    rows = [
        {"paragraph_id": i, "kind": "paragraph", "section": None, "theme": theme, "score": 1.0}
        for i in range(MAX_PROFILE_ROWS + 5)
    ]
    article = parse_article("Texte.", publication="2023-06-14", check_language=False)
    fig = themes_figure(Analysis(article, {"themes": pd.DataFrame(rows)}))
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels and all(label.startswith("§") and "–" in label for label in labels)
