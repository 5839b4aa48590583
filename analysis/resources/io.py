"""Writing files so that a reader never sees half of one.

Every file the project writes for a user (tables, reports, stamps, cache entries) goes through
:func:`atomic_write`: the content is written to a temporary file of this call in the same
folder, then renamed over the target in one step. An interrupted or failed write leaves the
previous file as it was, and two runs writing the same target never share a temporary file.
Folders the project writes into are checked once, up front, by :func:`ensure_writable_dir`.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import tempfile
from collections.abc import Iterator
from pathlib import Path

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


def write_pickle(path: str | Path, obj: object) -> Path:
    """Pickle ``obj`` to ``path`` atomically: a reader sees the old entry or the new one."""
    with atomic_write(path) as tmp, open(tmp, "wb") as fh:
        pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return Path(path)


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


__all__ = ["atomic_write", "ensure_writable_dir", "write_bytes", "write_pickle", "write_text"]
