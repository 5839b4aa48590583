"""``reports/<slug>/manifest.json``: which inputs and parameters made which report files.

Written by the build on each commit, under the article folder's lock, atomically; read by the
index page (and by anyone who wonders where a PDF came from). The shape::

    {"tool_version": "0.1.0",
     "article": {"path": "...", "sha256": "...", "title": "..."},
     "reports": {"01_actors": {"parameters": {...}, "formats": ["html", "pdf"],
                               "files": {"html": "01_actors.html", "pdf": "01_actors.pdf",
                                         "ipynb": "01_actors.ipynb"},
                               "key": "...", "built_at": "2026-01-01T12:00:00+00:00",
                               "inputs": {"article": "...", "notebook": "...",
                                          "library": "...", "corpus": "..."}}}}

``key`` is the content key of the report *without* its formats (article, notebook,
parameters, library, corpus): two files of one report agree exactly when their keys do. A
report's formats are therefore rebuilt or removed together: a ``--formats html`` rebuild with
other parameters removes the PDF of the old ones (:func:`formats_to_drop`), while the same
parameters keep it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from analysis.resources.io import write_text

MANIFEST = "manifest.json"
REPORT_FORMATS = ("html", "pdf")


def _empty() -> dict:
    return {"tool_version": "", "article": {}, "reports": {}}


def read_manifest(slug_dir: str | Path) -> dict:
    """The manifest of an article folder; an empty one (no reports) when it is missing or
    unreadable (a report of an older version, a hand-edited file): the next build rewrites
    it."""
    path = Path(slug_dir) / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return _empty()
    if not isinstance(data, dict) or not isinstance(data.get("reports"), dict):
        return _empty()
    return {**_empty(), **data}


def sha256_file(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def formats_to_drop(slug_dir: Path, report: str, key: str, built: tuple[str, ...]) -> list[str]:
    """The formats of ``report`` not rebuilt now (``built``) whose file must go: those made
    from other inputs or parameters (another ``key``) or of unknown origin (no manifest
    entry). Formats made with the same key stay."""
    entry = read_manifest(slug_dir)["reports"].get(report) or {}
    same = entry.get("key") == key
    kept = set(entry.get("formats") or []) if same else set()
    return [f for f in REPORT_FORMATS if f not in built and f not in kept]


def record(
    slug_dir: Path,
    report: str,
    *,
    article: Path,
    title: str,
    parameters: dict[str, object],
    formats: tuple[str, ...],
    key: str,
    inputs: dict[str, str],
) -> dict:
    """Record one committed report (call under the folder's lock, after its files are in
    place). ``formats``: the formats now present for this report (rebuilt and kept ones)."""
    from analysis import __version__

    slug_dir = Path(slug_dir)
    data = read_manifest(slug_dir)
    data["tool_version"] = __version__
    data["article"] = {"path": str(article), "sha256": sha256_file(article), "title": title}
    present = [f for f in REPORT_FORMATS if f in formats]
    files = {f: f"{report}.{f}" for f in present}
    files["ipynb"] = f"{report}.ipynb"
    data["reports"][report] = {
        "parameters": parameters,
        "formats": present,
        "files": files,
        "key": key,
        "built_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "inputs": inputs,
    }
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True, default=str)
    write_text(slug_dir / MANIFEST, text + "\n")
    return data


# Parameters that say nothing to a reader: the article is in the header; the articles of a
# comparison or a corpus are listed in its first table (as paths they printed this machine's
# folders in a PDF handed to a colleague); ``reports`` is where the evidence links point.
QUIET_PARAMETERS = frozenset({"article", "articles", "corpus", "reports"})


def format_parameters(params: dict[str, object]) -> str:
    """The one way a report's parameters are written for a reader (report header, index):
    ``min_mentions = 2 · model = fr_core_news_md``, in name order, the article and empty
    values left out, long values shortened."""
    parts = []
    for key, value in sorted(params.items()):
        if key in QUIET_PARAMETERS or value in ("", None):
            continue
        text = " ".join(str(value).split())
        parts.append(f"{key} = {text if len(text) <= 60 else text[:59] + '…'}")
    return " · ".join(parts)


def parameters_line(slug_dir: Path, report: str) -> str:
    """:func:`format_parameters` of the parameters a report was made with, from the manifest;
    '' when none or unknown."""
    entry = read_manifest(slug_dir)["reports"].get(report) or {}
    return format_parameters(entry.get("parameters") or {})


__all__ = ["format_parameters", "formats_to_drop", "parameters_line", "read_manifest", "record"]
