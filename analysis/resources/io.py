"""Writing files so that a reader never sees half of one.

Every file the project writes for a user (tables, reports, stamps, cache entries) goes through
:func:`atomic_write`: the content is written to a temporary file of this call in the same
folder, then renamed over the target in one step. An interrupted or failed write leaves the
previous file as it was, and two runs writing the same target never share a temporary file.
Folders the project writes into are checked once, up front, by :func:`ensure_writable_dir`.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import pickle
import secrets
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from analysis.errors import SetupError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_write(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path`` atomically.

    The temporary name is unique to this call (``.<name>.<random>.part``), so concurrent
    writers of one target never clobber each other's work; on error it is removed. The file
    gets the permissions a plain ``open`` would give (mkstemp's 0600 would hide reports from a
    web server)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text(path: str | Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path`` atomically."""
    with atomic_write(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(path)


def write_bytes(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically."""
    with atomic_write(path) as tmp:
        tmp.write_bytes(data)
    return Path(path)


# --------------------------------------------------------------------------------------------
# Signed pickles: a cache entry is unpickled only if this cache wrote it, whole

_PICKLE_MAGIC = b"visit-report signed pickle 1\n"
_DIGEST = 32  # bytes of HMAC-SHA256, written after the pickle
KEY_FILE = ".pickle-key"


class UntrustedPickle(ValueError):
    """A cached pickle that this cache did not write, or not whole: it is never unpickled."""


def cache_secret(folder: str | Path) -> bytes:
    """The secret key of the cache ``folder`` (created once, readable by its owner only).

    Unpickling runs code: a pickle is loaded only if its HMAC under this key matches, so a
    truncated or garbled entry, or a file planted by someone who cannot read the key, is
    refused before :mod:`pickle` sees a byte of it."""
    key_file = Path(folder) / KEY_FILE
    try:
        return _read_key(key_file)
    except FileNotFoundError:
        pass
    key_file.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".key.", dir=key_file.parent)  # mode 0600
    try:
        os.write(fd, secrets.token_bytes(32))
        os.close(fd)
        os.link(name, key_file)  # fails if another process created it first: theirs wins
    except FileExistsError:
        pass
    finally:
        os.unlink(name)
    return _read_key(key_file)


def _read_key(key_file: Path) -> bytes:
    key = key_file.read_bytes()
    if len(key) != 32:
        raise UntrustedPickle(f"the cache key {key_file} is damaged")
    return key


class _Signing:
    """A binary file wrapper that feeds every written byte to an HMAC."""

    def __init__(self, fh, mac) -> None:
        self.fh, self.mac = fh, mac

    def write(self, data) -> int:
        self.mac.update(data)
        return self.fh.write(data)


def write_pickle(path: str | Path, obj: object) -> Path:
    """Pickle ``obj`` to ``path`` atomically (a reader sees the old entry or the new one),
    signed with the key of its folder (:func:`cache_secret`), streamed: no second copy in
    memory."""
    target = Path(path)
    mac = hmac.new(cache_secret(target.parent), digestmod=hashlib.sha256)
    with atomic_write(target) as tmp, open(tmp, "wb") as fh:
        fh.write(_PICKLE_MAGIC)
        pickle.dump(obj, _Signing(fh, mac), protocol=pickle.HIGHEST_PROTOCOL)
        fh.write(mac.digest())
    return target


def read_pickle(path: str | Path) -> object:
    """The object pickled at ``path`` by :func:`write_pickle`; :class:`UntrustedPickle` (before
    anything is unpickled) when the signature is missing or does not match."""
    target = Path(path)
    key = cache_secret(target.parent)
    with open(target, "rb") as fh:
        if fh.read(len(_PICKLE_MAGIC)) != _PICKLE_MAGIC:
            raise UntrustedPickle(f"{target.name} is not a signed cache entry")
        size = os.fstat(fh.fileno()).st_size - len(_PICKLE_MAGIC) - _DIGEST
        if size <= 0:
            raise UntrustedPickle(f"{target.name} is truncated")
        mac = hmac.new(key, digestmod=hashlib.sha256)
        left = size
        while left:
            block = fh.read(min(left, 1 << 20))
            if not block:
                raise UntrustedPickle(f"{target.name} is truncated")
            mac.update(block)
            left -= len(block)
        if not hmac.compare_digest(mac.digest(), fh.read(_DIGEST)):
            raise UntrustedPickle(f"{target.name} does not match its signature")
        fh.seek(len(_PICKLE_MAGIC))  # the same open file: what was checked is what is loaded
        with _gc_paused():
            return pickle.load(fh)  # noqa: S301 - signed by this cache, checked above


T = TypeVar("T")


def pickled(path: Path, build: Callable[[], T], what: str) -> T:
    """The object pickled at ``path``, or ``build()``, pickled there for the next process.
    Why: the knowledge-base indexes and the parsed data files cost seconds to build and
    hundredths to load. ``path``'s name ends with ``-<hash of what the object is built
    from>``, so an entry is never stale; once it is written, the entries of the same name with
    another hash are removed. A corrupt or unsigned entry is dropped with a warning (``what``
    names it); an unwritable folder only costs the build next time."""
    if path.is_file():
        try:
            return read_pickle(path)  # signature checked before anything is unpickled
        except Exception as exc:  # noqa: BLE001 - stale, corrupt or unsigned: rebuilt below
            path.unlink(missing_ok=True)
            warn_dropped(what, path, exc)
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_pickle(path, value)
        for old in path.parent.glob(f"{path.stem.rpartition('-')[0]}-*.pkl"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:  # read-only cache folder: kept in memory only
        pass
    return value


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a large pickle is loaded: unpickling creates
    hundreds of thousands of objects, none of them garbage, and each allocation threshold
    would start a collection that walks them all (the places' gazetteer: 0.8 s -> 0.3 s)."""
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def warn_dropped(what: str, path: str | Path, reason: object) -> None:
    """The one line said when a damaged cache entry is dropped (it is then recomputed)."""
    print(
        f"visit-report: warning: the cached {what} {path} was unreadable ({reason}); "
        "it is removed and recomputed",
        file=sys.stderr,
    )


def ensure_writable_dir(directory: str | Path) -> Path:
    """Create ``directory`` if needed and check a file can be created in it; a
    :class:`~analysis.errors.SetupError` saying how to fix it otherwise."""
    out = Path(directory)
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out, prefix=".write-test-"):
            pass
    except OSError as exc:
        raise SetupError(
            f"cannot write to the output directory ({exc.strerror})",
            where=str(out),
            fix="choose another directory with --out, or fix its permissions",
        ) from None
    return out


__all__ = [
    "UntrustedPickle",
    "atomic_write",
    "cache_secret",
    "ensure_writable_dir",
    "read_pickle",
    "warn_dropped",
    "write_bytes",
    "write_pickle",
    "write_text",
]
