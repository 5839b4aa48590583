"""Long and odd inputs: a very long single line, folders and broken links named like articles,
a model name that is a module path, a failed notebook cut short by a full disk."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus import analyze_corpus, iter_article_paths
from analysis.document import nlp
from analysis.document.article import parse_article
from analysis.errors import ParameterError
from analysis.resources.paths import ROOT

SENTENCE = "Le ministre Paul Verlaine a reçu à Lisbonne la délégation de la Norvège le 3 mai. "


@pytest.fixture
def odd_dir(tmp_path) -> Path:
    """A folder named like an article, a link to itself, a link to nothing."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "dossier.txt").mkdir()
    os.symlink("boucle.txt", folder / "boucle.txt")
    os.symlink("absent.txt", folder / "perdu.txt")
    return folder


def test_folders_and_broken_links_named_like_articles_are_reported(odd_dir, tmp_path):
    paths = iter_article_paths(odd_dir)  # was: none of them, silently
    assert sorted(p.name for p in paths) == ["boucle.txt", "dossier.txt", "perdu.txt"]
    explicit = iter_article_paths([str(p) for p in paths])  # as a shell expands *.txt
    assert sorted(p.name for p in explicit) == ["boucle.txt", "dossier.txt", "perdu.txt"]
    seen = []
    summary = analyze_corpus(paths, tmp_path / "out", fmt="csv", jobs=1, on_error=seen.append)
    assert summary.articles == 0 and summary.failed == 3 and len(seen) == 3
    errors = pd.read_csv(tmp_path / "out" / "errors.csv")
    reasons = dict(zip(errors["path"].map(lambda p: Path(p).name), errors["reason"], strict=True))
    assert "directory" in reasons["dossier.txt"]
    assert "loop" in reasons["boucle.txt"]
    assert "dangling" in reasons["perdu.txt"]
    assert set(errors["stage"]) == {"read"}


def test_a_model_name_is_never_imported():
    sys.modules.pop("this", None)
    for name in ("this.x", "os", "fr_core_news_md.evil", "../fr_core_news_md"):
        with pytest.raises(ParameterError, match="unknown spaCy model"):
            nlp.check_model(name)
    assert "this" not in sys.modules, "checking the name imported a module"


@pytest.mark.parametrize(
    "command",
    [["analyze", "data/articles", "--model", "this.x"], ["build", "-p", "model=this.x"]],
    ids=["analyze", "build"],
)
def test_a_module_path_as_model_is_a_parameter_error(command, tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "analysis", *command, "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "unknown spaCy model 'this.x'" in proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    assert "Beautiful is better than ugly" not in proc.stdout  # `this` was not imported


def test_a_long_single_line_is_parsed_in_chunks_with_offsets(monkeypatch):
    model = nlp.load_model()
    monkeypatch.setattr(model, "max_length", 3 * nlp.MAX_CHUNK)  # was: spaCy's raw E088
    body = SENTENCE * (5 * nlp.MAX_CHUNK // len(SENTENCE))  # one paragraph, one line
    run_on = " ".join(["mot"] * (nlp.MAX_CHUNK // 2))  # a "sentence" without punctuation
    blob = "x" * (nlp.MAX_CHUNK + 500)  # not even a space
    article = parse_article(
        f"Titre\n\n{body}\n\n{run_on}\n\n{blob}", publication="2023-06-14", check_language=False
    )
    chunks = list(nlp._chunks(article))
    assert chunks[0][0] == 0 and chunks[-1][1] == len(article.text)
    assert all(a == prev_b for (_, prev_b), (a, _) in zip(chunks, chunks[1:], strict=False))
    assert max(b - a for a, b in chunks) <= nlp.MAX_CHUNK
    starts = {s.start for s in article.sentences}
    inside_body = [a for a, _ in chunks if article.text.find(body.strip()) < a < len(body)]
    assert inside_body and all(a in starts for a in inside_body), "cut at sentence starts"
    doc = nlp.parse(article)
    assert doc.text == article.nlp_text
    for sent in article.sentences[:5] + article.sentences[-5:]:
        span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
        assert span is not None and span.text.startswith(sent.text[:10])


def _failed_task(tmp_path: Path, content: bytes):
    from analysis.report.tasks import Outcome, Task

    out = tmp_path / "reports" / "art"
    out.mkdir(parents=True)
    staging = tmp_path / "staging"
    staging.mkdir()
    executed = staging / "01_actors.ipynb"
    executed.write_bytes(content)
    task = Task(Path("a.txt"), "art", Path("01_actors.ipynb"), {}, ("html",), out, {})
    return Outcome(task, ok=False, message="failed", files=[executed])


def test_a_notebook_cut_short_by_a_full_disk_is_not_kept(tmp_path):
    from analysis.report.tasks import commit_locked

    whole = json.dumps({"cells": [], "nbformat": 4, "nbformat_minor": 5, "metadata": {}})
    outcome = _failed_task(tmp_path, whole.encode()[:30])  # papermill stopped mid-write
    commit_locked(outcome)
    kept = outcome.task.out_dir / "failed" / "01_actors.ipynb"
    assert not kept.exists(), "a truncated notebook was kept"
    assert "incomplete" in outcome.message

    outcome = _failed_task(tmp_path / "2", whole.encode())
    commit_locked(outcome)
    kept = outcome.task.out_dir / "failed" / "01_actors.ipynb"
    assert json.loads(kept.read_text()) == json.loads(whole)
