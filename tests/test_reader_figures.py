"""Figures as the reports show them: vector SVG in the HTML (scaled to the page, its text
legible on a 400 px phone), vector PDF in the LaTeX, formats chosen in the notebook kernel.

The end-to-end check (every figure of three articles' reports, measured in Chromium at 400 px)
is ``tests/test_reader_browser.py``; here each piece is checked on figures made from invented
names, without a build.
"""

from __future__ import annotations

import io
import re
from urllib.parse import unquote

import matplotlib
import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from analysis.report import render, viz
from analysis.report.filters import svg_data_uri
from analysis.report.viz import actors as actor_viz
from analysis.report.viz import stance as stance_viz

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

PHONE_FIGURE_PX = 382  # a 400 px viewport less the page's side padding (report.css)
MIN_TEXT_PX = 8.0


def _svg(fig) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg")  # savefig.bbox = tight, as the inline backend
    plt.close(fig)
    return buf.getvalue()


def _smallest_text_on_a_phone(svg: str) -> float:
    """The smallest font of ``svg`` in CSS px once the figure is scaled to a phone's width."""
    width = float(re.search(r'viewBox="[\d.]+ [\d.]+ ([\d.]+)', svg).group(1))
    sizes = [float(s) for s in re.findall(r"font-size: ([\d.]+)px", svg)]
    assert sizes, "text was drawn as paths: svg.fonttype must stay 'none'"
    return min(sizes) * min(1.0, PHONE_FIGURE_PX / width)


def _actors() -> pd.DataFrame:
    names = [
        "Ministère des Affaires étrangères de la République du Valdor",
        "Armand Téluire",
        "Conseil de coopération des États riverains et des territoires associés",
        "Valdor",
        "Agence Presse-Orient",
        "Société nationale des chantiers navals",
    ]
    return pd.DataFrame(
        {
            "actor_id": [f"A{i:02d}" for i in range(len(names))],
            "name": names,
            "mentions": [7, 5, 3, 3, 2, 1],
            "first_start": range(len(names)),
            "type": ["organisation", "person", "organisation", "state", "media", "company"],
        }
    )


def test_figures_fit_the_page_and_stay_legible_on_a_phone():
    """Long wrapped names and legends stay inside the figure's width, so the HTML does not
    shrink the text below 8 px on a 400 px screen."""
    figures = {
        "mentions": actor_viz.mentions_figure(_actors()),
        "types": actor_viz.type_figure(_actors()),
        "voice share": stance_viz.voice_share_figure(
            0.4, pd.Series({"direct": 30, "partial": 10, "reported": 50, "scare": 2})
        ),
    }
    for name, fig in figures.items():
        svg = _svg(fig)
        width = float(re.search(r'viewBox="[\d.]+ [\d.]+ ([\d.]+)', svg).group(1))
        assert width <= viz.FIG_WIDTH * 72 * 1.06, (name, width)
        assert _smallest_text_on_a_phone(svg) >= MIN_TEXT_PX, name


def test_the_measure_catches_an_illegible_figure():
    """The check above can fail: a 7.5-inch figure with 7 pt labels is caught."""
    viz.apply_style()
    fig, ax = plt.subplots(figsize=(7.5, 2))
    ax.set_yticks([0], ["une étiquette"], fontsize=7)
    assert _smallest_text_on_a_phone(_svg(fig)) < MIN_TEXT_PX


def test_legend_columns_fit_the_figure_width():
    assert viz.legend_columns([]) == 1
    assert viz.legend_columns(["a", "b"]) == 2
    six = ["personne", "État", "organisation", "entreprise", "média", "groupe"]
    assert 1 < viz.legend_columns(six) < 6
    assert viz.legend_columns(["une très longue étiquette de légende " * 3]) == 1


def test_svg_data_uri_is_the_figure_without_prologue_or_metadata():
    viz.apply_style()
    fig, ax = plt.subplots()
    ax.set_title("Valdor & « Téluire » #1 100 %")
    svg = _svg(fig)
    uri = svg_data_uri(svg)
    assert uri.startswith("data:image/svg+xml;charset=utf-8,%3Csvg ")
    body = uri.split(",", 1)[1]
    assert not re.search(r"[#\"\n<>]", body)  # each is percent-encoded
    assert "« Téluire »" in body  # letters stay readable (and short)
    decoded = unquote(body)
    assert "<?xml" not in decoded and "<!DOCTYPE" not in decoded and "<metadata" not in decoded
    assert "Valdor &amp; « Téluire » #1 100 %" in decoded
    assert decoded.endswith("</svg>")


def _figure_notebook() -> nbformat.NotebookNode:
    """A notebook whose figure is stored as the kernel stores it (SVG and PDF, no PNG)."""
    viz.apply_style()
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1])
    ax.set_title("Courbe inventée")
    svg = _svg(fig)
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1])
    pdf = io.BytesIO()
    fig.savefig(pdf, format="pdf")
    plt.close(fig)
    import base64

    data = {
        "image/svg+xml": svg,
        "application/pdf": base64.b64encode(pdf.getvalue()).decode(),
        "text/plain": "<Figure>",
    }
    nb = new_notebook()
    nb.cells = [
        new_markdown_cell("# Les acteurs"),
        new_code_cell("fig", outputs=[new_output("display_data", data=data)]),
    ]
    return nb


def test_html_shows_the_svg_as_an_image_scaled_to_the_page(tmp_path):
    page = render.render_html(_figure_notebook(), tmp_path / "r.html", {"title": "Valdor"})
    html = page.read_text(encoding="utf-8")
    images = re.findall(r"<img [^>]*>", html)
    assert len(images) == 1 and 'class="vr-figure"' in images[0], images
    assert 'src="data:image/svg+xml;charset=utf-8,%3Csvg ' in images[0]
    assert "data:image/png" not in html and "<svg" not in html  # an image, not inline markup
    assert "Courbe inventée" in unquote(html)
    css = re.search(r"img \{[^}]*\}", html).group(0)
    assert "max-width: 100%" in css and "height: auto" in css


def test_latex_includes_the_vector_pdf_not_a_raster(tmp_path):
    exporter = render.get_exporter("pdf")
    from analysis.report.header import resources_for

    nb = _figure_notebook()
    latex, resources = exporter.from_notebook_node(nb, resources=resources_for({}, nb, None))
    included = re.findall(r"\\adjustimage\{.*\}\{([^}]*)\}", latex)
    assert len(included) == 1 and included[0].endswith(".pdf"), included
    assert included[0] in resources.get("outputs", {})


def test_figures_are_vector_in_a_kernel_and_untouched_outside(monkeypatch):
    """In IPython the inline backend stores SVG and PDF; in a script nothing changes."""
    import IPython
    from IPython.testing.globalipapp import get_ipython

    viz.vector_figures()  # no kernel here: a no-op, no error
    shell = get_ipython()
    monkeypatch.setattr(IPython, "get_ipython", lambda: shell)
    viz.vector_figures()
    formatters = shell.display_formatter.formatters
    figure = plt.figure()
    try:
        assert formatters["image/svg+xml"].lookup(figure) is not None
        assert formatters["application/pdf"].lookup(figure) is not None
        with pytest.raises(KeyError):
            formatters["image/png"].lookup(figure)
    finally:
        plt.close(figure)


# --------------------------------------------------------------------------------------------
# Figures on real press: crowded places, one-day stories, paler weak stances


class _An:
    """An analysis stand-in: the tables a figure reads."""

    def __init__(self, **tables):
        self.tables = tables


def _timeline(dates: list[str], phases: list[str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "date": dates,
            "date_end": [""] * len(dates),
            "precision": ["day" if len(d) == 10 else "year" for d in dates],
            "text": [f"expression {i}" for i in range(len(dates))],
            "event": [""] * len(dates),
            "phase": phases,
        }
    )


def _tick_texts(ax) -> list[str]:
    ax.figure.canvas.draw()
    return [t.get_text() for t in ax.get_xticklabels() if t.get_text()]


def test_a_one_day_story_is_drawn_on_french_dates_not_a_century_of_years():
    from analysis.report.viz import context as context_viz

    fig = context_viz.timeline_figure(_An(timeline=_timeline(["2023-04-06"] * 3, ["visit"] * 3)))
    assert len(fig.axes) == 1  # no zoom panel on a single day
    ticks = _tick_texts(fig.axes[0])
    assert ticks and all(re.fullmatch(r"(1er|\d{1,2}) [a-zéû]+\.? \d{4}", t) for t in ticks)
    assert "avr. 2023" in " ".join(ticks)
    assert fig.axes[0].xaxis.get_offset_text().get_text() == ""
    plt.close(fig)


def test_a_story_over_decades_has_whole_years_and_zooms_only_on_several_days():
    from analysis.report.viz import context as context_viz

    # the visit's dates all fall on one day: no zoom panel with meaningless ticks
    tl = _timeline(["1991", "2025-03-13", "2025-03-13"], ["before", "visit", "visit"])
    fig = context_viz.timeline_figure(_An(timeline=tl))
    assert len(fig.axes) == 1
    ticks = _tick_texts(fig.axes[0])
    assert ticks and all(re.fullmatch(r"\d{4}", t) for t in ticks), ticks
    plt.close(fig)
    tl = _timeline(["2000", "2021-11-22", "2021-11-24"], ["before", "before", "visit"])
    fig = context_viz.timeline_figure(_An(timeline=tl))
    assert len(fig.axes) == 2
    assert all("nov. 2021" in t for t in _tick_texts(fig.axes[1]))
    plt.close(fig)


def test_crowded_labels_never_overprint_each_other_nor_leave_the_frame():
    fig, ax = plt.subplots(figsize=(viz.FIG_WIDTH, 3))
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 50)
    names = ["Valdorie", "Vardane", "Haut-Tarsis", "Constitution", "Caucase du Nord", "Orvane"]
    points = [(44 + i * 0.8, 40 - i * 0.6, n) for i, n in enumerate(names)]
    anns = viz.place_labels(ax, points)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    # the names' own boxes (a leader line may cross another name, never its text)
    boxes = [matplotlib.text.Text.get_window_extent(a, renderer) for a in anns]
    assert len(anns) >= 5  # a crowded corner still names nearly every point
    for i, a in enumerate(boxes):
        assert frame.contains(a.x0, a.y0) and frame.contains(a.x1, a.y1)
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b), (a, b)
    plt.close(fig)


def test_a_weak_stance_is_paler_than_a_sure_one_in_the_matrix():
    stances = pd.DataFrame(
        {
            "holder": ["Valdor", "Valdor"],
            "target": ["Tarsis", "plan de paix"],
            "polarity": [-1, 1],
            "confidence": [0.5, 0.85],
        }
    )
    m = stance_viz.stance_matrix(stances)
    assert m.loc["Valdor", "Tarsis"] == pytest.approx(-0.5)
    assert m.loc["Valdor", "plan de paix"] == pytest.approx(0.85)


def test_map_and_colour_bar_ticks_use_a_decimal_comma():
    from analysis.report.viz import context as context_viz

    places = pd.DataFrame(
        {
            "place_id": ["P01", "P02"],
            "name": ["Vardane", "Orvane"],
            "lat": [40.1, 41.3],
            "lon": [44.5, 46.2],
            "kind": ["city", "city"],
            "role": ["place", "place"],
            "mentions": [2, 1],
        }
    )
    fig = context_viz.map_figure(_An(places=places))
    fig.canvas.draw()
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels() if t.get_text()]
    assert ticks and not any("." in t for t in ticks), ticks
    plt.close(fig)


def test_a_one_paragraph_theme_profile_has_no_colour_bar_taller_than_itself():
    from analysis.report.viz import context as context_viz

    themes = pd.DataFrame(
        {
            "paragraph_id": [0, 0],
            "theme": ["diplomacy", "security"],
            "score": [3.0, 0.4],
            "kind": ["lede", "lede"],
            "section": ["", ""],
        }
    )
    fig = context_viz.themes_figure(_An(themes=themes))
    assert len(fig.axes) == 1  # the values are printed in the cells; the unit is in the title
    assert "pour 100 mots" in fig.axes[0].get_title()
    texts = {t.get_text() for t in fig.axes[0].texts}
    assert "0,4" in texts and "0" not in texts
    plt.close(fig)


def test_a_one_paragraph_article_is_one_bar_not_a_block_with_repeated_ticks():
    from analysis.report.viz.briefing import structure_figure

    structure = pd.DataFrame(
        {"paragraph_id": [0], "kind": ["paragraph"], "words": [299], "section": [None]}
    )
    fig = structure_figure(structure)
    ax = fig.axes[0]
    fig.canvas.draw()
    ticks = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert len(ticks) == len(set(ticks)), ticks  # never "1 1 1 1"
    assert ax.get_xlim()[1] >= 5
    assert "un seul paragraphe" in ax.get_title()
    plt.close(fig)


def test_a_two_row_matrix_under_many_long_targets_keeps_its_rows_visible():
    """Two holders and eight long targets (upright names) once got a fixed 2.6-inch figure:
    constrained layout collapsed the axes and drew names, title and colour bar over one
    another. The height follows the names now: no collapse, each row at least 0.3 inch."""
    import warnings

    targets = [
        "Valdor",
        "plusieurs accords bilatéraux",
        "Conseil de coopération des États riverains",
        "coopération stratégique",
        "Douze accords de coopération",
        "relation",
        "échanges commerciaux",
        "visite historique",
    ]
    rows = [{"holder": "Armand Téluire", "target": t} for t in targets]
    rows.append({"holder": "Léo Varn", "target": "visite historique"})
    stances = pd.DataFrame(rows).assign(polarity=1, confidence=0.5)
    with warnings.catch_warnings():
        # "constrained_layout not applied" is the collapse
        warnings.simplefilter("error", UserWarning)
        fig = stance_viz.matrix_figure(stances)
        fig.canvas.draw()
    ax = fig.axes[0]
    assert ax.get_window_extent().height / fig.dpi >= 0.3 * 2
    renderer = fig.canvas.get_renderer()
    names = [t.get_window_extent(renderer) for t in ax.get_yticklabels() if t.get_text()]
    assert len(names) == 2 and not names[0].overlaps(names[1])
    title = ax.title.get_window_extent(renderer)
    assert not any(title.overlaps(n) for n in names)
    plt.close(fig)


def test_matrix_target_names_never_run_into_each_other():
    """Five or six targets were slanted on two lines and ran into each other; they stand
    upright now, and no two names' boxes overlap (upright boxes are the glyphs' own)."""
    targets = [
        "plusieurs accords bilatéraux",
        "Conseil de coopération des États riverains",
        "coopération stratégique",
        "Douze accords de coopération",
        "échanges commerciaux",
    ]
    for n in (3, 5):
        stances = pd.DataFrame({"holder": "Armand Téluire", "target": targets[:n]})
        fig = stance_viz.matrix_figure(stances.assign(polarity=1, confidence=0.8))
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        labels = [t for t in fig.axes[0].get_xticklabels() if t.get_text()]
        assert len(labels) == n
        boxes = [t.get_window_extent(renderer) for t in labels]
        assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :]), n
        plt.close(fig)


def test_a_cell_of_support_and_opposition_is_marked_not_left_neutral():
    """One support and one opposition average to a pale cell that read as "neutre": the
    cell's count carries "±"."""
    stances = pd.DataFrame(
        {
            "holder": ["Valdor", "Valdor", "Valdor"],
            "target": ["Tarsis", "Tarsis", "plan de paix"],
            "polarity": [1, -1, 1],
            "confidence": [0.5, 0.6, 0.8],
        }
    )
    assert stance_viz.mixed_cells(stances) == {("Valdor", "Tarsis")}
    fig = stance_viz.matrix_figure(stances)
    texts = sorted(t.get_text() for t in fig.axes[0].texts)
    assert texts == ["1", "2 ±"]
    plt.close(fig)
