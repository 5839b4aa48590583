"""Who is present and who speaks in each outlet: mentions, quotes and share of voice per actor
per outlet, and who is absent.

Why: which voices an outlet gives room to is often the first difference between two accounts
of one event (the host's press quotes the host, the opposition paper the opposition). An actor
of the event group is *absent* from an article that never mentions it; the row is kept (with
no evidence) so the absence is a cell of the table, not a silence.
"""

from __future__ import annotations

import collections

import pandas as pd

from analysis.corpus.coverage.common import EVIDENCE, frame, identity_map, text, who
from analysis.corpus.crossref import CorpusResult

VOICE_COLUMNS = (
    "event_group",
    "article_id",
    "outlet",
    "actor_key",
    "actor",
    "type",
    "present",
    "mentions",
    "quotes",
    "quoted_words",
    "share_of_voice",
    "outlets_present",
    "outlets_quoting",
    *EVIDENCE,
)


def _words(value: object) -> int:
    return len(text(value).split())


def _actors(res: CorpusResult, members: set[str], idmap) -> dict[str, dict[str, object]]:
    """Per corpus actor of the group: name, type, and per article mentions and first mention."""
    out: dict[str, dict[str, object]] = {}
    first = {}
    for row in res.table("mentions").to_dict("records"):
        key = (row.get("article_id"), row.get("actor_id"))
        if key[0] in members and key not in first and pd.notna(row.get("sentence_id")):
            first[key] = (int(row["sentence_id"]), int(row["start"]), int(row["end"]))
    for row in res.table("actors").to_dict("records"):
        a = row.get("article_id")
        if a not in members:
            continue
        key, name = who(idmap, a, row.get("actor_id"), row.get("name"))
        if not key:
            continue
        entry = out.setdefault(key, {"name": name, "type": text(row.get("type")), "per": {}})
        mentions = int(row.get("mentions") or 0)
        evidence = first.get((a, row.get("actor_id")))
        if evidence is None and pd.notna(row.get("first_sentence")):
            evidence = (int(row["first_sentence"]), None, None)
        per = entry["per"].setdefault(a, {"mentions": 0, "evidence": evidence})
        per["mentions"] += mentions
    return out


def _quotes(res: CorpusResult, members: set[str], idmap):
    """(actor key, article) -> [quotes, words, first evidence]; article -> quoted words."""
    per: dict[tuple[str, str], list] = {}
    total: collections.Counter = collections.Counter()
    for row in res.table("quotes").to_dict("records"):
        a = row.get("article_id")
        if a not in members:
            continue
        words = _words(row.get("text"))
        total[a] += words
        key, _ = who(idmap, a, row.get("speaker_id"), row.get("speaker"))
        if not key or pd.isna(row.get("sentence_id")):
            continue
        entry = per.setdefault(
            (key, a), [0, 0, (int(row["sentence_id"]), int(row["start"]), int(row["end"]))]
        )
        entry[0] += 1
        entry[1] += words
    return per, total


def group_rows(
    res: CorpusResult, group: str, members: list[str], names: dict[str, str], idmap
) -> list[dict[str, object]]:
    actors = _actors(res, set(members), idmap)
    quotes, total = _quotes(res, set(members), idmap)
    rows = []
    for key, entry in actors.items():
        present = {a for a, p in entry["per"].items() if p["mentions"] or (key, a) in quotes}
        quoting = {a for a in members if (key, a) in quotes}
        for a in members:
            per = entry["per"].get(a, {"mentions": 0, "evidence": None})
            n_quotes, words, quote_ev = quotes.get((key, a), (0, 0, None))
            evidence = quote_ev or per["evidence"] or (None, None, None)
            rows.append(
                {
                    "event_group": group,
                    "article_id": a,
                    "outlet": names[a],
                    "actor_key": key,
                    "actor": entry["name"],
                    "type": entry["type"],
                    "present": a in present,
                    "mentions": per["mentions"],
                    "quotes": n_quotes,
                    "quoted_words": words,
                    "share_of_voice": round(words / total[a], 3) if total[a] else 0.0,
                    "outlets_present": len({names[x] for x in present}),
                    "outlets_quoting": len({names[x] for x in quoting}),
                    "sentence_id": evidence[0],
                    "start": evidence[1],
                    "end": evidence[2],
                }
            )
    return rows


def table(res: CorpusResult, groups: pd.DataFrame) -> pd.DataFrame:
    """``coverage_voice``: one row per actor of a group and article of that group."""
    names = dict(zip(groups["article_id"], groups["outlet"], strict=True))
    rows: list[dict[str, object]] = []
    idmap = identity_map(res)
    for group, g in groups.groupby("event_group", sort=False):
        rows.extend(group_rows(res, str(group), g["article_id"].tolist(), names, idmap))
    df = frame(rows, VOICE_COLUMNS)
    if df.empty:
        return df
    return df.sort_values(
        ["event_group", "outlets_quoting", "outlets_present", "actor", "article_id"],
        ascending=[True, False, False, True, True],
    ).reset_index(drop=True)
