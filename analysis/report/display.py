"""Display helpers for the notebooks: tables and prose that are safe in HTML *and* LaTeX.

Article text is untrusted: it may contain ``<script>``, ``\\``, ``%``, ``$``, ``&``... Every
value that comes from the article goes through these helpers, which escape it for each output
format. Objects carry both ``_repr_html_`` (used by JupyterLab and the HTML report) and
``_repr_latex_`` (picked by nbconvert's LaTeX route for the PDF), so one call gives a good
table in both, instead of pandas' plain-text fallback in the PDF.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from analysis.report.filters import escape_html, escape_latex, escape_markdown

HARD_MAX_ROWS = 250
CHARS_PER_LINE = 80  # average characters of \small text on the A4 line of the PDF template
CELL_PADDING = 2.5  # characters eaten by the column separation (2\tabcolsep)


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


def _html_cell(value: object, shown: str) -> str:
    return value.html() if isinstance(value, Links) else esc_html(shown)


class Table:
    """A DataFrame rendered as an escaped HTML table and a LaTeX longtable that fits A4."""

    def __init__(
        self,
        df: pd.DataFrame,
        caption: str | None = None,
        widths: Sequence[float] | None = None,
        max_rows: int | None = 60,
    ) -> None:
        self.total = len(df)
        # max_rows=None means "the whole table" for an article; a very long article still gets
        # a page-friendly cap (the complete table is in the CSV output).
        self.df = df.head(max_rows or HARD_MAX_ROWS)
        self.caption = caption
        n = max(len(self.df.columns), 1)
        self.widths = list(widths) if widths else [1.0 / n] * n

    def _cells(self) -> list[list[str]]:
        def fmt(v: object) -> str:
            if v is None or (isinstance(v, float) and pd.isna(v)):
                return ""
            if isinstance(v, float):
                return f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))
            return str(v)

        return [[fmt(v) for v in row] for row in self.df.itertuples(index=False)]

    def _more(self) -> str | None:
        hidden = self.total - len(self.df)
        return (
            f"… et {hidden} ligne(s) de plus (table complète : visit-report analyze)"
            if hidden > 0
            else None
        )

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{esc_html(c)}</th>" for c in self.df.columns)
        body = "".join(
            "<tr>"
            + "".join(f"<td>{_html_cell(v, shown)}</td>" for v, shown in zip(raw, row, strict=True))
            + "</tr>"
            for raw, row in zip(self.df.itertuples(index=False), self._cells(), strict=True)
        )
        cap = f"<caption>{esc_html(self.caption)}</caption>" if self.caption else ""
        more = f"<p class='vr-more'>{esc_html(self._more())}</p>" if self._more() else ""
        return (
            f"<table class='vr-table'>{cap}<thead><tr>{head}</tr></thead>"
            f"<tbody>{body}</tbody></table>{more}"
        )

    def latex_widths(self) -> list[float]:
        """Column widths (fractions of the line) that leave room for each column's longest
        word (header or cell), so nothing overflows into its neighbour; the requested
        ``widths`` give the proportions of what is left."""
        cells = self._cells()
        minimal = []
        for j, column in enumerate(self.df.columns):
            longest_head = max((len(w) for w in str(column).split()), default=1)
            longest_cell = max((len(w) for row in cells for w in row[j].split()), default=1)
            chars = max(longest_head * 1.15, min(longest_cell, 14)) + CELL_PADDING
            minimal.append(chars / CHARS_PER_LINE)
        total = sum(self.widths) or 1.0
        wanted = [w / total for w in self.widths]
        free = max(0.0, 1.0 - sum(minimal))
        # give every column its minimum, then share the rest as the caller asked
        extra = [max(0.0, w - m) for w, m in zip(wanted, minimal, strict=True)]
        scale = free / (sum(extra) or 1.0)
        out = [m + e * scale for m, e in zip(minimal, extra, strict=True)]
        norm = sum(out)
        return [w / norm for w in out]

    def _repr_latex_(self) -> str:
        widths = self.latex_widths()
        n = len(widths)
        # \hspace{0pt} lets LaTeX hyphenate a cell's first word (it never does otherwise)
        cols = "".join(
            rf">{{\raggedright\arraybackslash\hspace{{0pt}}}}p{{\dimexpr {w:.3f}\linewidth"
            rf"-2\tabcolsep-{1.0 / n:.3f}pt\relax}}"
            for w in widths
        )
        head = " & ".join(rf"\textbf{{{esc_latex(c)}}}" for c in self.df.columns)
        rows = "\n".join(" & ".join(esc_latex(v) for v in row) + r" \\" for row in self._cells())
        cap = rf"\caption*{{{esc_latex(self.caption)}}}\\" if self.caption else ""
        more = (
            rf"\multicolumn{{{n}}}{{l}}{{\emph{{{esc_latex(self._more())}}}}} \\"
            if self._more()
            else ""
        )
        return (
            "{\\small\\setlength{\\tabcolsep}{3pt}\n"
            rf"\begin{{longtable}}{{{cols}}}" + "\n"
            f"{cap}\n\\toprule\n{head} \\\\\n\\midrule\n\\endhead\n"
            f"{rows}\n{more}\n\\bottomrule\n\\end{{longtable}}\n}}\n"
        )


def table(
    df: pd.DataFrame,
    caption: str | None = None,
    widths: Sequence[float] | None = None,
    max_rows: int | None = 60,
) -> Table:
    """Show ``df`` as an escaped table (``widths``: relative column widths for the PDF)."""
    return Table(df, caption=caption, widths=widths, max_rows=max_rows)
