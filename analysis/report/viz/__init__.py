"""Figures for the reports: one module per area (actors, stance, context) and a shared style.

The style is applied by every figure function so figures look alike in JupyterLab, the HTML
and the PDF: a font with every French glyph, sober colours, and a fixed size that fits an A4
page width (the PDF template scales images to the line width).

Figures are vectors: SVG for JupyterLab and the HTML report (text kept as text, so the file
stays small and the browser draws it sharp at any width), PDF for the LaTeX report. The HTML
scales a figure down to the page width, so its text shrinks with it: on a 400 px phone a
:data:`FIG_WIDTH` figure is drawn about 380 px wide (0.87 px per point), and :data:`SMALL`,
the smallest size any figure uses, is still 8 px there.
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
FIG_WIDTH = 6.0  # inches (432 pt): drawn ~380 px wide on a 400 px screen, ~16 cm in the PDF
FONT = 11.0  # points: ordinary text of a figure (ticks, axis labels)
LABEL = 10.0  # points: dense labels (node names, bar values, heatmap ticks)
SMALL = 9.5  # points: the smallest text of any figure (8 px on a 400 px screen)
INLINE_FORMATS = ("svg", "pdf")  # what a notebook stores: SVG (Lab, HTML), PDF (LaTeX)


def apply_style() -> None:
    """Set a readable, deterministic matplotlib style (no timestamps in saved files), and in a
    notebook kernel the vector figure formats (:data:`INLINE_FORMATS`)."""
    vector_figures()
    mpl.rcParams.update(
        {
            "figure.figsize": (FIG_WIDTH, 4.2),
            "figure.dpi": 110,
            "savefig.dpi": 150,
            "savefig.bbox": "tight",
            # labels, legends and colour bars are fitted INSIDE the figure's width, which the
            # tight box would otherwise widen (and the HTML then shrinks the text with it)
            "figure.constrained_layout.use": True,
            # the SVG names its font: DejaVu Sans when the reader has it, else a sans-serif
            "font.family": "sans-serif",
            "font.sans-serif": ["DejaVu Sans", "Arial", "Helvetica"],
            "font.size": FONT,
            "axes.titlesize": FONT + 1,
            "legend.fontsize": LABEL,
            "legend.title_fontsize": LABEL,
            "xtick.labelsize": FONT,
            "ytick.labelsize": FONT,
            "axes.titleweight": "bold",
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.grid": False,
            "svg.hashsalt": "visit-report",
            "svg.fonttype": "none",  # text as text: a quarter of the size of glyph paths
            "path.simplify": True,
            # Article text (names, headings, themes) is drawn as it is written: a "$" never
            # starts matplotlib mathtext ("$$" made it raise, "$x$" drew maths).
            "text.parse_math": False,
        }
    )


def vector_figures() -> None:
    """In an IPython kernel (JupyterLab, papermill, the build), show figures as SVG and PDF
    instead of PNG: nbconvert's HTML exporter picks the SVG, the LaTeX one the PDF. Outside a
    kernel (scripts, tests) nothing changes."""
    try:
        from IPython import get_ipython
        from matplotlib_inline.backend_inline import set_matplotlib_formats
    except ImportError:  # pragma: no cover - both come with the notebook dependencies
        return
    if get_ipython() is not None:
        set_matplotlib_formats(*INLINE_FORMATS)


def legend_columns(labels: list[str], fontsize: float = LABEL) -> int:
    """Columns of a legend laid out in rows under a figure: as many as fit in
    :data:`FIG_WIDTH` (a wider legend would widen the figure, and so shrink its text in the
    HTML). An entry takes its text (~0.55 em a character in DejaVu Sans) plus the marker and
    the gaps (~5 em)."""
    if not labels:
        return 1
    entry = (max(len(str(label)) for label in labels) * 0.55 + 5.0) * fontsize
    return max(1, min(len(labels), int(FIG_WIDTH * 72 // entry)))


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


# Where a label may go around its point, in points (x, y, horizontal alignment, vertical
# alignment), tried in this order: right and above, right and below, left, above, below.
LABEL_SPOTS: tuple[tuple[float, float, str, str], ...] = (
    (5, 3, "left", "bottom"),
    (5, -3, "left", "top"),
    (-5, 3, "right", "bottom"),
    (-5, -3, "right", "top"),
    (0, 9, "center", "bottom"),
    (0, -9, "center", "top"),
)


def place_labels(
    ax,
    points: list[tuple[float, float, str]],
    fontsize: float = SMALL,
    spots: tuple[tuple[float, float, str, str], ...] = LABEL_SPOTS,
    max_shift: int = 6,
) -> list:
    """Write each ``(x, y, text)`` label (data coordinates) near its point without covering
    an earlier label nor leaving the axes: the first free spot of ``spots``, else the first
    spot moved a line up or down at a time with a leader line (at most ``max_shift`` lines),
    else the label is left out (the tables name every point; an overprint names none). Placement
    is measured on the drawn figure (the text's real extent), so long names in a crowded
    region (a country, its capital and a region side by side) never overprint each other."""
    fig = ax.figure
    fig.canvas.draw()  # layout settled: the axes' final size gives the real extents
    renderer = fig.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    style = {"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75}
    taken: list = []
    out = []
    for x, y, text in points:
        probe = ax.annotate(
            text, (x, y), xytext=(0, 0), textcoords="offset points", fontsize=fontsize, bbox=style
        )
        chosen = None
        # shifts 0, +1, -1, +2, -2...: a line up or down from the first spot
        shifts = [0] + [k * sign for k in range(1, max_shift + 1) for sign in (1, -1)]
        for shift in shifts:
            for dx, dy, ha, va in spots if shift == 0 else spots[:1]:
                offset = (dx, dy + shift * fontsize * 1.25)
                probe.set_position(offset)
                probe.set_ha(ha)
                probe.set_va(va)
                box = probe.get_window_extent(renderer).expanded(1.04, 1.1)
                inside = frame.contains(box.x0, box.y0) and frame.contains(box.x1, box.y1)
                if inside and not any(box.overlaps(b) for b in taken):
                    chosen = (offset, ha, va, shift, box)
                    break
            if chosen:
                break
        probe.remove()
        if chosen is None:  # nowhere free: no name rather than one over another
            continue
        offset, ha, va, shift, box = chosen
        arrow = {"arrowstyle": "-", "color": "#888888", "lw": 0.5} if shift else None
        ann = ax.annotate(
            text,
            (x, y),
            xytext=offset,
            textcoords="offset points",
            fontsize=fontsize,
            ha=ha,
            va=va,
            zorder=4,
            bbox=style,
            arrowprops=arrow,
        )
        # kept out of constrained layout: a name near the edge must not shrink the axes
        # after its neighbours were placed (their spacing was measured at this size)
        ann.set_in_layout(False)
        taken.append(box)
        out.append(ann)
    return out
