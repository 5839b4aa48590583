"""The processes a build starts, and how they end with it.

A terminal's Ctrl-C sends SIGINT to the whole foreground process group: the build, its
analysis child, its pool workers, pandoc and xelatex. Jupyter kernels run in sessions of
their own (jupyter_client starts them so), so they see none of it. If every process reacted
on its own, the workers would turn the interrupt into a failed notebook and carry on, and
nbclient would *interrupt* the kernels instead of ending them. So:

* the children (pool workers, the analysis child) ignore SIGINT (:func:`child_init`); the
  parent alone decides, and ends each child's whole tree, kernels included (:func:`end_trees`);
* SIGTERM raises :class:`Terminated` in the parent (a ``KeyboardInterrupt``, so one clean-up
  path), and the CLI exits 128 + the signal number (130 for SIGINT, 143 for SIGTERM);
* a child dies with its parent even when the parent is killed with SIGKILL: the kernel's
  parent-death signal (``prctl(PR_SET_PDEATHSIG)``) plus a watchdog thread that notices the
  parent's pid changing; either way the child ends its own tree first.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator

from analysis.resources.collector import GC_THRESHOLDS, collect_rarely

WATCH_SECONDS = 0.5
GRACE_SECONDS = 2.0
_PR_SET_PDEATHSIG = 1


class Terminated(KeyboardInterrupt):
    """SIGTERM (or SIGHUP) received: handled like Ctrl-C, reported with its own exit code."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def exit_code(exc: BaseException) -> int:
    """130 for Ctrl-C, 128 + n for the signal n that raised :class:`Terminated`."""
    return 128 + int(getattr(exc, "signum", signal.SIGINT))


@contextlib.contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM and SIGHUP behave like Ctrl-C in the ``with`` block: the same clean-up runs."""

    def handler(signum, frame):  # noqa: ARG001
        raise Terminated(signum)

    previous = {s: signal.signal(s, handler) for s in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for s, h in previous.items():
            signal.signal(s, h)


# --------------------------------------------------------------------------------------------
# Children: started by the parent, ended by the parent (or with it)


@contextlib.contextmanager
def sigint_ignored() -> Iterator[None]:
    """Start children in this block: they begin life with SIGINT ignored (an ignored
    disposition survives fork and exec; a blocked mask does not survive multiprocessing's
    spawn), so a Ctrl-C while a worker is still importing prints no traceback from it. The
    block lasts the few milliseconds of the starts; a Ctrl-C inside them is lost (press
    again)."""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def child_init() -> None:
    """Initializer of every child process of a build (pool worker, analysis child)."""
    collect_rarely()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # already, when started in sigint_ignored
    signal.signal(signal.SIGTERM, _end_self)
    parent = os.getppid()
    _set_parent_death_signal(signal.SIGTERM)
    if os.getppid() != parent:  # the parent died before prctl
        _end_self(signal.SIGTERM, None)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    _thread_lock_for_progress_bars()


def _thread_lock_for_progress_bars() -> None:
    """Progress bars (tqdm) guard their output with a multiprocessing lock by default: a
    semaphore, which the resource tracker reports as "leaked" at the end of the build when
    its process ends with ``os._exit`` (the analysis child does). A child shows at most one
    bar at a time, written by one thread: a thread lock is enough."""
    from tqdm.std import tqdm

    tqdm.set_lock(threading.RLock())


def _set_parent_death_signal(sig: int) -> None:
    if not sys.platform.startswith("linux"):
        return  # the watchdog thread alone
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(sig), 0, 0, 0)


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCH_SECONDS)
    _end_self(signal.SIGTERM, None)


def _end_self(signum, frame) -> None:  # noqa: ARG001
    """End this child's own children (kernels, pandoc, xelatex), then exit at once."""
    with contextlib.suppress(Exception):
        end_trees([], include_children_of=[os.getpid()])
    os._exit(128 + int(signum))


# --------------------------------------------------------------------------------------------
# The parent's side


def end_trees(pids: Iterable[int], include_children_of: Iterable[int] = ()) -> None:
    """End processes ``pids`` and all their descendants, and the descendants of
    ``include_children_of``: SIGTERM, then SIGKILL for whatever still runs after
    :data:`GRACE_SECONDS`. Descendants are listed first, so a worker cannot start a new
    kernel behind our back once its tree is known."""
    import psutil

    procs: dict[int, psutil.Process] = {}
    for pid in [*pids, *include_children_of]:
        try:
            proc = psutil.Process(pid)
            family = proc.children(recursive=True)
        except psutil.Error:
            continue
        if pid not in include_children_of:
            family.append(proc)
        procs.update((p.pid, p) for p in family)
    procs.pop(os.getpid(), None)
    for proc in procs.values():
        with contextlib.suppress(psutil.Error):
            proc.terminate()
    alive = _wait_ended(list(procs.values()), GRACE_SECONDS)
    for proc in alive:
        with contextlib.suppress(psutil.Error):
            proc.kill()
    _wait_ended(alive, GRACE_SECONDS)


def _wait_ended(procs: list, seconds: float) -> list:
    """Wait until ``procs`` have ended (gone, or a zombie), at most ``seconds``; return those
    still running. Why not ``psutil.wait_procs``: it *reaps* the processes that are this
    process's children, and their owner then cannot — ``multiprocessing`` reads the missing
    exit status as "still running", so a pool's manager thread waited forever for workers
    that were long dead and the interpreter's exit hung on it (a SIGTERM right after the first
    report left the build running). Each owner (the pool, the analysis child's ``join``,
    jupyter_client in a worker) reaps its own children."""
    deadline = time.monotonic() + seconds
    while True:
        alive = [p for p in procs if _running(p)]
        if not alive or time.monotonic() >= deadline:
            return alive
        time.sleep(0.02)


def _running(proc) -> bool:
    import psutil

    try:
        return proc.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:  # gone (NoSuchProcess), or no longer ours to see
        return False


def pool_pids(pool) -> list[int]:
    """The worker pids of a ``concurrent.futures.ProcessPoolExecutor``."""
    return [p.pid for p in list((getattr(pool, "_processes", None) or {}).values()) if p.pid]


__all__ = [
    "GC_THRESHOLDS",
    "Terminated",
    "child_init",
    "collect_rarely",
    "end_trees",
    "exit_code",
    "pool_pids",
    "sigint_ignored",
]
