"""Untrusted article text (HTML and LaTeX specials) and reproducible outputs."""

from __future__ import annotations

import subprocess

import nbformat
import pandas as pd
import pytest

from analysis.document.article import load_article
from analysis.pipeline import analyze
from analysis.report.build import build

HOSTILE = (
    " date 2022-03 Le ministre <script>alert(1)</script> vise 100 % & 5 $ #1 le_site {urgent} "
    "~ ^ \\textbf{gras} et a reçu à Dakar son homologue malien pour un accord.\n\n"
    "Le président sénégalais a déclaré : « Nous signerons un accord de sécurité à Dakar. » "
    "Selon l'agence <b>APS</b>, la visite de mardi ouvre une nouvelle étape entre les deux pays.\n"
)


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    article = tmp / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    result = build([article], formats=["html", "pdf"], out=tmp / "reports", progress=False)
    assert result.ok, [o.message for o in result.outcomes if not o.ok]
    return tmp / "reports" / "hostile"


@pytest.mark.slow
def test_html_shows_markup_as_text_and_runs_nothing(hostile_build):
    for html_path in hostile_build.glob("*.html"):
        if html_path.name == "index.html":
            continue
        html = html_path.read_text(encoding="utf-8")
        assert "<script>alert" not in html, html_path.name
        assert "<b>APS</b>" not in html, html_path.name
    brief = (hostile_build / "00_briefing.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;" in brief


@pytest.mark.slow
def test_pdf_builds_and_keeps_the_special_characters(hostile_build):
    text = subprocess.run(
        ["pdftotext", str(hostile_build / "00_briefing.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    flat = " ".join(text.split())
    for fragment in ("<script>", "100 %", "&", "5 $", "#1", "le_site", "{urgent}", "\\textbf"):
        assert fragment in flat, fragment


def test_same_inputs_give_the_same_tables(tmp_path):
    from analysis.resources.paths import DEFAULT_ARTICLE

    first = analyze(load_article(DEFAULT_ARTICLE))
    second = analyze(load_article(DEFAULT_ARTICLE))
    assert first.tables.keys() == second.tables.keys()
    for name in first.tables:
        pd.testing.assert_frame_equal(first.tables[name], second.tables[name])
    a = first.write_csv(tmp_path / "a")
    b = second.write_csv(tmp_path / "b")
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]


FIGURE_MIMES = ("image/png", "image/svg+xml", "application/pdf")


@pytest.mark.slow
def test_two_builds_give_the_same_figures(default_build, tmp_path):
    outs = [default_build.slug_dir]  # the session's build (tests/conftest.py) is the first
    figures = 0
    for run in ("two",):
        result = build(formats=["html"], out=tmp_path / run, force=True, progress=False)
        assert result.ok
        outs.append(tmp_path / run / "2021-11-24_gantz-rabat")
    for nb_path in sorted(outs[0].glob("*.ipynb")):
        images = []
        for out in outs:
            nb = nbformat.read(out / nb_path.name, as_version=4)
            images.append(
                [
                    o["data"][mime]
                    for c in nb.cells
                    for o in c.get("outputs", [])
                    for mime in FIGURE_MIMES
                    if mime in o.get("data", {})
                ]
            )
        assert images[0] == images[1], f"figures of {nb_path.stem} differ between builds"
        figures += len(images[0])
    assert figures  # the notebooks do draw figures (SVG for HTML, PDF for LaTeX)
