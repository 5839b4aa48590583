"""The header of every report (HTML page and PDF title block): the report's name once, the
article's full title, date and source, the parameters it ran with, the tool version, and the
navigation between the article's reports. Prepared here as ``resources["report"]`` for the
templates of :mod:`analysis.report.render`; every value is plain text, escaped by the template.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from urllib.parse import unquote

import nbformat

from analysis.report.filters import latex_url
from analysis.report.french import apostrophes, typography
from analysis.report.labels import MONTHS, report_title
from analysis.report.manifest import format_parameters

# Pandoc reader for Markdown *outputs* (display.md & co., which carry article text): no raw
# LaTeX and no $...$ maths, so nothing in a value can become a TeX command.
OUTPUT_MARKDOWN_FORMAT = "markdown-raw_tex-raw_attribute-tex_math_dollars"


def resources_for(meta: dict, nb: nbformat.NotebookNode, nb_dir: Path | None) -> dict:
    title = str(
        meta.get("full_title") or meta.get("title") or nb.metadata.get("title") or ""
    ).strip()
    stem = str(meta.get("notebook") or "")
    name = " ".join(str(meta.get("subtitle") or report_name(nb) or report_title(stem)).split())
    date, prefix = french_date(meta.get("publication"), meta.get("precision"))
    url = str(meta.get("url") or "")
    safe_url = url if re.fullmatch(r"https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+", url) else ""
    title = typography(" ".join(title.split())) or "Rapport d'analyse"
    short = " ".join(str(meta.get("title") or title).split())
    report = {
        "title": title,
        "name": name,
        "page_title": f"{name} — {short}" if name and name != short else short,
        "subtitle": "",
        "date": date,
        "date_prefix": prefix,
        "date_iso": str(meta.get("publication") or ""),
        "source": apostrophes(" ".join(str(meta.get("source") or "").split())),
        "url": safe_url,
        "url_latex": latex_url(safe_url),
        "url_shown_latex": latex_url(shown_url(safe_url)),
        "lang": str(meta.get("lang") or "fr"),
        "output_markdown_format": OUTPUT_MARKDOWN_FORMAT,
        "parameters": parameters_line(nb),
        "version": _tool_version(),
        "nav": _nav(meta, stem),
        "has_article": _has_article(nb),
    }
    return {
        "metadata": {"name": title, "path": str(nb_dir) if nb_dir else ""},
        "report": report,
    }


def shown_url(url: str) -> str:
    """The URL as a reader reads it under the title: percent-escapes decoded
    ("…/la-chine-a-facilité-le-rapprochement…", not "facilit%C3%A9"), the link itself left
    encoded. Kept encoded when decoding gives a space, a control or a TeX-active character,
    or bytes that are not UTF-8."""
    try:
        decoded = unquote(url, errors="strict")
    except UnicodeDecodeError:
        return url
    if not decoded.isprintable() or re.search(r"[\s{}\\^~`<>\"|]", decoded):
        return url
    return decoded


def report_name(nb: nbformat.NotebookNode) -> str:
    """The notebook's first ``# heading`` (the report's name, e.g. "Les acteurs")."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            first = cell.source.lstrip().splitlines()[:1]
            return first[0][2:].strip() if first and first[0].startswith("# ") else ""
    return ""


def parameters_line(nb: nbformat.NotebookNode) -> str:
    """The parameters the notebook ran with (papermill's record), written as the index writes
    them (:func:`analysis.report.manifest.format_parameters`)."""
    return format_parameters(nb.metadata.get("papermill", {}).get("parameters", {}) or {})


def _has_article(nb: nbformat.NotebookNode) -> bool:
    """True when an output is the article annex (:class:`analysis.report.evidence.ArticleAnnex`)."""
    return any(
        "vr-article" in str(output.get("data", {}).get("text/html", ""))
        for cell in nb.cells
        for output in cell.get("outputs", [])
    )


def _tool_version() -> str:
    from analysis import __version__

    return f"visit-report {__version__}"


def _nav(meta: dict, stem: str) -> list[dict[str, object]]:
    """The reports of the article, for the navigation bar: ``meta["siblings"]`` (stems) when
    the build gives them, else the project's notebooks; the current one marked."""
    siblings = meta.get("siblings")
    if not siblings:
        from analysis.report.notebooks import notebook_paths

        try:
            siblings = [p.stem for p in notebook_paths()]
        except Exception:  # a broken notebooks/ directory must not stop a render
            siblings = []
    if stem and stem not in siblings:
        siblings = [*siblings, stem]
    return [{"href": f"{s}.html", "label": report_title(s), "current": s == stem} for s in siblings]


def french_date(iso: str | None, precision: str | None = None) -> tuple[str, str]:
    """``("24 novembre 2021", "le")`` from ``2021-11-24``; month/year precision honoured."""
    if not iso:
        return "", ""
    parts = str(iso).split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 and precision != "year" else None
        day = int(parts[2]) if len(parts) > 2 and precision not in ("year", "month") else None
        if month is not None:
            dt.date(year, month, day or 1)  # validates
    except (ValueError, IndexError):
        return str(iso), "le"
    if month is None:
        return str(year), "en"
    if day is None:
        return f"{MONTHS[month - 1]} {year}", "en"
    return f"{'1er' if day == 1 else day} {MONTHS[month - 1]} {year}", "le"


__all__ = [
    "OUTPUT_MARKDOWN_FORMAT",
    "french_date",
    "parameters_line",
    "report_name",
    "resources_for",
]
