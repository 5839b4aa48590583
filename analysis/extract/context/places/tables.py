"""The places tables: one row per distinct place, one row per mention."""

from __future__ import annotations

import math

import pandas as pd

from analysis.document.article import Article
from analysis.document.frames import frame
from analysis.extract.context.places.mentions import Mention

PLACE_COLUMNS = [
    "place_id",
    "name",
    "country",
    "lat",
    "lon",
    "kind",
    "mentions",
    "role",
    "place_uses",
    "government_uses",
    "source",
    "gazetteer_name",
    "aliases",
    "alternatives",
    "sentence_id",
    "start",
    "end",
    "text",
]
MENTION_COLUMNS = ["place_id", "sentence_id", "start", "end", "text", "role"]


def tables(article: Article, mentions: list[Mention]) -> tuple[pd.DataFrame, pd.DataFrame]:
    rows: dict[str, dict] = {}
    mrows = []
    order: list[str] = []
    for m in mentions:
        if m.entry is None:
            continue
        e = m.entry
        sent = article.sentence_at(m.start)
        surface = article.text[m.start : m.end]
        if e.uid not in rows:
            order.append(e.uid)
            name = e.name
            if e.kind == "city" and e.source == "geonames":
                name = m.alias or surface  # "Le Caire" for "au Caire"
            if e.source == "states" and m.alias:
                name = m.alias  # the article's spelling, without "région de"
            rows[e.uid] = {
                "name": name,
                "country": e.country or "",
                "lat": round(e.lat, 4) if e.lat is not None else None,
                "lon": round(e.lon, 4) if e.lon is not None else None,
                "kind": e.kind,
                "mentions": 0,
                "place_uses": 0,
                "government_uses": 0,
                "source": e.source,
                "gazetteer_name": e.name,
                "aliases": set(),
                "alternatives": m.alternatives,
                "sentence_id": sent.id if sent else None,
                "start": m.start,
                "end": m.end,
                "text": surface,
            }
        row = rows[e.uid]
        if row["sentence_id"] is None and sent is not None:  # a dateline's town, named again
            row.update(sentence_id=sent.id, start=m.start, end=m.end, text=surface)
        row["mentions"] += 1
        for alias in (m.alias, surface, e.name, *m.names):
            if alias and alias != row["name"]:
                row["aliases"].add(alias)
        row["place_uses" if m.role == "place" else "government_uses"] += 1
        mrows.append(
            {
                "uid": e.uid,
                "sentence_id": sent.id if sent else None,
                "start": m.start,
                "end": m.end,
                "text": surface,
                "role": m.role,
            }
        )
    ids = {uid: f"P{i + 1:02d}" for i, uid in enumerate(order)}
    places = []
    for uid in order:
        row = rows[uid]
        row["role"] = "place" if row["place_uses"] else "government"
        row["aliases"] = ";".join(sorted(row["aliases"]))
        places.append({"place_id": ids[uid], **row})
    pl = frame(places, PLACE_COLUMNS)
    pm = frame([{"place_id": ids[r.pop("uid")], **r} for r in mrows], MENTION_COLUMNS)
    return pl, pm


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p = math.radians
    h = (
        math.sin(p(lat2 - lat1) / 2) ** 2
        + math.cos(p(lat1)) * math.cos(p(lat2)) * math.sin(p(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))
