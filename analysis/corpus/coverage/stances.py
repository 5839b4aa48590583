"""Stances as each outlet reports them, and quotes attributed to different speakers.

* ``coverage_stances``: one row per (holder → target, article) — the holder and target as
  corpus identities, so the pair is the same across outlets — with the pair's ``difference``:
  ``sign`` when outlets report opposite polarities, ``hedging`` when one reports it as
  certain and another as hedged ("aurait critiqué"), empty when they agree or only one
  outlet reports it.
* ``coverage_attributions``: a quote reported by several articles (same words, accents, case
  and punctuation ignored), with its speaker in each; ``conflict`` when two outlets name
  different speakers.
"""

from __future__ import annotations

import pandas as pd

from analysis.corpus.coverage.common import EVIDENCE, frame, identity_map, text, who
from analysis.corpus.crossref import CorpusResult, name_key

STANCE_COLUMNS = (
    "event_group",
    "article_id",
    "outlet",
    "holder",
    "target",
    "polarity",
    "hedged",
    "cue",
    "outlets",
    "difference",
    "pair",
    *EVIDENCE,
)
ATTRIBUTION_COLUMNS = (
    "event_group",
    "article_id",
    "outlet",
    "quote",
    "speaker",
    "speakers",
    "outlets",
    "conflict",
    *EVIDENCE,
)


def _sign(value: float) -> int:
    return (value > 0) - (value < 0)


def _stance_rows(res: CorpusResult, group: str, members: set[str], names, idmap) -> list[dict]:
    rows = []
    seen: set[tuple[str, str, str]] = set()
    for row in res.table("stances").to_dict("records"):
        a = row.get("article_id")
        if a not in members or pd.isna(row.get("polarity")) or pd.isna(row.get("sentence_id")):
            continue
        holder = who(idmap, a, row.get("holder_id"), row.get("holder"))
        target = who(idmap, a, row.get("target_id"), row.get("target"))
        if not holder[0] or not target[0] or holder[0] == target[0]:
            continue
        pair = f"{holder[0]}→{target[0]}"
        if (pair, a, str(_sign(float(row["polarity"])))) in seen:
            continue  # the article's first statement of this pair and sign is its evidence
        seen.add((pair, a, str(_sign(float(row["polarity"])))))
        rows.append(
            {
                "event_group": group,
                "article_id": a,
                "outlet": names[a],
                "holder": holder[1],
                "target": target[1],
                "polarity": _sign(float(row["polarity"])),
                "hedged": str(row.get("hedged")).lower() in ("true", "1"),
                "cue": text(row.get("cue")),
                "pair": pair,
                "sentence_id": int(row["sentence_id"]),
                "start": int(row["start"]),
                "end": int(row["end"]),
            }
        )
    return rows


def _difference(g: pd.DataFrame) -> str:
    """ "sign" when two outlets tell the pair with opposite signs and neither tells the
    other's (one outlet saying both "pour" and "contre" is not a disagreement between
    outlets); "hedging" when one outlet hedges it and another does not."""
    if g["outlet"].nunique() < 2:
        return ""
    said = [frozenset(o) - {0} for _, o in g.groupby("outlet", sort=True)["polarity"]]
    said = [signs for signs in said if signs]
    if any(a.isdisjoint(b) for k, a in enumerate(said) for b in said[k + 1 :]):
        return "sign"
    if g.groupby("outlet")["hedged"].any().nunique() > 1:
        return "hedging"
    return ""


def stance_table(res: CorpusResult, groups: pd.DataFrame) -> pd.DataFrame:
    names = dict(zip(groups["article_id"], groups["outlet"], strict=True))
    idmap = identity_map(res)
    rows: list[dict] = []
    for group, g in groups.groupby("event_group", sort=False):
        rows.extend(_stance_rows(res, str(group), set(g["article_id"]), names, idmap))
    df = frame(rows, STANCE_COLUMNS)
    if df.empty:
        return df
    by_pair = df.groupby(["event_group", "pair"])
    df["outlets"] = by_pair["outlet"].transform("nunique")
    diff = by_pair.apply(_difference, include_groups=False).rename("difference")
    df = df.drop(columns="difference").join(diff, on=["event_group", "pair"])
    df = df.sort_values(
        ["event_group", "outlets", "pair", "article_id"], ascending=[True, False, True, True]
    )
    return frame(df.to_dict("records"), STANCE_COLUMNS)


def _canonical(group: str, key: str, df: pd.DataFrame) -> str:
    """The longest quote of the group that contains ``key`` (an outlet often quotes a part of
    the sentence another quotes whole)."""
    padded = f" {key} "
    longer = [k for k in set(df.loc[df["event_group"] == group, "_key"]) if len(k) > len(key)]
    hits = [k for k in longer if padded in f" {k} "]
    return max(hits, key=lambda k: (len(k), k)) if hits else key


def attribution_table(res: CorpusResult, groups: pd.DataFrame) -> pd.DataFrame:
    names = dict(zip(groups["article_id"], groups["outlet"], strict=True))
    group_of = dict(zip(groups["article_id"], groups["event_group"], strict=True))
    idmap = identity_map(res)
    rows = []
    for row in res.table("quotes").to_dict("records"):
        a = row.get("article_id")
        key = name_key(row.get("text"))
        if a not in group_of or len(key.split()) < 4 or pd.isna(row.get("sentence_id")):
            continue  # a short quote ("historique") is a word, not a statement to attribute
        speaker = who(idmap, a, row.get("speaker_id"), row.get("speaker"))
        rows.append(
            {
                "event_group": group_of[a],
                "article_id": a,
                "outlet": names[a],
                "quote": text(row.get("text")),
                "speaker": speaker[1],
                "_key": key,
                "_who": speaker[0],
                "sentence_id": int(row["sentence_id"]),
                "start": int(row["start"]),
                "end": int(row["end"]),
            }
        )
    df = pd.DataFrame(rows)
    if df.empty:
        return frame([], ATTRIBUTION_COLUMNS)
    df["_key"] = [_canonical(g, k, df) for g, k in zip(df["event_group"], df["_key"], strict=True)]
    by = df.groupby(["event_group", "_key"])
    df["outlets"] = by["outlet"].transform("nunique")
    df = df[df["outlets"] >= 2].copy()
    if df.empty:
        return frame([], ATTRIBUTION_COLUMNS)
    named = df[df["_who"] != ""].groupby(["event_group", "_key"])
    speakers = named["speaker"].agg(lambda s: "; ".join(sorted(set(s))))
    distinct = named["_who"].nunique()
    df = df.join(speakers.rename("speakers"), on=["event_group", "_key"])
    df = df.join(distinct.rename("_n"), on=["event_group", "_key"])
    df["conflict"] = df["_n"].fillna(0) > 1
    df = df.sort_values(
        ["event_group", "conflict", "_key", "article_id"], ascending=[True, False, True, True]
    )
    return frame(df.to_dict("records"), ATTRIBUTION_COLUMNS)
