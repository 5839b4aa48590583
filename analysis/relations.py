"""Who interacts with whom: a co-occurrence graph between actors.

Two actors named in the same sentence are linked; the edge weight is the number of shared
sentences, and the edge is labelled with the verbs that connect the two mentions in the
dependency parse (the lowest verb that dominates both), which turns "Alger a rompu ses
relations avec Rabat" into an edge Algérie — Maroc labelled "rompre".

Work is per sentence (pairs of the actors of one sentence), so the cost stays linear in the
article length.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

import networkx as nx
import pandas as pd
from spacy.tokens import Doc, Token

from .frames import frame
from .frames import rows as frame_rows

RELATION_COLUMNS = ["source_id", "target_id", "weight", "verbs", "sentence_ids"]
_SKIP_VERBS = frozenset({"être", "avoir", "faire", "pouvoir", "devoir", "sembler", "aller"})


def _verb_between(a: Token, b: Token) -> str | None:
    """Lemma of the lowest verb dominating both tokens (within the sentence), if any."""
    ancestors = [a, *a.ancestors]
    seen = {t.i for t in ancestors}
    lca = next((t for t in [b, *b.ancestors] if t.i in seen), None)
    if lca is None:
        return None
    node, hops = lca, 0
    while node.pos_ not in ("VERB",) and node.head.i != node.i and hops < 3:
        node, hops = node.head, hops + 1
    if node.pos_ != "VERB" or node.lemma_.lower() in _SKIP_VERBS:
        return None
    return node.lemma_.lower()


def relations_table(mentions: pd.DataFrame, doc: Doc) -> pd.DataFrame:
    """Edges between actors sharing sentences: source_id, target_id, weight, verbs,
    sentence_ids ("; "-separated)."""
    by_sentence: dict[int, list[tuple[str, int, int]]] = defaultdict(list)
    for sid, actor_id, start, end in frame_rows(
        mentions, "sentence_id", "actor_id", "start", "end"
    ):
        if pd.notna(sid):
            by_sentence[int(sid)].append((actor_id, int(start), int(end)))
    weights: Counter[tuple[str, str]] = Counter()
    verbs: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    sents: dict[tuple[str, str], list[int]] = defaultdict(list)
    for sid in sorted(by_sentence):
        rows = by_sentence[sid]
        ids = sorted({r[0] for r in rows})
        roots = {}
        for actor, start, end in rows:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                roots.setdefault(actor, []).append(span.root)
        for a, b in combinations(ids, 2):
            weights[(a, b)] += 1
            sents[(a, b)].append(sid)
            for ta in roots.get(a, []):
                for tb in roots.get(b, []):
                    v = _verb_between(ta, tb)
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
