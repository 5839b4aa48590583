"""``visit-report build``: validate, analyse once, execute notebooks, render, move into place.

The order matters for the user:

1. everything that can be known in advance is checked before any work starts (articles,
   parameters against each notebook's ``parameters`` cell, output directory, model, TeX);
2. each article is analysed once (spaCy loaded once) and the bundle cached for the notebooks;
3. every (article, notebook) task whose content hash (article, notebook, its parameters,
   library fingerprint, formats) matches the last good build is skipped;
4. the other tasks run in a process pool: papermill executes into a per-run staging directory,
   the renderers write HTML/PDF there too;
5. only complete results are moved into ``reports/<slug>/`` (atomic renames, under a lock); a
   failed notebook is kept in ``reports/<slug>/failed/`` for debugging, the last good HTML/PDF
   stay untouched.
"""

from __future__ import annotations

import ast
import concurrent.futures as cf
import contextlib
import multiprocessing
import os
import shutil
import signal
import tempfile
import time
import traceback
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from analysis.errors import BuildError, ParameterError, VisitReportError
from analysis.report.index import write_index
from analysis.report.notebooks import (
    declared_parameters,
    needs_corpus,
    notebook_paths,
    parse_assignments,
    validate_parameters,
)
from analysis.report.tasks import Outcome, Task, commit, is_fresh, run_task_safe, task_key
from analysis.resources.io import ensure_writable_dir
from analysis.resources.paths import DEFAULT_ARTICLE, NOTEBOOKS_DIR, REPORTS_DIR

FORMATS = ("html", "pdf")

# A notebook whose metadata says ``"visit_report": {"needs": "corpus"}`` takes its corpus
# (a path, glob or ``;``-separated list) in this parameter.
CORPUS_PARAMETER = "corpus"


@dataclass
class BuildResult:
    outcomes: list[Outcome]
    seconds: float

    @property
    def ok(self) -> bool:
        return all(o.ok for o in self.outcomes)

    @property
    def executed(self) -> list[str]:
        return [f"{o.task.slug}/{o.task.name}" for o in self.outcomes if not o.skipped]


# --------------------------------------------------------------------------------------------
# --------------------------------------------------------------------------------------------
# Pre-flight checks


def check_output_dir(out: Path) -> None:
    ensure_writable_dir(out)


def check_model(model: str) -> None:
    """A supported, installed spaCy model (checked without importing the name given)."""
    from analysis.document.nlp import check_model as check

    check(model)


# --------------------------------------------------------------------------------------------
# Orchestration


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM behaves like Ctrl-C: the same clean-up runs."""

    def handler(signum, frame):  # noqa: ARG001
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def build(
    articles: Sequence[str | os.PathLike[str]] = (),
    notebooks: Sequence[str] | None = None,
    parameters: dict[str, object] | None = None,
    formats: Sequence[str] = FORMATS,
    jobs: int | None = None,
    out: str | os.PathLike[str] | None = None,
    force: bool = False,
    progress: bool = True,
    echo=print,
    timeout: float = 20.0,
) -> BuildResult:
    """Build the reports; see the module docstring for the steps. A saved web page or a URL
    among ``articles`` is extracted first (fetched once, ``timeout`` seconds) and its text
    saved as ``<out>/<slug>/<slug>.md``, the file the reports then analyse."""
    with _terminate_as_interrupt():
        return _build(
            articles, notebooks, parameters, formats, jobs, out, force, progress, echo, timeout
        )


def _build(
    articles, notebooks, parameters, formats, jobs, out, force, progress, echo, timeout
) -> BuildResult:
    from analysis.document.ingest import save_inputs
    from analysis.pipeline import bundle

    started = time.perf_counter()
    parameters = dict(parameters or {})
    formats = _check_formats(formats)
    out_root = Path(out) if out else REPORTS_DIR
    nbs = notebook_paths(notebooks)
    if not nbs:
        raise ParameterError(
            "no notebook to build", where=str(NOTEBOOKS_DIR), fix="check --notebooks"
        )
    per_nb = validate_parameters(nbs, parameters)
    model = str(parameters.get("model") or "fr_core_news_md")
    publication = str(parameters.get("publication") or "") or None
    specs, pages = save_inputs(
        list(articles or [DEFAULT_ARTICLE]),
        lambda page: out_root / page.slug / f"{page.slug}.md",
        timeout=timeout,
    )
    for page in pages:
        echo(f"article text of {page.origin} saved to {page.saved}")
    check_output_dir(out_root)

    paths = [bundle.resolve_article(a) for a in specs]
    os.environ.setdefault("SOURCE_DATE_EPOCH", "0")
    tasks = _plan(paths, nbs, per_nb, formats, out_root, model, publication, echo)

    outcomes: list[Outcome] = []
    todo = []
    for task in tasks:
        if not force and is_fresh(task):
            outcomes.append(Outcome(task, True, skipped=True))
        else:
            todo.append(task)
    if todo:
        _prepare_analyses(todo, formats, model, publication, progress)
        outcomes.extend(_execute(todo, jobs, progress, echo))
    for slug_dir, meta in {t.out_dir: t.meta for t in tasks}.items():
        write_index(slug_dir, meta)
    return BuildResult(outcomes, time.perf_counter() - started)


def _check_formats(formats: Sequence[str]) -> tuple[str, ...]:
    formats = tuple(f.strip().lower() for f in formats if f.strip())
    for fmt in formats:
        if fmt not in FORMATS:
            raise ParameterError(
                f"unknown format {fmt!r}", where="--formats", fix="use html, pdf or html,pdf"
            )
    return formats


def _plan(
    paths: list[Path],
    nbs: list[Path],
    per_nb: dict[Path, dict[str, object]],
    formats: tuple[str, ...],
    out_root: Path,
    model: str,
    publication: str | None,
    echo,
) -> list[Task]:
    """One task per (article, notebook), with its parameters and content key; the articles
    are read first, so a bad one fails before any work starts."""
    from analysis.document.article import load_article
    from analysis.pipeline import bundle

    loaded = [(p, load_article(p, publication=publication)) for p in paths]  # fail fast
    fingerprint = bundle.library_fingerprint()
    tasks: list[Task] = []
    corpus_hashes: dict[str, str] = {}
    for path, art in loaded:
        for warning in art.warnings:
            echo(f"warning: {warning}")
        meta = art.metadata()
        for nb in nbs:
            params = {"article": str(path), **per_nb[nb]}
            declared = declared_parameters(nb)
            params = {k: v for k, v in params.items() if k in declared}
            task = Task(path, art.slug, nb, params, formats, out_root / art.slug, meta)
            task.inputs = _corpus_hash(task, model, publication, corpus_hashes)
            task.key = task_key(task, fingerprint)
            tasks.append(task)
    return tasks


def _prepare_analyses(
    todo: list[Task], formats: tuple[str, ...], model: str, publication: str | None, progress: bool
) -> None:
    """Check what needs heavy imports (model, TeX), then analyse each article and corpus once,
    before the notebooks, so every notebook finds its tables in the cache."""
    from analysis.pipeline import bundle

    check_model(model)
    if "pdf" in formats:
        from analysis.report.render import check_pdf_tools

        check_pdf_tools()
    # This runs in a short-lived child process: spaCy's memory is returned to the system when
    # it exits, so the build's peak is one model *or* the kernels, never both.
    pending = [
        path
        for path in dict.fromkeys(t.article for t in todo)
        if not bundle.is_cached(path, model, publication)
    ]
    corpora = _corpus_specs(todo)
    if pending or corpora:
        _run_in_child(_analyse_all, pending, corpora, model, publication, progress)


def _corpus_spec(task: Task) -> str | None:
    """The ``corpus`` parameter of a corpus notebook (given, else its default); None for the
    other notebooks."""
    declared = declared_parameters(task.notebook)
    if not needs_corpus(task.notebook) or CORPUS_PARAMETER not in declared:
        return None
    value = task.parameters.get(CORPUS_PARAMETER)
    if value is None:
        try:
            value = ast.literal_eval(str(declared[CORPUS_PARAMETER].get("default")))
        except (ValueError, SyntaxError):
            return None
    return str(value)


def _corpus_parts(spec: str) -> list[str]:
    return [s.strip() for s in spec.split(";") if s.strip()]


def _corpus_specs(todo: list[Task]) -> list[str]:
    """The corpus of every corpus notebook to run, so it is analysed once before its kernel
    starts."""
    return list(dict.fromkeys(s for t in todo if (s := _corpus_spec(t)) is not None))


def _corpus_hash(task: Task, model: str, publication: str | None, memo: dict[str, str]) -> str:
    """Content hash of a corpus notebook's articles (names and bytes): adding, removing or
    editing an article of the corpus makes the corpus report stale. "" for other notebooks
    and for a corpus that cannot be read (the notebook reports it)."""
    spec = _corpus_spec(task)
    if spec is None:
        return ""
    if spec not in memo:
        from analysis.corpus.files import corpus_key, iter_article_paths

        try:
            paths = iter_article_paths(_corpus_parts(spec))
            memo[spec] = corpus_key(paths, model, publication)
        except (VisitReportError, OSError):
            memo[spec] = ""
    return memo[spec]


def _analyse_all(
    articles: list[Path], corpora: list[str], model: str, publication: str | None, progress: bool
) -> None:
    """Fill the cache: the bundle of every article and the tables of every corpus."""
    from analysis.pipeline import bundle

    for path in articles:
        bundle.load(path, model=model, publication=publication, progress=progress)
    if not corpora:
        return
    from analysis import corpus

    for spec in corpora:
        try:
            corpus.load(_corpus_parts(spec), model=model, progress=progress)
        except VisitReportError:
            continue  # the notebook reports a bad corpus itself, in its own words


def _run_in_child(fn, *args: object) -> None:
    """Run ``fn(*args)`` in a fresh (spawned) process and wait; its exception, if any, is
    raised here. Interrupting the parent terminates the child."""
    ctx = multiprocessing.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child_main, args=(send, fn, args), name="visit-report-analysis")
    proc.start()
    send.close()
    try:
        try:
            ok, payload = receive.recv()
        except EOFError:
            ok, payload = False, None
    except KeyboardInterrupt:
        proc.terminate()
        raise
    finally:
        proc.join()
        receive.close()
    if ok:
        return
    if payload is None:
        raise BuildError(
            f"the analysis process stopped unexpectedly (exit code {proc.exitcode})",
            where="analysis before the notebooks",
            fix="check the memory available; run `visit-report analyze ARTICLE` to see the error",
        )
    raise payload


def _child_main(send, fn, args) -> None:
    try:
        fn(*args)
    except KeyboardInterrupt:
        send.send((False, KeyboardInterrupt()))
    except BaseException as exc:  # noqa: BLE001 - handed to the parent, which raises it
        try:
            send.send((False, exc))
        except Exception:  # noqa: BLE001 - an exception that cannot be pickled
            send.send((False, RuntimeError("".join(traceback.format_exception(exc)))))
    else:
        send.send((True, None))
    finally:
        send.close()


def _execute(todo: list[Task], jobs: int | None, progress: bool, echo) -> list[Outcome]:
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    run_dirs = {
        d: Path(tempfile.mkdtemp(prefix=".run-", dir=_mk(d)))
        for d in dict.fromkeys(t.out_dir for t in todo)
    }
    outcomes: list[Outcome] = []

    def log(outcome: Outcome) -> None:
        t = outcome.task
        if outcome.ok:
            echo(f"  ok  {t.slug}/{t.name} ({outcome.seconds:.1f} s)")
        else:
            echo(f"  FAILED  {t.slug}/{t.name}: {outcome.message}")

    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(todo), desc="notebooks", unit="nb", leave=False)
    ctx = multiprocessing.get_context("spawn")
    pool = cf.ProcessPoolExecutor(max_workers=jobs, mp_context=ctx)
    try:
        futures = {pool.submit(run_task_safe, t, run_dirs[t.out_dir] / t.name): t for t in todo}
        for future in cf.as_completed(futures):
            outcome = future.result()
            commit(outcome, log)
            outcomes.append(outcome)
            if bar is not None:
                bar.update(1)
    except KeyboardInterrupt:
        for proc in list(getattr(pool, "_processes", {}).values()):
            proc.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        if bar is not None:
            bar.close()
        for run_dir in run_dirs.values():
            shutil.rmtree(run_dir, ignore_errors=True)
    return outcomes


def _mk(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


__all__ = [
    "build",
    "BuildResult",
    "BuildError",
    "notebook_paths",
    "parse_assignments",
    "validate_parameters",
]
