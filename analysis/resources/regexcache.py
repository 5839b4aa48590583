"""Compiled regular expressions kept in the cache folder, for patterns that are slow to compile.

Why: every process that loads the French spaCy model compiles its tokenizer's ``TOKEN_MATCH``
(the hyphenated and elided words kept whole: one pattern of 1.4 million characters) when
``spacy.lang.fr`` is imported: 2.1 s of CPU in Python's pure-Python regex compiler, a third
of the analysis that every build of a new article waits for. What the compiler produces, the
``_sre`` code, is a list of integers that loads in milliseconds; but a pickled
``re.Pattern`` keeps only its source and is compiled again when unpickled. So this module
keeps the code itself.

How: :func:`record` compiles the code of the given patterns once and keeps it only when the
pattern rebuilt from it is *equal* to the one ``re.compile`` gave (``==`` on patterns
compares their compiled code, flags and source); the file is a signed cache pickle
(:func:`analysis.resources.io.write_pickle`) named after the exact interpreter build and
``_sre.MAGIC``. :func:`seed` rebuilds the recorded patterns and puts them into ``re``'s own
cache under the key ``re.compile(source)`` looks up, so that call returns the very pattern
it would have compiled. Nothing of the library that compiles (spaCy) is changed or patched.

The standard library's private parts used here (``re._cache``, ``re._parser``,
``re._compiler``, ``_sre.compile``) are checked before use: another interpreter build reads
another file, a cache layout other than the expected one (probed with a small pattern)
disables seeding and recording, and any error leaves ``re`` as it was. At worst a pattern is
compiled as it always was.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from analysis.resources.io import read_pickle, warn_dropped, write_pickle
from analysis.resources.paths import cache_dir

# source -> the arguments of _sre.compile after the source: (flags, code, groups,
# groupindex, indexgroup), as re._compiler.compile passes them for re.compile(source)
Records = dict[str, tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]]

_PROBE = "(?:visit-report regex cache probe)"


def cache_file(name: str) -> Path | None:
    """The records of ``name`` for this interpreter build (None: no ``_sre`` to rebuild
    patterns with, e.g. another Python implementation)."""
    try:
        import _sre

        tag = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.implementation.cache_tag}"
    except (ImportError, AttributeError):
        return None
    digest = hashlib.sha1(tag.encode()).hexdigest()[:16]
    return cache_dir() / f"regex-{name}-{digest}.pkl"


def seed(name: str) -> int:
    """Put the patterns recorded under ``name`` into ``re``'s cache, so that
    ``re.compile(source)`` returns them without compiling; how many were put."""
    path = cache_file(name)
    if path is None or not path.is_file() or not _layout_ok():
        return 0
    try:
        import _sre

        records: Records = read_pickle(path)  # signature checked before unpickling
        rebuilt = {src: _sre.compile(src, *args) for src, args in records.items()}
    except Exception as exc:  # noqa: BLE001 - stale, corrupt, unsigned: compiled as usual
        path.unlink(missing_ok=True)
        warn_dropped("compiled patterns", path, exc)
        return 0
    for src, rx in rebuilt.items():
        re._cache[(str, src, 0)] = rx  # type: ignore[attr-defined]  # the key re._compile reads
    return len(rebuilt)


def record(name: str, patterns: Iterable[re.Pattern]) -> int:
    """Keep the code of those ``patterns`` (compiled by ``re.compile(source)``, without a
    flags argument) that are not recorded yet; how many were added. Costs one compilation
    of each new pattern, once per cache folder and interpreter build."""
    path = cache_file(name)
    if path is None or not _layout_ok():
        return 0
    records = _read(path)
    added = 0
    for rx in patterns:
        src = rx.pattern
        if not isinstance(src, str) or src in records:
            continue
        args = _compile_args(src)
        if args is not None and _rebuilt_equals(src, args, rx):
            records[src] = args
            added += 1
    if added:
        with contextlib.suppress(OSError):  # read-only cache: compiled as usual next time
            write_pickle(path, records)
            for old in path.parent.glob(f"regex-{name}-*.pkl"):
                if old != path:
                    old.unlink(missing_ok=True)
    return added


def _read(path: Path) -> Records:
    if not path.is_file():
        return {}
    try:
        records = read_pickle(path)
    except Exception as exc:  # noqa: BLE001 - rebuilt below
        path.unlink(missing_ok=True)
        warn_dropped("compiled patterns", path, exc)
        return {}
    return records if isinstance(records, dict) else {}


def _layout_ok() -> bool:
    """Whether ``re`` keeps its compiled patterns in a dict keyed ``(type, source, flags)``
    (CPython 3.11 to 3.13): the layout :func:`seed` writes into."""
    re.compile(_PROBE)
    cache = getattr(re, "_cache", None)
    return isinstance(cache, dict) and isinstance(cache.get((str, _PROBE, 0)), re.Pattern)


def _compile_args(src: str):
    """What ``re._compiler.compile(src, 0)`` hands to ``_sre.compile`` after the source."""
    try:
        from re import _compiler, _parser

        parsed = _parser.parse(src, 0)
        code = [int(op) for op in _compiler._code(parsed, 0)]
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for key, i in groupindex.items():
            indexgroup[i] = key
        return (parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    except Exception:  # noqa: BLE001 - another compiler: nothing recorded
        return None


def _rebuilt_equals(src: str, args, rx: re.Pattern) -> bool:
    try:
        import _sre

        return bool(_sre.compile(src, *args) == rx)
    except Exception:  # noqa: BLE001 - another _sre: nothing recorded
        return False
