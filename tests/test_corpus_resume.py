"""A corpus run killed with ``kill -9`` leaves no worker behind and resumes where it stopped;
a Dask scheduler lost mid-run ends the run with a clear error, the finished batches kept."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus.partial import PARTIAL
from analysis.resources.paths import ARTICLES_DIR, ROOT

pytestmark = pytest.mark.slow  # real corpus runs: process pools, a Dask cluster, kill -9

ENV = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": "3"}
ARTICLES = sorted(ARTICLES_DIR.glob("*.txt"))
BATCHES = 12  # 24 articles, 2 per batch: enough left to kill the run mid-way


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Twenty-four articles: the bundled ones over and over (distinct names, so distinct
    ids)."""
    root = tmp_path_factory.mktemp("resume")
    for i in range(2 * BATCHES):
        src = ARTICLES[i % len(ARTICLES)]
        shutil.copy(src, root / f"{i:02d}-{src.name}")
    return root


def _analyze(corpus: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "analysis", "analyze", str(corpus), "--out", str(out)] + [
        "--format",
        "csv",
        "--batch-size",
        "2",
        "--quiet",
        *extra,
    ]


def _wait(condition: Callable[[], bool], timeout: float, what: str, every: float = 0.5) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(every)


def _children(pid: int) -> list[int]:
    """Every descendant of ``pid``, from /proc."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = [], [pid]
    while frontier:
        p = frontier.pop()
        kids = [c for c, pp in parents.items() if pp == p]
        found += kids
        frontier += kids
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _partial(out: Path) -> list[Path]:
    return sorted((out / PARTIAL).glob("*.pkl"))


def _tables(out: Path) -> dict[str, pd.DataFrame]:
    meta = json.loads((out / "corpus.json").read_text(encoding="utf-8"))
    tables = {}
    for name, filename in meta["files"].items():
        df = pd.read_csv(out / filename, dtype=str, keep_default_na=False)
        df = df.drop(columns=[c for c in ("path",) if c in df.columns])
        tables[name] = df.sort_values(list(df.columns)).reset_index(drop=True)
    return tables


def test_a_killed_corpus_run_leaves_no_worker_and_resumes(corpus, tmp_path):
    out = tmp_path / "out"
    proc = subprocess.Popen(
        _analyze(corpus, out, "--jobs", "2"), cwd=ROOT, env=ENV, stderr=subprocess.PIPE
    )
    try:
        # the first finished batch, seen at once: a fast run finished all six batches of an
        # earlier, smaller corpus in the half second between two looks
        _wait(lambda: bool(_partial(out)) or proc.poll() is not None, 900, "a finished batch", 0.02)
        assert proc.poll() is None, "the run ended before it could be killed"
        workers = _children(proc.pid)
        assert workers, "a local pool has worker processes"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        # was: both workers (each with a spaCy model) stayed, blocked forever
        _wait(lambda: not any(map(_alive, workers)), 60, "the workers to die with their parent")
    finally:
        if proc.poll() is None:
            proc.kill()
        for pid in _children(proc.pid):
            os.kill(pid, signal.SIGKILL)
    kept = len(_partial(out))
    assert 1 <= kept < BATCHES

    rerun = subprocess.run(
        _analyze(corpus, out, "--jobs", "2"), cwd=ROOT, env=ENV, capture_output=True, text=True
    )
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    summary = json.loads((out / "corpus.json").read_text(encoding="utf-8"))
    assert summary["batches_reused"] == kept, "the finished batches are not analysed again"
    assert summary["batches"] + summary["batches_reused"] == BATCHES
    assert not (out / PARTIAL).exists(), "a completed run removes its store"

    clean = tmp_path / "clean"
    run = subprocess.run(
        _analyze(corpus, clean, "--jobs", "2"), cwd=ROOT, env=ENV, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert json.loads((clean / "corpus.json").read_text())["batches_reused"] == 0
    resumed, fresh = _tables(out), _tables(clean)
    assert resumed.keys() == fresh.keys()
    for name in fresh:
        pd.testing.assert_frame_equal(resumed[name], fresh[name], obj=name)


def _dask(*args: str, **kwargs) -> subprocess.Popen:
    cli = [sys.executable, "-m", "distributed.cli.dask_" + args[0], *args[1:]]
    return subprocess.Popen(cli, cwd=ROOT, env=ENV, stderr=subprocess.DEVNULL, **kwargs)


def test_a_lost_dask_scheduler_ends_the_run_with_a_clear_error(corpus, tmp_path):
    info = tmp_path / "scheduler.json"
    scheduler = _dask("scheduler", "--scheduler-file", str(info), "--port", "0")
    worker = None
    proc = None
    out = tmp_path / "out"
    try:
        _wait(info.is_file, 120, "the scheduler")
        address = json.loads(info.read_text())["address"]
        worker = _dask("worker", "--scheduler-file", str(info), "--nthreads", "1", "--no-dashboard")
        proc = subprocess.Popen(
            _analyze(corpus, out, "--scheduler", address),
            cwd=ROOT,
            env=ENV,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        _wait(lambda: len(_partial(out)) >= 1 or proc.poll() is not None, 900, "a batch")
        assert proc.poll() is None, "the run ended before the scheduler could be killed"
        scheduler.kill()
        # was: the run waited for the scheduler forever, without a word
        _, err = proc.communicate(timeout=180)
    finally:
        for p in (proc, worker, scheduler):
            if p is not None and p.poll() is None:
                p.kill()
                p.wait(timeout=30)
    assert proc.returncode == 2, err[-3000:]
    assert "the Dask scheduler was lost" in err and address in err, err[-3000:]
    assert "Traceback" not in err, err
    assert _partial(out), "the finished batches are kept for the next run"
