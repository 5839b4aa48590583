"""Who interacts with whom: a co-occurrence graph between actors.

Two actors named in the same sentence are linked; the edge weight is the number of shared
sentences, and the edge is labelled with the verbs that connect the two mentions in the
dependency parse (the lowest verb that dominates both), which turns "Alger a rompu ses
relations avec Rabat" into an edge Algérie — Maroc labelled "rompre".

Work is per sentence (pairs of the actors of one sentence), so the cost stays linear in the
article length.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations

import networkx as nx
import pandas as pd
from spacy.tokens import Doc

from analysis.document.frames import frame
from analysis.document.frames import rows as frame_rows
from analysis.document.tokens import TokenView, view

RELATION_COLUMNS = ["source_id", "target_id", "weight", "verbs", "sentence_ids"]
_SKIP_VERBS = frozenset({"être", "avoir", "faire", "pouvoir", "devoir", "sembler", "aller"})


def _verb_between(tv: TokenView, a: int, b: int) -> str | None:
    """Lemma of the lowest verb dominating tokens a and b (within the sentence), if any."""
    head = tv.head
    seen = set(_path_to_root(head, a))
    lca = next((t for t in _path_to_root(head, b) if t in seen), None)
    if lca is None:
        return None
    node, hops = lca, 0
    while tv.pos[node] != "VERB" and head[node] != node and hops < 3:
        node, hops = head[node], hops + 1
    if tv.pos[node] != "VERB":
        return None
    lemma = tv.tokens[node].lemma_.lower()
    return None if lemma in _SKIP_VERBS else lemma


def _path_to_root(head: list[int], i: int) -> list[int]:
    """Token i and its ancestors up to the root (``[t, *t.ancestors]``)."""
    out = [i]
    while head[i] != i and len(out) <= len(head):
        i = head[i]
        out.append(i)
    return out


def _span_root(tv: TokenView, start: int, end: int, text_len: int) -> int | None:
    """``doc.char_span(start, end, alignment_mode="expand").root.i`` from the token lists
    (None where ``char_span`` gives None): the span's sentence root if it holds one, else its
    token closest to the root (first on ties; a childless space or punctuation mark last)."""
    idx = tv.idx
    if not (0 <= start < text_len and 0 <= end - 1 < text_len):
        return None
    a = bisect.bisect_right(idx, start) - 1
    b = bisect.bisect_right(idx, end - 1)
    if start == tv.end[a]:  # in the space after token a: "expand" starts at the next one
        a += 1
    head, n = tv.head, len(tv)
    for i in range(a, b):
        if head[i] == i:
            return i
    best, root = n, -1
    for i in range(a, b):
        if a <= head[i] < b:
            continue
        if (tv.space[i] or tv.punct[i]) and not tv.children[i]:
            depth = n - 1
        else:
            depth = len(_path_to_root(head, i)) - 1
        if depth < best:
            best, root = depth, i
    return a if root == -1 else root


def relations_table(mentions: pd.DataFrame, doc: Doc) -> pd.DataFrame:
    """Edges between actors sharing sentences: source_id, target_id, weight, verbs,
    sentence_ids ("; "-separated)."""
    return relations_from_rows(frame_rows(mentions, "sentence_id", "actor_id", "start", "end"), doc)


def relations_from_rows(
    mentions: Iterable[tuple[int | float | None, str, int, int]], doc: Doc
) -> pd.DataFrame:
    """:func:`relations_table` from (sentence_id, actor_id, start, end) tuples."""
    by_sentence: dict[int, list[tuple[str, int, int]]] = defaultdict(list)
    for sid, actor_id, start, end in mentions:
        if sid is not None and sid == sid:  # pd.notna for None, NaN and numbers, cheaper
            by_sentence[int(sid)].append((actor_id, int(start), int(end)))
    weights: Counter[tuple[str, str]] = Counter()
    verbs: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    sents: dict[tuple[str, str], list[int]] = defaultdict(list)
    tv = view(doc)
    text_len = tv.end[-1] + len(tv.tokens[-1].whitespace_) if len(tv) else 0
    for sid in sorted(by_sentence):
        rows = by_sentence[sid]
        ids = sorted({r[0] for r in rows})
        roots = {}
        for actor, start, end in rows:
            root = _span_root(tv, start, end, text_len)
            if root is not None:
                roots.setdefault(actor, []).append(root)
        for a, b in combinations(ids, 2):
            weights[(a, b)] += 1
            sents[(a, b)].append(sid)
            for ta in roots.get(a, []):
                for tb in roots.get(b, []):
                    v = _verb_between(tv, ta, tb)
                    if v:
                        verbs[(a, b)][v] += 1
    rows_out = [
        {
            "source_id": a,
            "target_id": b,
            "weight": w,
            "verbs": "; ".join(v for v, _ in verbs[(a, b)].most_common()),
            "sentence_ids": "; ".join(str(s) for s in sents[(a, b)]),
        }
        for (a, b), w in sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    return frame(rows_out, RELATION_COLUMNS)


def graph(actors: pd.DataFrame, relations: pd.DataFrame, min_mentions: int = 1) -> nx.Graph:
    """A networkx graph: nodes are actors (attributes name, type, country, mentions), edges
    carry weight, verbs and sentence ids."""
    g = nx.Graph()
    keep = set()
    for row in actors.itertuples(index=False):
        if int(row.mentions) >= min_mentions:
            keep.add(row.actor_id)
            g.add_node(
                row.actor_id,
                name=row.name,
                type=row.type,
                country=row.country,
                mentions=int(row.mentions),
            )
    for row in relations.itertuples(index=False):
        if row.source_id in keep and row.target_id in keep:
            g.add_edge(
                row.source_id,
                row.target_id,
                weight=int(row.weight),
                verbs=row.verbs,
                sentence_ids=row.sentence_ids,
            )
    return g
