"""Bad input, broken environments and interrupted builds: clear errors, nothing lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import nbformat
import pytest

from analysis.errors import SetupError
from analysis.report.build import check_model, check_output_dir
from analysis.resources.paths import NOTEBOOKS_DIR, ROOT

CLI = [sys.executable, "-m", "analysis"]


def cli(*args: str, env: dict | None = None, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*CLI, *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env
    )


@pytest.fixture
def good(default_build):
    """Good reports of the default article (the session's build, see tests/conftest.py);
    tests copy them before breaking things."""
    return default_build.slug_dir


def _copy_good(good, tmp_path):
    import shutil

    out = tmp_path / "reports"
    shutil.copytree(good, out / good.name)
    return out, out / good.name


def _notebook_with(tmp_path, source: str):
    nb = nbformat.read(NOTEBOOKS_DIR / "00_briefing.ipynb", as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(source))
    d = tmp_path / "nbs"
    d.mkdir(exist_ok=True)
    path = d / "00_briefing.ipynb"
    nbformat.write(nb, path)
    return path


# --- article input through the CLI: one paragraph, no traceback ---------------------------


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("missing.txt", None, "does not exist"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n \t\n", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00", "binary"),
        ("00_briefing.ipynb", b'{"cells": [], "nbformat": 4}', "Jupyter notebook"),
        ("tables.json", b'{"actors": []}', "data or code file"),
        ("bad-date.txt", b" date 2021-19 Le ministre est venu a Rabat.\n", "malformed date"),
        (
            "english.txt",
            b" date 2021-11 The minister arrived in Rabat and said the accord was historic "
            b"for the region and for both of the countries.\n",
            "does not look French",
        ),
    ],
)
def test_bad_article_gives_one_clear_paragraph(tmp_path, name, content, expected):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    proc = cli("analyze", str(path), "--out", str(tmp_path / "out"), timeout=120)
    assert proc.returncode == 2
    assert expected in proc.stderr and name in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "out").exists()


def test_directory_as_article(tmp_path):
    proc = cli("build", str(tmp_path), "--formats", "html", timeout=120)
    assert proc.returncode == 2 and "directory" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.slow
def test_plain_text_without_date_warns_about_the_timeline(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text(
        "Le Premier ministre japonais a reçu mardi à Tokyo son homologue indien. "
        "Les deux dirigeants ont signé un accord de coopération maritime.\n",
        encoding="utf-8",
    )
    proc = cli("analyze", str(path), "--out", str(tmp_path / "out"), timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "lacks a reference date" in proc.stderr and "--date" in proc.stderr
    assert (tmp_path / "out" / "actors.csv").is_file()


# --- parameters and environment, before any work -------------------------------------------


def test_unwritable_output_directory(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(SetupError, match="cannot write to the output directory"):
        check_output_dir(blocker / "reports")
    proc = cli("build", "--out", str(blocker / "reports"), "--formats", "html", timeout=120)
    assert proc.returncode == 2 and "--out" in proc.stderr


def test_missing_model_says_what_to_install():
    with pytest.raises(SetupError, match=r"pip install fr-core-news-lg==3\.8\.0"):
        check_model("fr_core_news_lg")


def test_missing_tex_or_pandoc_is_reported_before_work(tmp_path):
    bindir = tmp_path / "bin"
    bindir.mkdir()
    # a PATH with python only: no xelatex, no pandoc
    os.symlink(sys.executable, bindir / "python")
    env = {**os.environ, "PATH": str(bindir)}
    proc = cli("build", "--out", str(tmp_path / "r"), "--formats", "pdf", env=env, timeout=120)
    assert proc.returncode == 2
    assert "apt-get install" in proc.stderr and "Traceback" not in proc.stderr
    assert not list((tmp_path / "r").glob("*/*.ipynb"))  # nothing ran


# --- failures mid-build -----------------------------------------------------------------------


@pytest.mark.slow
def test_kernel_death_keeps_the_last_good_report(good, tmp_path):
    out, slug_dir = _copy_good(good, tmp_path)
    before = (slug_dir / "00_briefing.html").read_bytes()
    nb = _notebook_with(tmp_path, "import os\nos._exit(1)")
    proc = cli("build", "--notebooks", str(nb), "--formats", "html", "--out", str(out), "--quiet")
    assert proc.returncode == 1
    assert "00_briefing" in proc.stderr and "DeadKernelError" in proc.stderr
    assert "full log" in proc.stderr and (slug_dir / "build.log").is_file()
    assert (slug_dir / "00_briefing.html").read_bytes() == before


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_interrupted_build_leaves_nothing_half_written(good, tmp_path, sig):
    out, slug_dir = _copy_good(good, tmp_path)
    before = {p.name: p.read_bytes() for p in slug_dir.iterdir() if p.is_file()}
    # the kernel touches a marker when it reaches the last cell: the signal then comes while a
    # notebook is being executed, whatever the machine's load (papermill writes the executed
    # notebook into the staging folder only at the end, too late and too briefly to wait for)
    marker = tmp_path / "kernel-is-running"
    nb = _notebook_with(
        tmp_path, f"import pathlib, time\npathlib.Path({str(marker)!r}).touch()\ntime.sleep(120)"
    )
    proc = subprocess.Popen(
        [*CLI, "build", "--notebooks", str(nb), "--formats", "html", "--out", str(out), "--quiet"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.time() + 300
    while time.time() < deadline and proc.poll() is None and not marker.exists():
        time.sleep(0.2)
    assert proc.poll() is None, (
        f"the build ended before it could be interrupted: {proc.stderr.read()}"
    )
    assert marker.exists() and list(slug_dir.glob(".run-*")), "the build should be running"
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert "interrupted" in err and "Traceback" not in err
    after = {p.name: p.read_bytes() for p in slug_dir.iterdir() if p.is_file()}
    assert after == before
    assert not list(slug_dir.glob(".run-*"))


@pytest.mark.slow
def test_two_concurrent_builds_of_the_same_article(tmp_path):
    out = tmp_path / "reports"
    cmd = [*CLI, "build", "--notebooks", "00_briefing", "--formats", "html", "--out", str(out)]
    cmd += ["--force", "--quiet"]
    procs = [
        subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    for p in procs:
        p.communicate(timeout=300)
        assert p.returncode == 0
    slug_dir = out / "2021-11-24_gantz-rabat"
    html = (slug_dir / "00_briefing.html").read_text(encoding="utf-8")
    assert html.rstrip().endswith("</html>")
    nbformat.read(slug_dir / "00_briefing.ipynb", as_version=4)  # a complete notebook
    assert not list(slug_dir.glob(".run-*"))
