"""The rendering layer: offline, script-free HTML and A4 French PDF from an executed notebook.

The notebook is built here with nbformat, with the outputs the real notebooks produce (a
matplotlib PNG, ``display.table`` and ``display.md`` objects, streams), and article text that
contains ``<script>`` and every LaTeX special character. The HTML is loaded in headless
Chromium driven by Playwright, which reports every request the *page* makes (the browser's own
background traffic is not involved) and every JavaScript dialog.
"""

from __future__ import annotations

import base64
import io
import os
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import matplotlib
import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from analysis.errors import BuildError, SetupError
from analysis.report import display, render
from tests.helpers import chromium

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

EPOCH = "1637712000"  # 2021-11-24 00:00:00 UTC
SPECIALS = "\\ % $ & # _ { } ~ ^ « » ’"
EVIL = "<script>alert(1)</script>"
CODE_MARKER = "secret_code_marker_42"
TITLE = "Benny Gantz à Rabat : « un accord » à 100 % & $ # _ ~ ^ {x} \\ fin"
META = {
    "slug": "test-article",
    "title": TITLE,
    "publication": "2021-11-24",
    "precision": "day",
    "source": "Le Journal & Cie",
    "url": "https://example.org/article%201#suite",
}


# --------------------------------------------------------------------------------------------
# The notebook


def _png() -> str:
    fig, ax = plt.subplots(figsize=(12, 3))  # wider than the page: must be scaled down
    ax.bar(["a", "b", "c"], [3, 1, 2])
    ax.set_title("Longueur des paragraphes")
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode()


def _display_output(obj: object) -> nbformat.NotebookNode:
    """What IPython's display() records for one of analysis.report.display's objects."""
    data = {"text/plain": repr(obj)}
    for mime, method in (
        ("text/html", "_repr_html_"),
        ("text/latex", "_repr_latex_"),
        ("text/markdown", "_repr_markdown_"),
    ):
        if hasattr(obj, method):
            data[mime] = getattr(obj, method)()
    return new_output("display_data", data=data)


def make_notebook(extra_cells: list | None = None) -> nbformat.NotebookNode:
    table = pd.DataFrame(
        {
            "Acteur": ["Benny Gantz", EVIL, SPECIALS, "https://twitter.com/un_compte_tres_long"],
            "Rôle": ["ministre de la Défense", "inconnu", SPECIALS, "compte"],
            "Citation": ["« Nous avons signé » " * 4, "l’œuvre", SPECIALS, "…"],
            "Phrase": [1, 2, 3, 4],
        }
    )
    cells = [
        new_markdown_cell(
            "# Acteurs\n\nCaractères Markdown : \\\\ % \\$ & \\# \\_ \\{ \\} \\~ \\^ « » ’.\n\n"
            "<b>html-brut</b> <!-- commentaire -->"
        ),
        new_code_cell('article = "x.txt"', metadata={"tags": ["parameters"]}),
        new_code_cell(
            f"import {CODE_MARKER}\n{CODE_MARKER}.plot()",
            execution_count=3,
            outputs=[
                new_output("stream", name="stderr", text="UserWarning: bruit de bibliothèque\n"),
                new_output("stream", name="stdout", text=f"sortie {SPECIALS} " + "x" * 160),
                new_output("display_data", data={"image/png": _png(), "text/plain": "<Figure>"}),
            ],
        ),
        new_markdown_cell("## Tableau"),
        new_code_cell(
            f"{CODE_MARKER}.table()",
            execution_count=4,
            outputs=[_display_output(display.table(table, caption=f"Acteurs {SPECIALS}"))],
        ),
        new_code_cell(
            f"{CODE_MARKER}.md()",
            execution_count=5,
            outputs=[
                _display_output(
                    display.md("Texte de l’article : {t}", t=f"{EVIL} {SPECIALS} $5 et $10")
                )
            ],
        ),
    ]
    nb = new_notebook(
        cells=cells + (extra_cells or []),
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3"}},
    )
    return nb


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        nb = make_notebook()
        html_path = render.render_html(nb, out / "acteurs.html", META)
        pdf_path = render.render_pdf(nb, out / "acteurs.pdf", META)
        passes = render.get_exporter("pdf").passes
        again = render.render_pdf(nb, out / "again.pdf", META)
    finally:
        if old is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old
    return {"html": html_path, "pdf": pdf_path, "again": again, "passes": passes, "dir": out}


def _pdftext(path: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _squash(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------------------------
# PDF


def test_pdf_shows_title_header_and_special_characters_literally(rendered):
    text = _squash(_pdftext(rendered["pdf"]))
    assert TITLE in text
    assert "Publié le 24 novembre 2021" in text and "Source : Le Journal & Cie" in text
    # Markdown cell (pandoc), display.md output (pandoc) and display.table (LaTeX): all literal.
    assert text.count(SPECIALS) >= 4, text
    assert "Caractères Markdown : " + SPECIALS in text
    assert f"Texte de l’article : {EVIL} {SPECIALS} $5 et $10" in text
    assert "html-brut" in text and "commentaire" not in text


def test_pdf_is_a4_with_article_metadata(rendered):
    info = subprocess.run(
        ["pdfinfo", str(rendered["pdf"])], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(r"Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)", info), info
    # the report's name (its notebook heading, never the file name), then the article's title
    assert re.search(r"Title:\s+Acteurs — Benny Gantz à Rabat", info), info


def test_pdf_hides_code_prompts_and_stderr(rendered):
    text = _pdftext(rendered["pdf"])
    assert CODE_MARKER not in text
    assert "In [" not in text and "Out[" not in text and "In[" not in text
    assert "UserWarning" not in text
    assert "sortie" in text  # stdout is kept


def test_pdf_content_fits_the_page_width(rendered):
    """No word (table cell, long stdout line, long token) runs into the right margin."""
    bbox = _pdftext(rendered["pdf"], "-bbox")
    xmax = [
        float(x) for x in re.findall(r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"', bbox)
    ]
    assert xmax, "no text in the PDF"
    right_text_edge = 595.28 - 2.5 / 2.54 * 72  # A4 width minus the 2.5 cm margin
    assert max(xmax) <= right_text_edge + 6, max(xmax)


def test_pdf_single_latex_pass_and_reproducible(rendered):
    assert rendered["passes"] == 1
    assert rendered["pdf"].read_bytes() == rendered["again"].read_bytes()
    info = subprocess.run(
        ["pdfinfo", "-isodates", str(rendered["pdf"])], capture_output=True, text=True, check=True
    ).stdout
    assert "2021-11-24T00:00:00" in info, info


def test_pdf_reruns_latex_only_for_cross_references(tmp_path):
    nb = make_notebook([new_markdown_cell("## Annexe\n\nVoir [le tableau](#Tableau).")])
    render.render_pdf(nb, tmp_path / "refs.pdf", META)
    assert render.get_exporter("pdf").passes == 2


def test_latex_error_keeps_previous_pdf_and_reports_the_log(rendered, tmp_path):
    target = tmp_path / "acteurs.pdf"
    before = rendered["pdf"].read_bytes()
    target.write_bytes(before)
    broken = make_notebook(
        [
            new_code_cell(
                "show()",
                outputs=[
                    new_output(
                        "display_data",
                        data={"text/latex": r"\commandeinconnue{x}", "text/plain": ""},
                    )
                ],
            )
        ]
    )
    with pytest.raises(BuildError) as err:
        render.render_pdf(broken, target, {**META, "notebook": "notebooks/acteurs.ipynb"})
    message = str(err.value)
    assert "notebooks/acteurs.ipynb" in message
    assert "Undefined control sequence" in message
    assert "(cell 6 of the notebook)" in message  # the appended cell
    log = tmp_path / "acteurs.pdf.log"
    assert str(log) in message and log.is_file()
    assert "commandeinconnue" in (tmp_path / "acteurs.pdf.tex").read_text(encoding="utf-8")
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "acteurs.pdf",
        "acteurs.pdf.log",
        "acteurs.pdf.tex",
    ]
    # The next good render cleans the debugging files up.
    render.render_pdf(make_notebook(), target, META)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["acteurs.pdf"]


def test_svg_only_figure_is_refused_with_a_fix(tmp_path):
    svg = "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>"
    nb = make_notebook(
        [new_code_cell("fig", outputs=[new_output("display_data", data={"image/svg+xml": svg})])]
    )
    with pytest.raises(BuildError, match=r"cell 6 shows an SVG-only figure.*figure_formats"):
        render.render_pdf(nb, tmp_path / "svg.pdf", META)
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------------------------
# HTML


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_html_title_header_and_escaped_article_text(rendered):
    source = rendered["html"].read_text(encoding="utf-8")
    page = _parse(rendered["html"])
    assert page.title == f"Acteurs — {TITLE}"
    assert "24 novembre 2021" in source and "Le Journal &amp; Cie" in source
    # The article's <script> shows as text, in the table and in the Markdown output.
    assert source.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 2
    assert "&lt;b&gt;html-brut&lt;/b&gt;" in source  # raw HTML in Markdown is text too
    assert not any(tag == "script" for tag, _ in page.tags)
    assert not re.search(r"<script[^>]*src=[\"']?https?:", source, re.I)


def test_html_hides_code_and_embeds_images(rendered):
    source = rendered["html"].read_text(encoding="utf-8")
    page = _parse(rendered["html"])
    assert CODE_MARKER not in source
    assert "In&nbsp;[" not in source and "In [" not in source and "UserWarning" not in source
    images = [attrs.get("src", "") for tag, attrs in page.tags if tag == "img"]
    assert images and all(src.startswith("data:image/png;base64,") for src in images)
    for tag, attrs in page.tags:
        for attr in ("src", "href"):
            value = attrs.get(attr) or ""
            if tag != "a":
                assert not value or value.startswith(("data:", "#")), (tag, attrs)


def test_html_from_a_path_is_reproducible_and_tolerates_sparse_metadata(rendered, tmp_path):
    path = tmp_path / "acteurs.ipynb"
    nbformat.write(make_notebook(), path)
    again = render.render_html(path, tmp_path / "acteurs.html", META)

    def without_ids(p: Path) -> str:  # make_notebook() draws new random cell ids
        return re.sub(r'id="cell-id=[^"]*"', "", p.read_text(encoding="utf-8"))

    assert without_ids(again) == without_ids(rendered["html"])
    bare = render.render_html(path, tmp_path / "bare.html", {})
    page = _parse(bare)
    assert page.title == "Acteurs — Rapport d'analyse"  # never the notebook's file name
    assert "Publié" not in bare.read_text(encoding="utf-8")


def test_offline_guard_strips_active_and_remote_content():
    page = (
        "<html><head><title>t</title></head><body>"
        "<script>alert(1)</script><img src='https://cdn.example/x.png' onerror='alert(2)'>"
        "<a href='javascript:alert(3)'>x</a><a href='https://example.org'>lien</a>"
        "<link rel='stylesheet' href='https://cdn.example/s.css'>"
        "<style>@import url(https://cdn.example/f.css);</style>"
        "<div style='background:url(http://x/y.png)'>z</div><iframe src='https://x'></iframe>"
        "<img src='data:image/png;base64,AAAA'></body></html>"
    )
    guard = render.OfflineHTMLGuard()
    clean = guard.postprocess(page)
    assert "alert" not in clean and "cdn.example" not in clean and "<iframe" not in clean
    assert "http://x/y.png" not in clean
    assert 'href="https://example.org"' in clean and "data:image/png;base64,AAAA" in clean
    assert len(guard.removed) >= 7


def test_html_render_failure_keeps_previous_output(tmp_path):
    target = tmp_path / "acteurs.html"
    target.write_text("ancien rapport", encoding="utf-8")
    broken = make_notebook([new_markdown_cell("![figure](attachment:absente.png)")])
    with pytest.raises(BuildError) as err:
        render.render_html(broken, target, {**META, "notebook": "notebooks/acteurs.ipynb"})
    assert "notebooks/acteurs.ipynb" in str(err.value)
    assert target.read_text(encoding="utf-8") == "ancien rapport"
    assert [p.name for p in tmp_path.iterdir()] == ["acteurs.html"]


# --------------------------------------------------------------------------------------------
# Headless Chromium (Playwright, tests.helpers.chromium)


def load_in_chromium(path: Path) -> dict:
    """Open ``path``; return the page's requests, failures, dialogs, title and script count."""
    seen: dict = {"urls": [], "failed": [], "dialogs": []}
    with chromium() as browser:
        page = browser.new_page()
        page.on("request", lambda request: seen["urls"].append(request.url))
        page.on("requestfailed", lambda request: seen["failed"].append(request.url))

        def on_dialog(dialog) -> None:  # alert() blocks the page until answered
            seen["dialogs"].append(dialog.message)
            dialog.accept()

        page.on("dialog", on_dialog)
        page.goto(path.resolve().as_uri(), wait_until="load")
        page.wait_for_timeout(500)  # late requests (images, CSS) and dialogs
        seen["title"] = page.title()
        seen["scripts"] = page.locator("script").count()
    return seen


def test_chromium_harness_detects_requests_and_scripts(tmp_path):
    """The check below can fail: a page with a remote image and a script is caught."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        "<html><head><title>mauvais</title></head><body>"
        "<img src='http://127.0.0.1:9/x.png'><script>alert(1)</script></body></html>",
        encoding="utf-8",
    )
    seen = load_in_chromium(bad)
    assert "http://127.0.0.1:9/x.png" in seen["urls"] and seen["failed"]
    assert seen["dialogs"] and seen["scripts"] == 1


def test_html_opens_in_chromium_offline_without_failures(rendered, tmp_path):
    seen = load_in_chromium(rendered["html"])
    assert seen["title"] == f"Acteurs — {TITLE}"
    assert seen["urls"], "the page itself was not seen"
    for url in seen["urls"]:
        assert url.startswith(("file://", "data:")), url
    assert seen["failed"] == []
    assert seen["dialogs"] == [] and seen["scripts"] == 0


# --------------------------------------------------------------------------------------------
# Setup check and helpers


def test_check_pdf_tools_passes_here_and_explains_the_fix(monkeypatch, tmp_path):
    render.check_pdf_tools()
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(SetupError) as err:
        render.check_pdf_tools()
    message = str(err.value)
    assert "xelatex" in message and "pandoc" in message
    assert "sudo apt-get install -y --no-install-recommends texlive-xetex" in message
    assert "texlive-lang-french pandoc" in message and "make setup" in message


def test_one_kpsewhich_call_names_the_tex_files_it_cannot_find():
    from analysis.report.pdftools import TEX_FILES, _missing_tex_files

    assert _missing_tex_files(TEX_FILES) == []
    assert _missing_tex_files(("french.ldf", "no-such-file-vr.sty")) == ["no-such-file-vr.sty"]


@pytest.mark.parametrize(
    ("iso", "precision", "expected"),
    [
        ("2021-11-24", "day", ("24 novembre 2021", "le")),
        ("2021-08-01", "day", ("1er août 2021", "le")),
        ("2021-11", "month", ("novembre 2021", "en")),
        ("2021", "year", ("2021", "en")),
        (None, None, ("", "")),
    ],
)
def test_french_date(iso, precision, expected):
    assert render.french_date(iso, precision) == expected


def test_latex_text_escapes_every_special():
    escaped = render.latex_text("a\\b%c$d&e#f_g{h}i~j^k -- l\nm")
    assert escaped == (
        r"a\textbackslash{}b\%c\$d\&e\#f\_g\{h\}i\textasciitilde{}j\textasciicircum{}k "
        r"-{}-{} l m"
    )


def test_one_latex_escaper_for_tables_and_metadata():
    """The table cells (display) and the title page (render) escape with one function: every
    special, French spaces and the ligature characters print literally in both."""
    from analysis.report import display, filters

    text = "a\\b%c$d&e#f_g{h}i~j^k -- l `m' <n>\u00a0o\u202fp"
    expected = (
        r"a\textbackslash{}b\%c\$d\&e\#f\_g\{h\}i\textasciitilde{}j\textasciicircum{}k "
        r"-{}-{} l {`}m{'} \textless{}n\textgreater{}~o\,p"
    )
    assert display.esc_latex(text) == filters.escape_latex(text) == expected
    # metadata is one line: every run of white space (no-break ones too) is one space
    assert render.latex_text("a_b --\n c\u00a0d") == r"a\_b -{}-{} c d"
    assert filters.escape_latex(None) == "" and render.latex_text(None) == ""
    assert filters.latex_url("https://x.org/a%20b#c") == r"https://x.org/a\%20b\#c"


def test_french_labels_have_one_source():
    """Views, figures and the brief take their French labels from data/labels_fr.yaml."""
    from analysis.report import briefing, labels
    from analysis.report.views import actors as actor_views
    from analysis.report.views import stance as stance_views
    from analysis.report.viz import stance as stance_viz

    assert labels.ACTOR_TYPE["state"] == "État" and labels.POLARITY[-1] == "contre"
    assert actor_views.ACTOR_TYPE is labels.ACTOR_TYPE
    assert stance_views.QUOTE_KIND["scare"] == "mise à distance"
    assert stance_viz.QUOTE_KIND_LONG["scare"] == "terme mis à distance"
    assert briefing.DATE_PRECISION[None] == "inconnue"
    assert render.french_date("2021-02-01", "day") == ("1er février 2021", "le")
