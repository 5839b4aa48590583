"""Figures for the reports: one module per area (actors, stance, context) and a shared style.

The style is applied by every figure function so figures look alike in JupyterLab, the HTML
and the PDF: a font with every French glyph, sober colours, and a fixed size that fits an A4
page width (the PDF template scales images to the line width).
"""

from __future__ import annotations

import matplotlib as mpl

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
            "font.size": 9.5,
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
