"""``visit-report render``: a notebook executed outside the build becomes a report."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import nbformat
import pytest

from analysis.report.standalone import notebook_meta
from analysis.resources.paths import DEFAULT_ARTICLE, NOTEBOOKS_DIR


def test_the_header_comes_from_the_parameters_papermill_recorded(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# Les acteurs")]
    article = "../data/articles/" + DEFAULT_ARTICLE.name  # as run from notebooks/
    nb.metadata["papermill"] = {
        "input_path": str(NOTEBOOKS_DIR / "01_actors.ipynb"),
        "parameters": {"article": article},
    }
    meta = notebook_meta(nb, tmp_path / "out.ipynb")
    assert meta["notebook"] == "out" and meta["subtitle"] == "Les acteurs"
    assert meta["title"] and meta["publication"]  # the article was found and read
    nb.metadata["papermill"]["parameters"]["article"] = "nulle-part.txt"
    assert "title" not in notebook_meta(nb, tmp_path / "out.ipynb")  # no article: no header


@pytest.mark.slow
def test_render_turns_a_papermill_notebook_into_the_offline_report(default_build, tmp_path):
    executed = tmp_path / "briefing_papermill.ipynb"
    shutil.copy(default_build.slug_dir / "00_briefing.ipynb", executed)
    cmd = [sys.executable, "-m", "analysis", "render", str(executed), "--formats", "html"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    page = (tmp_path / "briefing_papermill.html").read_text(encoding="utf-8")
    assert "bundle.load(" not in page  # code cells hidden
    assert not re.search(r"<script[^>]*\ssrc=", page)  # offline: no script loaded
    assert not re.search(r"(src|href)=['\"]https?://[^'\"]*(cdn|unpkg|mathjax)", page)
    assert "Rabat" in page  # the article's header and findings
    bad = subprocess.run(
        [sys.executable, "-m", "analysis", "render", str(tmp_path / "absent.ipynb")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 2 and "absent.ipynb" in bad.stderr and "Traceback" not in bad.stderr
