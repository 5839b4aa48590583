"""`visit-report build` end to end: reports, validation, failures, freshness."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import nbformat
import pytest

from analysis.errors import ParameterError
from analysis.report.build import build, notebook_paths, validate_parameters
from analysis.resources.paths import DEFAULT_ARTICLE, NOTEBOOKS_DIR, ROOT

CLI = [sys.executable, "-m", "analysis"]


def run_cli(*args: str, timeout: int = 900) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT)


@pytest.fixture
def built(default_build):
    """The session's full build of the default article (every notebook, HTML and PDF): read
    only (see tests/conftest.py)."""
    return default_build.slug_dir, default_build.proc


def pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.slow
def test_build_writes_every_report(built):
    """Every report on the article; a single-article build runs no corpus or comparison
    report (they are about other articles)."""
    from analysis.report.notebooks import needs

    slug_dir, proc = built
    for nb in notebook_paths():
        for ext in ("ipynb", "html", "pdf"):
            made = (slug_dir / f"{nb.stem}.{ext}").is_file()
            assert made == (not needs(nb)), f"{nb.stem}.{ext}: made={made}"
    folders = [p.name for p in slug_dir.parent.iterdir() if p.is_dir() and p.name[0] != "."]
    assert folders == [slug_dir.name], "no comparison folder for one article"
    index = (slug_dir / "index.html").read_text(encoding="utf-8")
    assert "00_briefing.html" in index and "00_briefing.pdf" in index
    assert "index.html" in proc.stdout
    assert not list(slug_dir.glob(".run-*")), "staging directories must be cleaned up"


@pytest.mark.slow
def test_briefing_pdf_is_a_titled_brief_without_code(built):
    slug_dir, _ = built
    text = pdf_text(slug_dir / "00_briefing.pdf")
    first_page = text.split("\f")[0]
    assert "Le ministre israélien de la Défense" in first_page  # the article's title
    assert "Note de synthèse" in first_page
    assert "2021-11" in first_page or "novembre 2021" in first_page
    for code in ("import ", "bundle.load", "display(", "plt.show"):
        assert code not in text
    info = subprocess.run(
        ["pdfinfo", str(slug_dir / "00_briefing.pdf")], capture_output=True, text=True
    )
    assert "595.28 x 841.89" in info.stdout or "595 x 842" in info.stdout  # A4


@pytest.mark.slow
def test_briefing_html_hides_code_and_names_the_article(built):
    slug_dir, _ = built
    html = (slug_dir / "00_briefing.html").read_text(encoding="utf-8")
    assert "Le ministre israélien de la Défense" in html
    assert "bundle.load" not in html and "import matplotlib" not in html
    assert "data:image/svg+xml;charset=utf-8," in html and "data:image/png" not in html
    assert 'src="http' not in html and "src='http" not in html


@pytest.mark.slow
def test_executed_notebook_has_the_injected_parameters(built):
    slug_dir, _ = built
    nb = nbformat.read(slug_dir / "00_briefing.ipynb", as_version=4)
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert injected and str(DEFAULT_ARTICLE) in injected[0].source


@pytest.mark.slow
def test_rebuild_with_nothing_changed_executes_nothing(built, tmp_path):
    shared, _ = built
    slug_dir = tmp_path / "reports" / shared.name  # a copy (mtimes kept): the build writes
    shutil.copytree(shared, slug_dir)
    before = {p.name: p.stat().st_mtime_ns for p in slug_dir.iterdir() if p.is_file()}
    result = build(out=slug_dir.parent, progress=False, echo=lambda *_: None)
    assert result.ok and result.executed == []
    after = {p.name: p.stat().st_mtime_ns for p in slug_dir.iterdir() if p.is_file()}
    assert {k: v for k, v in after.items() if k != "index.html"} == {
        k: v for k, v in before.items() if k != "index.html"
    }


@pytest.mark.slow
def test_corpus_report_reruns_when_its_corpus_changes(tmp_path, monkeypatch):
    """The corpus notebook's freshness covers its articles, not only the report's article."""
    monkeypatch.setenv("VISIT_REPORT_CACHE", str(tmp_path / "cache"))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    bundled = sorted((ROOT / "data" / "articles").glob("*.txt"))
    for src in bundled[:2]:
        shutil.copy(src, corpus / src.name)
    out = tmp_path / "reports"

    def run():
        return build(
            notebooks=["04_corpus", "00_briefing"],
            parameters={"corpus": str(corpus)},
            formats=("html",),
            out=out,
            progress=False,
            echo=lambda *_: None,
        )

    first = run()
    assert first.ok and sorted(n.split("/")[1] for n in first.executed) == [
        "00_briefing",
        "04_corpus",
    ]
    assert run().executed == []  # nothing changed
    shutil.copy(bundled[2], corpus / bundled[2].name)  # a new article in the corpus
    third = run()
    assert third.ok and [n.split("/")[1] for n in third.executed] == ["04_corpus"]
    html = (out / DEFAULT_ARTICLE.stem / "04_corpus.html").read_text(encoding="utf-8")
    assert "3\u00a0articles" in html or "3 articles" in html  # French: a no-break space


def test_unknown_parameter_names_the_valid_ones():
    proc = run_cli("build", "-p", "colour=red", "--formats", "html", timeout=120)
    assert proc.returncode == 2
    assert "unknown parameter 'colour'" in proc.stderr
    assert "article" in proc.stderr and "model" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_wrong_type_is_refused_before_running_anything():
    nbs = notebook_paths()
    declared_int = None
    for nb in nbs:
        params = nbformat.read(nb, as_version=4).cells
        for cell in params:
            if "parameters" in cell.metadata.get("tags", []) and "min_mentions" in cell.source:
                declared_int = "min_mentions"
    if declared_int is None:  # the brief alone: a str parameter given a type it cannot be
        with pytest.raises(ParameterError):
            validate_parameters(nbs, {"nope": "1"})
        return
    with pytest.raises(ParameterError, match="expects a value of type int"):
        validate_parameters(nbs, {"min_mentions": "deux"})


def test_unknown_notebook_and_format():
    with pytest.raises(ParameterError, match="unknown notebook"):
        notebook_paths(["99_nothing"])
    proc = run_cli("build", "--formats", "docx", timeout=120)
    assert proc.returncode == 2 and "unknown format" in proc.stderr


@pytest.mark.slow
def test_failing_notebook_keeps_the_last_good_report(tmp_path):
    out = tmp_path / "reports"
    good = build(notebooks=["00_briefing"], formats=["html"], out=out, progress=False)
    assert good.ok
    slug_dir = out / "2021-11-24_gantz-rabat"
    html_before = (slug_dir / "00_briefing.html").read_bytes()

    broken_dir = tmp_path / "nbs"
    broken_dir.mkdir()
    nb = nbformat.read(NOTEBOOKS_DIR / "00_briefing.ipynb", as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("raise RuntimeError('boom in the brief')"))
    nbformat.write(nb, broken_dir / "00_briefing.ipynb")
    proc = run_cli(
        "build",
        "--notebooks",
        str(broken_dir / "00_briefing.ipynb"),
        "--formats",
        "html",
        "--out",
        str(out),
        "--quiet",
    )
    assert proc.returncode == 1
    assert "00_briefing" in proc.stderr and "RuntimeError" in proc.stderr and "cell" in proc.stderr
    assert (slug_dir / "00_briefing.html").read_bytes() == html_before
    kept = nbformat.read(slug_dir / "failed" / "00_briefing.ipynb", as_version=4)
    assert any("boom in the brief" in json.dumps(c.get("outputs", [])) for c in kept.cells)
    assert "failed/00_briefing.ipynb" in (slug_dir / "index.html").read_text(encoding="utf-8")
    assert not list(slug_dir.glob(".run-*"))


def test_committed_notebooks_have_no_outputs_and_a_parameters_cell():
    for path in notebook_paths():
        nb = nbformat.read(path, as_version=4)
        tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
        assert len(tagged) == 1, f"{path.name}: exactly one cell tagged parameters"
        assert "article" in tagged[0].source
        for cell in nb.cells:
            if cell.cell_type == "code":
                assert not cell.outputs and cell.execution_count is None, path.name


def test_notebooks_declare_what_they_need_and_the_build_names_none():
    """A corpus report says so in its metadata; the build knows no notebook by name."""
    import inspect

    from analysis.report import build as build_mod
    from analysis.report import compare as compare_mod
    from analysis.report import notebooks as nb_mod
    from analysis.report import tasks as tasks_mod

    needs = {p.stem: nb_mod.notebook_spec(p).get("needs") for p in notebook_paths()}
    assert needs["04_corpus"] == "corpus" and needs["05_coverage"] == "comparison"
    assert {k for k, v in needs.items() if v} == {"04_corpus", "05_coverage"}
    assert nb_mod.notebook_spec(notebook_paths(["04_corpus"])[0])["title"]
    assert nb_mod.notebook_spec(notebook_paths(["05_coverage"])[0])["title"]
    for module in (build_mod, nb_mod, tasks_mod, compare_mod):
        source = inspect.getsource(module)
        assert not any(p.stem in source for p in notebook_paths()), module.__name__


@pytest.mark.slow
@pytest.mark.parametrize("path", notebook_paths(), ids=lambda p: p.stem)
def test_notebook_runs_top_to_bottom_with_its_defaults(path, tmp_path):
    """As JupyterLab would: the committed notebook, its own defaults, cwd = notebooks/."""
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors


def test_python_m_analysis_and_console_script():
    proc = run_cli("--help", timeout=60)
    assert proc.returncode == 0 and "build" in proc.stdout
    exe = shutil.which("visit-report", path=str(ROOT / ".venv" / "bin"))
    assert exe, "console script visit-report is installed in the venv"
