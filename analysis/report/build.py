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
import datetime as dt
import fcntl
import functools
import hashlib
import json
import multiprocessing
import os
import shutil
import signal
import tempfile
import time
import traceback
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from analysis.errors import BuildError, ParameterError, SetupError, VisitReportError
from analysis.resources.io import ensure_writable_dir, write_text
from analysis.resources.paths import DEFAULT_ARTICLE, NOTEBOOKS_DIR, REPORTS_DIR, cache_dir

FORMATS = ("html", "pdf")
KERNEL = "python3"
EXECUTION_TIMEOUT = 600
# Parameters the build itself fills in for every notebook that declares them.
BUILD_PARAMETERS = ("article", "publication", "model")
# A notebook whose metadata says ``"visit_report": {"needs": "corpus"}`` takes its corpus
# (a path, glob or ``;``-separated list) in this parameter.
CORPUS_PARAMETER = "corpus"


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
# Notebooks and parameters


def notebook_paths(
    names: Sequence[str] | None = None, directory: Path = NOTEBOOKS_DIR
) -> list[Path]:
    """Notebooks to build; ``names`` match a stem ('NN_topic') or its part ('topic', 'NN')."""
    available = sorted(p for p in directory.glob("*.ipynb") if not p.name.startswith("."))
    if not names:
        return available
    chosen: list[Path] = []
    for name in names:
        if name.endswith(".ipynb") and Path(name).is_file():  # a notebook outside notebooks/
            chosen.append(Path(name).resolve())
            continue
        hits = [p for p in available if name in (p.stem, p.name) or name in p.stem.split("_", 1)]
        if not hits:
            raise ParameterError(
                f"unknown notebook {name!r}",
                where="--notebooks",
                fix="choose among " + ", ".join(p.stem for p in available),
            )
        chosen.extend(h for h in hits if h not in chosen)
    return chosen


def declared_parameters(notebook: Path) -> dict[str, dict[str, object]]:
    """Parameters of the notebook's ``parameters`` cell (papermill.inspect_notebook).

    Cached by the notebook's content hash: importing papermill alone costs more than the
    one second a no-op rebuild may take.
    """
    digest = hashlib.sha256(notebook.read_bytes()).hexdigest()[:24]
    cached = cache_dir() / "parameters" / f"{digest}.json"
    if cached.is_file():
        try:
            return json.loads(cached.read_text(encoding="utf-8"))
        except ValueError:
            pass
    import papermill

    params = papermill.inspect_notebook(str(notebook))
    write_text(cached, json.dumps(params, default=str))
    return params


def notebook_spec(notebook: Path) -> dict[str, object]:
    """What the notebook declares for the build in its metadata, ``"visit_report"``:

    * ``needs``: ``"corpus"`` for a report about many articles; the build analyses the corpus
      named by its :data:`CORPUS_PARAMETER` parameter beforehand, reruns the report when a
      file of the corpus changes, and does not date or source it after the article built;
    * ``title``: the report's title, instead of the article's.

    A notebook without it is a report on one article."""
    stat = notebook.stat()
    return dict(_notebook_spec(str(notebook), stat.st_mtime_ns, stat.st_size))


@functools.lru_cache(maxsize=64)
def _notebook_spec(path: str, mtime_ns: int, size: int) -> tuple[tuple[str, object], ...]:
    try:
        meta = json.loads(Path(path).read_text(encoding="utf-8")).get("metadata", {})
    except (OSError, ValueError):
        return ()
    spec = meta.get("visit_report")
    return tuple(spec.items()) if isinstance(spec, dict) else ()


def needs_corpus(notebook: Path) -> bool:
    return notebook_spec(notebook).get("needs") == "corpus"


def parse_assignments(items: Sequence[str]) -> dict[str, str]:
    """``KEY=VALUE`` strings from the command line."""
    out: dict[str, str] = {}
    for item in items:
        if "=" not in item:
            raise ParameterError(
                f"{item!r} is not KEY=VALUE", where="-p", fix="write for example -p min_mentions=2"
            )
        key, value = item.split("=", 1)
        out[key.strip()] = value
    return out


def coerce(name: str, value: object, type_name: str, where: str) -> object:
    """Convert a command-line string to the type the notebook's default has."""
    if not isinstance(value, str):
        return value
    t = (type_name or "None").lower()
    try:
        if t == "int":
            return int(value)
        if t == "float":
            return float(value)
        if t == "bool":
            low = value.strip().lower()
            if low in ("true", "1", "yes", "oui"):
                return True
            if low in ("false", "0", "no", "non"):
                return False
            raise ValueError(value)
    except ValueError:
        raise ParameterError(
            f"parameter {name!r} expects a value of type {t}, got {value!r}",
            where=where,
            fix=f"give {name}=<{t}>",
        ) from None
    return value


def _type_name(spec: dict[str, object]) -> str:
    """The parameter's type: its annotation, else the type of its default value."""
    declared = str(spec.get("inferred_type_name") or "None")
    if declared != "None":
        return declared
    try:
        default = ast.literal_eval(str(spec.get("default")))
    except (ValueError, SyntaxError):
        return "None"
    return type(default).__name__ if isinstance(default, (bool, int, float)) else "None"


def validate_parameters(
    notebooks: Sequence[Path], given: dict[str, object]
) -> dict[Path, dict[str, object]]:
    """Check ``given`` against every notebook; return each notebook's own parameters.

    A key must be declared by at least one selected notebook; it is passed only to the
    notebooks that declare it (so changing it re-runs only those).
    """
    declared = {nb: declared_parameters(nb) for nb in notebooks}
    valid = sorted({k for params in declared.values() for k in params})
    for key in given:
        if key not in valid:
            raise ParameterError(
                f"unknown parameter {key!r}",
                where="-p",
                fix="valid parameters of the selected notebooks: " + ", ".join(valid),
            )
    per_notebook: dict[Path, dict[str, object]] = {}
    for nb, params in declared.items():
        mine: dict[str, object] = {}
        for key, value in given.items():
            if key in params:
                type_name = _type_name(params[key])
                mine[key] = coerce(key, value, type_name, where=f"-p {key} ({nb.stem})")
        per_notebook[nb] = mine
    return per_notebook


# --------------------------------------------------------------------------------------------
# Pre-flight checks


def check_output_dir(out: Path) -> None:
    ensure_writable_dir(out)


def check_model(model: str) -> None:
    import importlib.util

    if importlib.util.find_spec(model) is None:
        package = model.replace("_", "-")
        raise SetupError(
            f"the French spaCy model {model!r} is not installed",
            where="parameter model",
            fix=f"run `.venv/bin/pip install {package}==3.8.0` (or `make setup`)",
        )


# --------------------------------------------------------------------------------------------
# Hashes and stamps


def task_key(task: Task, fingerprint: str) -> str:
    h = hashlib.sha256()
    h.update(task.article.read_bytes())
    h.update(task.notebook.read_bytes())
    h.update(json.dumps(task.parameters, sort_keys=True, default=str).encode())
    h.update(f"|{','.join(task.formats)}|{fingerprint}|{task.inputs}".encode())
    return h.hexdigest()[:24]


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


def run_task(task: Task, staging: Path) -> Outcome:
    """Execute and render one notebook into ``staging`` (runs in a worker process)."""
    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    from analysis.report import render

    started = time.perf_counter()
    staging.mkdir(parents=True, exist_ok=True)
    executed = staging / f"{task.name}.ipynb"
    try:
        papermill.execute_notebook(
            str(task.notebook),
            str(executed),
            parameters=task.parameters,
            kernel_name=KERNEL,
            execution_timeout=EXECUTION_TIMEOUT,
            progress_bar=False,
            log_output=False,
            cwd=str(task.notebook.parent),
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
    nb = nbformat.read(executed, as_version=4)
    meta = _report_meta(task, nb)
    files = [executed]
    try:
        if "html" in task.formats:
            files.append(render.render_html(nb, staging / f"{task.name}.html", meta))
        if "pdf" in task.formats:
            files.append(render.render_pdf(nb, staging / f"{task.name}.pdf", meta))
    except VisitReportError as exc:
        return Outcome(task, False, message=f"rendering: {exc}", files=files, detail=str(exc))
    return Outcome(task, True, seconds=time.perf_counter() - started, files=files)


def _report_meta(task: Task, nb) -> dict[str, object]:
    """The metadata the renderers show: the article's, unless the notebook declares otherwise
    (its own title; a corpus report is not dated or sourced after the article built)."""
    meta = {**task.meta, "notebook": task.name, "subtitle": _first_heading(nb)}
    spec = notebook_spec(task.notebook)
    if spec.get("title"):
        meta.update(title=str(spec["title"]), full_title=str(spec["title"]))
    if spec.get("needs") == "corpus":
        meta.update(publication=None, precision=None, source=None, url=None)
    return meta


def _first_heading(nb) -> str:
    """The notebook's first Markdown ``# heading``: the report's subtitle."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return ""


def _run_task_safe(task: Task, staging: Path) -> Outcome:
    try:
        return run_task(task, staging)
    except BaseException as exc:  # never let a worker die silently
        detail = traceback.format_exc()
        return Outcome(task, False, message=f"{type(exc).__name__}: {exc}", detail=detail)


# --------------------------------------------------------------------------------------------
# Orchestration


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
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM behaves like Ctrl-C: the same clean-up runs."""

    def handler(signum, frame):  # noqa: ARG001
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _commit(outcome: Outcome, log) -> None:
    """Move a finished task's files into place; keep a failed notebook aside."""
    blocked = {signal.SIGINT, signal.SIGTERM}
    old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, blocked)  # never half-moved
    try:
        _commit_locked(outcome)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)
    log(outcome)


def _commit_locked(outcome: Outcome) -> None:
    task = outcome.task
    with _locked(task.out_dir):
        if outcome.ok:
            for path in outcome.files:
                os.replace(path, task.out_dir / path.name)
            failed = task.out_dir / "failed" / f"{task.name}.ipynb"
            failed.unlink(missing_ok=True)
            stamp = {"key": task.key, "seconds": round(outcome.seconds, 2)}
            write_text(_stamp_path(task), json.dumps(stamp))
        else:
            executed = next((p for p in outcome.files if p.suffix == ".ipynb"), None)
            if executed is not None and executed.is_file():
                (task.out_dir / "failed").mkdir(exist_ok=True)
                kept = task.out_dir / "failed" / f"{task.name}.ipynb"
                os.replace(executed, kept)
                outcome.message += f" — executed notebook kept at {kept}"
            _stamp_path(task).unlink(missing_ok=True)
            logfile = task.out_dir / "build.log"
            with open(logfile, "a", encoding="utf-8") as fh:
                stamp = dt.datetime.now().isoformat(timespec="seconds")
                fh.write(f"[{stamp}] {task.name} FAILED\n{outcome.detail or outcome.message}\n\n")
            outcome.message += f" — full log: {logfile}"


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
        futures = {pool.submit(_run_task_safe, t, run_dirs[t.out_dir] / t.name): t for t in todo}
        for future in cf.as_completed(futures):
            outcome = future.result()
            _commit(outcome, log)
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


# --------------------------------------------------------------------------------------------
# Index page


def write_index(slug_dir: Path, meta: dict[str, object] | None = None) -> Path:
    """``reports/<slug>/index.html``: the article's title, outlet and date (``meta``:
    ``Article.metadata()``), and links to every report of the article."""
    from analysis.report.filters import escape_html as esc_html  # no pandas (display: ~1 s)

    rows = []
    for nb in sorted(slug_dir.glob("*.ipynb")):
        links = [
            f"<a href='{esc_html(p.name)}'>{p.suffix[1:].upper()}</a>"
            for p in (slug_dir / f"{nb.stem}.html", slug_dir / f"{nb.stem}.pdf", nb)
            if p.is_file()
        ]
        rows.append(f"<li><strong>{esc_html(nb.stem)}</strong> — {' · '.join(links)}</li>")
    failed = sorted((slug_dir / "failed").glob("*.ipynb")) if (slug_dir / "failed").is_dir() else []
    fail_html = "".join(
        f"<li><a href='failed/{esc_html(p.name)}'>{esc_html(p.stem)}</a> (échec de la dernière "
        "exécution ; le rapport ci-dessus est le dernier bon)</li>"
        for p in failed
    )
    meta = meta or {}
    title = esc_html(str(meta.get("title") or slug_dir.name))
    byline = " · ".join(esc_html(str(meta[k])) for k in ("source", "publication") if meta.get(k))
    page = (
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>"
        f"<title>Rapports — {title}</title>"
        "<style>body{font-family:sans-serif;max-width:46em;margin:2em auto;line-height:1.5}"
        "li{margin:.4em 0}</style></head><body>"
        f"<h1>Rapports — {title}</h1>"
        + (f"<p class='source'>{byline}</p>" if byline else "")
        + f"<ul>{''.join(rows)}</ul>"
        + (f"<h2>Échecs</h2><ul>{fail_html}</ul>" if fail_html else "")
        + f"<p><small>Mis à jour : {dt.datetime.now().strftime('%Y-%m-%d %H:%M')}</small></p>"
        "</body></html>"
    )
    return write_text(slug_dir / "index.html", page)


__all__ = ["build", "BuildResult", "BuildError", "validate_parameters", "notebook_paths"]
