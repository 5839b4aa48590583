"""From a matched expression to dates: one resolver per kind of expression.

Each resolver is a small function registered under the pattern names it handles
(:func:`resolver`); :func:`resolve` dispatches. Written parts are read as they are
("22 novembre 2021" is absolute); missing parts are filled from :class:`Anchors`: the
reference date (which year for "en août", which Tuesday for "mardi"), the direction given by
the tense or "dernier"/"prochain", the sentence's own full date, the main event, a date
written right after the expression.

The resolvers counted from the reference date ("mardi", "hier", "il y a trois ans", "d'ici
deux semaines") live in :mod:`analysis.extract.context.timeline.relative`; they register here
when the package imports that module.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from analysis.extract.context.timeline.calendar import (
    day_month,
    month_index,
    month_year,
    pick,
    roman,
)
from analysis.extract.context.timeline.reference import (
    DayAnchor,
    Reference,
    absolute_day,
)
from analysis.extract.context.timeline.scan import (
    day_number,
    lexicon,
    month_number,
    number,
)


@dataclass
class Res:
    """The resolved columns of one expression (see the timeline table)."""

    date: str = ""
    date_end: str = ""
    precision: str = ""
    kind: str = "absolute"
    anchor: str = ""
    note: str = ""


@dataclass(frozen=True)
class Anchors:
    """What an underspecified expression may be resolved against."""

    ref: Reference | None  # the reference date (publication, main event or file name)
    direction: str  # past | future | nearest, "!" when strict ("novembre dernier")
    sentence: dt.date | None = None  # the sentence's own full date
    main: Reference | None = None  # the article's main dated event
    after: dt.date | None = None  # a full date written right after the expression
    near: DayAnchor | None = None  # the nearest day the text dates near the publication


Resolver = Callable[[dict, Anchors], Res]
_RESOLVERS: dict[str, Resolver] = {}


def resolver(*names: str) -> Callable[[Resolver], Resolver]:
    """Register a resolver for the expressions found by the patterns ``names``."""

    def register(fn: Resolver) -> Resolver:
        for name in names:
            _RESOLVERS[name] = fn
        return fn

    return register


def needs_reference(kind: str, precision: str) -> Callable[[Resolver], Resolver]:
    """A resolver that cannot work without the reference date: without one it leaves the
    expression undated, with a note (nothing is guessed)."""

    def wrap(fn: Resolver) -> Resolver:
        @functools.wraps(fn)
        def checked(g: dict, at: Anchors) -> Res:
            if at.ref is None:
                return no_reference(kind, precision)
            return fn(g, at)

        return checked

    return wrap


def resolve(name: str, g: dict, at: Anchors) -> Res:
    """Turn one matched expression into dates (see the timeline table for the columns)."""
    fn = _RESOLVERS.get(name)
    if fn is None:
        return Res(note=f"unhandled expression type {name}")
    return fn(g, at)


def no_reference(kind: str, precision: str) -> Res:
    return Res(
        precision=precision,
        kind=kind,
        note="no publication date: relative expression left unresolved (pass --date)",
    )


def iso(d: dt.date, precision: str) -> str:
    """``d`` written at a precision: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    return d.isoformat()[
        : {"year": 4, "month": 7, "season": 7, "approximate": 7}.get(precision, 10)
    ]


# --------------------------------------------------------------------------------------------
# Absolute: every part is written


@resolver("full", "numeric")
def _full_date(g: dict, at: Anchors) -> Res:
    """ "lundi 22 novembre 2021", "22/11/2021"; a weekday that disagrees is noted."""
    d = absolute_day(g)
    if d is None:
        return Res(precision="day", note="impossible date")
    note = ""
    if g.get("wd") and lexicon()["weekdays"][g["wd"].lower()] != d.isoweekday():
        note = "weekday does not match the date"
    return Res(d.isoformat(), precision="day", note=note)


@resolver("month_year")
def _month_year_written(g: dict, at: Anchors) -> Res:
    """ "août 2021"; "fin août 2021" is approximate."""
    prec = "approximate" if g.get("part") else "month"
    return Res(f"{int(g['y']):04d}-{month_number(g['m']):02d}", precision=prec)


@resolver("year")
def _year(g: dict, at: Anchors) -> Res:
    """ "en 2021", "2021"."""
    return Res(f"{int(g['y']):04d}", precision="year")


@resolver("year_range")
def _year_range(g: dict, at: Anchors) -> Res:
    """ "entre 2019 et 2021", "2019-2021"."""
    y1, y2 = int(g["y1"]), int(g["y2"])
    if y2 < y1:
        return Res(f"{y1:04d}", precision="year", note="range end before its start")
    return Res(f"{y1:04d}", f"{y2:04d}", "year")


@resolver("month_range")
def _month_range(g: dict, at: Anchors) -> Res:
    """ "entre mars et mai 2021", "de décembre 2020 à février 2021"."""
    y = int(g["y"])
    m1, m2 = month_number(g["m1"]), month_number(g["m2"])
    y1 = int(g["y1"]) if g.get("y1") else (y if m1 <= m2 else y - 1)
    return Res(f"{y1:04d}-{m1:02d}", f"{y:04d}-{m2:02d}", "month")


@resolver("decade")
def _decade(g: dict, at: Anchors) -> Res:
    """ "les années 1990", "les années 90"."""
    dec = int(g["dec"])
    dec = dec + 1900 if dec < 100 else dec
    return Res(f"{dec:04d}", f"{dec + 9:04d}", "year")


@resolver("decade_range")
def _decade_range(g: dict, at: Anchors) -> Res:
    """ "les années 1970-80", "les années 1970 et 1980": from the first decade's first year to
    the last decade's last year; the second decade takes the first's century when written
    short ("1990-2000" crosses it: 2000 is written in full). A span of decades is approximate
    (a period, not a count of years)."""
    first = _decade_year(g["dec"], None)
    last = _decade_year(g["dec2"], first)
    if last < first:
        return Res(f"{first:04d}", f"{first + 9:04d}", "year", note="decades out of order")
    return Res(f"{first:04d}", f"{last + 9:04d}", "approximate")


def _decade_year(written: str, after: int | None) -> int:
    """ "1970" -> 1970; "80" -> 1980, or the century of ``after`` that follows it ("2000-10")."""
    dec = int(written)
    if dec >= 100:
        return dec
    if after is None:
        return dec + 1900
    year = after // 100 * 100 + dec
    return year if year >= after else year + 100


@resolver("century")
def _century(g: dict, at: Anchors) -> Res:
    """ "au XIXe siècle"."""
    c = roman(g["c"])
    if not c:
        return Res(precision="approximate", note="unreadable century")
    return Res(f"{(c - 1) * 100:04d}", f"{c * 100 - 1:04d}", "approximate")


@resolver("year_share")
def _year_share(g: dict, at: Anchors) -> Res:
    """ "le premier semestre 2024" (January-June), "le troisième trimestre 2023" (July to
    September): the months of that share of the year."""
    shares = lexicon()["year_shares"]
    size = 6 if g["share"].lower() == "semestre" else 3
    k = shares["ordinals"][g["ord"].lower()] if g["ord"].lower() != "dernier" else 12 // size
    if k * size > 12:
        return Res(f"{int(g['y']):04d}", precision="year", note="no such share of a year")
    first, last = (k - 1) * size + 1, k * size
    y = int(g["y"])
    return Res(f"{y:04d}-{first:02d}", f"{y:04d}-{last:02d}", "month")


@resolver("year_share_bare")
@needs_reference("relative", "month")
def _year_share_bare(g: dict, at: Anchors) -> Res:
    """ "au premier trimestre", "le second semestre": that share of the year of writing."""
    res = _year_share({**g, "y": str(at.ref.date.year)}, at)
    return Res(res.date, res.date_end, res.precision, "relative", at.ref.source, res.note)


@resolver("day_current")
@needs_reference("relative", "day")
def _day_current(g: dict, at: Anchors) -> Res:
    """ "le 3 courant", "le 12 du mois en cours": that day of the month of writing."""
    ref = at.ref
    try:
        d = ref.date.replace(day=day_number(g["d"]))
    except ValueError:  # "le 31 courant" in a month of 30 days
        return Res(iso(ref.date, "month"), precision="month", kind="relative", note="no such day")
    return Res(d.isoformat(), precision="day", kind="relative", anchor=ref.source)


@resolver("year_part")
def _year_part(g: dict, at: Anchors) -> Res:
    """ "fin 2023", "mi-2020", "début de l'année 2025": an approximate month."""
    month = lexicon()["period_parts"][g["part"].lower()]
    return Res(f"{int(g['y']):04d}-{month:02d}", precision="approximate")


# --------------------------------------------------------------------------------------------
# Partial: the year (or the season's year) is missing


@resolver("season", "season_bare")
def _season(g: dict, at: Anchors) -> Res:
    """ "l'été 2014" (absolute), "l'été dernier", "cet été" (relative to the reference)."""
    m1, m2 = lexicon()["seasons"][g["s"].lower()]
    ref = at.ref
    if g.get("y"):
        year, kind, anchor = int(g["y"]), "absolute", ""
    else:
        if ref is None:
            return no_reference("relative", "season")
        year = _season_start(m1, m2, g, ref, at.direction) // 12
        kind, anchor = "relative", ref.source
    end_year = year + 1 if m2 < m1 else year
    start, end = f"{year:04d}-{m1:02d}", f"{end_year:04d}-{m2:02d}"
    return Res(start, end, "season", kind=kind, anchor=anchor)


def _season_start(m1: int, m2: int, g: dict, ref: Reference, direction: str) -> int:
    """The month index (year * 12 + month - 1) a season without its year starts at."""
    first, last = month_index(ref.first), month_index(ref.last)
    cands = [y * 12 + m1 - 1 for y in range(ref.date.year - 2, ref.date.year + 2)]
    span = (m2 - m1) % 12
    if direction.startswith("past") and g.get("dir"):
        ok = [c for c in cands if c + span < first] or cands
        return max(ok)
    if direction.startswith("future") and g.get("dir"):
        ok = [c for c in cands if c > last] or cands
        return min(ok)
    # "cet été": the season of the reference year, the current one if it runs
    ok = [c for c in cands if c <= last < c + span + 1]
    return ok[0] if ok else pick(cands, first, last, direction or "nearest")


@resolver("day_range")
def _day_range(g: dict, at: Anchors) -> Res:
    """ "du 3 au 5 mars 2021"; without a year, the end day's nearest year in the tense's
    direction."""
    ref = at.ref
    m2 = month_number(g["m2"])
    m1 = month_number(g["m1"]) if g.get("m1") else m2
    d1, d2 = day_number(g["d1"]), day_number(g["d2"])
    if g.get("y"):
        y2 = int(g["y"])
        kind, anchor = "absolute", ""
    elif ref is None:
        return no_reference("partial", "day")
    else:
        y2 = _range_end_year(d1, m1, d2, m2, ref, at.direction)
        if y2 is None:
            return Res(precision="day", kind="partial", note="impossible date")
        kind, anchor = "partial", ref.source
    y1 = y2 if m1 <= m2 else y2 - 1
    try:
        start, stop = dt.date(y1, m1, d1), dt.date(y2, m2, d2)
    except ValueError:
        return Res(precision="day", kind=kind, note="impossible date")
    return Res(start.isoformat(), stop.isoformat(), "day", kind=kind, anchor=anchor)


def _range_end_year(d1: int, m1: int, d2: int, m2: int, ref: Reference, direction: str):
    """The year of a range's last day. In the past tense the range has begun by the
    reference date, so its first day decides ("du 12 au 15 juin, il a séjourné" written on
    the 14th is this June, not last year's); otherwise its last day, in the tense's
    direction."""
    if direction.rstrip("!") == "past":
        start = day_month(d1, m1, ref, direction, None)
        if start is not None:
            return start.year + (1 if m1 > m2 else 0)
    end = day_month(d2, m2, ref, direction, None)
    return end.year if end is not None else None


@resolver("day_alone")
def _day_alone(g: dict, at: Anchors) -> Res:
    """ "le 20 juin, puis à Tunis le 22", "le 3 et le 4 juin": that day of the month of the
    day its sentence dates (no such day: left undated, and the row is dropped)."""
    base = at.sentence
    if base is None:
        return Res(precision="day", kind="partial", note="no month in the sentence")
    try:
        d = base.replace(day=day_number(g["d"]))
    except ValueError:
        return Res(precision="day", kind="partial", note="impossible date")
    return Res(d.isoformat(), precision="day", kind="partial", anchor="sentence")


@resolver("day_month")
@needs_reference("partial", "day")
def _day_month_partial(g: dict, at: Anchors) -> Res:
    """ "lundi 22 novembre": the year whose date lies in the tense's direction (a written
    weekday decides when it fits one year only)."""
    ref = at.ref
    d = day_month(day_number(g["d"]), month_number(g["m"]), ref, at.direction, g.get("wd"))
    if d is None:
        return Res(precision="day", kind="partial", note="impossible date")
    return Res(d.isoformat(), precision="day", kind="partial", anchor=ref.source)


@resolver("month", "month_dir")
@needs_reference("partial", "month")
def _month_partial(g: dict, at: Anchors) -> Res:
    """ "en août", "août dernier", "fin mai" (approximate)."""
    ref = at.ref
    y, mo = month_year(month_number(g["m"]), ref, at.direction)
    prec = "approximate" if g.get("part") else "month"  # "fin mai", "mi-juin"
    return Res(f"{y:04d}-{mo:02d}", precision=prec, kind="partial", anchor=ref.source)


# --------------------------------------------------------------------------------------------
# Anchored: counted from another moment of the story


@resolver("eve")
def _eve(g: dict, at: Anchors) -> Res:
    """ "la veille", "le lendemain": from the sentence's date, else the main event."""
    lx = lexicon()
    off = lx["narrative_days"][g["eve"].lower()]
    ev = (g.get("eve_ev") or "").lower()
    undated = at.after is None  # "au lendemain de l'annonce, le 18 mars, ...": X's own date
    if g["eve"].lower().startswith("au ") and ev and undated and ev not in lx["visit_nouns"]:
        res = _clause_time(at)
        if res is not None:
            return res
    base = at.sentence or (at.main.date if at.main is not None else None)
    if base is None:
        return no_reference("relative", "day")
    d = base + dt.timedelta(days=off)
    source = "sentence" if at.sentence else at.main.source
    return Res(d.isoformat(), precision="day", kind="anchored", anchor=source)


def _clause_time(at: Anchors) -> Res | None:
    """ "au lendemain de la prise de X", "au surlendemain de l'annonce": X is a moment no date
    written after it dates (nor is it the article's own visit or summit), so the phrase tells
    when the clause happens: the day the story is at (the sentence's or the nearest day the
    text dates), else the reference date; a day counted from it would date X, not the
    clause."""
    if at.sentence is not None:
        return Res(at.sentence.isoformat(), precision="day", kind="anchored", anchor="sentence")
    if at.ref is None or at.ref.precision != "day":
        return None
    return Res(at.ref.date.isoformat(), precision="day", kind="anchored", anchor=at.ref.source)


@resolver("anchored")
def _anchored(g: dict, at: Anchors) -> Res:
    """ "N ans après X": counted from X when X is dated, else the clause's own time.

    * X carries a date right after it ("cinq mois après le cessez-le-feu du 10 novembre
      2020"): that date moved by N units;
    * X is the article's own event ("quatre jours avant l'arrivée"): the main event moved;
    * otherwise the expression dates the clause itself: the sentence's date or the reference.
    """
    lx = lexicon()
    ref, main = at.ref, at.main
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    n = number(g["n"])
    unit = lx["units"][g["u"].lower()]
    sign = 1 if rel in ("après", "plus tard") else -1
    ev = (g.get("ev") or "").lower()
    if unit == "hour":
        return _hours_away(at)
    rough = g["n"].lower() in lx["vague_numbers"]
    if at.after is not None and ev:
        return shifted(at.after, unit, sign * n, "sentence", "anchored", False, rough)
    if ev in lx.get("visit_nouns", []) and main is not None:
        # "quelques jours avant la visite": a vague count is about a day, never that day
        exact = unit == "day" and main.precision == "day" and not rough
        rough = rough or main.precision != "day"
        return shifted(main.date, unit, sign * n, main.source, "anchored", exact, rough)
    if at.sentence is not None:
        base, source = at.sentence, "sentence"
    elif ref is not None:
        base, source = ref.date, ref.source
    else:
        return no_reference("anchored", "approximate")
    if unit == "day" and (ev or rel in ("après", "avant")):
        # "deux jours après l'annonce de X": X is not dated, the clause is at its own day
        note = f"{n} {unit}(s) {rel} an event not dated in the text"
        return Res(base.isoformat(), precision="day", kind="anchored", anchor=source, note=note)
    rough = rough or source != "sentence"  # "une semaine plus tôt" than an undated moment
    if ev or rel in ("après", "avant"):  # weeks from a dated day: about that day
        day = iso(base, "approximate" if rough or unit != "week" else "day")
        res = Res(day, precision="approximate", kind="anchored")
        res.anchor = source
        res.note = f"{n} {unit}(s) {rel} an event not dated in the text"
        return res
    # "deux jours plus tard" after a dated day: that day moved, to the day; "quelques jours
    # plus tard" is about that day, never that day (as counted from the visit above)
    exact = unit == "day" and source == "sentence" and not rough
    return shifted(base, unit, sign * n, source, "anchored", exact, rough)


def _hours_away(at: Anchors) -> Res:
    """ "quelques heures après l'annonce": the day of the dated moment it counts from (a
    date of its sentence), else of the reference: hours rarely cross a day."""
    base, source = at.after or at.sentence, "sentence"
    if base is None and at.ref is not None and at.ref.precision == "day":
        base, source = at.ref.date, at.ref.source
    if base is None:
        return no_reference("anchored", "day")
    return Res(base.isoformat(), precision="day", kind="anchored", anchor=source)


# --------------------------------------------------------------------------------------------
# Calendar arithmetic


def shifted(
    base: dt.date, unit: str, n: int, source: str, kind: str, exact: bool, rough: bool = True
) -> Res:
    """``base`` moved by ``n`` units, at the precision that unit supports (hours stay on
    ``base``'s day: "quelques heures auparavant"; a written count of weeks from a known day,
    "il y a deux semaines", is about that day unless ``rough``)."""
    if unit == "hour":
        return Res(base.isoformat(), precision="day", kind=kind, anchor=source)
    if unit == "day":
        d = base + dt.timedelta(days=n)
        prec = "day" if exact else "approximate"
        return Res(iso(d, prec), precision=prec, kind=kind, anchor=source)
    if unit == "week":
        d = base + dt.timedelta(weeks=n)
        day = iso(d, "approximate" if rough else "day")
        return Res(day, precision="approximate", kind=kind, anchor=source)
    if unit == "month":
        y, m = divmod(base.year * 12 + base.month - 1 + n, 12)
        prec = "month" if exact else "approximate"
        return Res(f"{y:04d}-{m + 1:02d}", precision=prec, kind=kind, anchor=source)
    years = n * {"year": 1, "decade": 10, "century": 100}.get(unit, 1)
    prec = "year" if exact else "approximate"
    return Res(f"{base.year + years:04d}", precision=prec, kind=kind, anchor=source)
