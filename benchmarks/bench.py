"""`make bench`: how long a user waits, measured on this machine, printed as (a)–(g).

(a) cold full build of the default article with `visit-report build` (every notebook, HTML+PDF)
(b) naive baseline on the same notebooks: sequential `papermill` CLI calls (each notebook
    analysing the article itself), then `jupyter nbconvert` CLI calls per notebook and format
(c) ratio a / b
(d) rebuild with nothing changed
(e) rebuild after changing one parameter of one notebook (which notebooks re-ran)
(f) analysis throughput (words/s) on a generated 100,000-word corpus vs bare `nlp.pipe`
(g) peak memory (RSS of the whole process tree) of the cold build

Timings are printed, never asserted (tests do not time anything). Results are recorded by hand in
BENCHMARKS.md with the machine they were measured on.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from analysis.resources.paths import DEFAULT_ARTICLE

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
ARTICLE = DEFAULT_ARTICLE
SLUG = ARTICLE.stem


def tree_rss_kb(pid: int) -> int:
    """Sum of VmRSS over ``pid`` and all its descendants (from /proc)."""
    total, stack, seen = 0, [pid], set()
    while stack:
        p = stack.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{p}/task").iterdir():
                kids = (task / "children").read_text().split()
                stack.extend(int(k) for k in kids)
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def communicate_sampled(proc: subprocess.Popen) -> tuple[str, str, int]:
    """``proc.communicate()``, sampling the RSS of its process tree every 50 ms: (stdout,
    stderr, peak kB)."""
    peak = 0

    def sample() -> None:
        nonlocal peak
        while proc.poll() is None:
            peak = max(peak, tree_rss_kb(proc.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    sampler.join()
    return out, err, peak


def timed(
    cmd: list[str], env: dict[str, str] | None = None, cwd: Path = ROOT
) -> tuple[float, int, str]:
    """Run ``cmd``; return (seconds, peak tree RSS in kB, stdout)."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    out, err, peak = communicate_sampled(proc)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{err[-2000:]}")
    return seconds, peak, out


def notebooks() -> list[Path]:
    """The notebooks a build of the default (single) article runs: the corpus and comparison
    reports, about several articles, are not part of it."""
    from analysis.report.notebooks import needs

    return sorted(nb for nb in (ROOT / "notebooks").glob("*.ipynb") if not needs(nb))


def bench_builds(work: Path) -> dict[str, object]:
    env = {**os.environ, "VISIT_REPORT_CACHE": str(work / "cache")}
    out = work / "reports"
    build = [str(BIN / "visit-report"), "build", "--out", str(out), "--quiet"]
    a, peak, _ = timed(build, env)

    # (b) the naive way: one papermill CLI call per notebook, each analysing on its own
    naive = work / "naive"
    naive.mkdir()
    b = 0.0
    for nb in notebooks():
        cold = {**os.environ, "VISIT_REPORT_CACHE": str(work / f"cache-{nb.stem}")}
        cmd = [str(BIN / "papermill"), str(nb), str(naive / nb.name), "-p", "article", str(ARTICLE)]
        b += timed(cmd, cold, cwd=nb.parent)[0]
    for nb in notebooks():
        for fmt in ("html", "pdf"):
            cmd = [
                str(BIN / "jupyter"),
                "nbconvert",
                "--to",
                fmt,
                "--no-input",
                str(naive / nb.name),
            ]
            b += timed(cmd, env)[0]

    d, _, d_out = timed(build, env)
    e_cmd = [*build, "-p", "min_mentions=2"]
    e, _, e_out = timed(e_cmd, env)
    return {
        "a": a,
        "b": b,
        "c": a / b,
        "d": d,
        "d_out": d_out.strip().splitlines()[0],
        "e": e,
        "e_out": e_out.strip().splitlines()[0],
        "e_rerun": [ln.split()[-3] for ln in e_out.splitlines() if ln.strip().startswith("ok ")],
        "g": peak / 1024,
    }


def make_corpus(words: int, seed: int = 13) -> list[str]:
    """~``words`` words of French articles recombined from our own test articles' paragraphs."""
    from analysis.document.article import load_article

    paras = []
    for path in sorted((ROOT / "data" / "articles").glob("*.txt")):
        art = load_article(path)
        paras += [p.text for p in art.paragraphs if p.kind in ("lede", "paragraph")]
    rng = random.Random(seed)
    texts, total = [], 0
    while total < words:
        body = rng.sample(paras, k=min(8, len(paras)))
        text = " date 2024-05 " + "\n\n".join(body) + "\n"
        texts.append(text)
        total += len(re.findall(r"\w+", text))
    return texts


def bench_throughput(words: int) -> dict[str, float]:
    """Words per second of the whole analysis (load, parse, every step) against bare
    ``nlp.pipe`` of the same model on the same texts, one process each. Both are warmed up on
    three texts first (model, lexicons and gazetteer loaded), so one-time setup is excluded
    from both."""
    from analysis.document.article import parse_article
    from analysis.document.nlp import load_model
    from analysis.pipeline import analyze_many

    texts = make_corpus(words)
    n_words = sum(len(re.findall(r"\w+", t)) for t in texts)
    nlp = load_model("fr_core_news_md")
    list(nlp.pipe(texts[:3]))  # warm up
    list(analyze_many(parse_article(t, slug=f"warm-{i}") for i, t in enumerate(texts[:3])))
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    bare = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in analyze_many(parse_article(t, slug=f"gen-{i}") for i, t in enumerate(texts)):
        pass
    ours = time.perf_counter() - t0
    return {"words": n_words, "bare_wps": n_words / bare, "ours_wps": n_words / ours}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--words", type=int, default=100_000)
    p.add_argument("--skip-builds", action="store_true")
    args = p.parse_args()
    print(
        f"machine: {platform.node()} · {os.cpu_count()} cores · Python {platform.python_version()}"
    )
    if not args.skip_builds:
        work = Path(tempfile.mkdtemp(prefix="vr-bench-"))
        try:
            r = bench_builds(work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        print(
            f"(a) cold full build (visit-report build, {len(notebooks())} notebooks, html+pdf): "
            f"{r['a']:.1f} s"
        )
        print(f"(b) naive baseline (papermill CLI + nbconvert CLI, sequential): {r['b']:.1f} s")
        print(f"(c) ratio a/b: {r['c']:.2f}  (target <= 0.4)")
        print(f"(d) rebuild, nothing changed: {r['d']:.2f} s  [{r['d_out']}]  (target <= 1 s)")
        print(
            f"(e) rebuild after -p min_mentions=2: {r['e']:.1f} s  [{r['e_out']}]; "
            f"re-ran: {r['e_rerun']}"
        )
        print(
            f"(g) peak RSS of the cold build (process tree): {r['g']:.0f} MB  (target <= 1536 MB)"
        )
    t = bench_throughput(args.words)
    ratio = t["ours_wps"] / t["bare_wps"]
    print(
        f"(f) throughput on {t['words']} words: analysis {t['ours_wps']:.0f} w/s, "
        f"bare nlp.pipe {t['bare_wps']:.0f} w/s, ratio {ratio:.2f}  (target >= 0.8)"
    )


if __name__ == "__main__":
    main()
