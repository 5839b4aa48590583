"""Fixtures shared by every test module (plain helpers are in ``tests/helpers.py``).

- ``nlp``: the spaCy model, loaded once per session.
- ``default_build``: ONE ``visit-report build`` of the default article (every notebook, HTML
  and, when xelatex and pandoc are installed, PDF), made once per run, even under
  pytest-xdist: the first worker that needs it builds it under a file lock, the others read
  it. Tests that only READ the reports use it; a test that modifies or breaks a report copies
  it first (``shutil.copytree``) or makes its own build.

Tests that run notebooks, kernels, subprocess builds, corpus pools/Dask or the 200,000-word
article are marked ``@pytest.mark.slow``: ``pytest -m "not slow"`` is the fast lane.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from analysis.resources.paths import DEFAULT_ARTICLE, ROOT

CLI = [sys.executable, "-m", "analysis"]


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy model (``analysis.document.nlp.load_model``), loaded once."""
    from analysis.document.nlp import load_model

    return load_model()


@dataclass(frozen=True)
class Build:
    """The shared build: ``slug_dir`` holds the reports; ``proc`` is the CLI run."""

    out: Path
    slug_dir: Path
    proc: subprocess.CompletedProcess


@contextlib.contextmanager
def _exclusive(lock: Path):
    with open(lock, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)  # released when the file is closed
        yield


def _run_root(tmp_path_factory) -> Path:
    """A directory private to this run but shared by its xdist workers."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def build_formats() -> str:
    """html,pdf when the PDF tools are installed (as ``make report`` decides), else html."""
    return "html,pdf" if shutil.which("xelatex") and shutil.which("pandoc") else "html"


def _shared_build(tmp_path_factory, name: str, options: list[str]) -> tuple[Path, object]:
    """``visit-report build --out DIR *options``, made once per run under a file lock (the
    first xdist worker builds, the others read its record)."""
    root = _run_root(tmp_path_factory)
    out = root / name
    record = root / f"{name}.json"
    with _exclusive(root / f"{name}.lock"):
        if not record.is_file():
            shutil.rmtree(out, ignore_errors=True)
            args = [*CLI, "build", "--out", str(out), *options, "--quiet"]
            proc = subprocess.run(args, capture_output=True, text=True, timeout=1800, cwd=ROOT)
            data = {"args": args, "returncode": proc.returncode}
            data |= {"stdout": proc.stdout, "stderr": proc.stderr}
            record.write_text(json.dumps(data), encoding="utf-8")
        data = json.loads(record.read_text(encoding="utf-8"))
    proc = subprocess.CompletedProcess(
        data["args"], data["returncode"], data["stdout"], data["stderr"]
    )
    assert proc.returncode == 0, proc.stderr + proc.stdout
    return out, proc


@pytest.fixture(scope="session")
def default_build(tmp_path_factory) -> Build:
    """One ``visit-report build --out DIR`` of the default article, for tests that only read
    the reports. Do not write into it: copy it (``shutil.copytree``) first."""
    out, proc = _shared_build(tmp_path_factory, "default-build", ["--formats", build_formats()])
    return Build(out=out, slug_dir=out / DEFAULT_ARTICLE.stem, proc=proc)


# Two bundled articles besides the default one, for tests that must hold on more than the
# article the reports were tuned on (different lengths, places, speakers).
OTHER_ARTICLES = ("2022-10-06_brenner-nairobi.txt", "2024-05-21_choi-tokyo.txt")


@pytest.fixture(scope="session")
def other_builds(tmp_path_factory) -> list[Build]:
    """One HTML build of :data:`OTHER_ARTICLES` (read only, as ``default_build``)."""
    from analysis.resources.paths import ARTICLES_DIR

    paths = [str(ARTICLES_DIR / name) for name in OTHER_ARTICLES]
    options = [*paths, "--formats", "html", "--notebooks", "briefing,actors,stance,context"]
    out, proc = _shared_build(tmp_path_factory, "other-builds", options)
    return [Build(out=out, slug_dir=out / Path(n).stem, proc=proc) for n in OTHER_ARTICLES]
