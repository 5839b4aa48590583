"""`visit-report build --compare`: which reports a build runs for one article, several, or a
comparison, and the comparison report itself (HTML and, with the TeX tools, PDF)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.errors import ParameterError
from analysis.report.build import build
from analysis.report.compare import comparison_slug, expand_articles, select_notebooks
from analysis.report.notebooks import needs, notebook_paths
from analysis.resources.paths import ROOT
from tests.conftest import build_formats

FIXTURES = Path(__file__).parent / "fixtures" / "coverage"
CLI = [sys.executable, "-m", "analysis"]


def _kinds(selected) -> set[str]:
    return {needs(nb) or "article" for nb in selected}


def test_one_article_runs_no_corpus_and_no_comparison_report():
    selected = select_notebooks(notebook_paths(), 1, compare=False, named=False, parameters={})
    assert _kinds(selected) == {"article"}
    assert len(selected) == len([nb for nb in notebook_paths() if not needs(nb)])


def test_several_articles_run_the_corpus_report_as_before_and_compare_replaces_it():
    several = select_notebooks(notebook_paths(), 3, compare=False, named=False, parameters={})
    assert _kinds(several) == {"article", "corpus"}
    compared = select_notebooks(notebook_paths(), 3, compare=True, named=False, parameters={})
    assert _kinds(compared) == {"article", "comparison"}


def test_a_named_notebook_or_a_given_corpus_still_runs():
    corpus = [nb for nb in notebook_paths() if needs(nb) == "corpus"]
    assert select_notebooks(corpus, 1, compare=False, named=True, parameters={}) == corpus
    given = select_notebooks(
        notebook_paths(), 1, compare=False, named=False, parameters={"corpus": "x/*.txt"}
    )
    assert _kinds(given) == {"article", "corpus"}


def test_a_folder_stands_for_its_articles_and_the_comparison_folder_is_stable():
    files = expand_articles([str(FIXTURES)])
    assert len(files) == 5 and all(f.endswith(".md") for f in files)
    assert comparison_slug(["b", "a"]) == comparison_slug(["a", "b"])
    assert comparison_slug(["a", "b"]) != comparison_slug(["a", "c"])


def test_compare_with_one_article_is_refused_before_any_work(tmp_path):
    with pytest.raises(ParameterError, match="--compare"):
        build([str(FIXTURES / "hebdo-europeen.md")], compare=True, out=tmp_path, progress=False)
    assert not list(tmp_path.iterdir())


@pytest.mark.slow
def test_build_compare_makes_the_comparison_report_next_to_the_articles(tmp_path):
    three = sorted(FIXTURES.glob("*.md"))[:3]
    formats = build_formats()
    out = tmp_path / "reports"
    proc = subprocess.run(
        [*CLI, "build", *map(str, three), "--compare", "--notebooks", "briefing,coverage"]
        + ["--formats", formats, "--out", str(out), "--quiet"],
        capture_output=True,
        text=True,
        timeout=1800,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr + proc.stdout
    folder = out / comparison_slug([p.stem for p in three])
    html = (folder / "05_coverage.html").read_text(encoding="utf-8")
    for path in three:
        briefing = (out / path.stem / "00_briefing.html").read_text(encoding="utf-8")
        # evidence links, each to a sentence the article's briefing has (#s-<n> led nowhere)
        links = re.findall(rf'href="\.\./{re.escape(path.stem)}/00_briefing\.html#([^"]+)"', html)
        assert links, path.stem
        for target in set(links):
            assert f'id="{target}"' in briefing, (path.stem, target)
    assert "Désaccord" in html and "Couverture comparée" in html
    assert "comparaison-" in proc.stdout and (folder / "index.html").is_file()
    if "pdf" in formats:
        text = subprocess.run(
            ["pdftotext", str(folder / "05_coverage.pdf"), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "Couverture comparée" in text and "Désaccord" in text
