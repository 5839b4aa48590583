"""``visit-report preview``: what changed decides what is redone; the page reloads itself.

The end-to-end test drives a real browser (Playwright on Debian's chromium) against a real
preview process, edits a lexicon in a private copy of ``data/`` and waits for the open page
to show the change.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

import pytest

from analysis.report import preview
from analysis.resources.paths import ROOT

CHROMIUM = Path("/usr/bin/chromium")


def test_changed_files_are_classified_by_what_they_invalidate(tmp_path):
    article = tmp_path / "a.txt"
    lexicon = preview.DATA_DIR / "lexicons" / "themes_fr.yaml"
    code = preview.LIBRARY_DIR / "report" / "preview.py"
    base = {article: 1, lexicon: 1, code: 1}
    assert preview.changed_kinds(base, dict(base)) == set()
    assert preview.changed_kinds(base, {**base, article: 2}) == {"input"}
    assert preview.changed_kinds(base, {**base, lexicon: 2}) == {"lexicon"}
    assert preview.changed_kinds(base, {**base, code: 2}) == {"code"}
    kb = preview.DATA_DIR / "kb" / "countries.yaml"
    assert preview.changed_kinds(base, {**base, kb: 1}) == {"lexicon"}  # a new file counts
    gone = dict(base)
    del gone[lexicon]
    assert preview.changed_kinds(base, gone) == {"lexicon"}  # so does a removed one
    labels = preview.DATA_DIR / "labels_fr.yaml"  # read by the report layer at import
    assert preview.changed_kinds(base, {**base, labels: 1}) == {"data"}
    compared = tmp_path / "b.txt"
    assert preview.changed_kinds(base, {**base, compared: 1}, [article, compared]) == {"input"}


def test_snapshot_sees_files_in_folders_and_skips_bytecode(tmp_path):
    (tmp_path / "pkg" / "__pycache__").mkdir(parents=True)
    (tmp_path / "pkg" / "m.py").write_text("x = 1\n")
    (tmp_path / "pkg" / "__pycache__" / "m.cpython-311.pyc").write_bytes(b"\0")
    single = tmp_path / "a.txt"
    single.write_text("texte")
    (tmp_path / "pkg" / "sub").mkdir()
    (tmp_path / "pkg" / "sub" / "n.py").write_text("y = 2\n")
    seen = preview.snapshot([tmp_path / "pkg", single, tmp_path / "missing"])
    assert set(seen) == {tmp_path / "pkg" / "m.py", tmp_path / "pkg" / "sub" / "n.py", single}
    # a process importing the library writes a __pycache__ folder: the folder's mtime
    # changes, no file does (the flaky "library changed" restart of a fresh clone's CI)
    os.utime(tmp_path / "pkg" / "sub", ns=(1, 1))
    (tmp_path / "pkg" / "sub" / "__pycache__").mkdir()
    (tmp_path / "pkg" / "sub" / "__pycache__" / "n.cpython-311.pyc").write_bytes(b"\0")
    assert preview.snapshot([tmp_path / "pkg", single, tmp_path / "missing"]) == seen


def test_served_pages_carry_the_reload_script_and_files_on_disk_do_not(tmp_path):
    page = tmp_path / "r.html"
    page.write_text("<html><body><p>Rapport</p></body></html>", encoding="utf-8")
    status = preview.Status()
    handler = functools.partial(
        preview.Handler, status=status, home="/r.html", directory=str(tmp_path)
    )
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        served = urllib.request.urlopen(f"{base}/").read().decode()  # redirected home
        assert "<p>Rapport</p>" in served and "/__status" in served
        assert served.index("/__status") < served.index("</body>")
        assert "/__status" not in page.read_text(encoding="utf-8")
        status.update(True, "02_stance: cell 3: KeyError")
        state = urllib.request.urlopen(f"{base}/__status").read().decode()
        assert '"version": 1' in state and "KeyError" in state
    finally:
        server.shutdown()
        server.server_close()


def test_the_reload_script_alone_is_allowed_by_the_reports_policy():
    policy = "default-src 'none'; img-src data:"
    page = f'<head><meta content="{policy}" http-equiv="Content-Security-Policy"/></head>'
    served = preview.with_reload(f"<html>{page}<body>x</body></html>".encode()).decode()
    nonce = served.split("'nonce-")[1].split("'")[0]
    assert f"default-src 'none'; img-src data:; script-src 'nonce-{nonce}'" in served
    assert f'<script nonce="{nonce}">' in served
    again = preview.with_reload(page.encode()).decode()
    assert nonce not in again  # a fresh nonce per page


def _processes_with(marker: str) -> list[int]:
    """Live processes whose environment holds ``marker`` (kernels run in their own session,
    so the process group would miss them; the environment is inherited by all)."""
    alive = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                environ = (proc / "environ").read_bytes().split(b"\0")
                state = (proc / "stat").read_text().split(") ")[-1][:1]
            except OSError:
                continue
            if marker.encode() in environ and state != "Z":
                alive.append(int(proc.name))
    return alive


def _rules_children(preview_pid: int) -> set[int]:
    """The warm analyser's rules child(ren): the children of the process the preview spawned
    to hold the model (its kernels are started by jupyter_client, not spawned)."""
    import psutil

    found: set[int] = set()
    for child in psutil.Process(preview_pid).children():
        if "spawn_main" in " ".join(child.cmdline()):
            found |= {c.pid for c in child.children()}
    return found


def _first_line_with(stream, needle: str, timeout: float) -> str:
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        for line in stream:
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()
    seen = []
    while True:
        line = lines.get(timeout=timeout)
        seen.append(line)
        if needle in line:
            return line
        assert "error" not in line.lower(), "".join(seen)


@pytest.mark.slow
def test_preview_page_shows_a_lexicon_edit_and_ctrl_c_stops_everything(tmp_path):
    """A lexicon edit reaches the open page, analysed by the same warm rules child (the
    lexicon's cached sets and patterns are dropped, the rules are not re-imported)."""
    from playwright.sync_api import sync_playwright

    home = tmp_path / "home"
    shutil.copytree(ROOT / "data", home / "data", ignore=shutil.ignore_patterns("annotations"))
    shutil.copytree(ROOT / "notebooks", home / "notebooks")
    cache = tmp_path / "cache"
    env = {
        **os.environ,
        "VISIT_REPORT_HOME": str(home),
        "VISIT_REPORT_CACHE": str(cache),
        "PYTHONPATH": str(ROOT),
    }
    cmd = [sys.executable, "-m", "analysis", "preview", "--port", "0", "--notebooks", "context"]
    proc = subprocess.Popen(
        [*cmd, "--out", str(tmp_path / "out")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # its own group: Ctrl-C is sent to the group, as a terminal does
    )
    try:
        line = _first_line_with(proc.stdout, "preview: http://127.0.0.1:", timeout=300)
        url = line.split()[1]
        lexicon = home / "data" / "lexicons" / "themes_fr.yaml"
        rules = _rules_children(proc.pid)
        assert len(rules) == 1
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
            page = browser.new_page()
            page.goto(url)
            assert "Diplomatie" in page.inner_text("body")
            assert "Diplomatie révisée" not in page.inner_text("body")
            text = lexicon.read_text(encoding="utf-8")
            assert "label: Diplomatie\n" in text
            lexicon.write_text(text.replace("label: Diplomatie\n", "label: Diplomatie révisée\n"))
            # the page reloads itself (no eval here: the reports' CSP forbids it)
            page.get_by_text("Diplomatie révisée").first.wait_for(timeout=180_000)
            browser.close()
        assert _rules_children(proc.pid) == rules  # the same process, still warm
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        code = proc.wait(timeout=60)
    assert code == 0
    leftovers = []
    for _ in range(100):  # kernels and the analyser end with the preview
        leftovers = _processes_with(f"VISIT_REPORT_CACHE={cache}")
        if not leftovers:
            break
        threading.Event().wait(0.1)
    assert not leftovers


_REBUILDS = """
import json, sys, time
from pathlib import Path
from analysis.report.preview import Preview, changed_kinds, snapshot
from analysis.resources.paths import DATA_DIR, NOTEBOOKS_DIR

out, article = Path(sys.argv[1]), Path(sys.argv[2])
p = Preview(str(article), notebooks=["00_briefing", "03_context"], out=out, echo=print)
pages = {nb: next(out.glob(f"*/{nb}.html"), None) for nb in ("00_briefing", "03_context")}
result = {}

def mtimes():
    return {nb: next(out.glob(f"*/{nb}.html")).stat().st_mtime_ns for nb in pages}

def edit(path, change, newer=None):
    before = snapshot(p.watched)
    time.sleep(0.05)
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    kinds = changed_kinds(before, snapshot(p.watched), p.inputs)
    old = mtimes()
    p._refresh(kinds)
    p.rebuild(newer=newer)
    new = mtimes()
    return sorted(kinds), sorted(nb for nb in new if new[nb] != old[nb])

try:
    p.analyser.start()
    p.kernels.refill(NOTEBOOKS_DIR)
    p.rebuild()
    base = p.analyser._proc.pid
    notebook = NOTEBOOKS_DIR / "03_context.ipynb"
    result["notebook"] = edit(notebook, lambda t: t.replace('"cells": [', '"cells" : [', 1))
    lexicon = DATA_DIR / "lexicons" / "themes_fr.yaml"
    label = lambda t: t.replace("label: Diplomatie\\n", "label: Diplomatie retouchée\\n")
    rules = p.analyser.rules_pid()
    result["lexicon"] = edit(lexicon, label)
    result["same_base"] = p.analyser._proc.pid == base and p.analyser._proc.is_alive()
    result["same_rules"] = rules is not None and p.analyser.rules_pid() == rules
    page = next(out.glob("*/03_context.html")).read_text(encoding="utf-8")
    result["label_shown"] = "Diplomatie retouchée" in page
    more = lambda t: t + "\\nLe ministre Paul Ardent a salué une coopération utile.\\n"
    result["article_newer"] = edit(article, more, newer=lambda: True)
    old = mtimes()
    p.rebuild()
    result["next_round"] = sorted(nb for nb, m in mtimes().items() if m != old[nb])
finally:
    p.close()
print("RESULT " + json.dumps(result))
"""


@pytest.mark.slow
def test_rebuilds_run_only_stale_reports_and_a_lexicon_edit_keeps_the_model_process(tmp_path):
    """The preview's refresh path, in a real preview on a private copy of data/ and notebooks/:
    a notebook edit re-runs that report alone; a lexicon edit re-runs the reports in the SAME
    warm rules child (no new process, no re-import), and the change shows; an edit
    saved during a round ends that round after its first report, the others follow in the
    next round."""
    home = tmp_path / "home"
    shutil.copytree(ROOT / "data", home / "data", ignore=shutil.ignore_patterns("annotations"))
    shutil.copytree(ROOT / "notebooks", home / "notebooks")
    article = home / "data" / "articles" / "2021-11-24_gantz-rabat.txt"
    env = {
        **os.environ,
        "VISIT_REPORT_HOME": str(home),
        "VISIT_REPORT_CACHE": str(tmp_path / "cache"),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", _REBUILDS, str(tmp_path / "out"), str(article)],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("RESULT ")]
    assert done.returncode == 0 and lines, done.stdout[-3000:] + done.stderr[-3000:]
    result = json.loads(lines[0].removeprefix("RESULT "))
    assert result["notebook"] == [["input"], ["03_context"]]
    assert result["lexicon"] == [["lexicon"], ["00_briefing", "03_context"]]
    assert result["same_base"] is True
    assert result["same_rules"] is True
    assert result["label_shown"] is True
    assert result["article_newer"] == [["input"], ["00_briefing"]]
    assert result["next_round"] == ["03_context"]


def _status(base: str) -> dict:
    return json.loads(urllib.request.urlopen(f"{base}/__status").read())


def _until(check, timeout: float, what: str, proc: subprocess.Popen, seen: list[str]):
    deadline = threading.Event()
    for _ in range(int(timeout * 4)):
        value = check()
        if value:
            return value
        assert proc.poll() is None, f"the preview stopped ({what}):\n" + "".join(seen[-40:])
        deadline.wait(0.25)
    raise AssertionError(f"no {what} within {timeout:.0f} s:\n" + "".join(seen[-40:]))


@pytest.mark.slow
def test_preview_compare_serves_the_comparison_and_survives_a_bad_compared_article(tmp_path):
    """``preview A --compare B``: the comparison report of A and B is served beside A's
    reports (with B's briefing, which its evidence links open), refreshed when B is saved;
    a B that cannot be read is an error on the page and in the terminal, the server keeps
    running, and saving B again clears it."""
    home = tmp_path / "home"
    shutil.copytree(ROOT / "data", home / "data", ignore=shutil.ignore_patterns("annotations"))
    shutil.copytree(ROOT / "notebooks", home / "notebooks")
    fixtures = ROOT / "tests" / "fixtures" / "coverage"
    main, other = tmp_path / "agence.md", tmp_path / "courrier.md"
    shutil.copy(fixtures / "agence-continentale.md", main)
    shutil.copy(fixtures / "courrier-des-andes.md", other)
    env = {
        **os.environ,
        "VISIT_REPORT_HOME": str(home),
        "VISIT_REPORT_CACHE": str(tmp_path / "cache"),
        "PYTHONPATH": str(ROOT),
    }
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "analysis", "preview", str(main), "--notebooks", "briefing"]
    proc = subprocess.Popen(
        [*cmd, "--compare", str(other), "--port", "0", "--out", str(out)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    seen: list[str] = []
    threading.Thread(target=lambda: seen.extend(proc.stdout), daemon=True).start()
    try:
        ready = _until(
            lambda: next((ln for ln in seen if ln.startswith("preview: http")), None),
            600, "preview URL", proc, seen,
        )  # fmt: skip
        base = ready.split()[1].rsplit("/", 2)[0]
        line = next(ln for ln in seen if ln.startswith("comparison: http"))
        page = urllib.request.urlopen(line.split()[1]).read().decode()
        assert "Courrier des Andes" in page and "Agence Continentale" in page
        assert "/__status" in page  # it reloads itself too
        compared = list(out.glob("*/00_briefing.html"))
        assert len(compared) == 2  # the article's and the compared article's briefing
        report = next(out.glob("comparaison-*/*.html"))
        state = _status(base)
        assert state["error"] is None

        text = other.read_text(encoding="utf-8")
        stamp = report.stat().st_mtime_ns
        other.write_text(text + "\nLa ministre a promis une nouvelle visite en juin 2024.\n")
        _until(lambda: report.stat().st_mtime_ns != stamp, 600, "new comparison", proc, seen)

        other.write_text("", encoding="utf-8")  # unreadable: an empty article
        error = _until(lambda: _status(base)["error"], 600, "error on the page", proc, seen)
        assert "courrier.md" in error
        assert any(ln.startswith("preview: error:") and "courrier.md" in ln for ln in seen)
        assert urllib.request.urlopen(f"{base}/").status == 200  # still serving

        other.write_text(text, encoding="utf-8")
        _until(lambda: _status(base)["error"] is None, 600, "error cleared", proc, seen)
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        code = proc.wait(timeout=60)
    assert code == 0, "".join(seen[-40:])


class _FakeAnalyser:
    """Stands for the warm analyser: records what it is asked, fails on ``bad`` articles."""

    def __init__(self, bad=()) -> None:
        self.bad, self.calls = set(bad), []

    def analyse(self, path, publication=None) -> None:
        from analysis.errors import ArticleError

        self.calls.append(path.name)
        if path in self.bad:
            raise ArticleError("the article is empty", where=str(path))

    def call(self, fn, *args, **kwargs) -> None:
        self.calls.append(fn.__name__)


def test_compare_plans_the_comparison_and_a_bad_compared_article_spares_the_article(tmp_path):

    from analysis.errors import ParameterError

    fixtures = ROOT / "tests" / "fixtures" / "coverage"
    main, other = tmp_path / "agence.md", tmp_path / "courrier.md"
    shutil.copy(fixtures / "agence-continentale.md", main)
    shutil.copy(fixtures / "courrier-des-andes.md", other)
    with pytest.raises(ParameterError):
        preview.Preview(str(main), compare=[str(main)])
    p = preview.Preview(
        str(main), notebooks=["briefing"], out=tmp_path / "out", compare=[str(other)]
    )
    briefing, comparison = p.compared
    assert briefing.stem == "00_briefing" and comparison.stem == "05_coverage"
    assert other.resolve() in p.inputs  # watched
    tasks, errors = p.plan()
    assert [(t.article.name, t.name) for t in tasks] == [
        ("agence.md", "00_briefing"), ("courrier.md", "00_briefing"),
        ("agence.md", "05_coverage"),
    ] and errors == []  # fmt: skip
    assert tasks[1].meta["siblings"] == ["00_briefing"]  # only what is built for it

    p.analyser = _FakeAnalyser(bad={other.resolve()})
    failures: list[str] = []
    assert p._analyse(tasks, failures) == [tasks[0]]  # the article's own report still runs
    assert "courrier.md" in failures[0] and "load" not in p.analyser.calls
    p.analyser = _FakeAnalyser()
    assert p._analyse(tasks, []) == tasks and p.analyser.calls[-1] == "load"

    other.write_text("", encoding="utf-8")
    tasks, errors = p.plan()
    assert [t.name for t in tasks] == ["00_briefing"] and "courrier.md" in errors[0]
