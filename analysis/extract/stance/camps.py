"""Camps: who aligns with whom, derived from the stance rows.

Tables:
  alignments — a, a_id, b, b_id, score, relation, sentences
  camps      — camp, actor, actor_id, members, allies, opponents, support, opposition

Why separate from :mod:`analysis.extract.stance`: camps are a reading of the stance table, not an
extraction from the text; they can be recomputed from any ``stances`` table (e.g. a corrected
one). Two holders are aligned when they support each other, or take the same side on the same
target (actor or issue); opposed when they oppose each other or take opposite sides. Camps are
the connected groups of positive alignments; a camp's opponents are the camps it has negative
alignments with. Cost: linear in stances, plus pairs of holders per shared target.
"""

from __future__ import annotations

import collections

import pandas as pd

from analysis.document.frames import frame
from analysis.document.frames import rows as table_rows
from analysis.extract.cues import fold

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
# the columns of the stances table that camps are computed from, in this order
STANCE_FIELDS = (
    "holder",
    "holder_id",
    "target",
    "target_id",
    "polarity",
    "confidence",
    "sentence_id",
)


def alignments(stances: pd.DataFrame) -> pd.DataFrame:
    """Signed affinity between holders: stances toward each other and shared stances on the
    same target (same sign → aligned, opposite → opposed)."""
    held = [r for r in table_rows(stances, *STANCE_FIELDS) if r[4]]  # neutral rows: no side
    return frame(alignment_rows(held), ALIGN_COLUMNS)


Pair = tuple[str, str]


def alignment_rows(stances: list[tuple]) -> list[dict]:
    """The rows of :func:`alignments`, from the stances as tuples of :data:`STANCE_FIELDS`
    (the stance step passes the rows it has just built: no table read back)."""
    if not stances:
        return []
    holder, holder_id, target, target_id, pols, confs, sids = (
        list(c) for c in zip(*stances, strict=True)
    )
    hks = [i if isinstance(i, str) else fold(h) for h, i in zip(holder, holder_id, strict=True)]
    tks = [i if isinstance(i, str) else fold(t) for t, i in zip(target, target_id, strict=True)]
    names = dict(zip(hks, holder, strict=True))
    names.update(
        {k: v for k, v in zip(tks, target, strict=True) if isinstance(v, str) and k not in names}
    )
    ids = {k: (i if isinstance(i, str) else None) for k, i in zip(hks, holder_id, strict=True)}
    ids.update(
        {
            k: (i if isinstance(i, str) else None)
            for k, i in zip(tks, target_id, strict=True)
            if k not in ids
        }
    )
    actorish = set(hks) | {k for k, i in zip(tks, target_id, strict=True) if isinstance(i, str)}
    score: dict[Pair, float] = {}
    why: dict[Pair, set] = {}
    _direct(zip(hks, tks, pols, confs, sids, strict=True), actorish, score, why)
    _shared_targets(zip(tks, hks, pols, confs, sids, strict=True), score, why)
    return _alignment_records(score, why, names, ids)


def _direct(stances, actorish: set[str], score: dict, why: dict) -> None:
    """Stances of a holder toward another actor: polarity × confidence, summed per pair."""
    for hk, tk, pol, conf, sid in stances:
        w = float(pol) * float(conf)
        if tk in actorish and tk != hk:
            key = tuple(sorted((hk, tk)))
            score[key] = score.get(key, 0.0) + w
            why.setdefault(key, set()).add(int(sid))


def _shared_targets(stances, score: dict, why: dict) -> None:
    """Two holders on the same target: ±0.5 × the lower confidence (same side or not), from
    each holder's mean polarity, highest confidence and first sentence on that target."""
    # plain dicts: a pandas group-by per target cost ~100x the arithmetic on article-sized
    # tables
    per: dict[str, dict[str, list]] = {}
    for tk, hk, pol, conf, sid in stances:
        if not isinstance(tk, str) or not isinstance(hk, str):
            continue
        acc = per.setdefault(tk, {}).setdefault(hk, [0.0, 0, float("-inf"), None])
        acc[0] += float(pol)
        acc[1] += 1
        acc[2] = max(acc[2], float(conf))
        acc[3] = int(sid) if acc[3] is None else min(acc[3], int(sid))
    for tk in sorted(per):
        holders = {h: (v[0] / v[1], v[2], v[3]) for h, v in sorted(per[tk].items())}
        hs = list(holders)
        for i in range(len(hs)):
            for j in range(i + 1, len(hs)):
                a, b = hs[i], hs[j]
                if tk in (a, b):
                    continue
                (pa, ca, sa), (pb, cb, sb) = holders[a], holders[b]
                if pa == 0 or pb == 0:
                    continue
                w = 0.5 * (1 if pa * pb > 0 else -1) * min(ca, cb)
                key = tuple(sorted((a, b)))
                score[key] = score.get(key, 0.0) + w
                why.setdefault(key, set()).update({sa, sb})


def _alignment_records(score: dict, why: dict, names: dict, ids: dict) -> list[dict]:
    """One row per pair with a non-zero score, the strongest first."""
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
    return rows


def camps(stances: pd.DataFrame, align: pd.DataFrame) -> pd.DataFrame:
    """Camps: connected components of positive alignments; opponents from negative ones."""
    if align is None or not len(align):
        return frame([], CAMP_COLUMNS)
    held = None
    if stances is not None:  # neutral rows (polarity 0) belong to no camp
        held = [(h, p) for h, p in table_rows(stances, "holder", "polarity") if p]
    pairs = list(table_rows(align, "a", "b", "a_id", "b_id", "score"))
    return frame(camp_rows(held, pairs), CAMP_COLUMNS)


def camp_rows(held: list[tuple] | None, align: list[tuple]) -> list[dict]:
    """The rows of :func:`camps`, from (holder, polarity) of each stance (None: no stances
    table) and (a, b, a_id, b_id, score) of each alignment."""
    if not align:
        return []
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    pairs = [(a, b, score) for a, b, _a_id, _b_id, score in align]
    for a, b, score in pairs:
        find(a)
        find(b)
        if score > 0:
            parent[find(a)] = find(b)
    groups: dict[str, list[str]] = {}
    for x in list(parent):
        groups.setdefault(find(x), []).append(x)
    holders = {h for h, _ in held or ()}
    counts: collections.Counter | None = None
    if held is not None:
        counts = collections.Counter((h, int(p)) for h, p in held)
    ids = {}
    for a, b, a_id, b_id, _score in align:
        ids[a] = a_id
        ids[b] = b_id
    ordered = sorted(groups.values(), key=lambda g: (-len(g), sorted(g)[0]))
    camp_of = {}
    for n, members in enumerate(ordered, start=1):
        for m in members:
            camp_of[m] = n
    opp: dict[int, set] = {}
    for a, b, score in pairs:
        if score < 0:
            ca, cb = camp_of[a], camp_of[b]
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
    return rows
