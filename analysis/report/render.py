"""Render executed notebooks into the reports: an offline HTML page and an A4 French PDF.

Built the way nbconvert is built, from small pluggable pieces, and called in-process by the
build (no ``jupyter nbconvert`` subprocess, whose start-up alone costs seconds):

* preprocessors that clean the notebook for a reader (:class:`HideStderr`,
  :class:`CheckFiguresForLatex`; nbconvert's ``TagRemovePreprocessor`` honours the
  ``remove-cell`` / ``remove-output`` tags);
* two exporters over templates in ``analysis/templates/``: :class:`ReportHTMLExporter`
  (JupyterLab cell markup, but no CDN script at all and a Content-Security-Policy that forbids
  scripts and network requests) and :class:`ReportLatexExporter` (babel-french, A4, Latin
  Modern); :class:`ReportPDFExporter` runs xelatex as few times as the document needs;
* :class:`OfflineHTMLGuard`, a post-processor that removes from the final page anything active
  or remote that an output may have carried (``<script>``, ``on*=`` handlers, remote images...).

Code is never shown: inputs and prompts are excluded. The page title and the header come from
the article metadata (``Article.metadata()``), not from the notebook file name.

Untrusted article text reaches the reports through :mod:`analysis.report.display`, which escapes it.
Rendering adds a second line of defence: Markdown never lets raw HTML through (it is shown as
text), Markdown *outputs* are converted to LaTeX without raw TeX or ``$`` maths, and the HTML
page cannot run a script even if one slipped in.

Outputs are written atomically: a temporary file beside the target, renamed only on success,
so a failed render leaves the previous report untouched.
"""

from __future__ import annotations

import html
import logging
import os
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import nbformat
from bs4 import BeautifulSoup
from jinja2 import pass_context
from nbconvert.exporters import HTMLExporter, LatexExporter, TemplateExporter
from nbconvert.filters.markdown_mistune import IPythonRenderer, MarkdownWithMath
from nbconvert.preprocessors import Preprocessor, TagRemovePreprocessor
from nbconvert.utils.pandoc import PandocMissing
from pandocfilters import RawInline, applyJSONFilters, stringify
from traitlets import Bool, Integer, List, Unicode, default
from traitlets.config import Config

from analysis.errors import BuildError, SetupError
from analysis.report.filters import latex_text, svg_data_uri
from analysis.report.french import apostrophes
from analysis.report.header import french_date, resources_for
from analysis.report.pdftools import SETUP_FIX, check_pdf_tools
from analysis.resources.io import write_bytes

log = logging.getLogger(__name__)

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"


REMOVE_CELL_TAGS = {"remove-cell", "remove_cell"}
REMOVE_OUTPUT_TAGS = {"remove-output", "remove_output"}

# --------------------------------------------------------------------------------------------
# Public API


def render_html(nb: nbformat.NotebookNode | Path | str, out_path: Path, meta: dict) -> Path:
    """Render ``nb`` to a self-contained HTML page at ``out_path``; returns ``out_path``.

    ``meta`` is ``Article.metadata()`` (``title``, ``publication``, ``precision``, ``source``,
    ``url``), optionally with ``subtitle``. Raises :class:`BuildError` on failure, leaving any
    previous ``out_path`` untouched.
    """
    out_path = Path(out_path)
    node, where, nb_dir = _load(nb, meta)
    exporter = get_exporter("html")
    try:
        body, _ = exporter.from_notebook_node(node, resources=resources_for(meta, node, nb_dir))
        body = OfflineHTMLGuard().postprocess(body)
    except BuildError:
        raise
    except Exception as exc:
        raise BuildError(
            f"HTML rendering failed ({type(exc).__name__}: {exc})",
            where=where,
            fix="check the notebook's outputs; run it in JupyterLab to see them",
        ) from exc
    _atomic_write(out_path, body.encode("utf-8"))
    return out_path


def render_pdf(nb: nbformat.NotebookNode | Path | str, out_path: Path, meta: dict) -> Path:
    """Render ``nb`` to an A4 PDF at ``out_path`` through LaTeX (xelatex); returns ``out_path``.

    On a LaTeX error, raises :class:`BuildError` with the first error line, the notebook cell it
    comes from, and the path of the kept log (``<out_path>.log``, with the ``.tex`` beside it).
    A previous ``out_path`` is left untouched. ``SOURCE_DATE_EPOCH``, when set, fixes the PDF
    dates (and the document is then byte-for-byte reproducible).
    """
    out_path = Path(out_path)
    node, where, nb_dir = _load(nb, meta)
    exporter = get_exporter("pdf")
    kept_log = out_path.with_name(out_path.name + ".log")
    kept_tex = out_path.with_name(out_path.name + ".tex")
    try:
        latex, resources = exporter.from_notebook_node(
            node, resources=resources_for(meta, node, nb_dir)
        )
    except BuildError as exc:
        exc.where = exc.where or where
        raise
    except PandocMissing:
        raise SetupError("pandoc is not installed", where="PDF tools", fix=SETUP_FIX) from None
    except Exception as exc:
        raise BuildError(
            f"LaTeX conversion failed ({type(exc).__name__}: {exc})",
            where=where,
            fix="check the notebook's Markdown and outputs; is pandoc installed?",
        ) from exc
    with tempfile.TemporaryDirectory(prefix="visit-report-pdf-") as tmp:
        workdir = Path(tmp)
        try:
            pdf = exporter.compile(latex, resources.get("outputs", {}), workdir, texinputs=nb_dir)
        except LatexFailed as exc:
            for src, dst in (
                (exc.log_path, kept_log),
                (workdir / f"{exporter.jobname}.tex", kept_tex),
            ):
                if src.is_file():
                    shutil.copyfile(src, dst)
            cell = f" (cell {exc.cell} of the notebook)" if exc.cell is not None else ""
            raise BuildError(
                f"LaTeX failed: {exc.error}{cell}",
                where=where,
                fix=f"details in {kept_log} (LaTeX source: {kept_tex})",
            ) from None
    _atomic_write(out_path, pdf)
    for stale in (kept_log, kept_tex):
        stale.unlink(missing_ok=True)
    return out_path


# --------------------------------------------------------------------------------------------
# Preprocessors


class NumberCells(Preprocessor):
    """Remember each cell's index before any is removed, to name it in error messages."""

    def preprocess_cell(self, cell, resources, index):
        cell.metadata["visit_report"] = {"index": index}
        return cell, resources


class HideStderr(Preprocessor):
    """Drop stderr streams (library warnings, progress bars): noise for a report's reader."""

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type == "code":
            cell.outputs = [
                o for o in cell.outputs if not (o.output_type == "stream" and o.name == "stderr")
            ]
        return cell, resources


class ReportHeading(Preprocessor):
    """Drop the notebook's own ``# Title`` line: the page header already names the report
    (from the same heading, :func:`report_name`), so a reader sees it once."""

    def preprocess(self, nb, resources):
        for cell in nb.cells:
            if cell.cell_type == "markdown":
                lines = cell.source.splitlines()
                if lines and lines[0].startswith("# "):
                    cell.source = "\n".join(lines[1:]).lstrip("\n")
                break
        return nb, resources


class FrenchSpacing(Preprocessor):
    """Guillemets and ``; : ! ?`` held to their words by no-break spaces in Markdown (cells and
    outputs), so no line of the HTML or the PDF starts with « » » or « ; »; apostrophes
    between letters printed ’ (the notebooks' prose and the headlines are typed with ')."""

    _OPEN = re.compile(r"« +")
    _CLOSE = re.compile(r" +»")
    _HIGH = re.compile(r" +([;!?])(?=\s|$)")
    _COLON = re.compile(r"(?<=\S) +:(?=\s|$)")

    def _fix(self, text: str) -> str:
        text = self._CLOSE.sub("\u00a0»", self._OPEN.sub("«\u00a0", apostrophes(text)))
        return self._COLON.sub("\u00a0:", self._HIGH.sub("\u00a0\\1", text))

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type == "markdown":
            cell.source = self._fix(cell.source)
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if isinstance(data.get("text/markdown"), str):
                data["text/markdown"] = self._fix(data["text/markdown"])
        return cell, resources


class SiblingLinks(Preprocessor):
    """Links to a sibling notebook (``01_actors.ipynb``, which works in JupyterLab, in
    ``notebooks/`` and in ``reports/<slug>/``) become links to that report in the format
    being written (``01_actors.html`` / ``01_actors.pdf``)."""

    suffix = Unicode(".html").tag(config=True)
    _LINK = re.compile(r"(\]\(|href=['\"])(\d\d_[\w-]+)\.ipynb(?=[)'\"#])")

    def _fix(self, text: str) -> str:
        return self._LINK.sub(lambda m: f"{m.group(1)}{m.group(2)}{self.suffix}", text)

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type == "markdown":
            cell.source = self._fix(cell.source)
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            for mime in ("text/markdown", "text/html"):
                if isinstance(data.get(mime), str):
                    data[mime] = self._fix(data[mime])
        return cell, resources


class CheckFiguresForLatex(Preprocessor):
    """Fail clearly on SVG-only figures: converting them for LaTeX would need Inkscape."""

    def preprocess_cell(self, cell, resources, index):
        index = cell.metadata.get("visit_report", {}).get("index", index)
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            raster = {"image/png", "image/jpeg", "application/pdf"} & set(data)
            if "image/svg+xml" in data and not raster:
                raise BuildError(
                    f"cell {index} shows an SVG-only figure, which the PDF cannot include",
                    fix="emit PNG as well, e.g. %config InlineBackend.figure_formats = "
                    "['png', 'svg'] (or matplotlib's default PNG output)",
                )
        return cell, resources


# --------------------------------------------------------------------------------------------
# Exporters


class TextOnlyHTMLRenderer(IPythonRenderer):
    """nbconvert's Markdown renderer, except that raw HTML is shown as text, not markup.

    Entities (``&lt;`` from :func:`analysis.report.display.esc_md`) are kept as they are; HTML
    comments are dropped.
    """

    def block_html(self, text: str) -> str:
        text = text.strip()
        if text.startswith("<!--") and text.endswith("-->"):
            return ""
        return f"<p>{html.escape(text, quote=False)}</p>\n"

    def inline_html(self, text: str) -> str:
        if text.startswith("<!--"):
            return ""
        return html.escape(text, quote=False)


class _ReportExporterMixin(TemplateExporter):
    """What both exporters share: no code, no prompts, reader-oriented preprocessing."""

    @default("extra_template_basedirs")
    def _extra_basedirs(self):
        return [str(TEMPLATES_DIR)]

    @default("exclude_input")
    def _exclude_input(self):
        return True

    @default("exclude_input_prompt")
    def _exclude_input_prompt(self):
        return True

    @default("exclude_output_prompt")
    def _exclude_output_prompt(self):
        return True

    def _register_report_preprocessors(
        self, suffix: str, extra: Iterable[Preprocessor] = ()
    ) -> None:
        tags = TagRemovePreprocessor(
            remove_cell_tags=REMOVE_CELL_TAGS,
            remove_all_outputs_tags=REMOVE_OUTPUT_TAGS,
            enabled=True,
        )
        own = (
            ReportHeading(enabled=True),
            SiblingLinks(suffix=suffix, enabled=True),
            FrenchSpacing(enabled=True),
        )
        for pre in (NumberCells(enabled=True), tags, HideStderr(enabled=True), *own, *extra):
            self.register_preprocessor(pre, enabled=True)


class ReportHTMLExporter(_ReportExporterMixin, HTMLExporter):
    """HTML report: lab cell markup, visit_html page shell, Markdown without raw HTML."""

    escape_markdown_html = Bool(
        True, help="Show raw HTML found in Markdown (cells and outputs) as text."
    ).tag(config=True)

    @default("template_name")
    def _template_name_default(self):
        return "visit_html"

    @default("exclude_anchor_links")
    def _exclude_anchor_links(self):
        return True

    @default("embed_images")
    def _embed_images(self):
        return True

    @default("language_code")
    def _language_code(self):
        return "fr"

    @property
    def default_config(self):
        c = super().default_config
        c.merge(
            Config(
                {
                    "NbConvertBase": {
                        "display_data_priority": [
                            "text/html",
                            "text/markdown",
                            "image/svg+xml",
                            "image/png",
                            "image/jpeg",
                            "text/plain",
                            "text/latex",
                        ]
                    },
                    "CSSHTMLHeaderPreprocessor": {"enabled": False},
                }
            )
        )
        return c

    def default_filters(self):
        yield from super().default_filters()
        yield ("svg_data_uri", svg_data_uri)

    def _init_preprocessors(self):
        super()._init_preprocessors()
        self._register_report_preprocessors(".html")

    @pass_context
    def markdown2html(self, context, source):
        if not self.escape_markdown_html:
            return super().markdown2html(context, source)
        cell = context.get("cell", {})
        path = context.get("resources", {}).get("metadata", {}).get("path", "")
        renderer = TextOnlyHTMLRenderer(
            escape=False,
            allow_harmful_protocols=False,
            attachments=cell.get("attachments", {}),
            embed_images=self.embed_images,
            path=path,
            anchor_link_text=self.anchor_link_text,
            exclude_anchor_links=self.exclude_anchor_links,
            **self.lexer_options,
        )
        return MarkdownWithMath(renderer=renderer).render(source)


class ReportLatexExporter(_ReportExporterMixin, LatexExporter):
    """LaTeX report source for xelatex (template visit_latex)."""

    @default("template_name")
    def _template_name_default(self):
        return "visit_latex"

    @property
    def default_config(self):
        c = super().default_config
        c.merge(
            Config(
                {
                    "NbConvertBase": {
                        "display_data_priority": [
                            "text/latex",
                            "application/pdf",
                            "image/png",
                            "image/jpeg",
                            "text/markdown",
                            "text/plain",
                        ]
                    },
                    # Would need Inkscape; CheckFiguresForLatex explains instead.
                    "SVG2PDFPreprocessor": {"enabled": False},
                }
            )
        )
        return c

    def default_filters(self):
        yield from super().default_filters()
        yield ("latex_text", latex_text)
        yield ("resolve_references", resolve_references)

    def _init_preprocessors(self):
        super()._init_preprocessors()
        self._register_report_preprocessors(".pdf", [CheckFiguresForLatex(enabled=True)])


class LatexFailed(Exception):
    """xelatex failed: first error line, notebook cell (if traceable) and log path."""

    def __init__(self, error: str, cell: int | None, log_path: Path) -> None:
        super().__init__(error)
        self.error = error
        self.cell = cell
        self.log_path = log_path


class ReportPDFExporter(ReportLatexExporter):
    """LaTeX source plus :meth:`compile`: xelatex run only as many times as needed.

    nbconvert's PDFExporter always runs LaTeX three times and BibTeX once. A report without
    cross-references needs one pass; another runs only when the log asks for one *and* the
    source has something that a rerun fixes (references, a table of contents, longtables whose
    column widths changed), up to :attr:`max_latex_passes`.
    """

    latex_command = List(
        ["xelatex", "-interaction=nonstopmode", "-halt-on-error", "-file-line-error"],
        help="xelatex and its options; the job name and the file are appended.",
    ).tag(config=True)
    max_latex_passes = Integer(3, help="Upper bound on xelatex runs.").tag(config=True)
    latex_timeout = Integer(600, help="Seconds allowed for one xelatex run.").tag(config=True)
    jobname = Unicode("report")
    passes = Integer(0, help="xelatex runs of the last compile (for measurements).")

    _REFS = re.compile(
        r"\\(?:ref|pageref|eqref|autoref|nameref|cite\w*|tableofcontents|listoffigures|"
        r"listoftables|hyperref\[)"
    )

    def compile(
        self,
        latex: str,
        files: dict[str, bytes],
        workdir: Path,
        texinputs: Path | None = None,
    ) -> bytes:
        """Write ``latex`` and its extracted figures in ``workdir``; return the PDF bytes."""
        tex = workdir / f"{self.jobname}.tex"
        tex.write_text(latex, encoding="utf-8")
        for name, data in files.items():
            target = workdir / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        env = _latex_env(texinputs)
        command = [*self.latex_command, "-no-shell-escape", f"-jobname={self.jobname}", tex.name]
        log_path = workdir / f"{self.jobname}.log"
        self.passes = 0
        for _ in range(max(1, self.max_latex_passes)):
            self.passes += 1
            try:
                proc = subprocess.run(
                    command,
                    cwd=workdir,
                    env=env,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.STDOUT,
                    timeout=self.latex_timeout,
                    check=False,
                )
            except FileNotFoundError:
                raise SetupError(
                    "xelatex is not installed", where="PDF tools", fix=SETUP_FIX
                ) from None
            except subprocess.TimeoutExpired:
                raise LatexFailed(
                    f"xelatex did not finish within {self.latex_timeout} s", None, log_path
                ) from None
            log_text = _read_log(log_path) or proc.stdout.decode("utf-8", "replace")
            pdf = workdir / f"{self.jobname}.pdf"
            if proc.returncode != 0 or not pdf.is_file():
                error, line = first_latex_error(log_text)
                raise LatexFailed(error, cell_at_line(latex, line), log_path)
            if not self.needs_rerun(log_text, latex):
                break
        _warn_missing_glyphs(log_text)
        return pdf.read_bytes()

    def needs_rerun(self, log_text: str, latex: str) -> bool:
        """True when another pass would change the output (see the class docstring)."""
        if "Table widths have changed. Rerun LaTeX" in log_text:
            return True
        if re.search(r"Rerun to get (?:cross-references|citations)|Label\(s\) may", log_text):
            return bool(self._REFS.search(latex))
        return False


# --------------------------------------------------------------------------------------------
# Post-processing of the HTML page


class OfflineHTMLGuard:
    """Make the final page inert and offline, whatever the outputs carried.

    The template loads nothing and its Content-Security-Policy already blocks scripts and
    requests in browsers that honour it; this removes, for all readers, every ``<script>``,
    frame, plugin, ``on*`` handler, ``javascript:`` link, and every attribute or stylesheet that
    would fetch something (anything but ``data:`` URLs and ``#fragments``). Each removal is
    logged: it means a notebook output needs fixing.
    """

    ACTIVE = frozenset(
        "script iframe frame frameset object embed applet base portal noscript".split()
    )
    FETCHING = frozenset("src srcset poster data background lowsrc dynsrc xlink:href".split())
    FETCHING_HREF = frozenset("link image use feimage".split())
    _CSS_URL = re.compile(r"@import|url\(\s*(?!['\"]?\s*data:)", re.I)
    _SCRIPT_URL = re.compile(r"^\s*(?:javascript|vbscript|data)\s*:", re.I)

    def __init__(self) -> None:
        self.removed: list[str] = []

    def postprocess(self, page: str) -> str:
        soup = BeautifulSoup(page, "html.parser")
        head = soup.head
        for tag in soup.find_all(True):
            if tag.decomposed:
                continue
            name = tag.name.lower()
            if name in self.ACTIVE or (name == "meta" and tag.parent is not head):
                self._remove(tag, f"<{name}>")
                continue
            if name == "style" and self._CSS_URL.search(tag.get_text()):
                self._remove(tag, "<style> with a URL")
                continue
            if name == "link":
                self._remove(tag, "<link>")
                continue
            for attr in list(tag.attrs):
                self._check_attr(tag, name, attr)
        if not self.removed:
            return page
        log.warning("report HTML: removed %s", "; ".join(self.removed))
        return str(soup)

    def _check_attr(self, tag, name: str, attr: str) -> None:
        low = attr.lower()
        value = tag.attrs[attr]
        text = " ".join(value) if isinstance(value, list) else str(value)
        fetches = low in self.FETCHING or (low == "href" and name in self.FETCHING_HREF)
        if low.startswith("on"):
            bad = True
        elif fetches:
            bad = not (text.strip().startswith(("data:", "#")) or text.strip() == "")
            bad = bad or (low == "srcset")
        elif low in ("href", "action", "formaction"):
            bad = bool(self._SCRIPT_URL.match(text))
        elif low == "style":
            bad = bool(self._CSS_URL.search(text))
        else:
            bad = False
        if bad:
            self.removed.append(f"{name}[{attr}={text[:60]!r}]")
            del tag.attrs[attr]

    def _remove(self, tag, what: str) -> None:
        self.removed.append(what)
        tag.decompose()


# --------------------------------------------------------------------------------------------
# Helpers


def resolve_references(source: str) -> str:
    """nbconvert's filter (``[text](#heading)`` → ``\\hyperref``), with ``text`` escaped.

    nbconvert only escapes ``_`` in the link text, so ``[A & B](#x)`` breaks LaTeX.
    """
    return applyJSONFilters([_resolve_one_reference], source)


def _resolve_one_reference(key, value, fmt, meta):
    if key == "Link":
        m = re.match(r"#(.+)$", value[2][0])
        if m:
            label = re.sub(r"[^\w-]+", "", m.group(1).lower())
            return RawInline("tex", rf"\hyperref[{label}]{{{latex_text(stringify(value[1]))}}}")
    return None


def first_latex_error(log_text: str) -> tuple[str, int | None]:
    """The first error of a LaTeX log (``-file-line-error`` or ``!`` style) and its line."""
    lines = log_text.splitlines()
    for i, line in enumerate(lines):
        m = re.match(r"^(?:\./)?[^:\s]+\.tex:(\d+): (.*)$", line)
        if m:
            return _with_context(m.group(2), lines, i), int(m.group(1))
        if line.startswith("! "):
            number = None
            for follow in lines[i + 1 : i + 30]:
                lm = re.match(r"^l\.(\d+)", follow)
                if lm:
                    number = int(lm.group(1))
                    break
            return _with_context(line[2:], lines, i), number
    return "xelatex failed without an error line (see the log)", None


def _with_context(message: str, lines: list[str], i: int) -> str:
    for follow in lines[i + 1 : i + 30]:
        lm = re.match(r"^l\.\d+ (.*)$", follow)
        if lm:
            return f"{message.strip()} (at: {lm.group(1).strip()[-60:]})"
    return message.strip()


def cell_at_line(latex: str, line: int | None) -> int | None:
    """Index of the notebook cell whose LaTeX contains ``line`` (template cell markers)."""
    if line is None:
        return None
    cell = None
    for number, text in enumerate(latex.splitlines()[:line], start=1):
        m = re.match(r"^% visit-report cell (\d+)$", text)
        if m and number <= line:
            cell = int(m.group(1))
    return cell


_EXPORTERS = threading.local()


def get_exporter(kind: str) -> ReportHTMLExporter | ReportPDFExporter:
    """The exporter for ``"html"`` or ``"pdf"``, built once per thread (templates are cached)."""
    cache = _EXPORTERS.__dict__.setdefault("cache", {})
    if kind not in cache:
        cache[kind] = {"html": ReportHTMLExporter, "pdf": ReportPDFExporter}[kind]()
    return cache[kind]


def _load(nb: Any, meta: dict) -> tuple[nbformat.NotebookNode, str, Path | None]:
    """(notebook, name for messages, its directory) from a node or a path."""
    if isinstance(nb, (str, Path)):
        path = Path(nb)
        try:
            node = nbformat.read(path, as_version=4)
        except (OSError, ValueError) as exc:
            raise BuildError(
                f"cannot read the notebook ({exc})", where=str(path), fix="check the path"
            ) from exc
        return node, str(path), path.resolve().parent
    papermill = nb.get("metadata", {}).get("papermill", {})
    where = (
        meta.get("notebook")
        or papermill.get("output_path")
        or papermill.get("input_path")
        or "<notebook>"
    )
    # Relative images in Markdown cells are resolved next to the *source* notebook.
    source = Path(str(papermill.get("input_path") or "")).parent
    nb_dir = source.resolve() if str(source) not in ("", ".") and source.is_dir() else None
    return nb, str(where), nb_dir


def _latex_env(texinputs: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    env["openin_any"] = "p"  # no \input of absolute paths or parent directories
    env["max_print_line"] = "10000"  # one log line per message: readable first error
    if env.get("SOURCE_DATE_EPOCH"):
        env["FORCE_SOURCE_DATE"] = "1"  # PDF /CreationDate, /ModDate and \today from it
    if texinputs:
        env["TEXINPUTS"] = f"{texinputs}{os.pathsep}{env.get('TEXINPUTS', '')}"
    return env


def _read_log(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _warn_missing_glyphs(log_text: str) -> None:
    missing = sorted(set(re.findall(r"Missing character: There is no (.+?) in font", log_text)))
    if missing:
        log.warning("PDF: glyphs missing from the font: %s", ", ".join(missing[:20]))


def _atomic_write(out_path: Path, data: bytes) -> None:
    """Write ``data`` to ``out_path`` atomically (the previous report stays until then)."""
    try:
        write_bytes(out_path, data)
    except OSError as exc:
        raise BuildError(
            f"cannot write the report ({exc.strerror or exc})",
            where=str(out_path),
            fix="check free disk space and write permission on the output directory",
        ) from exc


__all__ = [
    "render_html",
    "render_pdf",
    "check_pdf_tools",
    "get_exporter",
    "ReportHTMLExporter",
    "ReportLatexExporter",
    "ReportPDFExporter",
    "OfflineHTMLGuard",
    "HideStderr",
    "CheckFiguresForLatex",
    "latex_text",
    "french_date",
]
