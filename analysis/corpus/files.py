"""Which files make a corpus, and a content hash of them: no pandas, no spaCy.

Why apart from :mod:`analysis.corpus`: ``visit-report build`` needs the corpus notebook's
article list and its hash to decide whether the corpus report is fresh, and a build with nothing
to do must stay well under a second (importing pandas alone costs ~0.4 s).
"""

from __future__ import annotations

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
            files = _files(target) if target.exists() else []
        if files:
            return [f.resolve() for f in files]
    return []


def _files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    if path.is_dir():
        return sorted(
            f
            for f in path.rglob("*")
            if f.is_file()
            and f.suffix.lower() in ARTICLE_SUFFIXES
            and not any(part.startswith(".") for part in f.relative_to(path).parts)
        )
    return []


def corpus_key(paths: Sequence[Path], model: str, publication: str | None) -> str:
    """Content hash of the corpus (names and bytes), the model and the library."""
    from analysis.pipeline.bundle import library_fingerprint

    h = hashlib.sha256()
    for path in paths:
        h.update(path.name.encode() + b"\0")
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
        h.update(b"\0")
    h.update(f"|{model}|{publication or ''}|{library_fingerprint()}".encode())
    return h.hexdigest()[:24]
