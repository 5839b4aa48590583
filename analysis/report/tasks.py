"""One build task (a notebook for an article): its content key and stamp, its execution and
rendering in a worker process, and the commit of its files into the article's folder."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import fcntl
import hashlib
import json
import os
import signal
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from analysis.errors import VisitReportError
from analysis.report import manifest
from analysis.report.kernels import KernelPool, manager_class
from analysis.report.notebooks import INPUT_PARAMETERS, notebook_spec
from analysis.resources.io import write_text

KERNEL = "python3"
EXECUTION_TIMEOUT = 600
# The kernels' own log (ipykernel warns on every start that its local TCP sockets are not
# encrypted): errors only, unless the user asks for --verbose. A build's success reads as
# progress and a summary.
QUIET_KERNEL = ["--IPKernelApp.log_level=ERROR"]


@dataclass
class Task:
    """One notebook for one article."""

    article: Path
    slug: str
    notebook: Path
    parameters: dict[str, object]
    formats: tuple[str, ...]
    out_dir: Path
    meta: dict[str, object]
    key: str = ""
    inputs: str = ""  # content hash of other inputs (a corpus notebook's articles)
    fingerprint: str = ""  # the library's (bundle.library_fingerprint)

    @property
    def name(self) -> str:
        return self.notebook.stem


@dataclass
class Outcome:
    task: Task
    ok: bool
    skipped: bool = False
    seconds: float = 0.0
    message: str = ""
    files: list[Path] = field(default_factory=list)
    detail: str = ""  # full traceback for the build log
    landed: list[str] = field(default_factory=list)  # formats already moved into place


# --------------------------------------------------------------------------------------------
# Hashes and stamps


def task_key(task: Task, fingerprint: str) -> str:
    h = hashlib.sha256()
    h.update(task.article.read_bytes())
    h.update(task.notebook.read_bytes())
    h.update(json.dumps(task.parameters, sort_keys=True, default=str).encode())
    h.update(f"|{','.join(task.formats)}|{fingerprint}|{task.inputs}".encode())
    return h.hexdigest()[:24]


def content_key(task: Task) -> str:
    """The key without the formats: two files of one report agree when their keys do."""
    return task_key(dataclasses.replace(task, formats=()), task.fingerprint)


def _stamp_path(task: Task) -> Path:
    return task.out_dir / ".stamps" / f"{task.name}.json"


def is_fresh(task: Task) -> bool:
    stamp = _stamp_path(task)
    if not stamp.is_file():
        return False
    try:
        data = json.loads(stamp.read_text())
    except ValueError:
        return False
    outputs = [task.out_dir / f"{task.name}.{fmt}" for fmt in ("ipynb", *task.formats)]
    return data.get("key") == task.key and all(p.is_file() for p in outputs)


# --------------------------------------------------------------------------------------------
# Worker


# The warm kernels of this process (see analysis.report.kernels): one per build worker, started
# by the pool's initializer while the article is analysed, then after each task that asks for
# another; the preview keeps more (:func:`use_kernels`).
_KERNELS = KernelPool(1)


def use_kernels(pool: KernelPool) -> None:
    """Make :func:`run_task` take its kernels from ``pool`` (the preview's)."""
    global _KERNELS
    _KERNELS = pool


def init_worker(notebooks_dir: str, verbose: bool = False) -> None:
    """Pool initializer: start this worker's first warm kernel, shut down when it exits."""
    import multiprocessing.util

    _KERNELS.extra_arguments = [] if verbose else QUIET_KERNEL
    _KERNELS.refill(Path(notebooks_dir))
    multiprocessing.util.Finalize(None, _KERNELS.close, exitpriority=10)


def prepare_rendering() -> None:
    """Import papermill and render a one-cell notebook to HTML, once per process: the build
    submits it to its first worker, which runs it while its kernel warms up and the article
    is analysed (a task, not part of the initializer: a worker stopped by Ctrl-C is then in
    a task, the case the pool handles).

    Why: papermill's imports (~1.4 s of CPU) and nbconvert's first export (templates
    compiled, ~0.4 s) would otherwise be paid when the first report is due; the exporter is
    kept (:func:`analysis.report.render.get_exporter`), so later exports cost ~0.04 s. An
    optimisation only: a failure here is left for the real report to meet and explain."""
    import tempfile

    try:
        import nbformat
        import papermill  # noqa: F401 - imported for its import time

        from analysis.report import render

        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Préparation")])
        with tempfile.TemporaryDirectory(prefix="vr-warm-") as tmp:
            render.render_html(nb, Path(tmp) / "warm.html", {"title": "", "notebook": "warm"})
    except Exception:  # noqa: BLE001, S110 - never fatal (see the docstring)
        pass


def run_task(
    task: Task,
    staging: Path,
    formats: tuple[str, ...] | None = None,
    warm_next: bool = False,
    verbose: bool = False,
) -> Outcome:
    """Execute one notebook into ``staging`` and render ``formats`` of it (default: all the
    task's formats; the build asks for HTML first and the rest in :func:`render_task`). Runs in
    a worker process; ``warm_next`` starts the worker's next warm kernel afterwards."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    started = time.perf_counter()
    staging.mkdir(parents=True, exist_ok=True)
    executed = staging / f"{task.name}.ipynb"
    kernel = _KERNELS.take(task.notebook)
    try:
        papermill.execute_notebook(
            str(task.notebook),
            str(executed),
            parameters=task.parameters,
            kernel_name=KERNEL,
            execution_timeout=EXECUTION_TIMEOUT,
            progress_bar=False,
            log_output=False,
            # Written once at the end (or at the failing cell), not at every cell's start and
            # end: re-encoding the whole notebook twice per cell cost ~0.4 s per report, and
            # grows with the outputs (the article annex). A kernel that dies leaves no
            # partial notebook; its error message still names the failure.
            request_save_on_cell_execute=False,
            cwd=str(task.notebook.parent),
            extra_arguments=[] if verbose else QUIET_KERNEL,
            kernel_manager_class=manager_class(),  # a cold kernel, when no warm one suits
            **({"km": kernel.manager} if kernel is not None else {}),
        )
    except PapermillExecutionError as exc:
        cell = f"cell {exc.cell_index}" + (f" (In [{exc.exec_count}])" if exc.exec_count else "")
        kept = [executed] if executed.is_file() else []
        first = str(exc.evalue).strip().splitlines()[0] if str(exc.evalue).strip() else ""
        message = f"{cell}: {exc.ename}: {first}"
        return Outcome(task, False, message=message, files=kept, detail=str(exc))
    except Exception as exc:  # DeadKernelError, timeouts, nbformat errors...
        kept = [executed] if executed.is_file() else []
        first = (str(exc).strip().splitlines() or [""])[0]
        message = f"{type(exc).__name__}: {first}"
        return Outcome(task, False, message=message, files=kept, detail=traceback.format_exc())
    else:
        outcome = render_task(task, staging, task.formats if formats is None else formats)
    finally:
        # after the HTML: the kernel's exit (and jupyter_client's polling for it, 0.1 s at a
        # time) is no longer between the executed notebook and its report
        if kernel is not None:
            kernel.shutdown()
    outcome.files.insert(0, executed)
    outcome.seconds = time.perf_counter() - started
    if warm_next:
        _KERNELS.refill(task.notebook.parent)
    return outcome


def render_task(task: Task, staging: Path, formats: tuple[str, ...]) -> Outcome:
    """Render ``formats`` of the notebook executed in ``staging`` (HTML, PDF) there."""
    import nbformat

    from analysis.report import render

    started = time.perf_counter()
    nb = nbformat.read(staging / f"{task.name}.ipynb", as_version=4)
    meta = _report_meta(task, nb)
    files: list[Path] = []
    try:
        if "html" in formats:
            files.append(render.render_html(nb, staging / f"{task.name}.html", meta))
        if "pdf" in formats:
            files.append(render.render_pdf(nb, staging / f"{task.name}.pdf", meta))
    except VisitReportError as exc:
        return Outcome(task, False, message=f"rendering: {exc}", files=files, detail=str(exc))
    return Outcome(task, True, seconds=time.perf_counter() - started, files=files)


def _report_meta(task: Task, nb) -> dict[str, object]:
    """The metadata the renderers show: the article's, unless the notebook declares otherwise
    (its own title, unless the task names what it compares; a corpus report is not dated or
    sourced after the article built)."""
    meta = {**task.meta, "notebook": task.name, "subtitle": first_heading(nb)}
    spec = notebook_spec(task.notebook)
    if spec.get("title") and not task.meta.get("articles"):  # a comparison names its own
        meta.update(title=str(spec["title"]), full_title=str(spec["title"]))
    if spec.get("needs") in INPUT_PARAMETERS:  # about several articles: none of them dates it
        meta.update(publication=None, precision=None, source=None, url=None)
    return meta


def first_heading(nb) -> str:
    """The notebook's first Markdown ``# heading``: the report's subtitle."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return ""


def run_task_safe(task: Task, staging: Path, *args: object) -> Outcome:
    """:func:`run_task`, never raising: a worker must not die silently."""
    try:
        return run_task(task, staging, *args)
    except BaseException as exc:  # never let a worker die silently
        detail = traceback.format_exc()
        return Outcome(task, False, message=f"{type(exc).__name__}: {exc}", detail=detail)


def render_task_safe(task: Task, staging: Path, formats: tuple[str, ...]) -> Outcome:
    """The later formats of a task whose HTML already landed: :func:`render_task`, never
    raising; the executed notebook in ``staging`` goes into place with them."""
    try:
        outcome = render_task(task, staging, formats)
    except BaseException as exc:  # never let a worker die silently
        detail = traceback.format_exc()
        outcome = Outcome(task, False, message=f"{type(exc).__name__}: {exc}", detail=detail)
    outcome.files.insert(0, staging / f"{task.name}.ipynb")
    return outcome


@contextlib.contextmanager
def _locked(directory: Path) -> Iterator[None]:
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / ".lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


@contextlib.contextmanager
def _uninterrupted() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait until the files are moved: never half-moved."""
    blocked = {signal.SIGINT, signal.SIGTERM}
    old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, blocked)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)


def commit(outcome: Outcome, log) -> None:
    """Move a finished task's files into place; keep a failed notebook aside."""
    with _uninterrupted():
        commit_locked(outcome)
    log(outcome)


def commit_early(outcome: Outcome) -> Path | None:
    """Move the HTML of a task whose other formats are still rendering into place, so the
    reader has it at once; the notebook, the other formats and the stamp follow in
    :func:`commit`. Returns the HTML's final path."""
    task = outcome.task
    html = next((p for p in outcome.files if p.suffix == ".html"), None)
    if html is None:
        return None
    with _uninterrupted(), _locked(task.out_dir):
        os.replace(html, task.out_dir / html.name)
    outcome.files.remove(html)
    outcome.landed.append("html")
    return task.out_dir / html.name


def commit_locked(outcome: Outcome) -> None:
    task = outcome.task
    with _locked(task.out_dir):
        if outcome.ok:
            for path in outcome.files:
                os.replace(path, task.out_dir / path.name)
            _record(task)
            failed = task.out_dir / "failed" / f"{task.name}.ipynb"
            failed.unlink(missing_ok=True)
            stamp = {"key": task.key, "seconds": round(outcome.seconds, 2)}
            write_text(_stamp_path(task), json.dumps(stamp))
        else:
            _keep_failed(outcome)
            _stamp_path(task).unlink(missing_ok=True)
            for fmt in task.formats if outcome.landed else ():  # formats go together
                if fmt not in outcome.landed:
                    (task.out_dir / f"{task.name}.{fmt}").unlink(missing_ok=True)
            logfile = task.out_dir / "build.log"
            with open(logfile, "a", encoding="utf-8") as fh:
                stamp = dt.datetime.now().isoformat(timespec="seconds")
                fh.write(f"[{stamp}] {task.name} FAILED\n{outcome.detail or outcome.message}\n\n")
            outcome.message += f" — full log: {logfile}"


def _record(task: Task) -> None:
    """The manifest entry of a committed report; its other formats go unless they were made
    from the same inputs and parameters (a report's formats are rebuilt or removed
    together)."""
    key = content_key(task)
    drop = manifest.formats_to_drop(task.out_dir, task.name, key, task.formats)
    for fmt in drop:
        (task.out_dir / f"{task.name}.{fmt}").unlink(missing_ok=True)
    present = tuple(
        f for f in manifest.REPORT_FORMATS if (task.out_dir / f"{task.name}.{f}").is_file()
    )
    inputs = {
        "article": manifest.sha256_file(task.article),
        "notebook": manifest.sha256_file(task.notebook),
        "library": task.fingerprint,
        "corpus": task.inputs,
    }
    manifest.record(
        task.out_dir,
        task.name,
        article=task.article,
        title=str(task.meta.get("title") or task.slug),
        parameters=task.parameters,
        formats=present,
        key=key,
        inputs=inputs,
    )


def _keep_failed(outcome: Outcome) -> None:
    """Keep the executed notebook of a failed task under ``failed/`` only when it is whole.

    A notebook cut short (the disk filled up while papermill wrote it) would be kept as a
    truncated file that Jupyter cannot open: it is dropped instead, and the message says so.
    The rename is atomic, so ``failed/`` never holds half a file either."""
    task = outcome.task
    executed = next((p for p in outcome.files if p.suffix == ".ipynb"), None)
    if executed is None or not executed.is_file():
        return
    try:
        json.loads(executed.read_bytes())
    except (OSError, ValueError):
        executed.unlink(missing_ok=True)
        outcome.message += " — the executed notebook was incomplete (disk full?) and not kept"
        return
    (task.out_dir / "failed").mkdir(exist_ok=True)
    kept = task.out_dir / "failed" / f"{task.name}.ipynb"
    os.replace(executed, kept)
    outcome.message += f" — executed notebook kept at {kept}"
