"""The places tables: one row per distinct place, one row per mention."""

from __future__ import annotations

import math
import re

import pandas as pd

from analysis.document.article import Article
from analysis.document.frames import frame
from analysis.extract.context.places.kb import gazetteer
from analysis.extract.context.places.mentions import Mention
from analysis.resources.gazetteer import place_key as key

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
        for alias in (m.alias, surface, e.name, *m.names, bare_name(surface, e.uid)):
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


# nouns of islands and of lakes, deserts, plateaus... whose bare proper name is the place's own
# name ("l'île de X" is "X"); not seas, rivers, basins or deltas ("mer Rouge", "delta du Niger")
_BARE_LEADS = "îles|île|îlots|îlot|archipel|atoll|presqu['’]île|péninsule|lac|désert|oasis|plateau"
_LEAD = re.compile(
    rf"(?:(?:le|la|les)\s+|l['’]\s*)?(?:{_BARE_LEADS})\s+"
    r"(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)?",
    re.I,
)


def bare_name(surface: str, uid: str = "") -> str:
    """The proper name of an island, lake or desert written with its noun ("l'île de X" ->
    "X", "le lac Y" -> "Y"), as one more name of its row: readers and lists of places often
    name it bare. Empty when there is no such noun, nothing capitalised after it, or when
    the bare name is another place than entry ``uid`` (a state, a town: "lac Tchad", "lac
    Victoria")."""
    m = _LEAD.match(surface)
    if m is None or m.end() >= len(surface) or not surface[m.end()].isupper():
        return ""
    rest = surface[m.end() :]
    gz, k = gazetteer(), key(rest)
    others = [e for e in gz.phrases.get(k, []) + gz.cities.get(k, []) if e.uid != uid]
    return "" if others else rest


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p = math.radians
    h = (
        math.sin(p(lat2 - lat1) / 2) ** 2
        + math.cos(p(lat1)) * math.cos(p(lat2)) * math.sin(p(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))
