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
    assert preview.changed_kinds(base, {**base, lexicon: 2}) == {"data"}
    assert preview.changed_kinds(base, {**base, code: 2}) == {"code"}
    kb = preview.DATA_DIR / "kb" / "countries.yaml"
    assert preview.changed_kinds(base, {**base, kb: 1}) == {"code"}  # a new file counts
    gone = dict(base)
    del gone[lexicon]
    assert preview.changed_kinds(base, gone) == {"data"}  # so does a removed one


def test_snapshot_sees_files_in_folders_and_skips_bytecode(tmp_path):
    (tmp_path / "pkg" / "__pycache__").mkdir(parents=True)
    (tmp_path / "pkg" / "m.py").write_text("x = 1\n")
    (tmp_path / "pkg" / "__pycache__" / "m.cpython-311.pyc").write_bytes(b"\0")
    single = tmp_path / "a.txt"
    single.write_text("texte")
    seen = preview.snapshot([tmp_path / "pkg", single, tmp_path / "missing"])
    assert set(seen) == {tmp_path / "pkg" / "m.py", single}


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
    result["lexicon"] = edit(lexicon, label)
    result["same_base"] = p.analyser._proc.pid == base and p.analyser._proc.is_alive()
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
    a notebook edit re-runs that report alone; a lexicon edit re-runs the reports in a fresh
    rules child of the SAME model process (not restarted), and the change shows; an edit
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
    assert result["lexicon"] == [["data"], ["00_briefing", "03_context"]]
    assert result["same_base"] is True
    assert result["label_shown"] is True
    assert result["article_newer"] == [["input"], ["00_briefing"]]
    assert result["next_round"] == ["03_context"]
