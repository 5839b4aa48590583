"""One cache for the project's data files (``data/lexicons/``, ``data/kb/``) and for everything
derived from them, which knows what each derived value was made from.

Why: the rules turn lexicons into sets, indexes and compiled patterns once per process, and a
long-lived process (the live preview's warm analyser) must see a lexicon edit without
re-importing the rules or reloading the model. So every data file is read here, and every
value computed from data files is cached here with the files it was made from:

* :func:`read_yaml` — a data file, parsed once per process (or loaded from the pickle an
  earlier process left of the same content) and kept with its stamp (path, ``mtime_ns``,
  size);
* :func:`depend` — a file read by other means (hashed by :func:`analysis.resources.kbcache.
  load_or_build`, say) that the value being computed depends on;
* :func:`derived` — a decorator, like :func:`functools.cache`: the function's results are
  cached per arguments, each with the set of data files that were read (directly, or through
  other derived functions) while it was computed;
* :func:`drop_stale` — the files whose stamp changed since they were read, forgotten together
  with exactly the derived values made from them (the next call recomputes those, and only
  those). The warm analyser calls it before each analysis after an edit.

A table that rule modules import by name (``from ...words import DE``) cannot be re-bound
after an edit; :func:`tables` fills such module-level tables from a function and refills the
same objects in place when its files change. A derived value must not be cached anywhere else
(:func:`functools.cache` on a function that reads a lexicon would keep the old one):
``tests/test_datacache.py`` checks that no other cache sits between a data file and the
rules.
"""

from __future__ import annotations

import functools
import hashlib
import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import yaml

from analysis.errors import SetupError
from analysis.resources.io import pickled
from analysis.resources.paths import cache_dir

F = TypeVar("F", bound=Callable[..., Any])
Stamp = tuple[int, int]

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_KWARGS = object()  # separates positional from keyword arguments in a cache key

_stamps: dict[Path, Stamp | None] = {}  # every file read or depended on, as it was then
_parsed: dict[Path, object] = {}  # read_yaml's results
_functions: list[_Derived] = []  # every derived function, to drop entries from
_refills: list[tuple[Callable[[], dict[str, object]], dict[str, object], set[Path]]] = []
_local = threading.local()  # .frames: the dependency sets of the computations in progress


def safe_load(stream: str | bytes | object) -> object:
    """``yaml.safe_load`` through libyaml's C loader when available (same results, ~10x
    faster). For YAML that is not a data file (an article's front matter)."""
    return yaml.load(stream, Loader=_LOADER)  # noqa: S506 - a safe loader


def read_yaml(path: str | os.PathLike[str]) -> Any:
    """The parsed content of the YAML file ``path``, read once per process (until it changes:
    :func:`drop_stale`). The caller must not modify it."""
    key = Path(path).absolute()
    depend(key)
    if key not in _parsed:
        try:
            _parsed[key] = _parsed_file(key)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise SetupError(
                f"the data file does not parse as YAML ({getattr(exc, 'problem', exc)})",
                where=f"{key}:{mark.line + 1}" if mark is not None else str(key),
                fix="correct the YAML (indentation, colons, quotes) and save the file again",
            ) from None
    return _parsed[key]


def _parsed_file(key: Path) -> object:
    """``key`` parsed, or the pickle an earlier process left of the same content. Why: PyYAML
    resolves every plain scalar in Python even with the C loader, and the lexicons and the
    knowledge base hold some 50,000 of them: about 0.2 s of CPU in every process that analyses
    an article (the build's first report waits for it), where their pickles load in under
    0.01 s. The pickle is named after the file's path and content, so an edited file is
    parsed again; a corrupt, unsigned or unwritable cache only costs the parse."""
    data = key.read_bytes()
    name = f"{key.stem}-{hashlib.sha1(str(key).encode()).hexdigest()[:8]}"
    pkl = cache_dir() / "yaml" / f"{name}-{hashlib.sha1(data).hexdigest()[:16]}.pkl"
    return pickled(pkl, lambda: safe_load(data), "parsed data file")


def read_split_yaml(directory: str | os.PathLike[str], name: str) -> dict:
    """``<directory>/<name>.yaml`` with the files it is ``continued_in`` merged in (a list key
    is the union of its parts, a mapping key their update). Why: a lexicon or a knowledge-base
    file kept under 800 lines per file still reads as one, through one reader, so no rule can
    read half of it."""
    folder = Path(directory)
    main = read_yaml(folder / f"{name}.yaml") or {}
    parts = main.get("continued_in") or []
    if not parts:
        return main
    merged = {k: v for k, v in main.items() if k != "continued_in"}
    for part in parts:
        for key, value in (read_yaml(folder / f"{part}.yaml") or {}).items():
            merged[key] = _merge_entry(merged.get(key), value, folder / f"{part}.yaml", key)
    return merged


def split_files(directory: str | os.PathLike[str], name: str) -> list[Path]:
    """``<directory>/<name>.yaml`` and the files it is ``continued_in``: what a cache built
    from the split file must be keyed on (an edit of any part rebuilds it)."""
    folder = Path(directory)
    main = read_yaml(folder / f"{name}.yaml") or {}
    return [folder / f"{part}.yaml" for part in [name, *(main.get("continued_in") or [])]]


def _merge_entry(old: object, new: object, path: Path, key: str) -> object:
    """One key of a file continued in another: lists joined, mappings updated."""
    if old is None:
        return new
    if isinstance(old, dict) and isinstance(new, dict):
        return {**old, **new}
    if isinstance(old, list) and isinstance(new, list):
        return [*old, *new]
    raise SetupError(
        f"the key {key!r} continues a {type(old).__name__} with a {type(new).__name__}",
        where=str(path),
        fix="write the key with the same kind of value (a list or a mapping) in every part",
    )


def depend(path: str | os.PathLike[str]) -> None:
    """Record that the value being computed (by a :func:`derived` function) depends on the file
    ``path``; its stamp is kept from the first time, so a later edit is seen."""
    key = Path(path).absolute()
    if key not in _stamps:
        _stamps[key] = _stamp(key)
    _note((key,))


def derived(fn: F) -> F:
    """Cache ``fn``'s results per arguments (hashable, as for :func:`functools.cache`) together
    with the data files they were computed from; :func:`drop_stale` drops them when one of
    those files changes. ``fn.cache_clear()`` forgets every result.

    The cached function is a plain closure, not an object with ``__call__``: the rules ask
    for their lexicons ~100,000 times per 100,000 words, and a call through an instance's
    ``__call__`` cost three times a function call (measured: 1.3 µs against 0.4 µs)."""
    entry = _Derived(fn)
    _functions.append(entry)
    results, local = entry.results, _local

    @functools.wraps(fn)
    def cached(*args: Any, **kwargs: Any) -> Any:
        key = (*args, _KWARGS, *sorted(kwargs.items())) if kwargs else args
        try:
            value, files = results[key]
        except KeyError:
            value, files = results[key] = _compute(fn, args, kwargs)
        frames = getattr(local, "frames", None)
        if frames:  # the caller, if derived itself, depends on the same files
            frames[-1].update(files)
        return value

    cached.cache_clear = entry.cache_clear  # type: ignore[attr-defined]
    return cached  # type: ignore[return-value]


class _Derived:
    """A derived function's cache: ``results[key] = (value, files it was made from)``."""

    def __init__(self, fn: Callable[..., Any]) -> None:
        self.fn = fn
        self.results: dict[tuple, tuple[Any, frozenset[Path]]] = {}

    def cache_clear(self) -> None:
        self.results.clear()


def tables(namespace: dict[str, object], build: Callable[[], dict[str, object]]) -> None:
    """Fill ``namespace`` (a module's ``globals()``) with the tables ``build()`` returns (name
    -> set, dict or list), and refill the SAME objects in place whenever a file ``build`` read
    changes, so modules that imported a table by name see the edit. ``build`` returns mutable
    containers: ``set``, ``dict``, ``list``."""
    frames = _frames()
    frames.append(set())
    try:
        values = build()
    finally:
        files = frames.pop()
    namespace.update(values)
    _refills.append((build, namespace, files))


def drop_stale() -> set[Path]:
    """Forget the data files changed (or removed) since they were read, and exactly the
    derived values made from them; refill the module tables (:func:`tables`) that read them.
    Returns the changed files (empty: nothing was forgotten). A file that no longer parses
    raises here (from a table's refill) or at the next call that reads it; once it is saved
    again, the next call reads it again."""
    changed = {path for path, stamp in list(_stamps.items()) if _stamp(path) != stamp}
    invalidate(changed)
    return changed


def invalidate(paths: Iterable[str | os.PathLike[str]]) -> None:
    """Forget the files ``paths`` and every derived value made from one of them."""
    gone = {Path(p).absolute() for p in paths}
    if not gone:
        return
    for path in gone:
        _stamps.pop(path, None)
        _parsed.pop(path, None)
    for fn in _functions:
        for key in [k for k, (_, files) in fn.results.items() if files & gone]:
            del fn.results[key]
    failure: Exception | None = None
    for i, (build, namespace, files) in enumerate(_refills):
        if files & gone:
            try:
                _refills[i] = (build, namespace, _refill(build, namespace))
            except Exception as exc:  # noqa: BLE001 - a bad edit: the others still refill
                failure = failure or exc  # the tables stay as they were until it is fixed
    if failure is not None:
        raise failure


def clear() -> None:
    """Forget every file and every derived value (tests)."""
    invalidate(list(_stamps))


def cached_files() -> set[Path]:
    """The data files read (or depended on) by this process so far."""
    return set(_stamps)


def _refill(build: Callable[[], dict[str, object]], namespace: dict[str, object]) -> set[Path]:
    frames = _frames()
    frames.append(set())
    try:
        values = build()
    finally:
        files = frames.pop()
    for name, value in values.items():
        table = namespace[name]
        if isinstance(table, list):
            table[:] = value
        else:  # set or dict
            table.clear()  # type: ignore[attr-defined]
            table.update(value)  # type: ignore[attr-defined]
    return files


def _compute(fn: Callable[..., Any], args: tuple, kwargs: dict) -> tuple[Any, frozenset[Path]]:
    frames = _frames()
    frames.append(set())
    try:
        value = fn(*args, **kwargs)
    finally:
        files = frames.pop()
    return value, frozenset(files)


def _note(files: Iterable[Path]) -> None:
    frames = getattr(_local, "frames", None)
    if frames:
        frames[-1].update(files)


def _frames() -> list[set[Path]]:
    frames = getattr(_local, "frames", None)
    if frames is None:
        frames = _local.frames = []
    return frames


def _stamp(path: Path) -> Stamp | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


__all__ = [
    "cached_files",
    "clear",
    "depend",
    "derived",
    "drop_stale",
    "invalidate",
    "read_yaml",
    "safe_load",
    "split_files",
    "tables",
]
