"""Dates whose year is the one the text has just written: "le 12 octobre de la même année",
"en août de l'année précédente", "la même année", "cette année-là", "l'année suivante"; and
days and months whose year the words right after them count from the day of writing: "en
janvier de l'année dernière", "le 3 mars de cette année" (:func:`year_named_after`).

The press dates a chain of past events by one full date then by days and months "of the same
year" or "of the year after". Read on their own, "le 3 décembre" or "en août" take the year
of the publication; the words after them name the year: the last year written before them
in the text (0 for "la même année", "cette année-là", "cette même année"; +1 for "l'année
suivante", "l'année d'après", "l'année qui a suivi"; -1 for "l'année précédente", "l'année
d'avant"). Without a year written before, nothing changes. "cette année" alone is the year
of writing, read elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_WHICH = (
    r"(?P<same>la\s+même\s+année|cette\s+même\s+année|cette\s+année-là|cette\s+année\s+là)"
    r"|l['’]\s*année\s+(?:(?P<next>suivante|d['’]\s*après|qui\s+(?:a\s+)?suivi(?:t)?)"
    r"|(?P<prev>précédente|d['’]\s*avant|qui\s+(?:a\s+)?précédé|d['’]\s*auparavant))"
)
# right after a day or a month: "le 12 octobre de la même année", "en août de l'année d'avant"
_AFTER = re.compile(rf"\s*(?:de\s+|d['’]\s*)(?:{_WHICH})(?![\w-])", re.I)
# alone: "La même année, ...", "l'année suivante, il revient", "dès l'année d'après"
_ALONE = re.compile(rf"(?<![\w'’-])(?:{_WHICH})(?![\w-])", re.I)
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")


def _offset(m: re.Match) -> int:
    return 1 if m.group("next") else -1 if m.group("prev") else 0


def _written_year(rows: list[dict], before: int) -> int | None:
    """The year of the last dated row before offset ``before`` that names a year: written
    ("en 2014", "le 16 octobre 2014") or a year of its own ("l'an dernier", "l'année
    dernière"); a day or a month read against the publication ("mardi") names none."""
    for r in reversed(rows):
        if r["start"] >= before or not r["date"]:
            continue
        y = _YEAR.search(r["text"])
        if y and str(r["date"]).startswith(y.group(1)):
            return int(y.group(1))
        if r["precision"] == "year" and len(str(r["date"])) == 4:
            return int(r["date"])
    return None


def same_year(
    rows: list[dict],
    text: str,
    source: str,
    new_row: Callable[[int, int, str], dict | None],
    phase_of: Callable[[str, str], str],
) -> list[dict]:
    """Give the last written year to the days and months followed by "de la même année"
    (and kin), and add a year row for each such phrase standing alone. ``rows`` are in text
    order; ``text`` is the normalised text, ``source`` the article's own; ``new_row(start,
    end, date)`` builds a row for a phrase alone (None outside the body); ``phase_of(date,
    date_end)`` recomputes the phase."""
    taken: list[tuple[int, int]] = []
    for r in rows:
        m = _AFTER.match(text, r["end"])
        if m is None or r["precision"] not in ("day", "month", "approximate") or not r["date"]:
            continue
        year = _written_year(rows, r["start"])
        if year is None:
            continue
        y = year + _offset(m)
        r["date"] = f"{y:04d}{str(r['date'])[4:]}"
        if r.get("date_end"):
            r["date_end"] = f"{y:04d}{str(r['date_end'])[4:]}"
        r["end"], r["text"] = m.end(), source[r["start"] : m.end()]
        r["kind"], r["anchor"], r["note"] = "anchored", "previous year", ""
        r["phase"] = phase_of(r["date"], r.get("date_end") or "")
        taken.append((m.start(), m.end()))
    added = []
    for m in _ALONE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if any(r["start"] <= m.start() < r["end"] for r in rows):
            continue
        year = _written_year(rows, m.start())
        if year is None:
            continue
        row = new_row(m.start(), m.end(), f"{year + _offset(m):04d}")
        if row is not None:
            added.append(row)
    return sorted(rows + added, key=lambda r: r["start"])


# "de" between a day or a month and the year that follows it: "janvier de l'an dernier"
_OF = re.compile(r"\s*(?:de|d['’])\s*\Z", re.I)


def year_named_after(
    rows: list[dict], text: str, phase_of: Callable[[str, str], str]
) -> list[dict]:
    """ "en janvier de l'année dernière", "le 3 mars de cette année", "en mai de l'an
    prochain": the relative year written right after a day or a month (found on its own as
    a year) is that date's year; the two rows become one, the date's row extended over the
    year's words. ``rows`` are in text order; ``phase_of(date, date_end)`` recomputes the
    phase."""
    out: list[dict] = []
    for r in rows:
        prev = out[-1] if out else None
        if prev is not None and _year_of(prev, r, text):
            y = str(r["date"])
            prev["date"] = y + str(prev["date"])[4:]
            if prev.get("date_end"):
                prev["date_end"] = y + str(prev["date_end"])[4:]
            prev["end"], prev["text"] = r["end"], prev["text"] + text[prev["end"] : r["end"]]
            prev["kind"], prev["anchor"] = "relative", r["anchor"]
            prev["phase"] = phase_of(prev["date"], prev.get("date_end") or "")
            continue
        out.append(r)
    return out


def _year_of(date_row: dict, year_row: dict, text: str) -> bool:
    """``year_row`` ("l'année dernière", "cette année") names the year of ``date_row`` (a
    day or a month whose year was not written) right after it, joined by "de"."""
    if date_row["kind"] not in ("partial", "relative") or len(str(date_row["date"])) < 7:
        return False
    if year_row["precision"] != "year" or year_row["kind"] != "relative" or year_row["date_end"]:
        return False
    if len(str(year_row["date"])) != 4 or year_row["start"] < date_row["end"]:
        return False
    return _OF.match(text[date_row["end"] : year_row["start"]]) is not None
