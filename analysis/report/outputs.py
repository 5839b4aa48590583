"""Output folders a run owns: one lock per folder, staging folders named after their run.

Two runs writing into one folder (two ``analyze --out DIR``, two builds of one article) would
mix or delete each other's files; so a run takes the folder's lock for its whole duration.
The second run *waits* for the first, saying so once on stderr (the usual wish of someone who
started two jobs: both results, one after the other); with ``--no-wait`` it stops at once with
a clear error instead (scripts, cron jobs that must not pile up).

A build stages its files in ``<folder>/.run-<pid>-<random>/``; a run killed with SIGKILL
cannot remove its own, so the next run that holds the lock removes every staging folder whose
process is gone (:func:`remove_stale_runs`).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from analysis.errors import SetupError
from analysis.resources.io import ensure_writable_dir

LOCK_NAME = ".visit-report.lock"
RUN_PREFIX = ".run-"


@contextlib.contextmanager
def output_lock(
    directory: str | os.PathLike[str],
    wait: bool = True,
    echo: Callable[[str], None] | None = None,
) -> Iterator[Path]:
    """Hold ``directory``'s lock for the ``with`` block (an ``flock`` on ``.visit-report.lock``,
    released by the kernel even if the process is killed). Busy: wait, after one line through
    ``echo``, or with ``wait=False`` raise :class:`SetupError`. A folder this call created and
    the run left empty is removed again (bad input writes nothing)."""
    folder = Path(directory)
    existed = folder.exists()
    ensure_writable_dir(folder)  # a clear error for a read-only folder
    fh = _acquire(folder / LOCK_NAME, wait, echo)
    try:
        yield folder
    finally:
        if not existed and [p.name for p in folder.iterdir()] == [LOCK_NAME]:
            (folder / LOCK_NAME).unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                folder.rmdir()
        fh.close()


def _acquire(path: Path, wait: bool, echo: Callable[[str], None] | None) -> IO[str]:
    """The open, locked lock file. The file stays empty (a lock taken and released leaves
    the folder byte-identical); if the run that held it removed it meanwhile (an empty folder
    it had created), lock the new one."""
    announced = False
    while True:
        fh = open(path, "a", encoding="utf-8")  # noqa: SIM115 - closed by output_lock
        try:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if not wait:
                    raise SetupError(
                        "another visit-report run is writing into this folder",
                        where=str(path.parent),
                        fix="wait until it ends, or run again without --no-wait to wait for it",
                    ) from None
                if echo is not None and not announced:
                    echo(f"waiting for another visit-report run writing into {path.parent} ...")
                    announced = True
                fcntl.flock(fh, fcntl.LOCK_EX)
            if _same_file(fh, path):
                return fh
        except BaseException:
            fh.close()
            raise
        fh.close()
        path.parent.mkdir(parents=True, exist_ok=True)


def _same_file(fh: IO[str], path: Path) -> bool:
    try:
        return os.fstat(fh.fileno()).st_ino == path.stat().st_ino
    except FileNotFoundError:
        return False


@contextlib.contextmanager
def output_locks(
    directories: list[Path], wait: bool = True, echo: Callable[[str], None] | None = None
) -> Iterator[None]:
    """The locks of several folders, always taken in sorted order (no deadlock between two
    builds of overlapping article sets)."""
    with contextlib.ExitStack() as stack:
        for folder in sorted(set(directories)):
            stack.enter_context(output_lock(folder, wait=wait, echo=echo))
        yield


def staging_dir(folder: Path) -> Path:
    """A new staging folder of this run in ``folder``: ``.run-<pid>-<random>``."""
    folder.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f"{RUN_PREFIX}{os.getpid()}-", dir=folder))


@contextlib.contextmanager
def staging_dirs(folders: Iterable[Path]) -> Iterator[dict[Path, Path]]:
    """A staging folder of this run in each of ``folders`` (``{folder: staging}``), removed
    with everything in it when the block ends, however it ends. Enter it *outside* whatever
    runs the processes writing into them, so that they have ended before the removal: a
    worker still writing would leave a half-removed folder behind."""
    run_dirs: dict[Path, Path] = {}
    try:
        for folder in dict.fromkeys(folders):
            run_dirs[folder] = staging_dir(folder)
        yield run_dirs
    finally:
        for run_dir in run_dirs.values():
            shutil.rmtree(run_dir, ignore_errors=True)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_runs(folder: Path) -> list[Path]:
    """Remove the staging folders in ``folder`` left by runs that no longer exist (killed
    with SIGKILL, power cut): their pid is gone, or the name carries none (older versions).
    Call it holding the folder's lock. Returns what was removed."""
    removed = []
    for path in folder.glob(f"{RUN_PREFIX}*"):
        pid = path.name[len(RUN_PREFIX) :].split("-", 1)[0]
        if not path.is_dir() or (pid.isdigit() and _pid_alive(int(pid))):
            continue
        shutil.rmtree(path, ignore_errors=True)
        removed.append(path)
    return removed


__all__ = [
    "LOCK_NAME",
    "output_lock",
    "output_locks",
    "remove_stale_runs",
    "staging_dir",
    "staging_dirs",
]
