"""The analysis bundle: analyse an article once, share the result with every notebook.

spaCy costs seconds to load; the tables cost milliseconds to unpickle. ``visit-report build``
analyses each article once in the parent process and stores the :class:`~analysis.pipeline.
Analysis` under a key made of the article's bytes, the model, the publication override and a
fingerprint of the library (code and data files). Notebooks call :func:`load`, which finds that
bundle; run alone in JupyterLab, the same call analyses the article and stores the bundle.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from analysis.document.article import load_article
from analysis.document.nlp import DEFAULT_MODEL
from analysis.errors import ArticleError
from analysis.pipeline import Analysis
from analysis.resources.paths import ARTICLES_DIR, DATA_DIR, REPORTS_DIR, ROOT

CACHE_DIR = Path(os.environ.get("VISIT_REPORT_CACHE") or REPORTS_DIR / ".cache")


def resolve_article(article: str | os.PathLike[str]) -> Path:
    """Find ``article`` as given, relative to the project root, or by name in data/articles."""
    p = Path(article)
    candidates = [p, ROOT / p, ARTICLES_DIR / p, ARTICLES_DIR / f"{p}.txt"]
    for candidate in candidates:
        if candidate.is_file():
            return candidate.resolve()
    if p.exists():  # a directory: let load_article say so
        return p
    raise ArticleError(
        "the article file does not exist",
        where=str(article),
        fix=f"give a path, or the name of a file in {ARTICLES_DIR}",
    )


@functools.lru_cache(maxsize=1)
def library_fingerprint() -> str:
    """Hash of the library's code and data: a change to either invalidates every bundle."""
    h = hashlib.sha256()
    package = Path(__file__).resolve().parents[1]
    code = (p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    files = sorted(code) + sorted(
        p
        for p in DATA_DIR.rglob("*")
        if p.is_file() and not {"articles", "annotations"} & set(p.parts)
    )
    for path in files:
        h.update(str(path.relative_to(ROOT)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def bundle_key(path: Path, model: str, publication: str | None) -> str:
    h = hashlib.sha256()
    h.update(path.read_bytes())
    h.update(f"|{model}|{publication or ''}|{library_fingerprint()}".encode())
    return h.hexdigest()[:24]


def is_cached(
    article: str | os.PathLike[str], model: str = DEFAULT_MODEL, publication: str | None = None
) -> bool:
    """Whether :func:`load` would read ``article``'s analysis from the cache."""
    path = resolve_article(article)
    if not path.is_file():
        return False
    return (CACHE_DIR / f"{bundle_key(path, model, publication or None)}.pkl").is_file()


def load(
    article: str | os.PathLike[str],
    model: str = DEFAULT_MODEL,
    publication: str | None = None,
    *,
    cache: bool = True,
    progress: bool = False,
) -> Analysis:
    """The :class:`Analysis` of ``article``, from the cache when it is there."""
    from analysis.pipeline import analyze

    path = resolve_article(article)
    publication = publication or None
    key = bundle_key(path, model, publication) if path.is_file() else None
    target = CACHE_DIR / f"{key}.pkl" if key else None
    if cache and target is not None and target.is_file():
        try:
            with open(target, "rb") as fh:
                return pickle.load(fh)
        except Exception:  # a corrupt or stale cache entry is recomputed, never fatal
            target.unlink(missing_ok=True)
    art = load_article(path, publication=publication)
    result = analyze(art, model=model, progress=progress)
    if cache and target is not None:
        atomic_pickle(result, target)
    return result


def atomic_pickle(obj: object, target: Path) -> None:
    """Pickle ``obj`` to ``target`` through a temporary file and a rename, so a reader sees
    the old entry or the complete new one, never a partial file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
