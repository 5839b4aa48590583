"""Corpus mode, resuming: the finished batches of a run, kept until the run completes.

A corpus run of thousands of articles takes hours; a ``kill -9``, a reboot or a lost Dask
scheduler must not cost the batches already analysed. Each batch a worker finishes is stored
in ``<out>/.partial/`` under a key made of its content (article ids, paths and bytes), the
model, the publication override, the steps and the library's fingerprint; the same command run
again finds the batches it already did and only analyses the others. The folder is removed
when a run completes. Entries are signed pickles (:func:`analysis.resources.io.read_pickle`):
a damaged or foreign one is analysed again, never unpickled unchecked.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Sequence
from pathlib import Path

from analysis.corpus.batch import BatchResult, Item
from analysis.resources.io import read_pickle, warn_dropped, write_pickle

PARTIAL = ".partial"


class BatchStore:
    """Finished batches of an output folder, by content hash (see the module docstring)."""

    def __init__(
        self,
        out_dir: Path,
        model: str,
        publication: str | None,
        steps: Sequence[str] | None,
    ) -> None:
        from analysis.pipeline.bundle import library_fingerprint

        self.folder = out_dir / PARTIAL
        steps_key = ",".join(steps) if steps is not None else "*"
        self.context = f"{model}|{publication or ''}|{steps_key}|{library_fingerprint()}"
        self.reused = 0  # batches read back from an earlier, interrupted run
        self.stored = 0  # batches analysed by this run

    def key(self, batch: Sequence[Item]) -> str:
        h = hashlib.sha256(self.context.encode())
        for article_id, path, raw in batch:
            h.update(f"\0{article_id}\0{path}\0{len(raw)}\0".encode())
            h.update(raw)
        return h.hexdigest()[:32]

    def get(self, batch: Sequence[Item]) -> BatchResult | None:
        """The result of ``batch`` from an earlier run, if it finished then."""
        path = self.folder / f"{self.key(batch)}.pkl"
        if not path.is_file():
            return None
        try:
            result = read_pickle(path)
            if not isinstance(result, BatchResult):
                raise TypeError(f"it holds a {type(result).__name__}")
        except Exception as exc:  # noqa: BLE001 - a damaged entry: analyse the batch again
            path.unlink(missing_ok=True)
            warn_dropped("corpus batch", path, exc)
            return None
        self.reused += 1
        return result

    def put(self, batch: Sequence[Item], result: BatchResult) -> None:
        """Keep a finished batch (never fatal: the store only saves time)."""
        self.stored += 1
        try:
            write_pickle(self.folder / f"{self.key(batch)}.pkl", result)
        except OSError:
            pass

    def clear(self) -> None:
        """The run completed: its tables hold every batch, the store is no longer needed."""
        shutil.rmtree(self.folder, ignore_errors=True)
