"""Figures of the actors report: mentions per actor, and the interaction network.

Colours come from :data:`analysis.report.viz.TYPE_COLORS` (one per actor type, shared by every
figure). Layouts are seeded, so the same article always gives the same picture.
"""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from analysis.extract.actors.relations import graph
from analysis.report.labels import ACTOR_TYPE
from analysis.report.viz import (
    FIG_WIDTH,
    LABEL,
    SMALL,
    TYPE_COLORS,
    apply_style,
    french_axis,
    legend_columns,
    place_labels,
    wrap,
)


def _legend(ax, types) -> None:
    handles = [Patch(color=TYPE_COLORS[t], label=ACTOR_TYPE[t]) for t in TYPE_COLORS if t in types]
    if handles:
        ax.legend(handles=handles, loc="lower right", frameon=False, fontsize=LABEL)


def _empty(message: str) -> Figure:
    fig, ax = plt.subplots(figsize=(FIG_WIDTH, 1.4))
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center")
    return fig


def mentions_figure(actors: pd.DataFrame, min_mentions: int = 1, max_rows: int = 20) -> Figure:
    """Horizontal bars: how often each actor is named, coloured by type."""
    apply_style()
    a = actors[actors["mentions"] >= min_mentions]
    if a.empty:
        return _empty("Aucun acteur au-dessus du seuil de mentions.")
    a = a.sort_values(["mentions", "first_start"], ascending=[False, True]).head(max_rows)
    a = a.iloc[::-1]
    fig, ax = plt.subplots(figsize=(FIG_WIDTH, max(2.2, 0.3 * len(a) + 1.0)))
    ax.barh(
        [wrap(n, 34) for n in a["name"]],
        a["mentions"],
        color=[TYPE_COLORS.get(t, "#777777") for t in a["type"]],
    )
    for y, v in enumerate(a["mentions"]):
        ax.text(v + 0.1, y, str(int(v)), va="center", fontsize=LABEL)
    ax.set_xlabel("mentions dans l’article")
    ax.set_title("Qui est nommé, et combien de fois")
    french_axis(ax.xaxis, integer=True)
    _legend(ax, set(a["type"]))
    return fig


def type_figure(actors: pd.DataFrame) -> Figure:
    """Actors and mentions per type (two bars per type)."""
    apply_style()
    if actors.empty:
        return _empty("Aucun acteur.")
    g = actors.groupby("type").agg(acteurs=("actor_id", "count"), mentions=("mentions", "sum"))
    g = g.loc[[t for t in TYPE_COLORS if t in g.index]]
    fig, ax = plt.subplots(figsize=(FIG_WIDTH, 2.6))
    x = range(len(g))
    colors = [TYPE_COLORS[t] for t in g.index]
    ax.bar([i - 0.2 for i in x], g["acteurs"], width=0.4, color=colors, alpha=0.55)
    ax.bar([i + 0.2 for i in x], g["mentions"], width=0.4, color=colors)
    ax.set_xticks(list(x), [ACTOR_TYPE[t] for t in g.index])
    ax.set_title("Acteurs (clair) et mentions (foncé) par type")
    french_axis(ax.yaxis, integer=True)
    return fig


def network_figure(
    actors: pd.DataFrame,
    relations: pd.DataFrame,
    min_mentions: int = 1,
    focus_actor: str | None = None,
    max_nodes: int = 25,
) -> Figure:
    """Who appears with whom: nodes sized by mentions and coloured by type, edges as thick
    as the number of shared sentences, labelled with the linking verb of the strongest
    edges. With ``focus_actor`` (an id), only that actor and its neighbours are drawn."""
    apply_style()
    g = graph(actors, relations, min_mentions=min_mentions)
    if focus_actor and focus_actor in g:
        g = g.subgraph([focus_actor, *g.neighbors(focus_actor)]).copy()
    if g.number_of_nodes() > max_nodes:
        keep = sorted(g.nodes, key=lambda n: -g.nodes[n]["mentions"])[:max_nodes]
        g = g.subgraph(keep).copy()
    g.remove_nodes_from([n for n in list(g.nodes) if g.degree(n) == 0])
    if g.number_of_nodes() == 0:
        return _empty("Aucune relation entre acteurs à afficher.")
    fig, ax = plt.subplots(figsize=(FIG_WIDTH, 5.8))
    pos = _layout(g)
    weights = [g.edges[e]["weight"] for e in g.edges]
    top = max(weights, default=1)
    nx.draw_networkx_edges(
        g,
        pos,
        ax=ax,
        width=[0.8 + 3.2 * w / top for w in weights],
        edge_color="#9a9a9a",
        alpha=0.7,
    )
    sizes = [260 + 90 * g.nodes[n]["mentions"] for n in g.nodes]
    colors = [TYPE_COLORS.get(g.nodes[n]["type"], "#777777") for n in g.nodes]
    nx.draw_networkx_nodes(g, pos, ax=ax, node_size=sizes, node_color=colors, alpha=0.9)
    strongest = [
        e
        for e in sorted(
            (e for e in g.edges if g.edges[e]["verbs"]), key=lambda e: -g.edges[e]["weight"]
        )
        if _clear_of_nodes(e, pos)
    ][:5]
    nx.draw_networkx_edge_labels(
        g,
        pos,
        {e: g.edges[e]["verbs"].split("; ")[0] for e in strongest},
        ax=ax,
        font_size=SMALL,
        font_color="#444444",
        rotate=False,
        bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.7},
    )
    ax.set_title(wrap("Réseau des acteurs (phrases partagées ; verbe le plus fréquent)", 44))
    ax.axis("off")
    ax.margins(x=0.22, y=0.14)  # room for the names of nodes at the edges
    handles = [
        Patch(color=TYPE_COLORS[t], label=ACTOR_TYPE[t])
        for t in TYPE_COLORS
        if t in {g.nodes[n]["type"] for n in g.nodes}
    ]
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, 0.0),
        ncol=legend_columns([h.get_label() for h in handles]),
        frameon=False,
        fontsize=LABEL,
    )
    # names last, the most mentioned first, each on its node or beside it where it covers
    # no other name (two organisations with long names side by side stay readable)
    order = sorted(g.nodes, key=lambda n: (-g.nodes[n]["mentions"], str(n)))
    place_labels(
        ax,
        [(*pos[n], wrap(g.nodes[n]["name"], 22)) for n in order],
        fontsize=LABEL,
        spots=NODE_LABEL_SPOTS,
    )
    return fig


# a node's name: on the node, else above, below, right or left of it (points)
NODE_LABEL_SPOTS: tuple[tuple[float, float, str, str], ...] = (
    (0, 0, "center", "center"),
    (0, 9, "center", "bottom"),
    (0, -9, "center", "top"),
    (9, 0, "left", "center"),
    (-9, 0, "right", "center"),
)


def _clear_of_nodes(edge, pos: dict, share: float = 0.12) -> bool:
    """True when the middle of ``edge`` (where its label goes) is away from every node, so an
    edge label never sits on a node's name."""
    (x1, y1), (x2, y2) = pos[edge[0]], pos[edge[1]]
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    return all(math.hypot(mx - x, my - y) > share * span for x, y in pos.values())


def _layout(g: nx.Graph) -> dict:
    """Force-directed layout of the main component with its nodes kept apart (link strength
    is shown by the edges' width, not by pulling nodes together), small components in a
    column on the right; seeded, so deterministic. The weighted layout pulled the four most
    linked actors of a real article into one blot of overlapping nodes and names; the pair
    of a small component was drawn nearly on top of each other."""
    comps = sorted(nx.connected_components(g), key=lambda c: (-len(c), sorted(c)))
    main = g.subgraph(comps[0])
    n = max(len(main), 1)
    pos = nx.spring_layout(
        main,
        seed=7,
        k=2.2 / math.sqrt(n),
        weight=None,
        iterations=300,
        pos=nx.circular_layout(main),
    )
    pos = spread(pos, MIN_NODE_DISTANCE)
    # small components just right of the main one (a fixed column far right left the main
    # component a third of the figure's width)
    right = max((p[0] for p in pos.values()), default=0.0) + 0.75
    y = max((p[1] for p in pos.values()), default=1.0)
    for comp in comps[1:]:
        small = nx.spring_layout(g.subgraph(comp), seed=7, scale=0.3)
        for node, (x0, y0) in small.items():
            pos[node] = (right + x0, y + y0)
        y -= 0.55
    return pos


MIN_NODE_DISTANCE = 0.5  # in the layout's units (the main component spans about 2)


def spread(pos: dict, gap: float, rounds: int = 200) -> dict:
    """``pos`` with every two nodes at least ``gap`` apart: each pair that is closer is
    pushed apart along the line between them, half each, until none is (or ``rounds``)."""
    out = {k: [float(v[0]), float(v[1])] for k, v in pos.items()}
    keys = sorted(out, key=str)
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                dx, dy = out[b][0] - out[a][0], out[b][1] - out[a][1]
                d = math.hypot(dx, dy)
                if d >= gap:
                    continue
                ux, uy = (dx / d, dy / d) if d > 1e-9 else (1.0, 0.0)  # same point: along x
                push = (gap - d) / 2 + 1e-6
                out[a][0] -= ux * push
                out[a][1] -= uy * push
                out[b][0] += ux * push
                out[b][1] += uy * push
                moved = True
        if not moved:
            break
    return {k: (v[0], v[1]) for k, v in out.items()}
