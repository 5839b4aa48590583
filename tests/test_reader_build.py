"""The default article's reports read as a reader would read them (slow: the shared build).

* HTML: no "(s)" placeholders, no English codes in tables, every sentence link has its
  target, distinct titles, a navigation bar (the same reports opened in a browser, clicked
  and measured at 1400 px and 400 px: ``tests/test_reader_browser.py``).
* PDF: the LaTeX of every report compiled again from its executed notebook, and its log read:
  no Overfull \\hbox wider than 5 pt; no table row taller than a third of the page.

Row heights: LaTeX does not log them, so they are measured from the LaTeX the tables emit:
each ``p{\\dimexpr w\\linewidth…}`` column's width in average characters of the table's font
(``display.CHARS_PER_LINE`` per line width), each cell's text wrapped greedily at that width
(``display.cell_lines``), the row's height its tallest cell times the font's baseline,
compared with a third of the A4 text height (247 mm ≈ 700 pt).
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import nbformat
import pytest
from bs4 import BeautifulSoup

from analysis.report import display
from analysis.report.header import resources_for
from analysis.report.render import get_exporter
from tests.helpers import ENGLISH

pytestmark = pytest.mark.slow

PLACEHOLDER = re.compile(r"\((?:s|e|es)\)")
TEXT_HEIGHT_PT = display.TEXT_HEIGHT_PT


def _reports(build) -> list[Path]:
    return sorted(p for p in build.slug_dir.glob("*.html") if p.name != "index.html")


def test_html_reads_french_without_placeholders(default_build):
    for page in _reports(default_build):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        text = soup.get_text(" ")
        assert not PLACEHOLDER.findall(text), (page.name, PLACEHOLDER.findall(text)[:5])
        english = [td.get_text().strip() for td in soup.find_all("td")]
        english = [c for c in english if ENGLISH.match(c)]
        assert not english, (page.name, english[:10])
        decimals = [
            c.get_text() for c in soup.find_all("td") if re.fullmatch(r"-?\d+\.\d+", c.get_text())
        ]
        assert not decimals, (page.name, decimals[:5])


def test_every_finding_links_to_a_sentence_of_the_annex(default_build):
    linked_reports = 0
    for page in _reports(default_build):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        links = {a["href"][1:] for a in soup.select("a[href^='#phrase-']")}
        if not soup.select(".vr-article"):
            assert not links, page.name  # a link without its annex would lead nowhere
            continue
        linked_reports += 1
        ids = {s["id"] for s in soup.select(".vr-sentence")}
        assert "phrase-1" in ids and "phrase-0" not in ids  # people count from 1
        assert links and links <= ids, (page.name, sorted(links - ids)[:5])
    assert linked_reports >= 4


def test_reports_have_distinct_titles_and_a_navigation_bar(default_build):
    titles = []
    for page in _reports(default_build):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        titles.append(soup.title.get_text())
        nav = soup.select_one("nav.vr-nav")
        assert nav is not None and nav.select_one("a[href='index.html']"), page.name
        hrefs = {a["href"] for a in nav.select("a")}
        assert {"00_briefing.html", "01_actors.html"} & hrefs
        assert len(soup.select("h1")) == 1, page.name  # the report's name, once
    assert len(set(titles)) == len(titles), titles


def test_briefing_links_to_the_detailed_reports_not_notebooks(default_build):
    html = (default_build.slug_dir / "00_briefing.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    hrefs = [a["href"] for a in soup.select("main a[href]")]
    assert "01_actors.html" in hrefs
    assert not [h for h in hrefs if h.endswith(".ipynb")]
    notebook = json.loads((default_build.slug_dir / "00_briefing.ipynb").read_text("utf-8"))
    assert "(01_actors.ipynb)" in json.dumps(notebook)  # what JupyterLab opens


def _compile(notebook: Path) -> tuple[str, str]:
    nb = nbformat.read(notebook, as_version=4)
    exporter = get_exporter("pdf")
    latex, res = exporter.from_notebook_node(nb, resources=resources_for({}, nb, None))
    with tempfile.TemporaryDirectory() as tmp:
        exporter.compile(latex, res.get("outputs", {}), Path(tmp))
        return latex, (Path(tmp) / f"{exporter.jobname}.log").read_text(errors="replace")


def row_heights_pt(latex: str) -> list[tuple[float, str]]:
    """(height, first cell) of every longtable row of ``latex`` (see the module docstring)."""
    rows = []
    found = re.findall(
        r"\{\\(\w+)\\setlength\{\\tabcolsep\}\{3pt\}\s*\\begin\{longtable\}(.*?)\\end\{longtable\}",
        latex,
        re.S,
    )
    for font, table in found:
        _, chars, baseline = next(f for f in display.FONT_SIZES if f[0] == font)
        widths = [float(w) for w in re.findall(r"p\{\\dimexpr ([\d.]+)\\linewidth", table)]
        body = table.split("\\endlastfoot", 1)[-1]
        for line in body.strip().split("\\\\\n"):
            cells = [_plain(c) for c in line.rstrip("\\ \n").split(" & ")]
            if len(cells) != len(widths):
                continue
            lines = max(display.cell_lines(c, w, chars) for c, w in zip(cells, widths, strict=True))
            rows.append((lines * baseline, cells[0]))
    return rows


def _plain(cell: str) -> str:
    cell = re.sub(r"\\hyperlink\{[^}]*\}\{([^}]*)\}", r"\1", cell)
    cell = re.sub(r"\\mbox\{([^}]*)\}", r"\1", cell)
    cell = re.sub(r"\\[a-zA-Z]+\{\}|\\[,~]|\{\}|\\(.)", r"\1", cell)
    return cell.replace("~", " ").strip()


def test_row_height_measure_catches_a_tall_row():
    """The check below can fail: a cell of 3,000 characters in a narrow column is caught."""
    import pandas as pd

    table = display.table(pd.DataFrame({"Id": ["E1"], "Texte": ["mot " * 750], "N": [1]}))
    heights = row_heights_pt(table._repr_latex_())
    assert heights and heights[0][0] > TEXT_HEIGHT_PT / 3


def test_pdf_has_no_overfull_boxes_and_no_tall_rows(default_build):
    for notebook in sorted(default_build.slug_dir.glob("*.ipynb")):
        latex, log = _compile(notebook)
        over = [float(x) for x in re.findall(r"Overfull \\hbox \(([\d.]+)pt too wide", log)]
        assert not [o for o in over if o > 5], (notebook.name, sorted(over)[-3:])
        tall = [(h, c) for h, c in row_heights_pt(latex) if h > TEXT_HEIGHT_PT / 3]
        assert not tall, (notebook.name, tall[:3])


def test_an_executed_notebook_converts_with_plain_nbconvert(default_build, tmp_path):
    """The README says a user may run papermill and then nbconvert themselves: the notebooks'
    LaTeX must compile with nbconvert's own template, not only with ours (the article annex
    once used a macro only our template defined)."""
    import shutil
    import subprocess
    import sys

    if shutil.which("xelatex") is None:
        pytest.fail("xelatex is installed by `make setup` (scripts/system-deps.sh)")
    executed = tmp_path / "00_briefing.ipynb"
    shutil.copy(default_build.slug_dir / "00_briefing.ipynb", executed)
    jupyter = Path(sys.executable).parent / "jupyter"
    cmd = [str(jupyter), "nbconvert", "--to", "pdf", "--no-input", str(executed)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert (tmp_path / "00_briefing.pdf").stat().st_size > 10_000


def test_the_systems_section_appears_only_when_the_article_names_one(default_build, other_builds):
    """An empty "Systèmes et produits" section ("aucun système") closed the actors report of
    every article that names no product; it is shown only when there is one to list."""
    page = (default_build.slug_dir / "01_actors.html").read_text(encoding="utf-8")
    assert "Systèmes et produits" in page and "Systèmes nommés" in page
    for build in other_builds:
        page = (build.slug_dir / "01_actors.html").read_text(encoding="utf-8")
        assert "Systèmes et produits" not in page and "Aucun système" not in page


def test_the_brief_gives_its_findings_before_the_structure_figure(default_build):
    """An analyst opens the brief for its findings: they come right after the key figures,
    the article's structure after them (on short articles the figure, moved to a page of its
    own, left half of the first page blank before the findings)."""
    page = (default_build.slug_dir / "00_briefing.html").read_text(encoding="utf-8")
    headings = re.findall(r"<h2[^>]*>([^<]+)", page)
    assert headings.index("Chiffres clés") < headings.index("Principaux constats")
    assert headings.index("Principaux constats") < headings.index("Structure")
