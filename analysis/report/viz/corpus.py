"""Figures of the corpus report: who appears where, stances over time, who is quoted by which
outlet, and the dates the articles share.

Labels come from the articles (untrusted): they are shortened and their ``$`` escaped so
matplotlib never reads them as mathtext.
"""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.report.viz import FIG_WIDTH, FONT, LABEL, POLARITY_CMAP, SMALL, apply_style, wrap


def label(value: object, width: int = 28) -> str:
    """A short, mathtext-safe label."""
    return wrap(value, width, 2)


def _empty(title: str, message: str) -> Figure:
    fig, ax = plt.subplots(figsize=(FIG_WIDTH, 1.2))
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=FONT, color="#666666")
    ax.set_title(title)
    return fig


def presence_figure(matrix: pd.DataFrame, articles: pd.DataFrame | None = None) -> Figure:
    """Heat map: the main corpus actors (rows) × the articles by date (columns), mentions."""
    apply_style()
    title = "Qui apparaît où"
    if matrix.empty:
        return _empty(title, "aucun acteur")
    n_rows, n_cols = matrix.shape
    fig, ax = plt.subplots(
        figsize=(FIG_WIDTH, min(9.0, 1.2 + 0.28 * n_rows)), constrained_layout=True
    )
    im = ax.imshow(matrix.to_numpy(dtype=float), aspect="auto", cmap="Blues", vmin=0)
    ax.set_yticks(range(n_rows), [label(i) for i in matrix.index], fontsize=LABEL)
    dates = {}
    if articles is not None and "date" in articles.columns:
        dates = dict(zip(articles["article_id"], articles["date"], strict=False))
    ticks = [
        dates[c].strftime("%Y-%m") if isinstance(dates.get(c), pd.Timestamp) else label(c, 14)
        for c in matrix.columns
    ]
    step = max(1, n_cols // 30)
    ax.set_xticks(range(0, n_cols, step), ticks[::step], rotation=90, fontsize=SMALL)
    ax.set_xlabel("articles (par date de publication)")
    fig.colorbar(im, ax=ax, label="mentions", shrink=0.8)
    ax.set_title(title)
    return fig


def stance_figure(stances: pd.DataFrame, pairs: pd.DataFrame, top: int = 6) -> Figure:
    """Polarity of each main (holder → target) pair over time: one row per pair, one dot per
    stance (blue favourable, red hostile), the line joining the mean per article."""
    apply_style()
    title = "Positions dans le temps"
    dated = stances.dropna(subset=["date"]) if len(stances) else stances
    if dated.empty or pairs.empty:
        return _empty(title, "aucune position datée")
    chosen = pairs.head(top)
    fig, ax = plt.subplots(figsize=(FIG_WIDTH, 1.0 + 0.55 * len(chosen)), constrained_layout=True)
    cmap = plt.get_cmap(POLARITY_CMAP)
    names = []
    for i, (_, p) in enumerate(chosen.iterrows()):
        g = dated[(dated["holder"] == p["holder"]) & (dated["target"] == p["target"])]
        y = len(chosen) - 1 - i
        ax.scatter(
            g["date"],
            y + 0.3 * g["polarity"].clip(-1, 1),
            c=[cmap(0.5 + 0.5 * float(v)) for v in g["polarity"].clip(-1, 1)],
            s=28,
            edgecolors="#333333",
            linewidths=0.4,
            zorder=3,
        )
        mean = g.groupby("date")["polarity"].mean().clip(-1, 1)
        ax.plot(mean.index, y + 0.3 * mean.to_numpy(), color="#888888", lw=0.8, zorder=2)
        ax.axhline(y, color="#dddddd", lw=0.6, zorder=1)
        names.append((y, f"{label(p['holder'], 20)} → {label(p['target'], 20)}"))
    ax.set_yticks([y for y, _ in names], [n for _, n in names], fontsize=LABEL)
    ax.set_ylim(-0.6, len(chosen) - 0.4)
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
    # on two lines: a label wider than the figure widens it, and the HTML then shrinks its text
    ax.set_xlabel(
        wrap("date de publication (au-dessus de la ligne : favorable ; en dessous : hostile)", 56)
    )
    ax.set_title(title)
    return fig


def quotes_figure(table: pd.DataFrame, top: int = 12) -> Figure:
    """Stacked bars: the most quoted speakers, split by the outlet that quotes them."""
    apply_style()
    title = "Citations par locuteur et par média"
    if table.empty:
        return _empty(title, "aucune citation attribuée")
    data = table.drop(columns=["total", "articles"], errors="ignore").head(top).iloc[::-1]
    fig, ax = plt.subplots(figsize=(FIG_WIDTH, 1.0 + 0.32 * len(data)), constrained_layout=True)
    left = np.zeros(len(data))
    colors = plt.get_cmap("tab10")
    for j, col in enumerate(data.columns):
        values = data[col].to_numpy(dtype=float)
        ax.barh(range(len(data)), values, left=left, color=colors(j % 10), label=label(col, 24))
        left += values
    ax.set_yticks(range(len(data)), [label(i) for i in data.index], fontsize=LABEL)
    ax.set_xlabel("citations")
    ax.legend(fontsize=SMALL, loc="lower right", title="média", title_fontsize=SMALL)
    ax.set_title(title)
    return fig


def timeline_figure(merged: pd.DataFrame, top: int = 8) -> Figure:
    """Dated facts of the corpus: each date (x) by the number of articles reporting it (y);
    the most reported are labelled."""
    apply_style()
    title = "Chronologie fusionnée"
    if merged.empty:
        return _empty(title, "aucune date")
    df = merged.copy()
    df["when"] = pd.to_datetime(df["date"].astype(str).str[:10], errors="coerce", format="mixed")
    df = df.dropna(subset=["when"])
    if df.empty:
        return _empty(title, "aucune date exploitable")
    fig, ax = plt.subplots(figsize=(FIG_WIDTH, 3.4), constrained_layout=True)
    ax.scatter(df["when"], df["articles"], s=18 + 10 * df["outlets"], color="#4c72b0", alpha=0.7)
    for _, row in (
        df.sort_values(["articles", "when"], ascending=[False, True]).head(top).iterrows()
    ):
        ax.annotate(
            label(row["event"], 26),
            (row["when"], row["articles"]),
            xytext=(3, 4),
            textcoords="offset points",
            fontsize=SMALL,
            rotation=20,
        )
    ax.set_ylabel("articles qui la citent")
    ax.set_ylim(0, max(2, int(df["articles"].max()) + 1))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
    ax.set_title(title)
    return fig
