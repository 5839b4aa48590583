"""A very long article (200,000 words): bounded memory, visible progress, a finished build."""

from __future__ import annotations

import os
import random
import re
import resource
import subprocess
import sys

import pytest

from analysis.document.article import load_article
from analysis.report.evidence import anchor
from analysis.resources.paths import ARTICLES_DIR, ROOT

pytestmark = pytest.mark.slow  # a build of a 200,000-word article

WORDS = 200_000
MAX_RSS_MB = 2500  # one process of the build (spaCy model + tables of 200,000 words)


@pytest.fixture(scope="module")
def long_article(tmp_path_factory):
    """200,000 words recombined from the paragraphs of our own articles, with headings."""
    paras = []
    for path in sorted(ARTICLES_DIR.glob("*.txt")):
        paras += [p.text for p in load_article(path).paragraphs if p.kind in ("lede", "paragraph")]
    rng = random.Random(7)
    blocks, count = [paras[0]], 0
    while count < WORDS:
        para = rng.choice(paras)
        blocks.append(para)
        count += len(re.findall(r"\w+", para))
        if rng.random() < 0.04:
            blocks.append(f"Partie {len(blocks)}")
    path = tmp_path_factory.mktemp("long") / "long.txt"
    path.write_text(" date 2024-05 " + "\n\n".join(blocks) + "\n", encoding="utf-8")
    return path


def test_every_notebook_builds_on_a_long_article_with_bounded_memory_and_progress(
    long_article, tmp_path
):
    """Every report, not only the briefing (a 45-paragraph article once crashed 03_context
    while the briefing built). HTML only: the PDFs of 200,000 words would take most of an
    hour on two cores, and they render the same figures and tables as the HTML."""
    notebooks = sorted(p.stem for p in (ROOT / "notebooks").glob("[0-9]*.ipynb"))
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run(
        [sys.executable, "-m", "analysis", "build", str(long_article), "--out", str(tmp_path)]
        + ["--notebooks", ",".join(notebooks), "--formats", "html"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=3600,
        # a cache of its own: a cached bundle would skip the parse whose progress is checked
        env={**os.environ, "VISIT_REPORT_CACHE": str(tmp_path.with_name(tmp_path.name + "-cache"))},
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "spaCy" in proc.stderr and "paragraph" in proc.stderr  # progress of the parse
    built = {p.stem for p in tmp_path.rglob("*.html")}  # a corpus report has its own folder
    assert built >= set(notebooks), f"missing: {set(notebooks) - built}"
    peak_mb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    assert peak_mb < MAX_RSS_MB, f"peak RSS {peak_mb:.0f} MB"
    html = (tmp_path / "long" / "00_briefing.html").read_text(encoding="utf-8")
    last = len(load_article(long_article).sentences) - 1
    assert f"id='{anchor(last)}'" in html or f'id="{anchor(last)}"' in html  # the whole article
