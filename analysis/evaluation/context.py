"""Score the context tables (timeline, places) against the gold ``dates`` and ``places``.

* ``timeline_recall``: share of gold date expressions for which a timeline row overlaps one
  occurrence of the gold text in the article AND gives the same ``date`` at the same
  ``precision`` (and the same ``date_end`` when the gold has one).
* ``places_recall``: share of gold places for which a places row matches by name, alias or
  one of its mention texts (case-, accent- and apostrophe-insensitive, against the gold name and
  surface forms) AND lies within 150 km of the gold coordinates.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.evaluation import norm
from analysis.extract.context.places import haversine_km

MAX_KM = 150.0


def score(analysis, gold: dict) -> dict[str, float]:
    out: dict[str, float] = {}
    if gold.get("dates"):
        out["timeline_recall"] = timeline_recall(analysis, gold["dates"])
    if gold.get("places"):
        out["places_recall"] = places_recall(analysis, gold["places"])
    return out


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    variants = {needle, needle.replace("'", "’"), needle.replace("’", "'")}
    spans = []
    for v in variants:
        spans += [(m.start(), m.end()) for m in re.finditer(re.escape(v), text)]
    return spans


def _same(value: object, expected: object) -> bool:
    if expected is None or (isinstance(expected, float) and pd.isna(expected)):
        return value is None or str(value) in ("", "nan", "None")
    return str(value) == str(expected)


def timeline_missed(analysis, dates: list[dict]) -> list[dict]:
    """Gold dates without a matching timeline row (for diagnostics)."""
    text = analysis.article.text
    tl = analysis.tables.get("timeline", pd.DataFrame())
    rows = list(tl.itertuples(index=False)) if len(tl) else []
    missed = []
    for g in dates:
        spans = _occurrences(text, str(g["text"]))
        ok = False
        for r in rows:
            if not any(r.start < e and r.end > s for s, e in spans):
                continue
            if str(r.date) != str(g["date"]) or r.precision != g["precision"]:
                continue
            if g.get("date_end") and not _same(r.date_end, g.get("date_end")):
                continue
            ok = True
            break
        if not ok:
            missed.append(g)
    return missed


def timeline_recall(analysis, dates: list[dict]) -> float:
    if not dates:
        return 1.0
    return 1 - len(timeline_missed(analysis, dates)) / len(dates)


def places_missed(analysis, places: list[dict]) -> list[dict]:
    """Gold places without a matching places row (for diagnostics)."""
    pl = analysis.tables.get("places", pd.DataFrame())
    pm = analysis.tables.get("place_mentions", pd.DataFrame())
    forms: dict[str, set[str]] = {}
    for r in pl.itertuples(index=False) if len(pl) else []:
        names = [r.name, r.gazetteer_name] + str(getattr(r, "aliases", "") or "").split(";")
        forms.setdefault(r.place_id, set()).update(norm(n) for n in names if n)
    for r in pm.itertuples(index=False) if len(pm) else []:
        forms.setdefault(r.place_id, set()).add(norm(r.text))
    coords = {
        r.place_id: (r.lat, r.lon)
        for r in (pl.itertuples(index=False) if len(pl) else [])
        if pd.notna(r.lat) and pd.notna(r.lon)
    }
    missed = []
    for g in places:
        names = {norm(g["name"])} | {norm(t) for t in g.get("text") or []}
        ok = False
        for pid, fs in forms.items():
            if not (names & fs) or pid not in coords:
                continue
            lat, lon = coords[pid]
            if haversine_km(float(lat), float(lon), float(g["lat"]), float(g["lon"])) <= MAX_KM:
                ok = True
                break
        if not ok:
            missed.append(g)
    return missed


def places_recall(analysis, places: list[dict]) -> float:
    if not places:
        return 1.0
    return 1 - len(places_missed(analysis, places)) / len(places)
