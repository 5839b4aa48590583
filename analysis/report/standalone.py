"""``visit-report render OUT.ipynb``: a notebook executed outside the build, as a report.

The README's papermill route ends with a notebook the user executed themselves; plain
``jupyter nbconvert`` shows its code cells and loads scripts from a CDN. This renders it the
way a build does: the project's offline HTML and A4 PDF, with the article's header, read from
the parameters papermill recorded in the notebook.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from analysis.errors import ArticleError, ParameterError, VisitReportError

FORMATS = ("html", "pdf")


def notebook_meta(nb, path: Path) -> dict[str, object]:
    """The header of the report of the executed notebook ``nb`` (saved at ``path``): its
    article's metadata when papermill recorded an ``article`` parameter that can be read, the
    notebook's name and its first heading."""
    from analysis.document.article import load_article
    from analysis.report.tasks import first_heading

    recorded = nb.metadata.get("papermill", {})
    params = recorded.get("parameters", {}) or {}
    meta: dict[str, object] = {"notebook": path.stem, "subtitle": first_heading(nb)}
    article = params.get("article")
    if article:
        base = Path(recorded.get("input_path") or path).parent  # papermill ran from there
        candidate = Path(article) if Path(article).is_absolute() else base / article
        try:
            loaded = load_article(candidate, publication=params.get("publication") or None)
        except (ArticleError, OSError):
            pass  # the header then names the notebook only
        else:
            meta = {**loaded.metadata(), **meta}
    return meta


def render_notebooks(
    paths: Sequence[str | Path], formats: Sequence[str] = FORMATS, out: str | Path | None = None
) -> list[Path]:
    """Render each executed notebook of ``paths`` to ``formats`` beside it (or in ``out``)."""
    import nbformat

    from analysis.report import render

    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ParameterError(
            f"unknown format {unknown[0]!r}", where="--formats", fix="use html, pdf or html,pdf"
        )
    if "pdf" in formats:
        render.check_pdf_tools()
    written = []
    for given in paths:
        path = Path(given)
        try:
            nb = nbformat.read(path, as_version=4)
        except (OSError, ValueError) as exc:
            raise VisitReportError(
                f"cannot read the notebook ({exc})",
                where=str(path),
                fix="give an .ipynb file executed with papermill or Jupyter",
            ) from None
        meta = notebook_meta(nb, path)
        folder = Path(out) if out else path.parent
        folder.mkdir(parents=True, exist_ok=True)
        for fmt in formats:
            target = folder / f"{path.stem}.{fmt}"
            renderer = render.render_html if fmt == "html" else render.render_pdf
            written.append(renderer(nb, target, meta))
    return written
