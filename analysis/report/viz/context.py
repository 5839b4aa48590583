"""Figures of the context report: timeline, map of places, theme profile by paragraph.

All figures are drawn offline: the map uses the low-resolution country outlines shipped by
the ``countryinfo`` package (see :func:`analysis.extract.context.places.country_outlines`) on a
plain
longitude/latitude projection with a graticule; without the package it still draws the
graticule and the labelled points.
"""

from __future__ import annotations

import datetime as dt
import math

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from analysis.extract.context.timeline import interval
from analysis.report.french import date, number
from analysis.report.labels import DATE_PRECISION, MONTHS_SHORT, PHASE, PLACE_KIND
from analysis.report.viz import (
    FIG_WIDTH,
    FONT,
    LABEL,
    SMALL,
    apply_style,
    french_axis,
    legend_columns,
    place_labels,
    wrap,
)

PHASE_COLORS = {"before": "#7f7f7f", "visit": "#d62728", "after": "#1f77b4", "": "#bbbbbb"}
# one clearly different shape per precision (a day's circle and a season's triangle)
PRECISION_MARKERS = {"day": "o", "month": "s", "season": "^", "year": "D", "approximate": "X"}
KIND_COLORS = {
    "city": "#d62728",
    "country": "#1f77b4",
    "territory": "#9467bd",
    "region": "#2ca02c",
    "continent": "#2ca02c",
    "sea": "#17becf",
    "landmark": "#ff7f0e",
    "site": "#ff7f0e",
    "historical region": "#8c564b",
}

# Long articles: figures keep a readable size (the tables and CSVs keep everything).
MAX_TIMELINE_ROWS = 40
MAX_PROFILE_ROWS = 40
# a timeline spanning more days than this is drawn in years
YEAR_AXIS_DAYS = 730


def _mid(row) -> tuple[dt.date, dt.date, dt.date]:
    first, _ = interval(str(row["date"]))
    _, last = interval(str(row["date_end"] or row["date"]))
    return first, last, first + (last - first) / 2


def _year_float(d: dt.date) -> float:
    start = dt.date(d.year, 1, 1)
    return d.year + (d - start).days / 365.25


def _timeline_title(tl: pd.DataFrame, years: bool, zoom: bool) -> str:
    """The main panel's title: "Toute la période" only beside a zoom panel; a story whose
    dates all fall on one day says which ("Un seul jour : 6 avril 2023"; "Toute la période
    (jours)" over three points on one day promised a span the figure does not have)."""
    first, last = min(tl["first"]), max(tl["last"])
    if first == last:
        return f"Un seul jour : {date(first.isoformat())}"
    if zoom:
        return "Toute la période (années)"
    return "Dates citées (années)" if years else "Dates citées (jours)"


def _label(row, width: int = 32) -> str:
    text = str(row["text"])
    event = str(row.get("event") or "")
    label = f"{text} — {event}" if event else text
    return wrap(label, width, 2)


def timeline_figure(an) -> Figure | None:
    """Dated expressions on a time axis: the whole span, and a zoom on the visit's weeks.

    Colour = phase (background, visit, announced follow-up); marker = precision; a bar
    shows the interval a month, season, year or range covers.
    """
    apply_style()
    tl = an.tables.get("timeline")
    if tl is None or tl.empty:
        return None
    tl = tl[tl["date"].astype(str) != ""].copy()
    if tl.empty:
        return None
    tl = tl.drop_duplicates(subset=["date", "date_end", "precision", "text"])
    if len(tl) > MAX_TIMELINE_ROWS:
        # A long article: one row per distinct date, the visit's dates first, so the figure
        # stays readable (the full list is in the table and timeline.csv).
        tl = tl.drop_duplicates(subset=["date", "date_end", "precision"])
        tl = tl.sort_values("phase", key=lambda s: s.ne("visit")).head(MAX_TIMELINE_ROWS)
    spans = [_mid(r) for _, r in tl.iterrows()]
    tl["first"], tl["last"], tl["mid"] = zip(*spans, strict=True)
    tl = tl.sort_values("first").reset_index(drop=True)
    # A story told within two years reads on a day axis ("23 sept."); a longer one in years,
    # with a zoom on the visit's weeks when they hold several distinct dates.
    years = (tl["last"].max() - tl["first"].min()).days > YEAR_AXIS_DAYS
    visit = tl[tl["phase"] == "visit"]
    centre = visit["mid"].min() if len(visit) else tl["mid"].max()
    near = tl[[abs((m - centre).days) <= 45 for m in tl["mid"]]]
    zoom = years and len(near) < len(tl) and near["mid"].nunique() >= 2
    n_panels = 2 if zoom else 1
    height = max(2.8, 0.42 * len(tl) + 1.4)
    fig, axes = plt.subplots(
        1,
        n_panels,
        figsize=(FIG_WIDTH, height),
        squeeze=False,
        sharey=True,
        width_ratios=[3, 2][:n_panels],
    )
    title = _timeline_title(tl, years, zoom)
    _timeline_panel(axes[0][0], tl, years=years, title=title, labels=True)
    if zoom:
        _timeline_panel(axes[0][1], near, years=False, title="Autour de la visite (jours)")
    handles = [
        plt.Line2D([], [], marker="o", ls="", color=c, label=PHASE[p])
        for p, c in PHASE_COLORS.items()
        if p and (tl["phase"] == p).any()
    ]
    handles += [
        plt.Line2D([], [], marker=m, ls="", color="black", mfc="white", label=DATE_PRECISION[p])
        for p, m in PRECISION_MARKERS.items()
        if (tl["precision"] == p).any()
    ]
    if handles:
        ncol = legend_columns([h.get_label() for h in handles])
        fig.legend(handles=handles, loc="outside lower center", ncol=ncol, frameon=False)
        # the legend's rows are added below the panels, not taken from them
        fig.set_figheight(height + 0.22 * math.ceil(len(handles) / ncol))
    return fig


def short_date(d: dt.date) -> str:
    """A tick's date the French way, short: "23 sept. 2024" (``months_short`` in
    ``data/labels_fr.yaml``)."""
    return f"{'1er' if d.day == 1 else d.day} {MONTHS_SHORT[d.month - 1]} {d.year}"


def _timeline_panel(ax, rows: pd.DataFrame, years: bool, title: str, labels: bool = False):
    """One panel; rows keep their index as y position so both panels line up. A year axis
    has whole years as ticks; a day axis French dates; a single date gets room around it
    (never an offset such as "+2.0247e3" nor ticks a century apart)."""
    conv = _year_float if years else (lambda d: d.toordinal())
    for y, r in rows.iterrows():
        color = PHASE_COLORS.get(r["phase"], "#bbbbbb")
        a, b, m = conv(r["first"]), conv(r["last"]), conv(r["mid"])
        if b > a:
            ax.plot([a, b], [y, y], color=color, lw=4, alpha=0.35, solid_capstyle="butt")
        ax.plot(
            m,
            y,
            PRECISION_MARKERS.get(r["precision"], "o"),
            color=color,
            mfc="white",
            ms=6,
            mew=1.6,
        )
    if labels:
        ax.set_yticks(list(rows.index))
        ax.set_yticklabels([_label(r) for _, r in rows.iterrows()], fontsize=SMALL)
        ax.set_ylim(len(rows) - 0.5, -0.5)
    else:
        ax.tick_params(axis="y", length=0, labelleft=False)
    ax.set_title(wrap(title, 18), fontsize=FONT)
    ax.grid(axis="x", color="#dddddd", lw=0.6)
    lo, hi = conv(rows["first"].min()), conv(rows["last"].max())
    pad = max(1.0 if years else 3.0, 0.08 * (hi - lo))
    ax.set_xlim(lo - pad, hi + pad)
    ax.xaxis.set_major_locator(MaxNLocator(4 if years else 3, integer=True))
    if years:
        ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: f"{round(x)}"))
    else:  # dates must not overlap: three ticks at most, slanted
        ax.xaxis.set_major_formatter(
            FuncFormatter(lambda x, _: short_date(dt.date.fromordinal(max(1, round(x)))))
        )
        for tick in ax.get_xticklabels():
            tick.set_rotation(30)
            tick.set_fontsize(SMALL)


def map_figure(an, max_labels: int = 25) -> Figure | None:
    """The article's places on a longitude/latitude map with country outlines.

    Point size = number of mentions; colour = kind of place; a hollow marker means the name
    only stands for a government ("Berlin a protesté"), never for the place itself.
    """
    from analysis.extract.context.places import country_outlines

    apply_style()
    pl = an.tables.get("places")
    if pl is None or pl.empty:
        return None
    pl = pl.dropna(subset=["lat", "lon"])
    if pl.empty:
        return None
    # The frame follows the places used as places (a capital standing for a distant
    # government, a continent or an ocean would stretch it); the others are drawn if inside.
    local = ["city", "landmark", "site", "territory", "region"]
    core = pl[(pl["role"] == "place") & pl["kind"].isin(local)]
    if len(core) < 2:
        core = pl[(pl["role"] == "place") & ~pl["kind"].isin(["continent", "sea"])]
    if len(core) < 2:
        # a frame around one point is a blank square with a dot: the states named for
        # their governments ("Budapest a protesté") give it its neighbours
        core = pl[~pl["kind"].isin(["continent", "sea"])]
    core = core if len(core) else pl
    lon0, lon1 = core["lon"].min(), core["lon"].max()
    lat0, lat1 = core["lat"].min(), core["lat"].max()
    pad_x = max(4.0, 0.15 * (lon1 - lon0))
    pad_y = max(3.0, 0.15 * (lat1 - lat0))
    lon0, lon1 = max(-180, lon0 - pad_x), min(180, lon1 + pad_x)
    lat0, lat1 = max(-85, lat0 - pad_y), min(85, lat1 + pad_y)
    aspect = 1 / max(0.2, math.cos(math.radians((lat0 + lat1) / 2)))
    # Keep a readable shape: at least 1:2.2 (height:width) on the page.
    min_lat_span = (lon1 - lon0) / aspect / 2.2
    if lat1 - lat0 < min_lat_span:
        grow = (min_lat_span - (lat1 - lat0)) / 2
        lat0, lat1 = max(-85, lat0 - grow), min(85, lat1 + grow)
    width = FIG_WIDTH
    height = min(7.5, max(3.0, width * (lat1 - lat0) / (lon1 - lon0) * aspect))
    pl = pl[pl["lon"].between(lon0, lon1) & pl["lat"].between(lat0, lat1)]
    fig, ax = plt.subplots(figsize=(width, height))
    ax.set_facecolor("#eef4f8")
    for rings in country_outlines().values():
        for ring in rings:
            xs = [p[0] for p in ring]
            ys = [p[1] for p in ring]
            if max(xs) < lon0 or min(xs) > lon1 or max(ys) < lat0 or min(ys) > lat1:
                continue
            ax.fill(xs, ys, color="#fbfbf8", ec="#9a9a9a", lw=0.5, zorder=1)
    _graticule(ax, lon0, lon1, lat0, lat1)
    biggest = max(1, int(pl["mentions"].max()))
    for _, r in pl.iterrows():
        color = KIND_COLORS.get(r["kind"], "#555555")
        size = 25 + 140 * (int(r["mentions"]) / biggest)
        hollow = r["role"] == "government"
        ax.scatter(
            r["lon"],
            r["lat"],
            s=size,
            color="white" if hollow else color,
            edgecolors=color,
            linewidths=1.5,
            alpha=0.9,
            zorder=3,
        )
    ax.set_xlim(lon0, lon1)
    ax.set_ylim(lat0, lat1)
    ax.set_aspect(aspect)
    ax.set_xlabel("longitude (°)")
    ax.set_ylabel("latitude (°)")
    french_axis(ax.xaxis, digits=1)  # "22,5", never "22.5"
    french_axis(ax.yaxis, digits=1)
    kinds = [k for k in KIND_COLORS if (pl["kind"] == k).any()]
    handles = [
        plt.Line2D([], [], marker="o", ls="", color=KIND_COLORS[k], label=PLACE_KIND[k])
        for k in kinds
    ]
    if (pl["role"] == "government").any():
        handles.append(
            plt.Line2D(
                [], [], marker="o", ls="", color="#555555", mfc="white", label="gouvernement"
            )
        )
    ax.set_title("Lieux cités")
    fig.legend(
        handles=handles,
        loc="outside lower center",
        ncol=legend_columns([h.get_label() for h in handles]),
        frameon=False,
    )
    # names last, once the frame and legend are laid out: each is measured and placed where
    # it covers no other name (the most mentioned first)
    labelled = pl.sort_values("mentions", ascending=False).head(max_labels)
    place_labels(
        ax, [(float(r["lon"]), float(r["lat"]), str(r["name"])) for _, r in labelled.iterrows()]
    )
    return fig


def _graticule(ax, lon0, lon1, lat0, lat1) -> None:
    span = max(lon1 - lon0, lat1 - lat0)
    step = next(s for s in (1, 2, 5, 10, 15, 30, 45, 60) if span / s <= 10)
    lon = math.floor(lon0 / step) * step
    while lon <= lon1:
        ax.axvline(lon, color="#c8d3dc", lw=0.5, zorder=0)
        lon += step
    lat = math.floor(lat0 / step) * step
    while lat <= lat1:
        ax.axhline(lat, color="#c8d3dc", lw=0.5, zorder=0)
        lat += step


def themes_figure(an) -> Figure | None:
    """Heat map: paragraphs (rows, in reading order) by themes (hits per 100 words)."""
    from analysis.extract.context.themes import taxonomy
    from analysis.report.views.context import profile

    apply_style()
    th = an.tables.get("themes")
    if th is None or th.empty:
        return None
    prof = profile(th)
    if prof.empty:
        return None
    binned = len(prof) > MAX_PROFILE_ROWS
    if binned:  # a long article: consecutive paragraphs averaged into bins
        size = -(-len(prof) // MAX_PROFILE_ROWS)
        groups = [prof.index[i : i + size] for i in range(0, len(prof), size)]
        prof = pd.DataFrame(
            [prof.loc[g].mean() for g in groups],
            index=[f"§{g[0] + 1}–{g[-1] + 1}" for g in groups],
        )
    order = list(taxonomy())
    prof = prof[[c for c in order if c in prof.columns]]
    labels = [taxonomy()[c]["label"] for c in prof.columns]
    meta = th.drop_duplicates("paragraph_id").set_index("paragraph_id")
    ylabels = list(prof.index) if binned else []  # bins are labelled by their paragraph range
    # "début" names the paragraphs before the first heading; an article without headings
    # has no "début" to speak of, and its rows are only numbered
    headed = meta["section"].fillna("").astype(str).str.strip().ne("").any()
    for pid in [] if binned else prof.index:
        kind, section = meta.at[pid, "kind"], str(meta.at[pid, "section"] or "")
        where = "chapeau" if kind == "lede" else (wrap(section, 28, 1) or "début")
        ylabels.append(
            f"§{int(pid) + 1}" if not headed and kind != "lede" else f"§{int(pid) + 1} · {where}"
        )
    fig, ax = plt.subplots(figsize=(FIG_WIDTH, max(2.5, 0.3 * len(prof) + 1.5)))
    im = ax.imshow(prof.values, aspect="auto", cmap="Blues", vmin=0)
    ax.set_xticks(range(len(labels)))
    if len(labels) > 4:  # narrow columns: theme names upright on two lines
        ax.set_xticklabels([wrap(x, 22, 2) for x in labels], rotation=90, fontsize=SMALL)
    else:
        ax.set_xticklabels([wrap(x, 16, 3) for x in labels], ha="center", fontsize=LABEL)
    ax.set_yticks(range(len(ylabels)))
    ax.set_yticklabels(ylabels, fontsize=SMALL)
    top = float(prof.values.max()) or 1.0
    for (i, j), v in pd.DataFrame(prof.values).stack().items():
        if v > 0:
            # "0,4" rather than a "0" in a coloured cell
            text = number(v, 1 if v < 10 else 0)
            ink = "white" if v > 0.6 * top else "black"  # legible on the darkest blues
            ax.text(j, i, text, ha="center", va="center", fontsize=SMALL, color=ink)
    # a profile of one to three paragraphs is a thin strip: a colour bar beside it would be
    # taller than the figure, so the unit goes in the title (the cells print their values)
    if len(prof) < 4:
        ax.set_title(wrap("Profil thématique par paragraphe (termes pour 100 mots)", 44))
        return fig
    bar = fig.colorbar(im, ax=ax, label="termes pour 100 mots", shrink=0.8)
    french_axis(bar.ax.yaxis, digits=1)
    ax.set_title("Profil thématique par paragraphe")
    return fig
