"""Figures of the stance report: holder × target matrix, camps network, voice.

Why these three: the matrix answers "who is for or against what" at a glance (diverging
colours, one cell per holder and target, the number of pieces of evidence written in it); the
camps network shows the alignments the stances imply; the voice bars show who the journalist
lets speak, how much and in which form (direct, partial, reported, or terms held at a
distance).
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pandas as pd
from matplotlib.colors import TwoSlopeNorm
from matplotlib.figure import Figure

from analysis.report.french import percent
from analysis.report.labels import QUOTE_KIND_LONG
from analysis.report.viz import (
    FIG_WIDTH,
    LABEL,
    POLARITY_CMAP,
    SMALL,
    apply_style,
    french_axis,
    legend_columns,
    wrap,
)

KIND_COLORS = {
    "direct": "#1f77b4",
    "partial": "#6baed6",
    "reported": "#9ecae1",
    "scare": "#fd8d3c",
}
UNATTRIBUTED = "(non attribué)"


def signed(stances: pd.DataFrame | None) -> pd.DataFrame | None:
    """The rows that take a side: neutral rows (polarity 0, a call for restraint, an
    abstention) would pull a cell's mean toward "neutre" and count as evidence for or against;
    the matrix shows who is for and who against."""
    if stances is None or stances.empty or "polarity" not in stances.columns:
        return stances
    return stances[stances["polarity"] != 0]


def stance_matrix(stances: pd.DataFrame, max_rows: int = 14, max_cols: int = 16) -> pd.DataFrame:
    """Holder × target table of the mean of polarity × confidence (NaN = no stance): the
    sign says for or against, the size how sure (a cell of 0.5-confidence findings is paler
    than one of 0.85, as the report's caption says)."""
    if stances is None or stances.empty:
        return pd.DataFrame()
    s = signed(stances).copy()
    s["w"] = s["polarity"] * s["confidence"]
    holders = s["holder"].value_counts().head(max_rows).index
    targets = s["target"].value_counts().head(max_cols).index
    s = s[s["holder"].isin(holders) & s["target"].isin(targets)]
    m = s.groupby(["holder", "target"])["w"].mean().unstack("target")
    return m.reindex(
        index=[h for h in holders if h in m.index], columns=[t for t in targets if t in m.columns]
    )


def matrix_figure(stances: pd.DataFrame, empty: str = "Aucune position relevée") -> Figure:
    """Diverging heatmap: red = opposition, blue = support; numbers = pieces of evidence;
    ``empty``: what a figure without any cell says."""
    apply_style()
    stances = signed(stances)
    m = stance_matrix(stances)
    if m.empty:
        fig, ax = plt.subplots(figsize=(FIG_WIDTH, 1.6))
        ax.axis("off")
        ax.text(0.5, 0.5, empty, ha="center", va="center")
        return fig
    counts = stances.groupby(["holder", "target"]).size().unstack("target")
    counts = counts.reindex(index=m.index, columns=m.columns)
    mixed = mixed_cells(stances)
    # names upright: slanted two-line names of five targets ran into each other on a real
    # article; narrow columns (more than six) get one line each
    upright = len(m.columns) > 2
    lines = 1 if len(m.columns) > 6 else 2
    xlabels = [wrap(c, 28, lines) if upright else wrap(c, 24) for c in m.columns]
    fig, ax = plt.subplots(figsize=(FIG_WIDTH, _matrix_height(len(m.index), xlabels, upright)))
    norm = TwoSlopeNorm(vmin=-1, vcenter=0, vmax=1)
    data = np.ma.masked_invalid(m.to_numpy(dtype=float))
    cmap = plt.get_cmap(POLARITY_CMAP).with_extremes(bad="#f2f2f2")
    im = ax.imshow(data, cmap=cmap, norm=norm, aspect="auto")
    ax.set_xticks(range(len(m.columns)))
    if upright:
        ax.set_xticklabels(xlabels, rotation=90, fontsize=SMALL)
    else:
        ax.set_xticklabels(xlabels, rotation=40, ha="right", fontsize=LABEL)
    ax.set_yticks(range(len(m.index)))
    ax.set_yticklabels([wrap(r, 30) for r in m.index], fontsize=LABEL)
    # white lines between cells: two neighbouring findings of one colour stay two cells
    ax.set_xticks(np.arange(-0.5, len(m.columns)), minor=True)
    ax.set_yticks(np.arange(-0.5, len(m.index)), minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.tick_params(which="minor", length=0)
    for i in range(len(m.index)):
        for j in range(len(m.columns)):
            n = counts.iat[i, j]
            if pd.notna(n) and n:
                v = m.iat[i, j]
                mark = " ±" if (m.index[i], m.columns[j]) in mixed else ""
                ax.text(
                    j,
                    i,
                    f"{int(n)}{mark}",
                    ha="center",
                    va="center",
                    fontsize=LABEL,
                    color="white" if abs(v) > 0.6 else "black",
                )
    ax.set_xlabel("cible (acteur ou enjeu)")
    ax.set_ylabel("tenant de la position")
    ax.set_title("Qui est pour, qui est contre")
    cb = fig.colorbar(im, ax=ax, fraction=0.03, pad=0.02, ticks=[-1, 0, 1])
    cb.ax.set_yticklabels(["contre", "neutre", "pour"], fontsize=LABEL)
    return fig


def mixed_cells(stances: pd.DataFrame) -> set[tuple[str, str]]:
    """(holder, target) cells where the text gives stances of both signs: their mean is
    pale, and without a mark a cell of one support and one opposition read as "neutre"."""
    signs = stances[stances["polarity"] != 0].groupby(["holder", "target"])["polarity"]
    both = signs.agg(lambda p: (p > 0).any() and (p < 0).any())
    return {cell for cell, yes in both.items() if yes}


def _matrix_height(rows: int, xlabels: list[str], upright: bool) -> float:
    """Inches for the matrix: its rows (0.42 in each) plus what its column names take below
    them (upright: their length; slanted at 40°: about two thirds of it) plus title and axis
    label. A fixed height let two rows under eight upright names collapse the axes to nothing
    (constrained layout gave up and drew names, title and colour bar over one another)."""
    size = SMALL if upright else LABEL
    longest = max((len(line) for text in xlabels for line in text.split("\n")), default=0)
    extent = longest * 0.6 * size / 72 * (1.0 if upright else 0.66)
    return max(2.6, 0.42 * rows + 1.3 + extent)


def camps_figure(camps: pd.DataFrame, alignments: pd.DataFrame) -> Figure:
    """Network of actors: colour = camp, green edge = aligned, red dashed edge = opposed."""
    apply_style()
    fig, ax = plt.subplots(figsize=(FIG_WIDTH, 4.6))
    ax.axis("off")
    if camps is None or camps.empty or alignments is None or alignments.empty:
        ax.text(
            0.5, 0.5, "Pas assez de positions pour dessiner des camps", ha="center", va="center"
        )
        return fig
    g = nx.Graph()
    members = set(camps["actor"])
    for r in alignments.itertuples(index=False):
        if r.a in members and r.b in members:
            g.add_edge(r.a, r.b, weight=float(r.score))
    for a in members:
        g.add_node(a)
    camp_of = dict(zip(camps["actor"], camps["camp"], strict=False))
    palette = plt.get_cmap("tab10")
    pos = nx.spring_layout(g, seed=7, weight=None, k=1.6 / max(1, np.sqrt(len(g))), iterations=200)
    for a, b, d in g.edges(data=True):
        w = d["weight"]
        ax.plot(
            [pos[a][0], pos[b][0]],
            [pos[a][1], pos[b][1]],
            color="#2ca02c" if w > 0 else "#d62728",
            ls="-" if w > 0 else "--",
            lw=0.8 + 1.6 * min(abs(w), 2),
            alpha=0.75,
            zorder=1,
        )
    for n in g.nodes:
        c = palette((camp_of.get(n, 0) - 1) % 10)
        ax.scatter(*pos[n], s=260, color=c, edgecolor="white", zorder=2)
        ax.text(
            pos[n][0],
            pos[n][1] - 0.09,
            wrap(n, 22, 3),
            ha="center",
            va="top",
            fontsize=SMALL,
            zorder=3,
        )
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    ax.set_xlim(min(xs) - 0.3, max(xs) + 0.3)
    ax.set_ylim(min(ys) - 0.35, max(ys) + 0.2)
    ax.set_title("Camps : alignements déduits des positions")
    for camp in sorted({int(c) for c in camp_of.values()}):
        ax.scatter([], [], s=60, color=palette((camp - 1) % 10), label=f"camp {camp}")
    ax.plot([], [], color="#2ca02c", label="alignés")
    ax.plot([], [], color="#d62728", ls="--", label="opposés")
    labels = ax.get_legend_handles_labels()[1]
    ax.legend(
        loc="upper center",
        bbox_to_anchor=(0.5, 0.0),
        ncol=legend_columns(labels),
        fontsize=LABEL,
        frameon=False,
    )
    return fig


def voice_figure(quotes: pd.DataFrame, max_rows: int = 12) -> Figure:
    """Words quoted per speaker, stacked by form of quotation (direct, partial, ...)."""
    apply_style()
    if quotes is None or quotes.empty:
        fig, ax = plt.subplots(figsize=(FIG_WIDTH, 1.6))
        ax.axis("off")
        ax.text(0.5, 0.5, "Aucune citation", ha="center", va="center")
        return fig
    q = quotes.assign(speaker=quotes["speaker"].fillna(UNATTRIBUTED))
    words = q.pivot_table(index="speaker", columns="kind", values="words", aggfunc="sum")
    words = words.reindex(columns=list(KIND_COLORS)).fillna(0)
    counts = q.groupby("speaker").size()
    order = words.sum(axis=1).sort_values(ascending=False).head(max_rows).index[::-1]
    words, counts = words.loc[order], counts.loc[order]
    fig, ax = plt.subplots(figsize=(FIG_WIDTH, max(2.4, 0.36 * len(order) + 1.2)))
    left = np.zeros(len(order))
    for kind, color in KIND_COLORS.items():
        ax.barh(range(len(order)), words[kind], left=left, color=color, label=QUOTE_KIND_LONG[kind])
        left += words[kind].to_numpy()
    ax.set_yticks(range(len(order)))
    ax.set_yticklabels([wrap(s, 34) for s in order], fontsize=LABEL)
    for i, (w, n) in enumerate(zip(left, counts, strict=True)):
        ax.text(w, i, f"  {n} cit.", va="center", fontsize=SMALL)
    ax.set_xlabel("mots cités")
    french_axis(ax.xaxis, integer=True)
    ax.set_title("Qui parle dans l’article")
    ax.legend(fontsize=SMALL, frameon=False, loc="lower right")
    ax.set_xlim(0, float(left.max()) * 1.25 + 1)
    return fig


def voice_share_figure(attributed: float, quoted_by_kind: pd.Series) -> Figure:
    """One bar: share of the article's words that are attributed speech, by form."""
    apply_style()
    fig, ax = plt.subplots(figsize=(FIG_WIDTH, 1.5))
    left = 0.0
    total = max(1e-9, float(quoted_by_kind.sum()))
    for kind, color in KIND_COLORS.items():
        share = attributed * float(quoted_by_kind.get(kind, 0)) / total
        if share > 0:
            ax.barh([0], [share], left=left, color=color, label=QUOTE_KIND_LONG[kind])
            left += share
    ax.barh([0], [1 - left], left=left, color="#e0e0e0", label="voix du journaliste")
    ax.set_xlim(0, 1)
    ax.set_yticks([])
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda x, _: percent(x)))
    ax.set_title("Part des mots de l’article attribués à une source")
    ax.legend(
        fontsize=SMALL,
        frameon=False,
        ncol=legend_columns(ax.get_legend_handles_labels()[1], SMALL),
        loc="upper center",
        bbox_to_anchor=(0.5, -0.35),
    )
    return fig
