"""`visit-report build` and `analyze --out` under concurrency, signals and killed parents
(issue 17): outputs are owned (a lock per folder, per-run staging), reports land in the folder
of the article analysed, a terminal's Ctrl-C stops everything, nothing is left running."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from analysis.resources.paths import ARTICLES_DIR, DEFAULT_ARTICLE, NOTEBOOKS_DIR, ROOT

CLI = [sys.executable, "-m", "analysis"]
SECOND = sorted(p for p in ARTICLES_DIR.glob("*.txt") if p != DEFAULT_ARTICLE)[0]


def cli(*args: str, timeout: int = 900) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT)


def _slow_notebook(tmp_path: Path) -> Path:
    """The briefing with a last cell that sleeps: a build that is surely running when the
    test signals it."""
    import nbformat

    from analysis.resources.paths import NOTEBOOKS_DIR

    nb = nbformat.read(NOTEBOOKS_DIR / "00_briefing.ipynb", as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("import time\ntime.sleep(120)"))
    d = tmp_path / "nbs"
    d.mkdir(exist_ok=True)
    nbformat.write(nb, d / "00_briefing.ipynb")
    return d / "00_briefing.ipynb"


def _wait_for(predicate, seconds: float = 240) -> bool:
    deadline = time.time() + seconds
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return predicate()


def _alive(procs: list[psutil.Process]) -> list[psutil.Process]:
    out = []
    for p in procs:
        try:
            if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                out.append(p)
        except psutil.NoSuchProcess:
            pass
    return out


def _good_reports(default_build, tmp_path: Path) -> tuple[Path, Path]:
    out = tmp_path / "reports"
    shutil.copytree(default_build.slug_dir, out / default_build.slug_dir.name)
    return out, out / default_build.slug_dir.name


def _start_slow_build(tmp_path: Path, out: Path) -> subprocess.Popen:
    nb = _slow_notebook(tmp_path)
    cmd = [*CLI, "build", "--notebooks", str(nb), "--formats", "html", "--out", str(out)]
    return subprocess.Popen(
        [*cmd, "--quiet", "--force"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # a process group of its own, as a terminal job has
    )


def _kernel_started(parent: psutil.Process) -> bool:
    try:
        kids = parent.children(recursive=True)
    except psutil.NoSuchProcess:
        return False
    return any("ipykernel" in " ".join(_cmdline(k)) for k in kids)


def _cmdline(p: psutil.Process) -> list[str]:
    try:
        return p.cmdline()
    except psutil.Error:
        return []


# --- 3. reports filed under the article analysed ----------------------------------------------


@pytest.mark.slow
def test_article_parameter_builds_that_article_in_its_folder(tmp_path):
    out = tmp_path / "r"
    proc = cli(
        "build", "-p", f"article={SECOND}", "--notebooks", "00_briefing", "--formats", "html",
        "--out", str(out), "--quiet",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    folders = sorted(p.name for p in out.iterdir() if p.is_dir())
    assert folders == [SECOND.stem]  # not the default article's
    index = (out / SECOND.stem / "index.html").read_text(encoding="utf-8")
    from analysis.document.article import load_article

    title = load_article(SECOND).metadata()["title"]
    from analysis.report.filters import escape_html

    assert escape_html(str(title)) in index


def test_article_parameter_and_positional_article_conflict(tmp_path):
    from analysis.errors import ParameterError
    from analysis.report.build import build

    with pytest.raises(ParameterError, match="positional"):
        build([DEFAULT_ARTICLE], parameters={"article": str(SECOND)}, out=tmp_path, echo=print)


@pytest.mark.slow
def test_two_inputs_with_one_slug_get_two_folders(tmp_path):
    """'a b.txt' and 'a-b.txt' make the same slug: the second gets '-2', as in corpus mode."""
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(DEFAULT_ARTICLE, src / "a b.txt")
    shutil.copy(SECOND, src / "a-b.txt")
    out = tmp_path / "r"
    proc = cli(
        "build", str(src / "a b.txt"), str(src / "a-b.txt"), "--notebooks", "00_briefing",
        "--formats", "html", "--out", str(out), "--quiet",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    folders = sorted(p.name for p in out.iterdir() if p.is_dir())
    assert len(folders) == 2 and folders[1] == folders[0] + "-2", folders
    for folder in folders:
        assert (out / folder / "00_briefing.html").is_file()
    from analysis.document.article import load_article

    first = load_article(src / "a b.txt").metadata()["title"]
    second = load_article(src / "a-b.txt").metadata()["title"]
    assert str(first)[:20] in (out / folders[0] / "00_briefing.html").read_text(encoding="utf-8")
    assert str(second)[:20] in (out / folders[1] / "00_briefing.html").read_text(encoding="utf-8")


# --- 1. concurrent runs into one output folder ------------------------------------------------


@pytest.mark.slow
def test_two_parallel_analyze_runs_into_one_folder(tmp_path):
    """Two runs on different articles into one --out: each waits for the other, both exit 0,
    and what is left is one complete run (corpus.json and every table agree)."""
    out = tmp_path / "tables"
    big = tmp_path / "big"
    big.mkdir()
    for path in sorted(ARTICLES_DIR.glob("*.txt")):
        shutil.copy(path, big / path.name)
    runs = [
        [*CLI, "analyze", str(big), "--out", str(out), "--jobs", "1", "--quiet"],
        [*CLI, "analyze", str(SECOND), "--out", str(out), "--quiet"],
    ]
    procs = []
    for cmd in runs:
        pipes = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, "text": True}
        procs.append(subprocess.Popen(cmd, cwd=ROOT, **pipes))
        time.sleep(3.0)  # the first run holds the folder when the second starts
    results = [p.communicate(timeout=900) for p in procs]
    for p, (_out, stderr) in zip(procs, results, strict=True):
        assert p.returncode == 0, stderr
    assert any("waiting for another visit-report run" in err for _, err in results), results
    meta = json.loads((out / "corpus.json").read_text(encoding="utf-8"))
    from analysis.corpus.writers import read_tables

    tables = read_tables(out)
    ids = set(tables["articles"]["article_id"])
    assert len(ids) == meta["articles"]
    for name, df in tables.items():
        assert meta["tables"][name] == len(df), name
        if "article_id" in df.columns and len(df):
            assert set(df["article_id"]) <= ids, name
    listed = set(meta["files"].values()) | {"corpus.json"}
    assert {p.name for p in out.iterdir() if not p.name.startswith(".")} == listed
    assert not list(out.glob(".*.part"))


def test_no_wait_refuses_a_folder_in_use(tmp_path, capsys):
    from analysis.cli import main
    from analysis.report.outputs import output_lock

    with output_lock(tmp_path / "out"):
        code = main(["analyze", str(SECOND), "--out", str(tmp_path / "out"), "--no-wait"])
    assert code == 2
    err = capsys.readouterr().err
    assert "another visit-report run" in err and "--no-wait" in err


# --- 4. a terminal's Ctrl-C and SIGTERM -------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    "sig, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)], ids=["SIGINT", "SIGTERM"]
)
def test_signal_to_the_process_group_stops_the_build(default_build, tmp_path, sig, code):
    out, slug_dir = _good_reports(default_build, tmp_path)
    before = {p.name: p.read_bytes() for p in slug_dir.iterdir() if p.is_file()}
    proc = _start_slow_build(tmp_path, out)
    parent = psutil.Process(proc.pid)
    assert _wait_for(lambda: _kernel_started(parent)), "the build should be running a kernel"
    time.sleep(2)  # the kernel is executing the notebook
    family = [parent, *parent.children(recursive=True)]
    os.killpg(proc.pid, sig)  # what a terminal sends: the whole foreground group
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == code, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "interrupted" in lines[0], err
    assert _wait_for(lambda: not _alive(family), 30), _alive(family)
    after = {p.name: p.read_bytes() for p in slug_dir.iterdir() if p.is_file()}
    assert after == before
    assert not list(slug_dir.glob(".run-*"))


@pytest.mark.slow
def test_quiet_success_prints_no_kernel_warnings(default_build):
    assert "IPKernelApp" not in default_build.proc.stderr
    assert "WARNING" not in default_build.proc.stderr
    assert "KeyboardInterrupt" not in default_build.proc.stderr


def test_ended_children_are_left_for_their_owner_to_reap():
    """end_trees waits for the processes it ends without reaping them: a child started by
    multiprocessing must still read its own exit status (reaped behind its back, it reads as
    running forever, and a pool's shutdown, hence the interpreter's exit, hangs)."""
    import concurrent.futures as cf
    import multiprocessing
    import threading

    from analysis.report.processes import end_trees, pool_pids

    ctx = multiprocessing.get_context("spawn")
    child = ctx.Process(target=time.sleep, args=(120,))
    child.start()
    end_trees([child.pid])
    child.join(timeout=30)
    assert child.exitcode == -signal.SIGTERM

    pool = cf.ProcessPoolExecutor(1, ctx)
    busy = pool.submit(time.sleep, 120)
    assert _wait_for(lambda: len(pool_pids(pool)) == 1 and busy.running(), 60)
    end_trees(pool_pids(pool))
    closing = threading.Thread(target=pool.shutdown, kwargs={"cancel_futures": True}, daemon=True)
    closing.start()
    closing.join(timeout=60)
    assert not closing.is_alive(), "the pool's shutdown hung on workers it could not reap"
    assert isinstance(busy.exception(timeout=0), cf.process.BrokenProcessPool)


@pytest.mark.slow
def test_sigterm_to_the_build_alone_after_its_first_report(default_build, tmp_path):
    """`kill PID` (a service manager, a script's timeout), not a terminal's group signal,
    while the other reports run: the build ends them, exits 143 and keeps the previous
    reports."""
    out, slug_dir = _good_reports(default_build, tmp_path)
    before = {p.name: p.read_bytes() for p in slug_dir.iterdir() if p.is_file()}
    slow = _slow_notebook(tmp_path)
    slow.rename(slow.with_name("01_slow.ipynb"))
    shutil.copy(NOTEBOOKS_DIR / "00_briefing.ipynb", slow)  # the first report, as usual
    names = f"{slow},{slow.with_name('01_slow.ipynb')}"
    proc = subprocess.Popen(
        [*CLI, "build", "--notebooks", names, "--formats", "html", "--out", str(out), "--force"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    parent = psutil.Process(proc.pid)
    first = slug_dir / "00_briefing.html"
    stamp = first.stat().st_ino, first.stat().st_mtime_ns
    assert _wait_for(lambda: (first.stat().st_ino, first.stat().st_mtime_ns) != stamp), "no report"
    assert _wait_for(lambda: _kernel_started(parent) and len(parent.children()) > 1, 120)
    time.sleep(1)  # the second worker runs the slow report
    family = [parent, *parent.children(recursive=True)]
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("the build kept running after SIGTERM")
    assert proc.returncode == 143, err
    assert "interrupted" in err.splitlines()[-1], err
    assert _wait_for(lambda: not _alive(family), 30), [_cmdline(p) for p in _alive(family)]
    assert not (slug_dir / "01_slow.html").exists()
    assert not list(slug_dir.glob(".run-*"))
    others = [n for n in before if n.startswith(("01_", "02_", "03_"))]
    assert others and all((slug_dir / n).read_bytes() == before[n] for n in others)


# --- 5. a killed parent ---------------------------------------------------------------------


@pytest.mark.slow
def test_killed_build_leaves_no_process_and_the_next_build_cleans_up(default_build, tmp_path):
    out, slug_dir = _good_reports(default_build, tmp_path)
    proc = _start_slow_build(tmp_path, out)
    parent = psutil.Process(proc.pid)

    def running() -> bool:
        """A notebook runs: a kernel started and the staging folder made (the first task is
        submitted once the first worker is prepared, after its kernel's start)."""
        return _kernel_started(parent) and bool(list(slug_dir.glob(".run-*")))

    assert _wait_for(running), "the build should be running a notebook"
    family = parent.children(recursive=True)
    proc.kill()
    proc.wait(timeout=60)  # not communicate(): orphans would keep its pipes open
    assert _wait_for(lambda: not _alive(family), 60), [_cmdline(p) for p in _alive(family)]
    assert list(slug_dir.glob(".run-*")), "the killed build left its staging folder"
    again = cli(
        "build", "--notebooks", "00_briefing", "--formats", "html", "--out", str(out), "--quiet"
    )
    assert again.returncode == 0, again.stderr
    assert not list(slug_dir.glob(".run-*"))


# --- 7. article text that breaks figures or links ---------------------------------------------


def test_dollars_in_figure_text_are_drawn_as_written():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.report.viz import apply_style

    apply_style()
    fig, ax = plt.subplots()
    title = ax.set_title("Sommet $$ de Lisbonne")
    label = ax.text(0.5, 0.5, "de 5 $ à 7 $ le baril")
    fig.canvas.draw()  # "$$" raised a mathtext ValueError here
    assert title._preprocess_math(title.get_text()) == ("Sommet $$ de Lisbonne", False)
    assert label._preprocess_math(label.get_text())[1] is False  # "5 $ à 7 $": no maths
    plt.close(fig)


def test_urls_in_article_text_are_no_live_links():
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    from analysis.report.display import md

    source = str(md("Selon {who}, voir {url}.", who="Iris Valmont", url="https://exemple.org/a-b"))
    html = markdown2html_mistune(source)
    assert "<a " not in html
    assert "https://exemple.org/a-b" in html  # shown as written, not garbled


@pytest.mark.slow
def test_dollar_heading_and_url_article_through_the_notebooks(tmp_path):
    """An article with a "$$" heading, single "$" and a URL in its text builds every
    single-article report; no report links to the URL."""
    text = DEFAULT_ARTICLE.read_text(encoding="utf-8")
    lines = text.splitlines()
    extra = [
        "",
        "Le sommet $$ des ministres",
        "",
        "Iris Valmont, ministre de l'Énergie, a détaillé ces chiffres sur "
        "https://exemple.org/entretien-valmont. Selon Iris Valmont, le baril est passé de "
        "5 $ à 7 $. Iris Valmont a rappelé que le sommet $$ se tiendrait en juin. Pour Iris "
        "Valmont, l'accord reste fragile. Iris Valmont rencontrera ses homologues.",
        "",
    ]
    (tmp_path / "dollars.txt").write_text("\n".join(lines[:3] + extra + lines[3:]) + "\n")
    out = tmp_path / "r"
    proc = cli(
        "build", str(tmp_path / "dollars.txt"), "--notebooks",
        "00_briefing,01_actors,02_stance,03_context",
        "--formats", "html", "--out", str(out), "--quiet",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr + proc.stdout
    pages = sorted(out.glob("*/0*.html"))
    assert len(pages) == 4
    for html in pages:
        text = html.read_text(encoding="utf-8")
        assert not re.search(r"href=[\"'][^\"']*exemple", text), html.name


# --- 9. the manifest -----------------------------------------------------------------------------


def _task(tmp_path, formats, params):
    from analysis.report.tasks import Task

    nb = tmp_path / "01_demo.ipynb"
    nb.write_text("{}", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Texte inventé.", encoding="utf-8")
    meta = {"title": "Un titre"}
    task = Task(article, "a", nb, params, formats, tmp_path / "out", meta, fingerprint="f1")
    return task


def _commit(task, tmp_path):
    from analysis.report.tasks import Outcome, commit

    staging = tmp_path / f"stage-{len(list(tmp_path.iterdir()))}"
    staging.mkdir()
    files = []
    for fmt in ("ipynb", *task.formats):
        path = staging / f"{task.name}.{fmt}"
        path.write_text(f"{fmt} {task.parameters}", encoding="utf-8")
        files.append(path)
    commit(Outcome(task, True, files=files), lambda _o: None)


def test_manifest_records_each_report_and_formats_go_together(tmp_path):
    from analysis.report.manifest import read_manifest

    _commit(_task(tmp_path, ("html", "pdf"), {"min_mentions": 1}), tmp_path)
    slug_dir = tmp_path / "out"
    data = read_manifest(slug_dir)
    entry = data["reports"]["01_demo"]
    assert entry["formats"] == ["html", "pdf"] and entry["parameters"] == {"min_mentions": 1}
    assert entry["files"]["pdf"] == "01_demo.pdf" and entry["key"] and entry["built_at"]
    assert data["article"]["title"] == "Un titre" and len(data["article"]["sha256"]) == 64
    assert data["tool_version"]

    _commit(_task(tmp_path, ("html",), {"min_mentions": 1}), tmp_path)  # same parameters
    assert (slug_dir / "01_demo.pdf").is_file()
    assert read_manifest(slug_dir)["reports"]["01_demo"]["formats"] == ["html", "pdf"]

    _commit(_task(tmp_path, ("html",), {"min_mentions": 3}), tmp_path)  # other parameters
    assert not (slug_dir / "01_demo.pdf").is_file()  # the old PDF does not stay beside
    entry = read_manifest(slug_dir)["reports"]["01_demo"]
    assert entry["formats"] == ["html"] and "pdf" not in entry["files"]

    from analysis.report.index import write_index

    page = write_index(slug_dir, {"title": "Un titre"}).read_text(encoding="utf-8")
    assert "Paramètres : min_mentions = 3" in page and "01_demo.pdf" not in page


def test_unreadable_manifest_reads_as_empty(tmp_path):
    from analysis.report.manifest import read_manifest

    (tmp_path / "manifest.json").write_text("{pas du json", encoding="utf-8")
    assert read_manifest(tmp_path)["reports"] == {}


def test_stale_staging_folders_of_dead_runs_are_removed(tmp_path):
    from analysis.report.outputs import remove_stale_runs, staging_dir

    mine = staging_dir(tmp_path)
    dead = tmp_path / ".run-999999999-abc"  # above pid_max: no such process
    old_style = tmp_path / ".run-k2j3h4"  # an older version's name, without a pid
    for d in (dead, old_style):
        d.mkdir()
        (d / "01_x.ipynb").write_text("{}", encoding="utf-8")
    assert sorted(remove_stale_runs(tmp_path)) == sorted([dead, old_style])
    assert mine.is_dir() and not dead.exists() and not old_style.exists()


def test_staging_folders_are_removed_after_their_writer_has_ended(tmp_path):
    # was: an interrupted build removed its staging folder while a notebook worker still
    # wrote into it (the pool was ended afterwards), and a half-removed ".run-*" stayed
    from analysis.report.outputs import staging_dirs

    writer_code = (
        "import itertools, pathlib, sys\n"
        "d = pathlib.Path(sys.argv[1])\n"
        "for i in itertools.count():\n"
        "    (d / f'{i % 50}.txt').write_text('x')\n"
    )
    with pytest.raises(KeyboardInterrupt):
        with staging_dirs([tmp_path / "a", tmp_path / "b"]) as run_dirs:
            assert sorted(run_dirs) == [tmp_path / "a", tmp_path / "b"]
            writer = subprocess.Popen([sys.executable, "-c", writer_code, run_dirs[tmp_path / "a"]])
            try:  # as the notebook pool: its exit ends the workers before the folders go
                time.sleep(0.5)
                raise KeyboardInterrupt
            finally:
                writer.kill()
                writer.wait()
    assert not list(tmp_path.glob("*/.run-*"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]


def test_a_long_article_s_progress_bar_leaves_no_leaked_semaphore():
    # was: the analysis child (which ends with os._exit) showed the parse's progress bar for
    # a long article; tqdm guards bars with a multiprocessing lock, a semaphore the resource
    # tracker then reported at the end of a good build: "There appear to be 1 leaked
    # semaphore objects to clean up at shutdown"
    code = (
        "from analysis.report.build import _run_in_child\n"
        "from tests.helpers import show_a_progress_bar\n"
        "_run_in_child(show_a_progress_bar)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    assert "test: 100%" in done.stderr  # the bar was shown
    assert "leaked" not in done.stderr, done.stderr
