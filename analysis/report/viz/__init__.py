"""Figures for the reports: one module per area (actors, stance, context) and a shared style.

The style is applied by every figure function so figures look alike in JupyterLab, the HTML
and the PDF: a font with every French glyph, sober colours, and a fixed size that fits an A4
page width (the PDF template scales images to the line width).
"""

from __future__ import annotations

import textwrap

import matplotlib as mpl
from matplotlib.ticker import FuncFormatter, MaxNLocator

from analysis.report.french import number

# One colour per actor type, used by every figure (tables, networks, bars, maps).
TYPE_COLORS: dict[str, str] = {
    "person": "#1f77b4",
    "state": "#d62728",
    "organisation": "#2ca02c",
    "company": "#9467bd",
    "media": "#ff7f0e",
    "group": "#8c564b",
}
POLARITY_CMAP = "RdBu"
FIG_WIDTH = 7.5  # inches: the A4 text width at 300 dpi-equivalent readability


def apply_style() -> None:
    """Set a readable, deterministic matplotlib style (no timestamps in saved files)."""
    mpl.rcParams.update(
        {
            "figure.figsize": (FIG_WIDTH, 4.2),
            "figure.dpi": 110,
            "savefig.dpi": 150,
            "savefig.bbox": "tight",
            "font.family": "DejaVu Sans",
            "font.size": 10,
            "axes.titlesize": 11,
            "axes.titleweight": "bold",
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.grid": False,
            "svg.hashsalt": "visit-report",
            "path.simplify": True,
            # Article text (names, headings, themes) is drawn as it is written: a "$" never
            # starts matplotlib mathtext ("$$" made it raise, "$x$" drew maths).
            "text.parse_math": False,
        }
    )


def wrap(text: object, width: int = 24, max_lines: int = 2) -> str:
    """A label on at most ``max_lines`` lines of ``width`` characters, broken between words
    (never inside one); a longer label ends its last line with "…" after a whole word. Dollar
    signs are escaped (matplotlib would read them as maths)."""
    words = " ".join(str(text).split()).replace("$", r"\$")
    lines = textwrap.wrap(words, width, break_long_words=False, break_on_hyphens=False)
    if len(lines) <= max_lines:
        return "\n".join(lines)
    kept = lines[:max_lines]
    last = kept[-1]
    if len(last) + 1 > width and " " in last:
        last = last.rsplit(" ", 1)[0]
    return "\n".join([*kept[:-1], last.rstrip(" ,;:") + "…"])


def french_axis(axis, integer: bool = False, digits: int = 2) -> None:
    """French tick labels on ``axis`` (decimal comma); ``integer``: whole-number ticks only,
    for counts."""
    if integer:
        axis.set_major_locator(MaxNLocator(integer=True))
    axis.set_major_formatter(FuncFormatter(lambda x, _: number(x, 0 if integer else digits)))
