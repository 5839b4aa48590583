"""``visit-report preview ARTICLE``: the article's reports served locally, rebuilt on save.

In the spirit of ``quarto preview``. A local server (127.0.0.1 only) serves the HTML reports;
a loop watches what they are made of — the article, the notebooks, ``data/`` (lexicons,
knowledge base, labels) and the library — and, when a file is saved:

1. a lexicon or knowledge-base file changed (``data/lexicons/``, ``data/kb/``): the warm
   analyser's rules child (:class:`analysis.pipeline.warm.WarmAnalyser`) forgets those files
   and exactly what its rules derived from them (:mod:`analysis.resources.datacache`), with
   no re-import and no new process; the warm kernels stay (their warm-up reads no lexicon:
   ``tests/test_datacache.py``). Another data file (``data/labels_fr.yaml``, which the report
   layer reads when imported) also replaces the warm kernels. Library code changed: the
   analyser and the kernels are restarted;
2. the build's own dependency tracking (:func:`analysis.report.build.plan_tasks` and each
   task's content key) picks the reports whose inputs changed, and only those run, the first
   notebook first, each in a warm kernel (:mod:`analysis.report.kernels`), HTML only;
3. each report lands atomically (:func:`analysis.report.tasks.commit`) and the open page,
   which polls ``/__status``, reloads itself. A failure is shown in the page and the terminal;
   the last good report stays, the server keeps running.

With ``compare`` (other articles on the same event), the preview also serves the comparison
report of ``build --compare`` (:mod:`analysis.report.compare`) over the article and those,
with the briefing of each compared article (the comparison's evidence links open it), and
watches the compared articles too. A compared article that cannot be read or analysed is an
error on the page and in the terminal; the article's own reports still refresh.

The reports go to ``reports/.preview/`` unless ``out`` says otherwise, so a preview never
replaces the reports of a real build. Ctrl-C stops the server, the kernels and the analyser.
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import secrets
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from analysis.errors import VisitReportError
from analysis.resources.paths import DATA_DIR, KB_DIR, LEXICON_DIR, REPORTS_DIR

POLL_SECONDS = 0.1
LIBRARY_DIR = Path(__file__).resolve().parents[1]
# Injected into every HTML page served (never into the files on disk).
RELOAD_SCRIPT = b"""<script>
(function () {
  var seen = null;
  function banner(text) {
    var el = document.getElementById("vr-preview-error");
    if (!text) { if (el) el.remove(); return; }
    if (!el) {
      el = document.createElement("pre");
      el.id = "vr-preview-error";
      el.style.cssText = "position:fixed;top:0;left:0;right:0;margin:0;padding:.8em;" +
        "background:#b00020;color:#fff;white-space:pre-wrap;z-index:9999;font:13px monospace";
      document.body.appendChild(el);
    }
    el.textContent = "Aper\\u00e7u : la derni\\u00e8re reconstruction a " +
      "\\u00e9chou\\u00e9\\n" + text;
  }
  function poll() {
    fetch("/__status", {cache: "no-store"}).then(function (r) { return r.json(); })
      .then(function (s) {
        if (seen !== null && s.version !== seen) { location.reload(); return; }
        seen = s.version; banner(s.error);
      }).catch(function () {}).finally(function () { setTimeout(poll, 250); });
  }
  poll();
})();
</script>"""


_CSP_TAG = re.compile(rb"<meta\b[^>]*Content-Security-Policy[^>]*>", re.I)
_CONTENT = re.compile(rb'(content=")([^"]*)(")', re.I)


@dataclass
class Status:
    """What the page polls: a counter bumped by every rebuild that changed a report, and the
    last rebuild's error (None when it succeeded)."""

    version: int = 0
    error: str | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def as_json(self) -> bytes:
        with self.lock:
            return json.dumps({"version": self.version, "error": self.error}).encode()

    def update(self, changed: bool, error: str | None) -> None:
        with self.lock:
            self.version += int(changed)
            self.error = error


def snapshot(paths: Sequence[Path]) -> dict[Path, int]:
    """``mtime_ns`` of every file under ``paths`` (files or folders), caches excluded.

    Files only: a folder's own mtime changes when Python writes its ``__pycache__`` beside
    the modules (any process importing the library for the first time does), which is no
    edit; a file added or removed shows as a path that appears or disappears."""
    seen: dict[Path, int] = {}
    for root in paths:
        files = [root] if root.is_file() else root.rglob("*") if root.is_dir() else []
        for path in files:
            if "__pycache__" in path.parts or path.suffix == ".pyc" or path.is_dir():
                continue
            try:
                seen[path] = path.stat().st_mtime_ns
            except OSError:
                continue
    return seen


def changed_kinds(
    before: dict[Path, int], after: dict[Path, int], inputs: Sequence[Path] = ()
) -> set[str]:
    """What the changed files are: ``input`` (the articles, the notebooks: ``inputs``, and
    any other file outside the library and data), ``code`` (the library), ``lexicon``
    (``data/lexicons/``, ``data/kb/``: read by the rules through
    :mod:`analysis.resources.datacache`), ``data`` (the rest of ``data/``: labels). An article
    kept in ``data/articles/`` is an input: its edit re-runs the reports in the warm
    processes."""
    kinds = set()
    for path in set(before) ^ set(after) | {p for p in before if after.get(p) != before[p]}:
        if path in inputs:
            kinds.add("input")
        elif path.is_relative_to(LIBRARY_DIR):
            kinds.add("code")
        elif path.is_relative_to(LEXICON_DIR) or path.is_relative_to(KB_DIR):
            kinds.add("lexicon")
        elif path.is_relative_to(DATA_DIR):
            kinds.add("data")
        else:
            kinds.add("input")
    return kinds


def with_reload(page: bytes) -> bytes:
    """``page`` with :data:`RELOAD_SCRIPT` before ``</body>``. The reports forbid every
    script (Content-Security-Policy); this one alone is allowed, by a fresh nonce, and may
    fetch from the preview server itself."""
    nonce = secrets.token_urlsafe(16).encode()
    allow = b"; script-src 'nonce-" + nonce + b"'; connect-src 'self'"
    page = _CSP_TAG.sub(
        lambda tag: _CONTENT.sub(lambda m: m[1] + m[2] + allow + m[3], tag[0], count=1),
        page,
        count=1,
    )
    script = RELOAD_SCRIPT.replace(b"<script>", b'<script nonce="' + nonce + b'">', 1)
    cut = page.rfind(b"</body>")
    return page[:cut] + script + page[cut:] if cut >= 0 else page + script


class Handler(http.server.SimpleHTTPRequestHandler):
    """Static files of the reports folder, the reload script in HTML pages, ``/__status``."""

    def __init__(self, *args, status: Status, home: str, **kwargs) -> None:
        self.status, self.home = status, home
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        path = self.path.split("?", 1)[0]
        if path == "/__status":
            return self._send(self.status.as_json(), "application/json")
        if path == "/":
            self.send_response(302)
            self.send_header("Location", self.home)
            self.end_headers()
            return None
        file = Path(self.translate_path(path))
        if file.suffix == ".html" and file.is_file():
            return self._send(with_reload(file.read_bytes()), "text/html; charset=utf-8")
        return super().do_GET()

    def _send(self, body: bytes, kind: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass  # the terminal shows rebuilds, not every poll


class Preview:
    """One article's reports (and a comparison with ``compare``), rebuilt when their inputs
    change (see the module docstring)."""

    def __init__(
        self,
        article: str,
        notebooks: Sequence[str] | None = None,
        parameters: dict[str, object] | None = None,
        out: str | Path | None = None,
        echo: Callable[[str], None] = print,
        compare: Sequence[str] = (),
    ) -> None:
        from analysis.pipeline.bundle import resolve_article
        from analysis.pipeline.warm import WarmAnalyser
        from analysis.report.build import notebook_paths, validate_parameters
        from analysis.report.compare import preview_comparison, select_notebooks
        from analysis.report.kernels import KernelPool
        from analysis.report.tasks import QUIET_KERNEL

        self.article = resolve_article(article)
        self.parameters = dict(parameters or {})
        # one article: its own reports (a corpus report only when asked for, as in a build)
        self.notebooks = select_notebooks(
            notebook_paths(notebooks), 1, compare=False, named=notebooks is not None,
            parameters=self.parameters,
        )  # fmt: skip
        # the compared articles, and the notebooks run for the comparison (its own, and the
        # briefing its evidence links open in each article)
        self.others, self.compared = preview_comparison(self.article, compare, notebook_paths())
        self.per_nb = validate_parameters([*self.notebooks, *self.compared], self.parameters)
        self.out = Path(out) if out else REPORTS_DIR / ".preview"
        self.model = str(self.parameters.get("model") or "fr_core_news_md")
        self.publication = str(self.parameters.get("publication") or "") or None
        self.echo = echo
        self.status = Status()
        self.analyser = WarmAnalyser(self.model)
        self.kernels = KernelPool(size=2)
        self.kernels.extra_arguments = QUIET_KERNEL
        self.inputs = [self.article, *self.others, *self.notebooks, *self.compared]
        self.watched = [*self.inputs, DATA_DIR, LIBRARY_DIR]
        self.tasks: list = []  # the last round's plan

    def plan(self) -> tuple[list, list[str]]:
        """Every report of the preview, in the order they run (the article's first), and the
        errors of the comparison (a compared article that cannot be read): the article's own
        reports are planned all the same. An error in the article itself is raised."""
        from analysis.report.build import plan_tasks
        from analysis.report.compare import comparison_tasks

        def planned(paths: list[Path], nbs: list[Path]) -> list:
            return plan_tasks(
                paths, nbs, self.per_nb, ("html",), self.out, self.model, self.publication,
                self.echo,
            )  # fmt: skip

        tasks = planned([self.article], self.notebooks)
        if not self.others:
            return tasks, []
        try:
            more = planned([self.article, *self.others], self.compared)
        except VisitReportError as exc:
            return tasks, [f"comparison: {exc}"]
        return tasks + comparison_tasks(more, tasks), []

    def rebuild(self, newer: Callable[[], bool] | None = None) -> bool:
        """Run the reports whose inputs changed; True if a report changed. Errors are kept in
        :attr:`status` and printed, never raised.

        ``newer``: asked before each report after the first; True (the user saved again
        meanwhile) stops here, so the next round starts with the first report of the newer
        edit instead of waiting for reports already out of date. The reports not run stay
        stale (their keys do not match) and run in that round."""
        from analysis.report.index import write_index
        from analysis.report.tasks import commit, is_fresh, run_task, use_kernels

        started = time.perf_counter()
        try:
            self.tasks, errors = self.plan()
        except VisitReportError as exc:
            self._report(False, str(exc))
            return False
        stale = self._analyse([t for t in self.tasks if not is_fresh(t)], errors)
        use_kernels(self.kernels)
        ran = 0
        staging = Path(tempfile.mkdtemp(prefix=".preview-", dir=_mk(self.out)))
        try:
            for i, task in enumerate(stale):
                if i and newer is not None and newer():
                    self.echo(f"newer edits: {len(stale) - i} report(s) left for the next round")
                    break
                self.kernels.refill(task.notebook.parent)
                outcome = run_task(task, staging / task.name, ("html",))
                commit(outcome, self._log)
                ran += 1
                if not outcome.ok:
                    errors.append(f"{task.slug}/{task.name}: {outcome.message}")
        finally:
            shutil.rmtree(staging, ignore_errors=True)
            self.kernels.refill(self.notebooks[0].parent)
        for out_dir, meta in {t.out_dir: t.meta for t in self.tasks}.items():
            write_index(out_dir, meta)
        if stale:
            self.echo(f"rebuilt {ran} report(s) in {time.perf_counter() - started:.1f} s")
        self._report(bool(stale), "\n".join(errors) or None)
        return bool(stale)

    def _analyse(self, stale: list, errors: list[str]) -> list:
        """Analyse, in the warm analyser, what the stale reports read (each article; the
        articles together for a comparison); the reports whose analysis failed are left out
        and their errors added to ``errors``."""
        from analysis.report.notebooks import COMPARISON, needs

        failed: set[Path] = set()
        for path in dict.fromkeys(t.article for t in stale if needs(t.notebook) != COMPARISON):
            try:
                self.analyser.analyse(path, self.publication)  # as a build: -p applies to all
            except VisitReportError as exc:
                failed.add(path)
                errors.append(str(exc))
        comparing = not failed and any(needs(t.notebook) == COMPARISON for t in stale)
        if comparing:
            from analysis.corpus import load as load_corpus  # pandas: only for a comparison

            try:
                articles = [str(p) for p in (self.article, *self.others)]
                self.analyser.call(load_corpus, articles, model=self.model)
            except VisitReportError as exc:
                errors.append(f"comparison: {exc}")
                comparing = False
        return [
            t for t in stale
            if (comparing if needs(t.notebook) == COMPARISON else t.article not in failed)
        ]  # fmt: skip

    def serve(self, port: int = 8000, ready: Callable[[str], None] | None = None) -> None:
        """Build, serve on 127.0.0.1:``port`` (0: any free port), rebuild on change until
        Ctrl-C (or SIGTERM); then stop everything."""
        signal.signal(signal.SIGTERM, _interrupt)
        server = None
        try:  # whatever fails, the analyser and the kernels end with the preview
            self.analyser.start()
            self.kernels.refill(self.notebooks[0].parent)
            self.rebuild()
            before = snapshot(self.watched)
            slug = self._slug()
            handler = functools.partial(
                Handler,
                status=self.status,
                home=f"/{slug}/{self.notebooks[0].stem}.html",
                directory=str(self.out),
            )
            server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
            base = f"http://127.0.0.1:{server.server_address[1]}"
            thread = threading.Thread(target=server.serve_forever, daemon=True)
            thread.start()
            for task in self._comparisons():
                self.echo(f"comparison: {base}/{task.slug}/{task.name}.html")
            page = f"{slug}/{self.notebooks[0].stem}.html"
            (ready or self.echo)(f"preview: {base}/{page}  (Ctrl-C to stop)")
            while True:
                time.sleep(POLL_SECONDS)
                after = snapshot(self.watched)
                kinds = changed_kinds(before, after, self.inputs)
                if kinds:
                    self._refresh(kinds)
                    self.rebuild(newer=lambda seen=after: snapshot(self.watched) != seen)
                    before = after  # an edit saved during the rebuild starts the next round
        finally:
            if server is not None:
                server.shutdown()
                server.server_close()
            self.close()

    def close(self) -> None:
        self.kernels.close()
        self.analyser.close()

    def _refresh(self, kinds: set[str]) -> None:
        """Forget what the changed files invalidate (see the module docstring).

        Replacement kernels start at once, so they warm up on one core while the article is
        analysed again on the other; an input or lexicon edit keeps the warm kernels."""
        from analysis.pipeline import bundle

        if kinds - {"input"}:
            bundle.library_fingerprint.cache_clear()  # part of every report's content key
        if "code" in kinds:
            self.echo("library changed: restarting the analyser and kernels")
            self.analyser.restart()
        elif kinds & {"lexicon", "data"}:
            self._forget_data()
        if kinds & {"code", "data"}:
            self.kernels.discard()  # they imported the report layer (kernels.WARM_UP)
            self.kernels.refill(self.notebooks[0].parent)

    def _forget_data(self) -> None:
        """This process and the warm rules child forget the edited data files and what was
        made from them. A file that does not parse is reported by the rebuild that follows."""
        from analysis.resources import datacache

        try:
            datacache.drop_stale()  # this process read some (the articles' clutter lexicon)
        except Exception:  # noqa: BLE001, S110 - the analysis reports it, with its file
            pass
        try:
            changed = self.analyser.refresh()  # the warm rules child forgets what they made
        except VisitReportError:
            return  # the analysis that follows fails on the same file and says so
        if changed:
            names = ", ".join(sorted(Path(p).name for p in changed))
            self.echo(f"data edited: the warm rules read {names} again")

    def _comparisons(self) -> list:
        from analysis.report.notebooks import COMPARISON, needs

        return [t for t in self.tasks if needs(t.notebook) == COMPARISON]

    def _slug(self) -> str:
        from analysis.document.article import load_article

        return load_article(self.article, publication=self.publication).slug

    def _log(self, outcome) -> None:
        t = outcome.task
        if outcome.ok:
            self.echo(f"  ok  {t.name} -> {t.out_dir / (t.name + '.html')}")
        else:
            self.echo(f"  FAILED  {t.slug}/{t.name}: {outcome.message}")

    def _report(self, changed: bool, error: str | None) -> None:
        if error:
            self.echo(f"preview: error: {error}")
        self.status.update(changed, error)


def _interrupt(signum, frame) -> None:  # noqa: ARG001
    raise KeyboardInterrupt


def _mk(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
