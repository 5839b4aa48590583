"""Garbage collection for processes that hold millions of long-lived objects.

Python's collector is tuned for small heaps: every 700 net allocations it scans the young
objects, and every few of those scans the older ones, up to all of them. A build's processes
each make a few million long-lived objects as they start (spaCy's model, the knowledge-base
indexes, pandas, matplotlib, papermill), so with the default thresholds the collector walked
them again and again: ~0.65 s of the analysis process's ~5 s of CPU, ~0.15 s of a worker's or a
kernel's start-up. A stream of analyses (``analyze_many``, the corpus workers) makes and drops
each article's Doc, tokens and rows: scanned every 700 allocations, that was ~3 % of the steps'
CPU. Scanned rarely, the same cycles are still collected (everything else is freed by
reference counting as before).

A module of its own, importing nothing: the build's parent sets these before it imports
anything heavy.
"""

from __future__ import annotations

import gc

GC_THRESHOLDS = (50_000, 20, 100)


def collect_rarely() -> None:
    """Set :data:`GC_THRESHOLDS` in this process (a build's child or kernel, a process that
    analyses a stream of articles)."""
    gc.set_threshold(*GC_THRESHOLDS)
