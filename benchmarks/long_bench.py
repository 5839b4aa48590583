"""`make bench`, (j): the analysis of one very long article, in seconds per 100,000 words.

A long text must cost time linear in its length (a 1 MB single-line file used to spend minutes
splitting sentences, then fail in spaCy). The article is the worst case for splitting: French
paragraphs of our own test articles recombined and joined into ONE line, at 10,000, 100,000
and 1,000,000 words. Each size runs in a fresh process (the model is loaded and warmed up
first, not timed): reading and splitting the text, the spaCy parse, the extraction steps, and
the process's peak RSS. A flat "s / 100k words" column means linear cost.

Timings are printed, never asserted (tests do not time anything). Results are recorded by hand in
BENCHMARKS.md with the machine they were measured on.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (10_000, 100_000, 1_000_000)


def one_line_article(words: int) -> str:
    """~``words`` words of French on a single line (see :func:`bench.make_corpus`)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench import make_corpus

    texts = make_corpus(words)
    body = " ".join(" ".join(t.split()) for t in texts)
    return "Un article sur une seule ligne\n\n" + body.replace(" date 2024-05 ", " ") + "\n"


def measure(words: int) -> dict[str, float]:
    """Analyse one ``words``-word single-line article in this process; the timings."""
    from analysis.document.article import parse_article
    from analysis.document.nlp import load_model, parse
    from analysis.pipeline import analyze

    text = one_line_article(words)
    load_model()
    analyze(parse_article(one_line_article(300), slug="warm", publication="2024-05-01"))
    t0 = time.perf_counter()
    art = parse_article(text, slug="long", publication="2024-05-01")
    t1 = time.perf_counter()
    doc = parse(art)
    t2 = time.perf_counter()
    analyze(art, doc=doc)
    t3 = time.perf_counter()
    n = art.n_words
    return {
        "words": n,
        "chars": len(text),
        "split": t1 - t0,
        "parse": t2 - t1,
        "steps": t3 - t2,
        "total": t3 - t0,
        "per_100k": (t3 - t0) * 100_000 / n,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--sizes", type=int, nargs="*", default=list(SIZES), help="words")
    p.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)  # child process
    args = p.parse_args()
    if args.one:
        print(json.dumps(measure(args.one)))
        return
    print(
        f"machine: {platform.node()} · {os.cpu_count()} cores · Python {platform.python_version()}"
    )
    print("(j) one single-line article, analysed whole (split, spaCy, steps):")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for size in args.sizes:
        proc = subprocess.run(
            [sys.executable, __file__, "--one", str(size)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
        )
        if proc.returncode:
            print(f"    {size:>9,} words: failed\n{proc.stderr[-2000:]}")
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        print(
            f"    {r['words']:>9,} words ({r['chars'] / 1e6:.1f} MB): {r['total']:7.1f} s = "
            f"split {r['split']:.2f} + spaCy {r['parse']:.1f} + steps {r['steps']:.1f}; "
            f"{r['per_100k']:.1f} s / 100k words; peak RSS {r['rss_mb']:.0f} MB"
        )


if __name__ == "__main__":
    main()
