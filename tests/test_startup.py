"""What the first report waits for: the build's start-up does only what the first report needs,
and the warm kernels really are warm (behaviour only; the times are measured by `make bench`)."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from analysis.report.outputs import staging_dirs
from analysis.resources.io import read_pickle, write_pickle
from analysis.resources.paths import ROOT

NOTEBOOKS = ROOT / "notebooks"


def _python(code: str) -> str:
    """Run ``code`` in a fresh interpreter (imports start from nothing); its stdout."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_planning_a_single_article_build_does_not_import_pandas(tmp_path):
    """The build's parent expands its articles before anything starts: for a plain file it
    must not import the corpus package (pandas, ~1.3 s of CPU before the analysis starts)."""
    article = tmp_path / "visite.txt"
    article.write_text("Titre\n\nLe ministre Paul Ardent a visité Lisbonne.\n", encoding="utf-8")
    out = _python(
        f"""
        import sys
        from analysis.report.compare import expand_articles
        assert expand_articles([{str(article)!r}]) == [{str(article)!r}]
        print("pandas" in sys.modules)
        """
    )
    assert out == "False"


def test_the_build_starts_the_analysis_before_importing_papermill_or_the_renderers(tmp_path):
    """Until the analysis process starts, the build's parent only checks and plans: with
    the notebooks' parameters cached (any earlier build), it imports neither papermill nor
    nbconvert (the PDF tools are checked without the renderers: ~1.4 s of CPU before)."""
    cache = tmp_path / "cache"
    article = tmp_path / "visite.txt"
    article.write_text("Titre\n\nLe ministre Paul Ardent a visité Lisbonne.\n", encoding="utf-8")
    _python(
        f"""
        import os
        os.environ["VISIT_REPORT_CACHE"] = {str(cache)!r}
        from analysis.report.notebooks import declared_parameters, notebook_paths
        for nb in notebook_paths():
            declared_parameters(nb)
        """
    )
    out = _python(
        f"""
        import contextlib, os, sys
        os.environ["VISIT_REPORT_CACHE"] = {str(cache)!r}
        from analysis.report import build

        class Started(Exception):
            pass

        def analysis_child(fn, *args):
            heavy = ("papermill", "nbconvert", "bs4", "pandas", "spacy")
            print(sorted(m for m in heavy if m in sys.modules), args[0])
            raise Started

        build._run_in_child = analysis_child
        build._notebook_pool = lambda *args: contextlib.nullcontext((None, None))
        try:
            build.build([{str(article)!r}], formats=("html", "pdf"), out={str(tmp_path)!r},
                        progress=False, echo=lambda line: None)
        except Started:
            pass
        """
    )
    assert out == f"[] [PosixPath({str(article)!r})]"


def test_a_folder_of_articles_is_still_expanded(tmp_path):
    from analysis.report.compare import expand_articles

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Titre\n\nUn texte.\n", encoding="utf-8")
    assert sorted(Path(p).name for p in expand_articles([str(tmp_path)])) == ["a.txt", "b.txt"]


@pytest.mark.parametrize("enabled", [True, False])
def test_reading_a_cache_entry_leaves_the_garbage_collector_as_it_was(tmp_path, enabled):
    """:func:`read_pickle` pauses the collector while it unpickles, and restores it: a caller
    that had it on keeps it on, one that had it off keeps it off."""
    path = write_pickle(tmp_path / "entry.pkl", {"k": [(1, "a")] * 1000})
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        assert read_pickle(path) == {"k": [(1, "a")] * 1000}
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_load_model_keeps_one_model_per_name_however_it_is_called(nlp):
    from analysis.document import nlp as module

    assert module.load_model() is module.load_model(module.DEFAULT_MODEL)
    assert module.load_model(name=module.DEFAULT_MODEL) is module.load_model()
    assert module._load_model.cache_info().currsize == 1


def test_a_builds_child_processes_collect_garbage_rarely():
    """The analysis child and the workers (:func:`child_init`) make millions of long-lived
    objects as they start (the model, the indexes, papermill): Python's default thresholds
    re-scanned them again and again (~0.65 s of the analysis's CPU)."""
    out = _python(
        """
        import gc
        from analysis.report.processes import GC_THRESHOLDS, child_init
        default = gc.get_threshold()
        child_init()
        print(default != GC_THRESHOLDS, gc.get_threshold() == GC_THRESHOLDS)
        """
    )
    assert out == "True True"


@pytest.mark.slow
def test_a_warm_kernel_has_imported_the_report_layer_before_its_notebook_asks():
    """The warm-up runs as the kernel starts: a kernel left alone has imported pandas, the
    report modules and matplotlib's figure backends without being sent anything (a request
    sent at start was lost before), and collects garbage as the build's processes do."""
    from jupyter_core.utils import run_sync

    from analysis.report.kernels import WarmKernel
    from analysis.report.processes import GC_THRESHOLDS

    kernel = WarmKernel(NOTEBOOKS, extra_arguments=["--IPKernelApp.log_level=ERROR"])
    client = kernel.manager.blocking_client()
    try:
        client.start_channels()
        client.wait_for_ready(timeout=120)  # answers once its start-up file has run
        reply = []
        code = "import gc, sys; print(sorted(set(WANTED) & set(sys.modules)), gc.get_threshold())"
        wanted = ["analysis.report.briefing", "analysis.report.session", "pandas"]
        wanted += ["matplotlib.backends.backend_svg", "matplotlib.backends.backend_pdf"]
        client.execute_interactive(
            f"WANTED = {wanted!r}\n{code}",
            timeout=60,
            output_hook=lambda msg: reply.append(msg["content"].get("text", "")),
        )
        assert "".join(reply).strip() == f"{sorted(wanted)} {GC_THRESHOLDS}"
    finally:
        client.stop_channels()
        kernel.shutdown()
    assert not run_sync(kernel.manager.is_alive)()


@pytest.mark.slow
def test_a_kernel_is_shut_down_without_being_interrupted(tmp_path):
    """jupyter_client sends SIGINT before a shutdown request; a kernel busy with a message at
    that instant printed "KeyboardInterrupt caught in kernel" on a quiet build. The kernel
    here records any SIGINT it receives: it must get none, and still end."""
    from jupyter_core.utils import run_sync

    from analysis.report.kernels import WarmKernel

    marker = tmp_path / "sigint"
    handler = (
        "import signal, pathlib; "
        f"signal.signal(signal.SIGINT, lambda *a: pathlib.Path({str(marker)!r}).touch())"
    )
    kernel = WarmKernel(
        NOTEBOOKS,
        extra_arguments=["--IPKernelApp.log_level=ERROR", f"--IPKernelApp.exec_lines={handler}"],
    )
    client = kernel.manager.blocking_client()
    try:
        client.start_channels()
        client.wait_for_ready(timeout=120)
    finally:
        client.stop_channels()
        kernel.shutdown()
    assert not run_sync(kernel.manager.is_alive)()
    assert not marker.exists()


@pytest.mark.slow
def test_a_warm_kernel_ends_on_its_shutdown_request_not_by_a_signal():
    """A kernel that has imported the report layer ends on its own once asked
    (:data:`analysis.report.kernels.QUICK_EXIT`): its teardown used to outlast
    jupyter_client's grace, so every report waited for it and the kernel was then killed by
    SIGTERM (exit code -15)."""
    from analysis.report.kernels import WarmKernel

    kernel = WarmKernel(NOTEBOOKS, extra_arguments=["--IPKernelApp.log_level=ERROR"])
    client = kernel.manager.blocking_client()
    try:
        client.start_channels()
        client.wait_for_ready(timeout=120)  # the warm-up has run
        # a teardown longer than the grace, whatever the machine: an object whose
        # finaliser takes 10 s, as the report layer's imports took ~2.5 s to free
        slow = "class _Slow:\n def __del__(self):\n  import time; time.sleep(10)\n_kept = _Slow()"
        client.execute_interactive(slow, timeout=60)
        process = kernel.manager.provisioner.process
    finally:
        client.stop_channels()
        kernel.shutdown()
    assert process.returncode == 0


@pytest.mark.slow
def test_the_build_starts_one_worker_before_the_analysis_and_the_others_with_the_tasks(
    tmp_path,
):
    """While the article is analysed only the first worker runs (its warm kernel and the
    exporter prepare the first report); once prepared it takes the first task alone; the
    others start when more tasks are submitted."""
    import concurrent.futures as cf

    from analysis.report.build import _notebook_pool
    from analysis.report.tasks import Task

    tasks = [
        Task(tmp_path / "a.txt", "a", nb, {}, ("html",), tmp_path / "a", {})
        for nb in sorted(NOTEBOOKS.glob("0[0-3]_*.ipynb"))
    ]
    with _notebook_pool(tasks, jobs=2) as (pool, prepared):
        assert len(pool._processes) == 1
        cf.wait([prepared], timeout=120)
        assert len(pool._processes) == 1
        futures = [pool.submit(time.sleep, 0.5) for _ in range(2)]
        assert len(pool._processes) == 2
        for future in futures:
            future.result(timeout=120)


@pytest.mark.slow
def test_missing_indexes_are_built_by_a_second_process_and_then_only_read(tmp_path):
    """A first run (empty cache): the analysis child forks a process that builds the
    knowledge-base indexes while the model loads; with the indexes there, none is forked."""
    out = _python(
        f"""
        import os
        os.environ["VISIT_REPORT_CACHE"] = {str(tmp_path / "cache")!r}
        from analysis.pipeline import warm
        from analysis.report.build import _indexes_aside
        from analysis.resources.paths import cache_dir

        assert warm.indexes_missing()
        helper = _indexes_aside()
        helper.join()
        names = sorted(p.name.split("-")[0] for p in cache_dir().glob("*.pkl"))
        print(helper.exitcode, names, warm.indexes_missing(), _indexes_aside())
        """
    )
    assert out == "0 ['cities', 'gazetteer', 'small_towns'] False None"


def test_each_missing_index_is_built_by_a_process_of_its_own_one_after_the_other(
    tmp_path, monkeypatch
):
    """The build's peak memory is the sum of its processes: each index is built in its own
    process (which gives its memory back when it ends) and the next starts once it has ended;
    an index already in the cache is not built again."""
    import os

    from analysis.pipeline import warm

    monkeypatch.setenv("VISIT_REPORT_CACHE", str(tmp_path))
    (tmp_path / "gazetteer-0123456789abcdef.pkl").write_bytes(b"built before")
    log = tmp_path / "builders.log"

    def builder(name):
        def build():
            with open(log, "a") as fh:  # this builder, and whether the previous one still runs
                previous = log.read_text().split()[-1:] if log.stat().st_size else []
                alive = bool(previous) and os.path.exists(f"/proc/{previous[0].split(':')[1]}")
                fh.write(f"{name}:{os.getpid()}:{alive}\n")
            (tmp_path / f"{name}-0123456789abcdef.pkl").write_bytes(b"x")

        return build

    log.touch()
    monkeypatch.setattr(warm, "_BUILDERS", {name: builder(name) for name in warm.INDEXES})
    assert warm.indexes_missing()
    warm.build_indexes()
    rows = [line.split(":") for line in log.read_text().split()]
    assert [r[0] for r in rows] == ["cities", "small_towns"]
    pids = {int(r[1]) for r in rows}
    assert len(pids) == 2 and os.getpid() not in pids
    assert [r[2] for r in rows] == ["False", "False"]
    assert not warm.indexes_missing()


class _RecordingPool:
    """A stand-in for the build's process pool: runs each call at once, and records what was
    submitted and which reports were on disk at that moment. It holds one worker, as the
    build's pool while the article is analysed; ``spawned`` is the pool after a submit that
    found no idle worker (its other workers started)."""

    def __init__(self, out: Path, jobs: int = 2, started: int = 1) -> None:
        self._max_workers = jobs
        self._processes = {n: type("P", (), {"pid": n})() for n in range(1, started + 1)}
        self.out = out
        self.calls: list[tuple[str, str, list[str]]] = []

    def submit(self, fn, task, *args):
        import concurrent.futures as cf

        on_disk = sorted(p.name for p in self.out.glob("*.*") if p.suffix in (".html", ".pdf"))
        self.calls.append((fn.__name__, task.name, on_disk))
        future = cf.Future()
        future.set_result(fn(task, *args))
        return future


def _fake_tasks(tmp_path: Path, formats: tuple[str, ...]):
    """The build's tasks for one article and three notebooks, run by fakes that write the
    files a real run writes (no kernel)."""
    from analysis.report.tasks import Outcome, Task

    article = tmp_path / "visite.txt"
    article.write_text("Titre\n\nLe ministre Paul Ardent a visité Lisbonne.\n", encoding="utf-8")
    nbs = sorted(NOTEBOOKS.glob("0[0-2]_*.ipynb"))
    tasks = [Task(article, "visite", nb, {}, formats, tmp_path / "visite", {}) for nb in nbs]

    def run(task, staging, formats, *_):
        staging.mkdir(parents=True, exist_ok=True)
        files = [staging / f"{task.name}.ipynb"] + [staging / f"{task.name}.{f}" for f in formats]
        for path in files:
            path.write_text(task.name, encoding="utf-8")
        return Outcome(task, True, files=files)

    def render(task, staging, formats):
        files = [staging / f"{task.name}.{f}" for f in formats]
        for path in files:
            path.write_text(task.name, encoding="utf-8")
        return Outcome(task, True, files=[staging / f"{task.name}.ipynb", *files])

    return tasks, run, render


def test_the_other_reports_start_once_the_first_html_has_landed(tmp_path, monkeypatch):
    """On two cores the other workers' start-up (papermill, a kernel's warm-up) took the CPU
    from the first report: the other tasks are submitted (so those workers started) only once
    the first report's HTML is in place; its PDF follows them, and every file lands."""
    from analysis.report import build

    tasks, run, render = _fake_tasks(tmp_path, ("html", "pdf"))
    monkeypatch.setattr(build, "run_task_safe", run)
    monkeypatch.setattr(build, "render_task_safe", render)
    pool = _RecordingPool(tmp_path / "visite")
    said: list[str] = []
    with staging_dirs([tmp_path / "visite"]) as run_dirs:
        outcomes = build._execute(tasks, pool, run_dirs, progress=False, echo=said.append)

    calls = [(fn, name) for fn, name, _ in pool.calls]
    assert calls[:4] == [
        ("run", "00_briefing"),
        ("run", "01_actors"),
        ("run", "02_stance"),
        ("render", "00_briefing"),
    ]
    assert sorted(calls[4:]) == [("render", "01_actors"), ("render", "02_stance")]
    assert pool.calls[0][2] == []  # the first report alone
    assert pool.calls[1][2] == ["00_briefing.html"]  # its HTML landed, no PDF yet
    assert said[0] == f"first report ready: {tmp_path / 'visite' / '00_briefing.html'}"
    assert all(o.ok for o in outcomes)
    landed = sorted(p.name for p in (tmp_path / "visite").glob("0*.*"))
    assert landed == [f"{t.name}.{f}" for t in tasks for f in ("html", "ipynb", "pdf")]


@pytest.mark.parametrize("case", ["html only", "workers already started"])
def test_the_first_report_holds_nothing_back_when_there_is_nothing_to_wait_for(
    tmp_path, monkeypatch, case
):
    """An HTML-only build still waits for the first report (it is final at once); a pool
    whose workers all started already (the first task found none idle: the analysis was
    cached) gets every task at once: holding them back would only leave a worker idle."""
    from analysis.report import build

    formats = ("html",) if case == "html only" else ("html", "pdf")
    tasks, run, render = _fake_tasks(tmp_path, formats)
    monkeypatch.setattr(build, "run_task_safe", run)
    monkeypatch.setattr(build, "render_task_safe", render)
    pool = _RecordingPool(tmp_path / "visite", started=1 if case == "html only" else 2)
    with staging_dirs([tmp_path / "visite"]) as run_dirs:
        build._execute(tasks, pool, run_dirs, progress=False, echo=lambda _: None)
    runs = [(name, on_disk) for fn, name, on_disk in pool.calls if fn == "run"]
    assert [name for name, _ in runs] == ["00_briefing", "01_actors", "02_stance"]
    if case == "html only":
        assert runs[1][1] == ["00_briefing.html"]
    else:
        assert all(on_disk == [] for _, on_disk in runs)


def _analyse_and_leave_a_clean_up(folder: str) -> None:
    """Stands for the analysis: writes its result, prints without flushing, and registers
    a clean-up that the interpreter's exit would run."""
    import atexit

    atexit.register(lambda: Path(folder, "clean-up").write_text("ran", encoding="utf-8"))
    Path(folder, "result").write_text("done", encoding="utf-8")
    sys.stdout.write("analysed: 1 article")  # no newline, no flush


def test_the_analysis_child_ends_as_soon_as_its_result_is_sent(tmp_path, capfd):
    """The build waits for the analysis child to end before the first notebook: the
    interpreter's clean-up (spaCy's model freed object by object, ~1.5 s of CPU) is skipped,
    what the child wrote and printed is all there."""
    from analysis.report.build import _run_in_child

    _run_in_child(_analyse_and_leave_a_clean_up, str(tmp_path))
    assert (tmp_path / "result").read_text(encoding="utf-8") == "done"
    assert not (tmp_path / "clean-up").exists()
    assert "analysed: 1 article" in capfd.readouterr().out
