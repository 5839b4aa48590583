"""Which articles tell the same event: articles given together for comparison are grouped by
the actors, places and dates they share.

Why: an analyst often drops a whole folder of press on the tool, and comparing two articles
about different visits would report every fact as a disagreement. Two articles belong to the
same event when their dates (publication day and the days they cite) fall within
:data:`DAYS` days of each other and they share at least :data:`MIN_SHARED_ACTORS` actors, or
one actor and one place. Groups are the connected articles; an article linked to no other is a
group of one, reported as such.
"""

from __future__ import annotations

import collections
import datetime as dt

import pandas as pd

from analysis.corpus.coverage.common import frame, identity_map, outlets, text, who
from analysis.corpus.crossref import CorpusResult, name_key

DAYS = 7  # dates of two reports of one event are at most this many days apart
MIN_SHARED_ACTORS = 2  # or one actor and one place
GROUP_COLUMNS = (
    "event_group",
    "article_id",
    "outlet",
    "title",
    "publication",
    "articles",
    "label",
    "shared_actors",
    "shared_places",
)


def _day(value: object) -> dt.date | None:
    raw = text(value)[:10]
    try:
        return dt.date.fromisoformat(raw) if len(raw) == 10 else None
    except ValueError:
        return None


def _features(res: CorpusResult) -> dict[str, dict[str, object]]:
    """Per article: its actors (corpus keys with names), places and days."""
    idmap = identity_map(res)
    feats: dict[str, dict[str, object]] = {
        a: {"actors": {}, "places": {}, "days": set()} for a in res.articles["article_id"]
    }
    for row in res.table("actors").to_dict("records"):
        if row.get("article_id") in feats:
            key, name = who(idmap, row["article_id"], row.get("actor_id"), row.get("name"))
            if key:
                feats[row["article_id"]]["actors"][key] = name
    for row in res.table("places").to_dict("records"):
        if row.get("article_id") in feats and text(row.get("kind")) != "continent":
            feats[row["article_id"]]["places"][name_key(row.get("name"))] = text(row.get("name"))
    for row in res.articles.to_dict("records"):
        if (day := _day(row.get("publication"))) is not None:
            feats[row["article_id"]]["days"].add(day)
    for row in res.table("timeline").to_dict("records"):
        if row.get("article_id") in feats and (day := _day(row.get("date"))) is not None:
            feats[row["article_id"]]["days"].add(day)
    return feats


def _near(a: set[dt.date], b: set[dt.date]) -> bool:
    """Dates within :data:`DAYS` days; an undated article does not block the link."""
    if not a or not b:
        return True
    return any(abs((x - y).days) <= DAYS for x in a for y in b)


def linked(fa: dict[str, object], fb: dict[str, object]) -> bool:
    """Same event: near dates, and shared actors (two, or one and a place)."""
    actors = set(fa["actors"]) & set(fb["actors"])
    places = set(fa["places"]) & set(fb["places"])
    enough = len(actors) >= MIN_SHARED_ACTORS or (actors and places)
    return bool(enough) and _near(fa["days"], fb["days"])


def _components(ids: list[str], feats: dict[str, dict[str, object]]) -> list[list[str]]:
    parent = {a: a for a in ids}

    def find(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            if find(a) != find(b) and linked(feats[a], feats[b]):
                parent[find(b)] = find(a)
    groups: dict[str, list[str]] = collections.defaultdict(list)
    for a in ids:
        groups[find(a)].append(a)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def _shared(members: list[str], feats: dict[str, dict[str, object]], field: str) -> list[str]:
    """What most members of the group share (every member for a pair or a single article)."""
    counts: collections.Counter = collections.Counter()
    names: dict[str, str] = {}
    for a in members:
        values = feats[a][field]
        counts.update(set(values))
        if isinstance(values, dict):
            names.update(values)
    need = max(1, (len(members) + 1) // 2)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], names.get(kv[0], kv[0])))
    return [names.get(k, k) for k, n in ranked if n >= need]  # same order on every run


def event_groups(res: CorpusResult) -> pd.DataFrame:
    """One row per article: its event group (``E1`` the largest), the group's size and label
    (the actors and places most of its articles share)."""
    arts = res.articles
    if arts.empty:
        return frame([], GROUP_COLUMNS)
    feats = _features(res)
    names = outlets(res)
    order = arts.sort_values(["date", "article_id"], na_position="last")["article_id"].tolist()
    rows = []
    info = arts.set_index("article_id")
    for n, members in enumerate(_components(order, feats), start=1):
        actors = [a for a in _shared(members, feats, "actors") if not a.startswith("~")][:4]
        places = _shared(members, feats, "places")[:2]
        label = ", ".join(actors) + (" — " + ", ".join(places) if places else "")
        for a in members:
            rows.append(
                {
                    "event_group": f"E{n}",
                    "article_id": a,
                    "outlet": names.get(a, ""),
                    "title": text(info.at[a, "title"]) if "title" in info.columns else "",
                    "publication": text(info.at[a, "publication"])
                    if "publication" in info.columns
                    else "",
                    "articles": len(members),
                    "label": label or a,
                    "shared_actors": "; ".join(actors),
                    "shared_places": "; ".join(places),
                }
            )
    return frame(rows, GROUP_COLUMNS)
