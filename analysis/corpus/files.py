"""Which files make a corpus, and a content hash of them: no pandas, no spaCy.

Why apart from :mod:`analysis.corpus`: ``visit-report build`` needs the corpus notebook's
article list and its hash to decide whether the corpus report is fresh, and a build with nothing
to do must stay well under a second (importing pandas alone costs ~0.4 s).
"""

from __future__ import annotations

import errno
import glob
import hashlib
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from analysis.errors import ArticleError
from analysis.resources.paths import ARTICLES_DIR, ROOT

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")
_GLOB_CHARS = set("*?[")


def iter_article_paths(
    specs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
) -> list[Path]:
    """Article files named by ``specs``: paths, globs (``**`` allowed) or directories.

    Relative specs are tried as given (current directory), then under the project root, then
    under data/articles (like :func:`analysis.pipeline.bundle.resolve_article`). Directories give
    their
    ``.txt``/``.md`` files, recursively, hidden ones excluded. Order is sorted per spec and
    duplicates are dropped. A spec that matches nothing is an :class:`ArticleError`.
    """
    if isinstance(specs, (str, os.PathLike)):
        specs = [specs]
    out: dict[Path, None] = {}
    for spec in specs:
        hits = _expand(str(spec))
        if not hits and not (_GLOB_CHARS & set(str(spec))) and not Path(spec).is_dir():
            raise ArticleError(
                "the article file does not exist",
                where=str(spec),
                fix="check the path, or list data/articles/ for the bundled articles",
            )
        if not hits:
            raise ArticleError(
                "no article file matches",
                where=str(spec),
                fix="give article files (.txt, .md), a directory that holds them or a glob "
                "such as 'data/articles/*.txt' (quote it so the shell does not expand it)",
            )
        out.update(dict.fromkeys(hits))
    return list(out)


def _expand(spec: str) -> list[Path]:
    p = Path(spec).expanduser()
    bases = [Path.cwd()] if p.is_absolute() else [Path.cwd(), ROOT, ARTICLES_DIR]
    for base in bases:
        if _GLOB_CHARS & set(spec):
            pattern = str(p if p.is_absolute() else base / p)
            found = [Path(h) for h in glob.glob(pattern, recursive=True)]
            files = [f for h in sorted(found) for f in _files(h)]
        else:
            target = p if p.is_absolute() else base / p
            files = _files(target) if os.path.lexists(target) else []
        if files:
            return [_absolute(f) for f in files]
    return []


def _files(path: Path) -> list[Path]:
    """The article files of ``path``. Entries named like an article that cannot be one (a
    folder named ``x.txt``, a dangling symbolic link, a link loop) are kept: reading them
    fails and the run reports them in its ``errors`` table instead of dropping them
    silently."""
    if path.is_file():
        return [path]
    if path.is_dir():
        inner = sorted(
            f
            for f in path.rglob("*")
            if _is_article_entry(f)
            and not any(part.startswith(".") for part in f.relative_to(path).parts)
        )
        if inner or path.suffix.lower() not in ARTICLE_SUFFIXES:
            return inner
    return [path] if os.path.lexists(path) else []


def _is_article_entry(entry: Path) -> bool:
    """A file with an article suffix, or something that pretends to be one (see :func:`_files`):
    a folder named like an article that holds none, or a broken link."""
    if entry.suffix.lower() not in ARTICLE_SUFFIXES:
        return False
    if entry.is_dir():
        return not any(f.suffix.lower() in ARTICLE_SUFFIXES for f in entry.rglob("*"))
    return True


def _absolute(path: Path) -> Path:
    """``path`` resolved; a broken link (dangling or a loop) made absolute as it is, so the
    error names the link the user gave, not where it points."""
    return path.resolve() if os.path.exists(path) else path.absolute()


def unreadable_reason(path: Path) -> str | None:
    """Why ``path`` cannot be an article file (None when it is a regular file)."""
    if path.is_file():
        return None
    if path.is_dir():
        return "this is a directory, not an article file"
    if path.is_symlink():
        try:
            os.stat(path)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return "this symbolic link points to itself (a link loop), not to an article file"
            return "this symbolic link points to a file that does not exist (a dangling link)"
    if not os.path.lexists(path):
        return "the article file does not exist (any more)"
    return "this is not a regular file (a device, a pipe or a socket)"


def corpus_key(paths: Sequence[Path], model: str, publication: str | None) -> str:
    """Content hash of the corpus (names and bytes), the model and the library."""
    from analysis.pipeline.bundle import library_fingerprint

    h = hashlib.sha256()
    for path in paths:
        h.update(path.name.encode() + b"\0")
        reason = unreadable_reason(path)
        if reason is not None:  # analysed as an error row: its reason is its content
            h.update(reason.encode())
            continue
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
        h.update(b"\0")
    h.update(f"|{model}|{publication or ''}|{library_fingerprint()}".encode())
    return h.hexdigest()[:24]
