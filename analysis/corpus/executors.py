"""Corpus mode, executors: where batches run (in this process, a local process pool, a Dask
cluster) and the bounded stream of their results.
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures as cf
import contextlib
import logging
import multiprocessing
import os
import time
from collections.abc import Callable, Iterator

from analysis.corpus.batch import BatchResult, Item, analyze_batch, error_row, init_worker
from analysis.errors import SetupError, VisitReportError

SCHEDULER_LOST_AFTER = 10.0  # seconds without a scheduler before a Dask run gives up

# --------------------------------------------------------------------------------------------
# Executors: inline, local process pool, Dask


class _Inline:
    """Runs batches in this process (one worker, or a corpus of one batch: no start-up cost)."""

    name = "inline"
    workers = 1

    def __init__(self, model: str) -> None:
        self.model = model

    def submit(self, fn: Callable, *args: object) -> cf.Future:
        future: cf.Future = cf.Future()
        try:
            future.set_result(fn(*args))
        except Exception as exc:  # noqa: BLE001 - delivered through the future
            future.set_exception(exc)
        return future

    def result(self, future: cf.Future) -> BatchResult:
        return future.result()

    def recover(self) -> None:
        pass

    def close(self, cancel: bool = False) -> None:
        pass


class _Pool:
    """A local process pool; each worker loads the model once (initializer)."""

    name = "local"

    def __init__(self, model: str, workers: int) -> None:
        self.model = model
        self.workers = workers
        self._pool = self._start()

    def _start(self) -> cf.ProcessPoolExecutor:
        return cf.ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=init_worker,
            initargs=(self.model, True),  # workers die with this process, even on kill -9
        )

    def submit(self, fn: Callable, *args: object) -> cf.Future:
        return self._pool.submit(fn, *args)

    def result(self, future: cf.Future) -> BatchResult:
        return future.result()

    def recover(self) -> None:
        """A worker died (segfault, out of memory): start a fresh pool."""
        if getattr(self._pool, "_broken", False):
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._start()

    def close(self, cancel: bool = False) -> None:
        if cancel:
            for proc in list(getattr(self._pool, "_processes", {}).values()):
                proc.terminate()
        self._pool.shutdown(wait=True, cancel_futures=True)


class _Dask:
    """A Dask cluster: an existing one (``address``) or a LocalCluster started here."""

    def __init__(self, model: str, address: str | None, workers: int) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - installed with the package
            raise SetupError(
                "dask.distributed is not installed",
                where="--scheduler",
                fix="run `.venv/bin/pip install 'dask[distributed]'`",
            ) from exc
        self.model = model
        self.cluster = None
        if address:
            try:
                self.client = Client(address, timeout="20s")
            except (OSError, TimeoutError) as exc:
                raise SetupError(
                    f"cannot reach the Dask scheduler ({exc.__class__.__name__})",
                    where=address,
                    fix="check the address (tcp://HOST:8786) and that the scheduler runs, or "
                    "give --scheduler without an address for a local cluster",
                ) from None
            self.name = f"dask {address}"
        else:
            self.cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            self.client = Client(self.cluster)
            self.name = "dask LocalCluster"
        self.address = address or "the local Dask cluster"
        # A lost scheduler is reported once, clearly, by result(): not as the tracebacks the
        # client logs while it tries to reconnect.
        self._quiet = _silence("distributed")
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)
        # every worker loads the model once, up front; the workers of a cluster started here
        # die with this process
        self.client.run(init_worker, model, self.cluster is not None)

    def submit(self, fn: Callable, *args: object):
        try:
            return self.client.submit(fn, *args, pure=False)
        except Exception:
            if self.client.status != "running":  # the client gave up on a lost scheduler
                raise self._lost() from None
            raise

    def _lost(self) -> SetupError:
        return SetupError(
            "the Dask scheduler was lost in the middle of the run",
            where=self.address,
            fix="restart the scheduler (and its workers) and run the same command again: the "
            "batches already finished are kept in the output folder and reused",
        )

    def result(self, future) -> BatchResult:
        """``future``'s result; a :class:`SetupError` once the scheduler has been unreachable
        for :data:`SCHEDULER_LOST_AFTER` seconds (the client would otherwise wait for it to
        come back, forever, without a word)."""
        lost_since = None
        while True:
            try:
                return future.result(timeout=1)
            except TimeoutError:
                pass
            except (Exception, asyncio.CancelledError) as exc:
                if self.client.status == "running":  # the batch failed, not the cluster
                    raise RuntimeError(f"the Dask cluster lost the batch ({exc!r})") from exc
                time.sleep(1)  # the link dropped: its futures fail at once, wait for it
            if self.client.status == "running":
                lost_since = None
                continue
            lost_since = lost_since or time.monotonic()
            if time.monotonic() - lost_since > SCHEDULER_LOST_AFTER:
                raise self._lost()

    def recover(self) -> None:
        pass

    def close(self, cancel: bool = False) -> None:
        with contextlib.suppress(Exception):  # a lost scheduler must not hang the exit
            self.client.close(timeout=5)
        if self.cluster is not None:
            with contextlib.suppress(Exception):
                self.cluster.close(timeout=10)
        for name, level in self._quiet.items():
            logging.getLogger(name).setLevel(level)


def _silence(package: str) -> dict[str, int]:
    """Sets every logger of ``package`` (the parent and each child configured with its own
    level: ``distributed.batched`` logs a traceback at INFO when the scheduler goes away) to
    CRITICAL; returns their former levels for :meth:`_Dask.close` to restore."""
    names = [package] + [
        name for name in logging.root.manager.loggerDict if name.startswith(package + ".")
    ]
    former = {name: logging.getLogger(name).level for name in names}
    for name in names:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    return former


def make_executor(model: str, jobs: int | None, scheduler: str | None, n_batches: int):
    cores = os.cpu_count() or 1
    if scheduler:
        address = None if scheduler == "local" else scheduler
        return _Dask(model, address, max(1, jobs or cores))
    workers = max(1, min(jobs or cores, n_batches))
    return _Inline(model) if workers == 1 else _Pool(model, workers)


def stream(executor, batches: Iterator[list[Item]], args: tuple, store=None):
    """Results in submission order, with at most ``2 × workers`` batches in flight.

    A batch whose worker died (segfault, out of memory) is retried article by article, one at a
    time, so that the article responsible is the only one reported. ``store`` (a
    :class:`~analysis.corpus.partial.BatchStore`): batches finished by an earlier, interrupted
    run are taken from it instead of being analysed again, and each batch finished now is
    added to it.
    """
    window = max(2, 2 * executor.workers)
    inflight: collections.deque = collections.deque()
    retry: collections.deque = collections.deque()
    exhausted = False
    while True:
        if retry and not inflight:
            batch = retry.popleft()
            inflight.append((batch, True, executor.submit(analyze_batch, batch, *args)))
        while not retry and not exhausted and len(inflight) < window:
            batch = next(batches, None)
            if batch is None:
                exhausted = True
                break
            inflight.append((batch, False, _submit(executor, batch, args, store)))
        if not inflight:
            return
        batch, single, future = inflight.popleft()
        try:
            result = executor.result(future)
        except VisitReportError:  # the executor itself is gone (a lost Dask scheduler)
            raise
        except Exception as exc:  # noqa: BLE001 - the worker, not the article, failed
            executor.recover()
            if single:
                yield BatchResult({}, [], [error_row(batch[0][0], batch[0][1], "worker", exc)])
            else:
                retry.extend([item] for item in batch)
            continue
        if store is not None and not single and not getattr(future, "reused", False):
            store.put(batch, result)
        yield result


def _submit(executor, batch: list[Item], args: tuple, store) -> cf.Future:
    """Submit ``batch``, or a finished future holding its result from ``store``."""
    cached = store.get(batch) if store is not None else None
    if cached is None:
        return executor.submit(analyze_batch, batch, *args)
    future: cf.Future = cf.Future()
    future.set_result(cached)
    future.reused = True  # type: ignore[attr-defined]
    return future
