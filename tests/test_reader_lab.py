"""Evidence links inside a running JupyterLab (slow: a Lab server, Chromium, the shared build).

An executed report notebook is opened in JupyterLab twice: untrusted (as a colleague's
notebook is: Lab's sanitizer renames every ``id`` to ``data-jupyter-id``) and trusted
(``jupyter trust``: outputs are shown as they are). In both, a click on a finding's
``#phrase-N`` link must bring sentence N into the notebook's view.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.helpers import chromium

pytestmark = pytest.mark.slow

TOKEN = "visit-report-test"
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"
# The sentence's position in the window, found by either attribute (sanitized or not).
WHERE = f"""(name) => {{
  const panel = document.querySelector('{PANEL}');
  const s = panel.querySelector(`[id="${{name}}"], [data-jupyter-id="${{name}}"]`);
  return s && {{top: s.getBoundingClientRect().top, height: innerHeight,
               id: s.getAttribute('id'), data: s.getAttribute('data-jupyter-id')}};
}}"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_server(url: str, proc: subprocess.Popen, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, "jupyter lab ended before serving"
        try:
            urllib.request.urlopen(url, timeout=5)
            return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(url)


def _lab(root: Path, env: dict, port: int) -> subprocess.Popen:
    jupyter = Path(sys.executable).parent / "jupyter"
    cmd = [
        str(jupyter),
        "lab",
        "--no-browser",
        "--allow-root",
        f"--port={port}",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.token={TOKEN}",
        f"--ServerApp.root_dir={root}",
        f"--LabApp.workspaces_dir={root.parent / 'workspaces'}",
    ]
    return subprocess.Popen(
        cmd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # the server and its kernels end together
    )


def _in_view(where: dict | None) -> bool:
    return where is not None and 0 <= where["top"] < where["height"]


def _click_a_finding(page, base: str, name: str, clicks: int = 1) -> tuple[dict | None, dict]:
    """Open ``name``, click its first finding (near the top; the article is at the end) and
    return where its sentence was before and after the click (after up to ``clicks``
    clicks, each given 20 s to bring the sentence into view)."""
    page.goto(f"{base}/lab/tree/{name}?reset&token={TOKEN}")
    page.wait_for_selector(f"{PANEL} .vr-sentence", state="attached", timeout=180_000)
    page.wait_for_load_state("networkidle")  # the notebook's figures fetched and drawn
    link = page.locator(f"{PANEL} .jp-OutputArea-output a[href^='#phrase-']:not(.vr-num)").first
    target = link.get_attribute("href")[1:]
    link.scroll_into_view_if_needed()
    before = page.evaluate(WHERE, target)
    for attempt in range(clicks):
        link.click()
        try:
            page.wait_for_function(
                f"(n) => {{ const r = ({WHERE})(n); return r && r.top >= 0 && r.top < r.height; }}",
                arg=target,
                timeout=20_000,
            )
            break
        except PlaywrightTimeout:
            if attempt + 1 == clicks:
                raise
            link.scroll_into_view_if_needed()
    return before, page.evaluate(WHERE, target)


def test_evidence_links_work_in_jupyterlab_trusted_or_not(default_build, tmp_path):
    root = tmp_path / "lab"
    root.mkdir()
    nb = nbformat.read(default_build.slug_dir / "01_actors.ipynb", as_version=4)
    nbformat.write(nb, root / "untrusted.ipynb")
    nb.metadata["visit_report_copy"] = "trusted"  # other content: its own signature
    nbformat.write(nb, root / "trusted.ipynb")
    env = {
        **os.environ,
        "JUPYTER_DATA_DIR": str(tmp_path / "data"),  # a signature database of its own
        "JUPYTER_CONFIG_DIR": str(tmp_path / "config"),
        "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"),
    }
    jupyter = Path(sys.executable).parent / "jupyter"
    subprocess.run([str(jupyter), "trust", str(root / "trusted.ipynb")], env=env, check=True)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    proc = _lab(root, env, port)
    try:
        _wait_for_server(f"{base}/api/status?token={TOKEN}", proc)
        with chromium() as browser:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            # Lab's own handler (untrusted) may land short too on a loaded machine (CI, 2
            # cores, the suite beside it: cells above still being drawn move the sentence
            # after the jump; seen once in CI on 8567fb3): a second click is allowed on both paths.
            before, after = _click_a_finding(page, base, "untrusted.ipynb", clicks=2)
            assert after["id"] is None and after["data"], after  # what Lab's sanitizer does
            assert not _in_view(before), before  # the click brought it into view
            # Trusted, the id stays and the browser itself jumps to it; Lab's default
            # windowing ("contentVisibility") only estimates the height of cells off screen,
            # so the first jump can land short of a sentence far down until those cells have
            # been drawn once; a second click then lands (seen with JupyterLab 4.6).
            before, after = _click_a_finding(page, base, "trusted.ipynb", clicks=2)
            assert after["id"], after
            assert not _in_view(before), before
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    shutil.rmtree(root, ignore_errors=True)
