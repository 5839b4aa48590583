"""Warm kernels: a Jupyter kernel started, and its heavy imports done, before a notebook needs it.

A report notebook spends more time starting its kernel and importing pandas, matplotlib and the
report layer than running its own cells. A :class:`WarmKernel` is started ahead of time — while
the article is still being analysed (build) or while the user edits (preview) — and runs
:data:`WARM_UP` right away, so the notebook's first cell finds those modules imported. Each
kernel serves ONE notebook and is then shut down: a report never sees another report's state.

The kernel talks over IPC sockets in a private folder (no TCP port, hence no "running over TCP
without encryption" warning on every build) and dies with the process that started it.
"""

from __future__ import annotations

import contextlib
import functools
import shutil
import tempfile
from pathlib import Path

KERNEL_NAME = "python3"
# What the reports import in their first cell; done while the kernel waits for its notebook
# (a kernel does not know yet which report it will run: the single-article reports' modules
# are all imported: ~1.5 s of CPU, spaCy's classes and the actor rules included, that the
# first cell no longer pays). Import only: nothing here may depend on the article, nor read a
# lexicon (the rules read them when first called, through analysis.resources.datacache), so
# the preview keeps its warm kernels across a lexicon edit; the report layer's labels are read
# at import, so an edit of data/labels_fr.yaml replaces them (Preview._refresh;
# tests/test_datacache.py checks what the warm-up reads). matplotlib's SVG and PDF backends are
# imported too (the first figure paid ~0.13 s for them), and the garbage collector set as in
# the build's processes (:func:`analysis.report.processes.collect_rarely`).
WARM_UP = """
from analysis.report.processes import collect_rarely
collect_rarely()
import matplotlib
matplotlib.use("module://matplotlib_inline.backend_inline")
import matplotlib.pyplot
import matplotlib.backends.backend_svg, matplotlib.backends.backend_pdf
import pandas
import analysis.report.display
import analysis.report.session
import analysis.report.briefing
import analysis.report.views.actors, analysis.report.views.stance, analysis.report.views.context
import analysis.report.viz.briefing, analysis.report.viz.actors
import analysis.report.viz.stance, analysis.report.viz.context
"""

# Last in the kernel's start-up file: once the kernel has answered its shutdown request, it
# ends at once (standard streams flushed) instead of tearing down every module it imported.
# Why: that teardown (freeing pandas, matplotlib, spaCy's classes and the report layer,
# IPython's history written to SQLite) outlasted jupyter_client's grace of 2.5 s on this
# machine, so each report waited those 2.5 s between its execution and its HTML, and the
# kernel was then killed by SIGTERM anyway (its exit handlers cut short). Registered last,
# this handler runs first: the kernel's own exit handlers (history, IOPub thread) are
# skipped, as SIGTERM skipped them; the notebook has run and its outputs are received by then.
QUICK_EXIT = """
import atexit as _vr_atexit


def _vr_quick_exit():
    import os
    import sys

    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    os._exit(0)


_vr_atexit.register(_vr_quick_exit)
del _vr_atexit, _vr_quick_exit
"""


@functools.cache
def manager_class() -> type:
    """jupyter_client's :class:`AsyncKernelManager`, minus the SIGINT it sends before a shutdown.

    ``shutdown_kernel`` interrupts the kernel first, then asks it to stop. A kernel caught
    handling a message at that instant (a notebook just finished, a history or comm request)
    logs "KeyboardInterrupt caught in kernel" at ERROR level on the build's terminal: a stray
    line on a quiet, successful build, seen once in CI. Our kernels are shut down idle, so
    the request alone ends them; past ``shutdown_wait_time`` jupyter_client still sends
    SIGTERM, then SIGKILL. Interrupting a running kernel is unchanged."""
    from jupyter_client.manager import AsyncKernelManager

    class QuietShutdownKernelManager(AsyncKernelManager):
        async def _async_interrupt_kernel(self) -> None:
            if self.shutting_down:
                return
            await super()._async_interrupt_kernel()

    return QuietShutdownKernelManager


class WarmKernel:
    """A kernel started in ``cwd`` that imports :data:`WARM_UP` as it starts.

    ``manager`` is the :class:`jupyter_client.AsyncKernelManager` to hand to papermill
    (``execute_notebook(..., km=manager)``): papermill then uses this kernel and leaves its
    shutdown to :meth:`shutdown`."""

    def __init__(
        self, cwd: Path, kernel_name: str = KERNEL_NAME, extra_arguments: list[str] | None = None
    ) -> None:
        from jupyter_core.utils import run_sync

        self.cwd = Path(cwd).resolve()
        self._sockets = tempfile.mkdtemp(prefix="vr-kernel-")
        # Asynchronous, as nbclient's own: its client polls the kernel's output and its life
        # together (a blocking client would wait forever on a kernel that died).
        self.manager = manager_class()(
            kernel_name=kernel_name, transport="ipc", ip=str(Path(self._sockets) / "k")
        )
        # The warm-up runs as the kernel's own start-up file (IPython's ``exec_files``), before
        # it answers: a request sent right after the start would be lost (the socket closed
        # before the kernel bound its own), and the kernel would sit idle until its notebook.
        warm_up = Path(self._sockets) / "warm_up.py"
        warm_up.write_text(WARM_UP + QUICK_EXIT, encoding="utf-8")
        arguments = [*(extra_arguments or []), f"--IPKernelApp.exec_files={warm_up}"]
        run_sync(self.manager.start_kernel)(
            cwd=str(self.cwd), independent=False, extra_arguments=arguments
        )

    def suits(self, notebook: Path) -> bool:
        """Whether a notebook can run in this kernel: it must run from its own folder."""
        return Path(notebook).resolve().parent == self.cwd

    def is_alive(self) -> bool:
        from jupyter_core.utils import run_sync

        return bool(run_sync(self.manager.is_alive)())

    def shutdown(self) -> None:
        """Stop the kernel (politely, then by force) and remove its sockets."""
        from jupyter_core.utils import run_sync

        with contextlib.suppress(Exception):
            if self.manager.has_kernel:
                run_sync(self.manager.shutdown_kernel)(now=False)
        with contextlib.suppress(Exception):
            run_sync(self.manager.cleanup_resources)()
        shutil.rmtree(self._sockets, ignore_errors=True)


class KernelPool:
    """Up to ``size`` warm kernels kept ready in this process, each used once.

    ``take(notebook)`` hands over a ready kernel that suits the notebook (else None: the
    caller starts a cold one, as papermill does by default); ``refill(cwd)`` starts kernels
    until ``size`` are ready; ``discard()`` shuts down the ready ones (after a change to the
    library they imported); ``close()`` as well, when the process ends."""

    def __init__(self, size: int = 1) -> None:
        self.size = size
        self.extra_arguments: list[str] = []  # for ipykernel, e.g. its log level
        self._ready: list[WarmKernel] = []

    def refill(self, cwd: Path) -> None:
        while len(self._ready) < self.size:
            try:
                self._ready.append(WarmKernel(cwd, extra_arguments=self.extra_arguments))
            except Exception:  # noqa: BLE001 - a warm kernel is an optimisation, never fatal
                return

    def take(self, notebook: Path) -> WarmKernel | None:
        while self._ready:
            kernel = self._ready.pop(0)
            if kernel.suits(notebook) and kernel.is_alive():
                return kernel
            kernel.shutdown()
        return None

    def discard(self) -> None:
        while self._ready:
            self._ready.pop().shutdown()

    close = discard
