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
import sys
import time
import traceback
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from analysis.errors import BuildError, ParameterError, VisitReportError
from analysis.report.compare import comparison_task, expand_articles, select_notebooks
from analysis.report.index import write_index
from analysis.report.notebooks import (
    COMPARISON,
    CORPUS,
    INPUT_PARAMETERS,
    article_from_parameters,
    declared_parameters,
    input_parameter,
    needs,
    notebook_paths,
    parse_assignments,
    validate_parameters,
)
from analysis.report.outputs import output_locks, remove_stale_runs, staging_dirs
from analysis.report.processes import (
    child_init,
    end_trees,
    pool_pids,
    sigint_ignored,
    terminate_as_interrupt,
)
from analysis.report.tasks import (
    Outcome,
    Task,
    commit,
    commit_early,
    init_worker,
    is_fresh,
    prepare_rendering,
    render_task_safe,
    run_task_safe,
    task_key,
)
from analysis.resources.ids import unique_names
from analysis.resources.io import ensure_writable_dir
from analysis.resources.paths import DEFAULT_ARTICLE, NOTEBOOKS_DIR, REPORTS_DIR

FORMATS = ("html", "pdf")

# A notebook whose metadata says ``"visit_report": {"needs": "corpus"}`` takes its corpus
# (a path, glob or ``;``-separated list) in this parameter (``"comparison"``: see
# :mod:`analysis.report.compare`).
CORPUS_PARAMETER = INPUT_PARAMETERS[CORPUS]


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
    wait: bool = True,
    verbose: bool = False,
    compare: bool = False,
) -> BuildResult:
    """Build the reports; see the module docstring for the steps. A saved web page or a URL
    among ``articles`` is extracted first (fetched once, ``timeout`` seconds) and its text
    saved as ``<out>/<slug>/<slug>.md``, the file the reports then analyse; a folder stands
    for its articles. ``compare``: also one comparison report of all the articles
    (:mod:`analysis.report.compare`).

    Each article's folder is locked for the build (:mod:`analysis.report.outputs`): another
    build of the same article waits (``wait=False``: refuses). ``verbose`` shows the kernels'
    own log lines."""
    with terminate_as_interrupt():
        return _build(
            articles, notebooks, parameters, formats, jobs, out, force, progress, echo, timeout,
            wait, verbose, compare,
        )  # fmt: skip


def _build(
    articles, notebooks, parameters, formats, jobs, out, force, progress, echo, timeout,
    wait=True, verbose=False, compare=False,
) -> BuildResult:  # fmt: skip
    from analysis.document.ingest import save_inputs
    from analysis.pipeline import bundle

    started = time.perf_counter()
    parameters = dict(parameters or {})
    articles = article_from_parameters(articles, parameters)
    formats = _check_formats(formats)
    out_root = Path(out) if out else REPORTS_DIR
    nbs = notebook_paths(notebooks)
    per_nb = validate_parameters(nbs, parameters)
    inputs = expand_articles([str(a) for a in articles or [DEFAULT_ARTICLE]])
    if compare and len(inputs) < 2:
        raise ParameterError(
            "--compare compares several articles, one was given",
            where="--compare",
            fix="give two or more articles (files, or a folder of them), or drop --compare",
        )
    nbs = select_notebooks(
        nbs, len(inputs), compare=compare, named=notebooks is not None, parameters=parameters
    )
    if not nbs:
        raise ParameterError(
            "no notebook to build", where=str(NOTEBOOKS_DIR), fix="check --notebooks"
        )
    model = str(parameters.get("model") or "fr_core_news_md")
    publication = str(parameters.get("publication") or "") or None
    specs, pages = save_inputs(
        inputs,
        lambda page: out_root / page.slug / f"{page.slug}.md",
        timeout=timeout,
    )
    for page in pages:
        echo(f"article text of {page.origin} saved to {page.saved}")
    check_output_dir(out_root)

    paths = list(dict.fromkeys(bundle.resolve_article(a) for a in specs))
    os.environ.setdefault("SOURCE_DATE_EPOCH", "0")
    tasks = plan_tasks(paths, nbs, per_nb, formats, out_root, model, publication, echo)

    with output_locks([t.out_dir for t in tasks], wait=wait, echo=echo):
        outcomes = _run_tasks(
            tasks, formats, model, publication, jobs, force, progress, echo, verbose
        )
        for slug_dir, meta in {t.out_dir: t.meta for t in tasks}.items():
            write_index(slug_dir, meta)
    return BuildResult(outcomes, time.perf_counter() - started)


def _run_tasks(
    tasks, formats, model, publication, jobs, force, progress, echo, verbose
) -> list[Outcome]:
    """Under the folders' locks: remove what killed runs left, skip the fresh tasks, run the
    others."""
    for slug_dir in dict.fromkeys(t.out_dir for t in tasks):
        remove_stale_runs(slug_dir)
    outcomes: list[Outcome] = []
    todo = []
    for task in tasks:
        if not force and is_fresh(task):
            outcomes.append(Outcome(task, True, skipped=True))
        else:
            todo.append(task)
    if todo:
        # The first notebook worker starts (and warms its kernel) while the articles are
        # analysed; the first report goes to it once it is ready: submitted while it still
        # prepares, it would start a second worker beside the first report.
        # The staging folders outlive the pool: on an interrupt the pool's exit ends the
        # workers' trees first, so none still writes into a folder being removed.
        with staging_dirs(t.out_dir for t in todo) as run_dirs:
            with _notebook_pool(todo, jobs, verbose) as (pool, prepared):
                _prepare_analyses(todo, formats, model, publication, progress)
                cf.wait([prepared])
                outcomes.extend(_execute(todo, pool, run_dirs, progress, echo, verbose))
    return outcomes


def _check_formats(formats: Sequence[str]) -> tuple[str, ...]:
    formats = tuple(f.strip().lower() for f in formats if f.strip())
    for fmt in formats:
        if fmt not in FORMATS:
            raise ParameterError(
                f"unknown format {fmt!r}", where="--formats", fix="use html, pdf or html,pdf"
            )
    return formats


def plan_tasks(
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
    slugs = unique_names([art.slug for _, art in loaded])
    for (path, art), slug in zip(loaded, slugs, strict=True):
        for warning in art.warnings:
            echo(f"warning: {warning}")
        # the navigation bar lists the reports this build makes for the article
        siblings = [nb.stem for nb in nbs if needs(nb) != COMPARISON]
        meta = {**art.metadata(), "siblings": siblings}
        for nb in nbs:
            if needs(nb) == COMPARISON:
                continue  # one task for all the articles, below
            params = {**per_nb[nb], "article": str(path)}
            declared = declared_parameters(nb)
            params = {k: v for k, v in params.items() if k in declared}
            task = Task(path, slug, nb, params, formats, out_root / slug, meta)
            task.inputs = _corpus_hash(task, model, publication, corpus_hashes)
            task.fingerprint = fingerprint
            task.key = task_key(task, fingerprint)
            tasks.append(task)
    for nb in (nb for nb in nbs if needs(nb) == COMPARISON):
        task = comparison_task(nb, loaded, per_nb[nb], formats, out_root)
        task.inputs = _corpus_hash(task, model, publication, corpus_hashes)
        task.fingerprint = fingerprint
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
        from analysis.report.pdftools import check_pdf_tools

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
    """The articles of a corpus or comparison notebook (its input parameter, given, else its
    default); None for the other notebooks."""
    declared = declared_parameters(task.notebook)
    param = input_parameter(task.notebook)
    if param is None or param not in declared:
        return None
    value = task.parameters.get(param)
    if value is None:
        try:
            value = ast.literal_eval(str(declared[param].get("default")))
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
    """Fill the cache: the bundle of every article and the tables of every corpus.

    On a first run the knowledge-base indexes are built by a second process while this one
    loads the model (:func:`_indexes_aside`): two cores, ~4 s sooner to the first report."""
    from analysis.document.nlp import load_model
    from analysis.pipeline import bundle

    helper = _indexes_aside() if articles else None
    try:
        if helper is not None:
            load_model(model)
    finally:
        if helper is not None:
            helper.join()  # built, or failed: then the analysis builds them itself
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


def _indexes_aside() -> multiprocessing.Process | None:
    """In the analysis child: a process forked (before spaCy is imported) that builds the
    knowledge-base indexes missing from the cache; None when they are all there."""
    from analysis.pipeline import warm

    if not warm.indexes_missing():
        return None
    proc = multiprocessing.get_context("fork").Process(
        target=_build_indexes, name="visit-report-indexes", daemon=True
    )
    proc.start()
    return proc


def _build_indexes() -> None:
    child_init()
    from analysis.pipeline import warm

    warm.build_indexes()


def _run_in_child(fn, *args: object) -> None:
    """Run ``fn(*args)`` in a fresh (spawned) process and wait; its exception, if any, is
    raised here. The child ignores Ctrl-C and dies with the parent; interrupting the parent
    ends the child and everything it started (:mod:`analysis.report.processes`)."""
    ctx = multiprocessing.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child_main, args=(send, fn, args), name="visit-report-analysis")
    with sigint_ignored():
        proc.start()
    send.close()
    try:
        try:
            ok, payload = receive.recv()
        except EOFError:
            ok, payload = False, None
    except KeyboardInterrupt:
        end_trees([proc.pid])
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
    """The analysis child: run ``fn``, send its outcome, and end at once.

    Why at once: the parent waits for this process to end before the first notebook runs,
    and the interpreter's usual clean-up freed spaCy's model and the indexes object by object
    (~1.5 s of CPU, far more on a loaded machine) for nothing: the system takes the memory
    back whole. Everything this process makes (the cached analyses, the indexes) is written
    atomically before ``fn`` returns; the standard streams are flushed."""
    child_init()
    ok = False
    try:
        fn(*args)
        ok = True
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
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(0 if ok else 1)


@contextlib.contextmanager
def _notebook_pool(
    todo: list[Task], jobs: int | None, verbose: bool = False
) -> Iterator[tuple[cf.ProcessPoolExecutor, cf.Future]]:
    """The worker processes that execute and render the notebooks. The first starts at once
    and prepares, while the articles are analysed, what the first report needs: a warm kernel
    (:func:`tasks.init_worker`), papermill and the HTML exporter
    (:func:`tasks.prepare_rendering`). The others start when the first report's HTML is
    rendered (:func:`_execute`): started with the analysis, their kernels would take the CPU
    the analysis needs (two cores); started with the first report, their start-up (papermill's
    imports, a kernel's warm-up: ~3.5 s of CPU) would take it from the first report. Yields
    the pool and the first worker's preparation (a future).

    They ignore Ctrl-C and die with the build (:func:`processes.child_init`); on Ctrl-C the
    build ends their trees, kernels included."""
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    ctx = multiprocessing.get_context("spawn")
    folder = str(todo[0].notebook.parent)
    pool = cf.ProcessPoolExecutor(jobs, ctx, initializer=_worker_init, initargs=(folder, verbose))
    try:
        with sigint_ignored():  # the workers start here: spawned one per submit, when none
            prepared = pool.submit(prepare_rendering)  # is idle (the first now, the others later)
        yield pool, prepared
    except KeyboardInterrupt:
        end_trees(pool_pids(pool))  # the workers and their kernels, pandoc, xelatex
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _first_formats(task: Task) -> tuple[str, ...]:
    """What a task renders before its first commit: HTML alone when more follows (the reader
    has it while the PDF renders), else every format."""
    return ("html",) if "html" in task.formats and len(task.formats) > 1 else task.formats


def _worker_init(notebooks_dir: str, verbose: bool) -> None:
    child_init()
    init_worker(notebooks_dir, verbose)


def _execute(
    todo: list[Task],
    pool: cf.ProcessPoolExecutor,
    run_dirs: dict[Path, Path],
    progress: bool,
    echo,
    verbose: bool = False,
) -> list[Outcome]:
    """Run the tasks, the first notebook of every article first; each task's HTML lands as
    soon as it is rendered (the first one is announced), its other formats follow.

    The first task runs alone while the pool has a single worker (the one started with the
    analysis): the others are submitted, and so the other workers started, once its HTML is
    rendered (see :func:`_notebook_pool`); then its PDF, queued after them, as before."""
    order = {nb: i for i, nb in enumerate(dict.fromkeys(t.notebook for t in todo))}
    todo = sorted(todo, key=lambda t: order[t.notebook])  # stable: articles keep their order
    jobs = pool._max_workers
    held: list[tuple[int, Task]] = []  # submitted when the first task returns
    outcomes: list[Outcome] = []
    first_html: list[Path] = []

    def log(outcome: Outcome) -> None:
        t = outcome.task
        if outcome.ok:
            echo(f"  ok  {t.slug}/{t.name} ({outcome.seconds:.1f} s)")
        else:
            echo(f"  FAILED  {t.slug}/{t.name}: {outcome.message}")

    def staging(t: Task) -> Path:
        return run_dirs[t.out_dir] / t.name

    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(todo), desc="notebooks", unit="nb", leave=False)
    pending: dict[cf.Future, Outcome | None] = {}

    def submit(tasks: list[tuple[int, Task]]) -> None:
        with sigint_ignored():  # the other workers are spawned by these submits
            for i, t in tasks:
                warm_next = i < len(todo) - jobs  # a later task of this worker will want it
                args = (_first_formats(t), warm_next, verbose)
                pending[pool.submit(run_task_safe, t, staging(t), *args)] = None

    try:
        numbered = list(enumerate(todo))
        submit(numbered[:1])
        if len(pool_pids(pool)) < jobs:  # the other workers are not started yet
            held = numbered[1:]
        else:  # e.g. the analysis was cached: the workers all started with the first task
            submit(numbered[1:])
        while pending:
            done, _ = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
            for future in done:
                earlier = pending.pop(future)
                outcome = future.result()
                t = outcome.task
                rest = tuple(f for f in t.formats if f not in _first_formats(t))
                if earlier is None and outcome.ok and rest:
                    html = commit_early(outcome)
                    if html is not None and not first_html:
                        first_html.append(html)
                        echo(f"first report ready: {html}")
                    submit(held)  # the first HTML landed: the other reports start
                    held = []
                    pending[pool.submit(render_task_safe, t, staging(t), rest)] = outcome
                    continue
                if earlier is not None:
                    outcome.landed = earlier.landed
                    outcome.seconds += earlier.seconds
                commit(outcome, log)
                outcomes.append(outcome)
                submit(held)  # the first report landed (or failed): the others start
                held = []
                if bar is not None:
                    bar.update(1)
    finally:
        if bar is not None:
            bar.close()
    return outcomes


__all__ = [
    "build",
    "BuildResult",
    "BuildError",
    "notebook_paths",
    "parse_assignments",
    "validate_parameters",
]
