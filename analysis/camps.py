"""Camps: who aligns with whom, derived from the stance rows.

Tables:
  alignments — a, a_id, b, b_id, score, relation, sentences
  camps      — camp, actor, actor_id, members, allies, opponents, support, opposition

Why separate from :mod:`analysis.stance`: camps are a reading of the stance table, not an
extraction from the text; they can be recomputed from any ``stances`` table (e.g. a corrected
one). Two holders are aligned when they support each other, or take the same side on the same
target (actor or issue); opposed when they oppose each other or take opposite sides. Camps are
the connected groups of positive alignments; a camp's opponents are the camps it has negative
alignments with. Cost: linear in stances, plus pairs of holders per shared target.
"""

from __future__ import annotations

import pandas as pd

from .cues import fold

CAMP_COLUMNS = [
    "camp",
    "actor",
    "actor_id",
    "members",
    "allies",
    "opponents",
    "support",
    "opposition",
]

ALIGN_COLUMNS = ["a", "a_id", "b", "b_id", "score", "relation", "sentences"]


def alignments(stances: pd.DataFrame) -> pd.DataFrame:
    """Signed affinity between holders: stances toward each other and shared stances on the
    same target (same sign → aligned, opposite → opposed)."""
    if stances is None or stances.empty:
        return pd.DataFrame(columns=ALIGN_COLUMNS)
    s = stances.copy()
    s["hk"] = s["holder_id"].fillna("").where(s["holder_id"].notna(), s["holder"].map(fold))
    s["tk"] = s["target_id"].fillna("").where(s["target_id"].notna(), s["target"].map(fold))
    names = dict(zip(s["hk"], s["holder"], strict=False))
    names.update(
        {
            k: v
            for k, v in zip(s["tk"], s["target"], strict=False)
            if isinstance(v, str) and k not in names
        }
    )
    ids = {
        k: (i if isinstance(i, str) else None)
        for k, i in zip(s["hk"], s["holder_id"], strict=False)
    }
    ids.update(
        {
            k: (i if isinstance(i, str) else None)
            for k, i in zip(s["tk"], s["target_id"], strict=False)
            if k not in ids
        }
    )
    actorish = set(s["hk"]) | set(s.loc[s["target_id"].notna(), "tk"])
    score: dict[tuple[str, str], float] = {}
    why: dict[tuple[str, str], set] = {}
    for r in s.itertuples(index=False):
        w = float(r.polarity) * float(r.confidence)
        if r.tk in actorish and r.tk != r.hk:
            key = tuple(sorted((r.hk, r.tk)))
            score[key] = score.get(key, 0.0) + w
            why.setdefault(key, set()).add(int(r.sentence_id))
    by_target = s.groupby("tk")
    for tk, g in by_target:
        holders = g.groupby("hk").agg(
            p=("polarity", "mean"), c=("confidence", "max"), sid=("sentence_id", "min")
        )
        hs = list(holders.index)
        for i in range(len(hs)):
            for j in range(i + 1, len(hs)):
                a, b = hs[i], hs[j]
                if tk in (a, b):
                    continue
                pa, pb = holders.loc[a, "p"], holders.loc[b, "p"]
                if pa == 0 or pb == 0:
                    continue
                w = 0.5 * (1 if pa * pb > 0 else -1) * min(holders.loc[a, "c"], holders.loc[b, "c"])
                key = tuple(sorted((a, b)))
                score[key] = score.get(key, 0.0) + w
                why.setdefault(key, set()).update(
                    {int(holders.loc[a, "sid"]), int(holders.loc[b, "sid"])}
                )
    rows = []
    for (a, b), v in sorted(score.items(), key=lambda x: -abs(x[1])):
        if abs(v) < 1e-9:
            continue
        rows.append(
            {
                "a": names.get(a, a),
                "a_id": ids.get(a),
                "b": names.get(b, b),
                "b_id": ids.get(b),
                "score": round(v, 3),
                "relation": "allié" if v > 0 else "opposé",
                "sentences": ", ".join(str(x) for x in sorted(why[(a, b)])),
            }
        )
    return pd.DataFrame(rows, columns=ALIGN_COLUMNS)


def camps(stances: pd.DataFrame, align: pd.DataFrame) -> pd.DataFrame:
    """Camps: connected components of positive alignments; opponents from negative ones."""
    if align is None or align.empty:
        return pd.DataFrame(columns=CAMP_COLUMNS)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in align.itertuples(index=False):
        find(r.a)
        find(r.b)
        if r.score > 0:
            parent[find(r.a)] = find(r.b)
    groups: dict[str, list[str]] = {}
    for x in list(parent):
        groups.setdefault(find(x), []).append(x)
    holders = set(stances["holder"]) if stances is not None else set()
    counts = stances.groupby(["holder", "polarity"]).size() if stances is not None else None
    ids = {}
    for r in align.itertuples(index=False):
        ids[r.a] = r.a_id
        ids[r.b] = r.b_id
    ordered = sorted(groups.values(), key=lambda g: (-len(g), sorted(g)[0]))
    camp_of = {}
    for n, members in enumerate(ordered, start=1):
        for m in members:
            camp_of[m] = n
    opp: dict[int, set] = {}
    for r in align.itertuples(index=False):
        if r.score < 0:
            ca, cb = camp_of[r.a], camp_of[r.b]
            if ca != cb:
                opp.setdefault(ca, set()).add(cb)
                opp.setdefault(cb, set()).add(ca)
    rows = []
    for n, members in enumerate(ordered, start=1):
        for m in sorted(members):
            if m not in holders and len(members) == 1 and n not in opp:
                continue
            rows.append(
                {
                    "camp": n,
                    "actor": m,
                    "actor_id": ids.get(m),
                    "members": ", ".join(sorted(members)),
                    "allies": ", ".join(sorted(x for x in members if x != m)),
                    "opponents": ", ".join(
                        sorted({x for c in opp.get(n, ()) for x in ordered[c - 1]})
                    ),
                    "support": int(counts.get((m, 1), 0)) if counts is not None else 0,
                    "opposition": int(counts.get((m, -1), 0)) if counts is not None else 0,
                }
            )
    return pd.DataFrame(rows, columns=CAMP_COLUMNS)
