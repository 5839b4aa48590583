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
from pathlib import Path

from analysis.document.article import load_article
from analysis.document.nlp import DEFAULT_MODEL
from analysis.errors import ArticleError
from analysis.pipeline import Analysis
from analysis.resources.io import read_pickle, warn_dropped, write_pickle
from analysis.resources.paths import ARTICLES_DIR, DATA_DIR, ROOT, cache_dir


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
    data = (
        p
        for p in DATA_DIR.rglob("*")
        if p.is_file() and not {"articles", "annotations"} & set(p.parts)
    )
    # names relative to their own root: VISIT_REPORT_HOME may put data/ away from the code
    files = [(p, p.relative_to(package.parent)) for p in sorted(code)]
    files += [(p, "data" / p.relative_to(DATA_DIR)) for p in sorted(data)]
    for path, name in files:
        h.update(str(name).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def bundle_key(path: Path, model: str, publication: str | None) -> str:
    h = hashlib.sha256()
    h.update(path.read_bytes())
    h.update(f"|{model}|{publication or ''}|{library_fingerprint()}".encode())
    return h.hexdigest()[:24]


def bundle_path(path: Path, model: str, publication: str | None) -> Path:
    """Where the analysis of the article file ``path`` is cached (in :func:`cache_dir`)."""
    return cache_dir() / f"{bundle_key(path, model, publication)}.pkl"


def read_cached(target: Path | None) -> Analysis | None:
    """The analysis pickled at ``target``; None if absent, or stale, corrupt or unsigned (then
    removed with one warning line: it is recomputed, never fatal, never unpickled unchecked)."""
    if target is None or not target.is_file():
        return None
    try:
        cached = read_pickle(target)  # signature checked before anything is unpickled
        if not isinstance(cached, Analysis):
            raise TypeError(f"it holds a {type(cached).__name__}, not an analysis")
        return cached
    except Exception as exc:  # noqa: BLE001 - a corrupt or stale cache entry is recomputed
        target.unlink(missing_ok=True)
        warn_dropped("analysis", target, exc)
        return None


def is_cached(
    article: str | os.PathLike[str], model: str = DEFAULT_MODEL, publication: str | None = None
) -> bool:
    """Whether :func:`load` would read ``article``'s analysis from the cache."""
    path = resolve_article(article)
    if not path.is_file():
        return False
    return bundle_path(path, model, publication or None).is_file()


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
    target = bundle_path(path, model, publication) if path.is_file() else None
    cached = read_cached(target) if cache else None
    if cached is not None:
        return cached
    art = load_article(path, publication=publication)
    result = analyze(art, model=model, progress=progress)
    if cache and target is not None:
        write_pickle(target, result)
    return result
