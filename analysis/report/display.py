"""Display helpers for the notebooks: tables and prose that are safe in HTML *and* LaTeX.

Article text is untrusted: it may contain ``<script>``, ``\\``, ``%``, ``$``, ``&``... Every
value that comes from the article goes through these helpers, which escape it for each output
format. Objects carry both ``_repr_html_`` (used by JupyterLab and the HTML report) and
``_repr_latex_`` (picked by nbconvert's LaTeX route for the PDF), so one call gives a good
table in both, instead of pandas' plain-text fallback in the PDF.
"""

from __future__ import annotations

import math
import re
import textwrap
from collections.abc import Sequence

import numpy as np
import pandas as pd

from analysis.report.evidence import ArticleAnnex, Ref
from analysis.report.filters import escape_html, escape_latex, escape_markdown
from analysis.report.french import number, percent, plural, typography, yes_no

HARD_MAX_ROWS = 250
CHARS_PER_LINE = 90  # average characters of \small text on the A4 line of the PDF template
TEXT_HEIGHT_PT = 247 / 25.4 * 72.27  # the A4 text height of the template (2.5 cm margins)
MAX_ROW_PT = TEXT_HEIGHT_PT / 4  # a taller row takes a smaller font (a third is the hard limit)
CELL_PADDING = 2.5  # characters eaten by the column separation (2\tabcolsep)
MAX_WORD = 11  # a longer word may be hyphenated rather than widen its column further
MAX_NATURAL = 150  # text longer than this wraps: no column is asked for more than its share


__all__ = [
    "Markdown",
    "Table",
    "article",
    "bullets",
    "md",
    "percent",
    "plural",
    "table",
]


def article(art) -> ArticleAnnex:
    """The article as an annex, each sentence numbered from 1 and reachable by the findings'
    links (:mod:`analysis.report.evidence`)."""
    return ArticleAnnex(art)


# The escapers live in :mod:`analysis.report.filters`; these are their short names here.
esc_html = escape_html
esc_latex = escape_latex
esc_md = escape_markdown


class Markdown:
    """Markdown with escaped values; shown as Markdown in JupyterLab, HTML and PDF."""

    def __init__(self, source: str) -> None:
        self.source = source

    def _repr_markdown_(self) -> str:
        return self.source

    def __str__(self) -> str:
        return self.source


def md(template: str, **values: object) -> Markdown:
    """``template.format(**escaped values)``: the template is ours, the values untrusted."""
    return Markdown(template.format(**{k: esc_md(v) for k, v in values.items()}))


def bullets(items: Sequence[str]) -> Markdown:
    """A Markdown list from already-safe Markdown items (e.g. from :func:`md` or headlines)."""
    return Markdown("\n".join(f"- {item}" for item in items) if items else "_(aucun élément)_")


class Links:
    """A table cell of links: ``items`` are (text, href) pairs (href None: text only). The HTML
    report shows links; the PDF, where relative links lead nowhere, shows the texts."""

    def __init__(self, items: Sequence[tuple[str, str | None]]) -> None:
        self.items = list(items)

    def __str__(self) -> str:
        return " ; ".join(text for text, _ in self.items)

    def html(self) -> str:
        return " ; ".join(
            f"<a href='{esc_html(href)}'>{esc_html(text)}</a>" if href else esc_html(text)
            for text, href in self.items
        )


class Table:
    """A DataFrame rendered as an escaped HTML table and a LaTeX longtable that fits A4.

    Cells are shown the French way (:mod:`analysis.report.french`): numbers with a decimal
    comma, booleans as oui/non, text with French quotation marks; :class:`~analysis.report.
    evidence.Ref` cells become links to the article's sentences. Column widths in the PDF
    follow the content (:meth:`latex_widths`), as a browser lays out the HTML table.
    """

    def __init__(
        self,
        df: pd.DataFrame,
        caption: str | None = None,
        max_rows: int | None = 60,
    ) -> None:
        self.total = len(df)
        # max_rows=None means "the whole table" for an article; a very long article still gets
        # a page-friendly cap (the complete table is in the CSV output).
        self.df = df.head(max_rows or HARD_MAX_ROWS)
        self.caption = caption

    def _values(self) -> list[list[object]]:
        return [list(row) for row in self.df.itertuples(index=False)]

    def _cells(self) -> list[list[str]]:
        """Every cell as the text a reader sees."""
        return [[cell_text(v) for v in row] for row in self._values()]

    def _more(self) -> str | None:
        hidden = self.total - len(self.df)
        if hidden <= 0:
            return None
        return f"… et {plural(hidden, 'ligne')} de plus (table complète : visit-report analyze)"

    def _empty(self) -> str | None:
        """The sentence shown instead of a table with no row (a heading over a bare header row
        looks like a bug to a reader)."""
        if self.total:
            return None
        what = self.caption or "Table"
        return f"{what} : rien de relevé dans cet article."

    def _repr_html_(self) -> str:
        if self._empty():
            return f"<p class='vr-more vr-empty'>{esc_html(self._empty())}</p>"
        left = " style='text-align:left'"  # JupyterLab right-aligns cells by default
        head = "".join(f"<th{left}>{esc_html(c)}</th>" for c in self.df.columns)
        body = "".join(
            "<tr>" + "".join(f"<td{left}>{cell_html(v)}</td>" for v in row) + "</tr>"
            for row in self._values()
        )
        cap = f"<caption>{esc_html(self.caption)}</caption>" if self.caption else ""
        more = f"<p class='vr-more'>{esc_html(self._more())}</p>" if self._more() else ""
        return (
            f"<div class='vr-scroll'><table class='vr-table'>{cap}<thead><tr>{head}</tr>"
            f"</thead><tbody>{body}</tbody></table></div>{more}"
        )

    def latex_widths(self) -> list[float]:
        """Column widths (fractions of the line) that follow the content, as browsers lay out
        tables: a column whose text fits gets its natural width, the long-text columns share
        what is left in proportion to their length, and no column is narrower than its
        longest word (so ids and dates never break, and headers stay on their row)."""
        cells = self._cells()
        _, chars = table_font(list(self.df.columns), cells)
        return content_widths(list(self.df.columns), cells, chars)

    def row_lines(self) -> list[int]:
        """Estimated printed lines of each row in the PDF (its tallest cell)."""
        widths = self.latex_widths()
        _, chars = table_font(list(self.df.columns), self._cells())
        return [
            max((cell_lines(c, w, chars) for c, w in zip(row, widths, strict=True)), default=1)
            for row in self._cells()
        ]

    def _repr_latex_(self) -> str:
        if self._empty():
            return rf"\par\emph{{{esc_latex(self._empty())}}}\par" + "\n"
        widths = self.latex_widths()
        font, _ = table_font(list(self.df.columns), self._cells())
        n = len(widths)
        # \hspace{0pt} lets LaTeX hyphenate a cell's first word (it never does otherwise)
        cols = "".join(
            rf">{{\raggedright\arraybackslash\hspace{{0pt}}}}p{{\dimexpr {w:.3f}\linewidth"
            rf"-2\tabcolsep-{1.0 / n:.3f}pt\relax}}"
            for w in widths
        )
        head = " & ".join(rf"\textbf{{{esc_latex(c)}}}" for c in self.df.columns)
        rows = "\n".join(" & ".join(cell_latex(v) for v in row) + r" \\" for row in self._values())
        cap = rf"\caption*{{{esc_latex(self.caption)}}}\\" if self.caption else ""
        more = rf"\nopagebreak\par\emph{{{esc_latex(self._more())}}}\par" if self._more() else ""
        return (
            f"{{\\{font}\\setlength{{\\tabcolsep}}{{3pt}}\n"
            rf"\begin{{longtable}}{{{cols}}}" + "\n"
            f"{cap}\n\\toprule\n{head} \\\\\n\\midrule\n\\endhead\n"
            f"\\bottomrule\n\\endlastfoot\n{rows}\n\\end{{longtable}}\n{more}}}\n"
        )


def cell_text(v: object) -> str:
    """A cell as a reader reads it: "" for missing values, oui/non, French numbers, French
    quotation marks in text, a sentence reference numbered from 1."""
    if v is None or v is pd.NA or (isinstance(v, float) and pd.isna(v)):
        return ""
    if isinstance(v, (bool, np.bool_)):
        return yes_no(bool(v))
    if isinstance(v, (int, float, np.integer, np.floating)):
        return number(v)
    if isinstance(v, (Ref, Links)):
        return str(v)
    return typography(v)


def cell_html(v: object) -> str:
    return v.html() if isinstance(v, (Ref, Links)) else esc_html(cell_text(v))


_UNBREAKABLE = re.compile(r"(?<![\w-])(\d[\w.]*(?:-[\w.]+)+|[A-Z]+\d+)(?![\w-])")


def cell_latex(v: object) -> str:
    """LaTeX of a cell; short hyphenated codes and dates ("2021-11-24") are kept whole."""
    if isinstance(v, Ref):
        return v.latex()
    text = cell_text(v)
    parts = _UNBREAKABLE.split(text)
    return "".join(
        (rf"\mbox{{{esc_latex(p)}}}" if i % 2 and len(p) <= MAX_WORD else esc_latex(p))
        for i, p in enumerate(parts)
    )


# Font sizes a table may take: (name, characters a line holds, baseline in pt). A table whose
# longest words do not fit, or whose tallest row would exceed MAX_ROW_PT, takes the next one.
FONT_SIZES: tuple[tuple[str, float, float], ...] = (
    ("small", CHARS_PER_LINE, 12.0),
    ("footnotesize", CHARS_PER_LINE * 10 / 9, 11.0),
    ("scriptsize", CHARS_PER_LINE * 10 / 8, 9.5),
)


def table_font(columns: Sequence[object], cells: list[list[str]]) -> tuple[str, float]:
    """The largest font size (and its characters per line) in which every column gets at least
    its longest word and no row is taller than :data:`MAX_ROW_PT`."""
    need = sum(_column_needs(columns, cells)[1])
    for font, chars, baseline in FONT_SIZES:
        if need > chars:
            continue
        ws = content_widths(columns, cells, chars)
        tallest = max(
            (max(cell_lines(c, w, chars) for c, w in zip(row, ws, strict=True)) for row in cells),
            default=1,
        )
        if tallest * baseline <= MAX_ROW_PT:
            return font, chars
    return FONT_SIZES[-1][:2]


def _column_needs(
    columns: Sequence[object], cells: list[list[str]]
) -> tuple[list[float], list[float]]:
    """(natural, minimal) width of each column, in average characters, padding included."""
    natural, minimal = [], []
    for j, column in enumerate(columns):
        head = str(column)
        texts = [row[j] for row in cells]
        # bold header words are about a quarter wider than body text, and hyphenate less well
        head_word = max((len(w) * 1.2 for w in head.split()), default=1)
        body_word = max((len(w) * 1.05 for t in texts for w in t.split()), default=1)
        minimal.append(max(min(head_word, MAX_WORD + 4), min(body_word, MAX_WORD)) + CELL_PADDING)
        longest = max([len(head) * 1.1, *(len(t) for t in texts)], default=1.0)
        natural.append(max(min(longest, MAX_NATURAL), minimal[-1] - CELL_PADDING) + CELL_PADDING)
    return natural, minimal


def content_widths(
    columns: Sequence[object], cells: list[list[str]], chars: float = CHARS_PER_LINE
) -> list[float]:
    """Fractions of the line for columns of ``cells`` (see :meth:`Table.latex_widths`), a line
    holding ``chars`` average characters."""
    natural, minimal = _column_needs(columns, cells)
    avail = float(chars)
    low, high = sum(minimal), sum(natural)
    if high <= avail or high <= low:
        out = natural
    elif low >= avail:
        out = minimal
    else:
        # as browsers lay out an automatic table: every column its minimum, and the room left
        # shared in proportion to what each column would still take (long text gets most)
        share = (avail - low) / (high - low)
        out = [m + (x - m) * share for m, x in zip(minimal, natural, strict=True)]
    total = sum(out) or 1.0
    return [w / total for w in out]


def cell_lines(text: str, width: float, line_chars: float = CHARS_PER_LINE) -> int:
    """Printed lines of ``text`` in a column ``width`` (fraction of the line) of the PDF: a
    greedy word wrap at the column's width in average characters."""
    chars = max(1, math.floor(width * line_chars - CELL_PADDING + 0.5))
    return max(1, len(textwrap.wrap(text, chars, break_long_words=True)))


def table(df: pd.DataFrame, caption: str | None = None, max_rows: int | None = 60) -> Table:
    """Show ``df`` as an escaped table; its PDF column widths follow the content (there is no
    ``widths`` to give: :meth:`Table.latex_widths`)."""
    return Table(df, caption=caption, max_rows=max_rows)
