"""Figures of the brief: how the article is built."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from analysis.report.viz import FIG_WIDTH, LABEL, apply_style, french_axis, wrap

KIND_COLORS = {"lede": "#444444", "paragraph": "#4c72b0", "heading": "#dd8452"}
KIND_LABELS = {"lede": "chapeau", "paragraph": "paragraphe", "heading": "intertitre"}


def structure_figure(structure: pd.DataFrame) -> Figure:
    """Words per paragraph in reading order, headings marked: the article's shape at a glance."""
    apply_style()
    body = structure[structure["kind"].isin(["lede", "paragraph"])]
    # 2.2 in: the figure stays on the first page of a short article's brief, after its tables
    fig, ax = plt.subplots(figsize=(FIG_WIDTH, 2.2))
    ax.bar(
        body["paragraph_id"] + 1,  # readers count paragraphs from 1
        body["words"],
        color=[KIND_COLORS[k] for k in body["kind"]],
        width=0.8,
    )
    top = max(int(body["words"].max()) if len(body) else 1, 1)
    for _, row in structure[structure["kind"] == "heading"].iterrows():
        ax.axvline(row["paragraph_id"] + 1, color=KIND_COLORS["heading"], lw=1, ls="--")
        ax.text(
            row["paragraph_id"] + 1.15,
            top * 1.02,
            wrap(row["section"], 24, 2),
            fontsize=LABEL,
            color=KIND_COLORS["heading"],
            va="bottom",
            ha="left",
        )
    ax.set_xlabel("paragraphe (ordre de lecture)")
    ax.set_ylabel("mots")
    french_axis(ax.xaxis, integer=True)
    french_axis(ax.yaxis, integer=True)
    ax.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))  # a short figure
    ax.set_ylim(0, top * 1.18)
    # at least five paragraph slots: a one-paragraph article is one bar among empty room,
    # not a block across the page with the same tick repeated ("1 1 1 1")
    last = int(structure["paragraph_id"].max()) + 1 if len(structure) else 1
    ax.set_xlim(0.4, max(last, 5) + 0.6)
    if last == 1:
        ax.set_title("Structure de l’article : un seul paragraphe")
    else:
        ax.set_title("Structure de l’article")
    _legend(ax, set(structure["kind"]))
    return fig


def _legend(ax, kinds: set[str]) -> None:
    """Say what the colours are, for the kinds this article has (the dark lede bar was
    unexplained; an "intertitre" entry for an article without headings would promise dashes
    the reader cannot find)."""
    handles = [
        Patch(color=KIND_COLORS[k], label=KIND_LABELS[k])
        for k in ("lede", "paragraph")
        if k in kinds
    ]
    if "heading" in kinds:
        handles.append(
            Line2D([], [], color=KIND_COLORS["heading"], ls="--", label=KIND_LABELS["heading"])
        )
    if len(handles) > 1:
        ax.legend(
            handles=handles,
            fontsize=LABEL,
            frameon=False,
            loc="upper left",
            bbox_to_anchor=(1.0, 1.0),
        )
