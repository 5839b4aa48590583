"""Calendar arithmetic of the timeline: which year a month or a day of the month falls in,
which date a weekday names, given the reference period and the direction of the clause
(split from :mod:`.resolve`, whose resolvers use them)."""

from __future__ import annotations

import datetime as dt

from analysis.extract.context.timeline.reference import DayAnchor, Reference
from analysis.extract.context.timeline.scan import lexicon


def roman(s: str) -> int:
    vals = {"I": 1, "V": 5, "X": 10, "L": 50}
    total = 0
    for i, ch in enumerate(s.upper()):
        v = vals.get(ch, 0)
        total += -v if i + 1 < len(s) and vals.get(s[i + 1].upper(), 0) > v else v
    return total


def pick(cands: list, ref_first, ref_last, direction: str, key=lambda c: c, slack: int = 3):
    """Choose among candidate dates/months by direction relative to the reference interval.

    ``future~`` (a scheduled event: "prévu en mai") is the nearest candidate that is not more
    than ``slack`` units (months, or days for dates) before the reference: a plan may have
    been for last month, rarely for half a year ago."""
    strict = direction.endswith("!")
    if direction.endswith("~"):
        cands = [c for c in cands if key(c) >= ref_first - slack] or cands
        direction = "nearest"
    direction = direction.rstrip("!")
    if direction == "past":
        ok = [c for c in cands if (key(c) < ref_first if strict else key(c) <= ref_last)]
        return max(ok, key=key) if ok else None
    if direction == "future":
        ok = [c for c in cands if (key(c) > ref_last if strict else key(c) >= ref_first)]
        return min(ok, key=key) if ok else None

    def dist(c):
        k = key(c)
        return 0 if ref_first <= k <= ref_last else min(abs(k - ref_first), abs(k - ref_last))

    return min(cands, key=lambda c: (dist(c), -key(c)))


def month_index(d: dt.date) -> int:
    return d.year * 12 + d.month - 1


def month_year(month: int, ref: Reference, direction: str) -> tuple[int, int]:
    first, last = month_index(ref.first), month_index(ref.last)
    cands = [(y * 12 + month - 1) for y in range(ref.date.year - 1, ref.date.year + 2)]
    best = pick(cands, first, last, direction)
    if best is None:
        best = pick(cands, first, last, "nearest")
    y, m = divmod(best, 12)
    return y, m + 1


def day_month(day: int, month: int, ref: Reference, direction: str, wd: str | None):
    cands = []
    for y in range(ref.date.year - 1, ref.date.year + 2):
        try:
            cands.append(dt.date(y, month, day))
        except ValueError:
            continue
    if not cands:
        return None
    if wd:
        iso_day = lexicon()["weekdays"][wd.lower()]
        matching = [c for c in cands if c.isoweekday() == iso_day]
        if len(matching) == 1:
            return matching[0]
    first, last = ref.first.toordinal(), ref.last.toordinal()
    best = pick(cands, first, last, direction, key=ordinal, slack=SCHEDULE_SLACK_DAYS)
    return best or pick(cands, ref.first.toordinal(), ref.last.toordinal(), "nearest", key=ordinal)


# How far back a scheduled day may lie ("la réunion prévue le 3 mars" read in April).
SCHEDULE_SLACK_DAYS = 92


def ordinal(d: dt.date) -> int:
    return d.toordinal()


def weekday_near(iso_day: int, day: DayAnchor, direction: str) -> dt.date:
    """The named weekday of the anchor's days when one is ("jeudi" in "du 25 au 27 août"),
    else the one around the anchor. Against the day of writing, the tense bounds it: "a
    parlé vendredi" is the last Friday, "partira mardi" the next Tuesday."""
    if not direction.endswith("!"):
        span = (day.last - day.first).days + 1
        inside = [day.first + dt.timedelta(days=k) for k in range(span)]
        hit = [d for d in inside if d.isoweekday() == iso_day]
        if hit:
            return hit[0]
        if day.now and direction in ("past", "future", "future~"):
            # "la visite, prévue lundi, ...": a scheduled day is the next one, as the future
            back = (day.first.isoweekday() - iso_day) % 7
            fwd = (iso_day - day.first.isoweekday()) % 7
            step = -back if direction == "past" else fwd
            return day.first + dt.timedelta(days=step)
    return weekday(iso_day, day.first, direction)


def weekday(iso_day: int, ref: dt.date, direction: str) -> dt.date:
    """The named weekday nearest the reference; the tense decides only a near tie.

    News reports cover a few days around their event: "mercredi" in an article about a
    Tuesday is the next day even in the past tense (the article was written after it).
    """
    strict = direction.endswith("!")
    back = (ref.isoweekday() - iso_day) % 7
    fwd = (iso_day - ref.isoweekday()) % 7
    if strict:
        back, fwd = back or 7, fwd or 7
        return (
            ref - dt.timedelta(days=back)
            if direction.startswith("past")
            else (ref + dt.timedelta(days=fwd))
        )
    if abs(back - fwd) > 1 or direction.startswith("nearest"):
        go_back = back <= fwd
    else:
        go_back = not direction.startswith("future")
    return ref - dt.timedelta(days=back) if go_back else ref + dt.timedelta(days=fwd)
