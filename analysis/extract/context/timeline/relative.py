"""Relative expressions, counted from the reference date: one resolver per kind.

"mardi", "mardi prochain", "ce week-end", "hier", "la semaine dernière", "il y a trois ans",
"d'ici deux semaines", "dans les prochains jours", "depuis un mois": each is dated from the
reference date (publication, main event or file name) in the direction the tense or
"dernier"/"prochain" gives; without a reference the expression is left undated, with a note.

Kept apart from :mod:`analysis.extract.context.timeline.resolve` (the registry, the absolute
and partial resolvers, the anchored ones and the calendar arithmetic) because these are the
resolvers that count from the reference. They register with :func:`resolver` when the module
is imported: :mod:`analysis.extract.context.timeline` imports it, as it does
:mod:`.sincestart` and :mod:`.monthspan`.
"""

from __future__ import annotations

import datetime as dt

from analysis.extract.context.timeline.calendar import weekday_near
from analysis.extract.context.timeline.reference import (
    DayAnchor,
    Reference,
    month_end,
)
from analysis.extract.context.timeline.resolve import (
    Anchors,
    Res,
    iso,
    needs_reference,
    resolver,
    shifted,
)
from analysis.extract.context.timeline.scan import (
    day_number,
    direction_words,
    lexicon,
    number,
)


@resolver("weekday")
@needs_reference("relative", "day")
def _weekday_relative(g: dict, at: Anchors) -> Res:
    """ "mardi", "mardi prochain": the named weekday around the nearest day the text dates
    ("mercredi" after "mardi 23 novembre" is the 24th), else around the reference day."""
    day = _day_anchor(at)
    if day is None:
        return Res(
            precision="day",
            kind="relative",
            note="the reference date is only known to the month: weekday left unresolved",
        )
    iso_day = lexicon()["weekdays"][g["wd"].lower()]
    this = _this_weekday(g, iso_day, day, at.direction)
    if this is not None:
        return Res(this.isoformat(), precision="day", kind="relative", anchor=day.source)
    d = weekday_near(iso_day, day, at.direction)
    d = _tense_bound(d, at)
    return Res(d.isoformat(), precision="day", kind="relative", anchor=day.source)


def _this_weekday(g: dict, iso_day: int, day: DayAnchor, direction: str) -> dt.date | None:
    """ "ce jeudi" names the Thursday of the week of writing: the nearest one when it is at
    most two days away, whichever side ("la visite prévue ce jeudi" in a Friday's article
    was the day before). A scheduled event or a verb without tense does not push it a week
    on; a verb in the past or the future still decides (it agrees with the nearest day
    whenever the phrase is idiomatic), and so do "prochain" / "dernier"."""
    if not g.get("ce") or g.get("dir") or not day.now or direction not in ("future~", "nearest"):
        return None
    back = (day.first.isoweekday() - iso_day) % 7
    fwd = (iso_day - day.first.isoweekday()) % 7
    if min(back, fwd) > 2:
        return None
    return (
        day.first - dt.timedelta(days=back) if back <= fwd else day.first + dt.timedelta(days=fwd)
    )


@resolver("weekday_day")
@needs_reference("relative", "day")
def _weekday_day(g: dict, at: Anchors) -> Res:
    """ "vendredi 31": the day of the month that falls on that weekday nearest the day the
    text is at (within about half a year); a weekday that fits no such day is read alone."""
    day = _day_anchor(at)
    res = _weekday_relative(g, at)
    if day is None:
        return res
    iso_day, dom = lexicon()["weekdays"][g["wd"].lower()], day_number(g["d"])
    base = day.first
    cands = [
        base + dt.timedelta(days=k)
        for k in range(-190, 191)
        if (base + dt.timedelta(days=k)).day == dom
        and (base + dt.timedelta(days=k)).isoweekday() == iso_day
    ]
    if not cands:
        return res
    best = min(cands, key=lambda d: (abs((d - base).days), d < base))
    return Res(best.isoformat(), precision="day", kind="relative", anchor=day.source)


def _tense_bound(d: dt.date, at: Anchors) -> dt.date:
    """A day read against the story's days still obeys the tense against the day of writing:
    "a parlé jeudi" cannot be after the publication, "partira jeudi" not before it."""
    ref = at.ref
    if ref is None or ref.precision != "day" or ref.source not in ("publication", "file name"):
        return d
    if at.direction == "past" and d > ref.date:
        return d - dt.timedelta(weeks=1)
    if at.direction == "future" and d < ref.date:
        return d + dt.timedelta(weeks=1)
    return d


@resolver("weekday_range")
@needs_reference("relative", "day")
def _weekday_range(g: dict, at: Anchors) -> Res:
    """ "de jeudi à samedi": the first weekday as a bare weekday, the second the first such
    day after it."""
    res = _weekday_relative(g, at)
    if not res.date:
        return res
    first = dt.date.fromisoformat(res.date)
    gap = (lexicon()["weekdays"][g["wd2"].lower()] - first.isoweekday()) % 7
    res.date_end = (first + dt.timedelta(days=gap)).isoformat()
    return res


@resolver("weekend")
@needs_reference("relative", "day")
def _weekend(g: dict, at: Anchors) -> Res:
    """ "ce week-end", "le week-end dernier": a Saturday and its Sunday around the day."""
    day = _day_anchor(at)
    if day is None:
        return Res(precision="day", kind="relative", note="reference date known to the month only")
    base = day.first
    sat = base - dt.timedelta(days=(base.isoweekday() - 6) % 7)  # the Saturday before
    if at.direction == "past!":
        sat = sat if sat + dt.timedelta(days=1) < base else sat - dt.timedelta(weeks=1)
    elif at.direction == "future!" or (base.isoweekday() < 6 and at.direction != "past"):
        sat = base + dt.timedelta(days=(6 - base.isoweekday()) % 7 or 7)
    end = sat + dt.timedelta(days=1)
    return Res(sat.isoformat(), end.isoformat(), "day", kind="relative", anchor=day.source)


@resolver("this_day")
@needs_reference("anchored", "day")
def _this_day(g: dict, at: Anchors) -> Res:
    """ "à compter de ce jour", "le même jour", "plus tard dans la journée": the day the
    story is at (the nearest day the text dates, else the reference day)."""
    day = _day_anchor(at)
    if day is None:
        return Res(precision="day", kind="anchored", note="reference date known to the month only")
    return Res(day.first.isoformat(), precision="day", kind="anchored", anchor=day.source)


def _day_anchor(at: Anchors) -> DayAnchor | None:
    """The nearest day the text dates, else the reference when known to the day."""
    if at.near is not None:
        return at.near
    ref = at.ref
    if ref is None or ref.precision != "day":
        return None
    return DayAnchor(ref.date, ref.date, ref.source, now=ref.source in ("publication", "file name"))


@resolver("rel_day")
@needs_reference("relative", "day")
def _relative_day(g: dict, at: Anchors) -> Res:
    """ "hier", "demain", "aujourd'hui"."""
    ref = at.ref
    off = lexicon()["relative_days"][g["rd"].lower()]
    if ref.precision != "day":
        return Res(
            iso(ref.date, "month"),
            precision="approximate",
            kind="relative",
            anchor=ref.source,
            note="reference date known to the month only",
        )
    d = ref.date + dt.timedelta(days=off)
    return Res(d.isoformat(), precision="day", kind="relative", anchor=ref.source)


@resolver("rel_period")
@needs_reference("relative", "approximate")
def _relative_period(g: dict, at: Anchors) -> Res:
    """ "la semaine dernière", "l'an prochain", "cette année"; "plus tôt cette semaine" (the
    days of the reference week before the reference day, "plus tard" those after it)."""
    ref = at.ref
    unit, off = lexicon()["relative_periods"][g["rp"].lower()]
    if unit == "week" and ref.precision == "day":  # "la semaine dernière": its Monday-Sunday
        monday = ref.date - dt.timedelta(days=ref.date.isoweekday() - 1, weeks=-off)
        sunday = monday + dt.timedelta(days=6)
        side = (g.get("side") or "").lower()
        if off == 0 and side.endswith("tôt") and ref.date > monday:
            sunday = ref.date - dt.timedelta(days=1)
        elif off == 0 and side.endswith("tard") and ref.date < sunday:
            monday = ref.date + dt.timedelta(days=1)
        return Res(monday.isoformat(), sunday.isoformat(), "approximate", "relative", ref.source)
    return shifted(ref.date, unit, off, ref.source, "relative", exact=True)


@resolver("ago")
@needs_reference("relative", "approximate")
def _ago(g: dict, at: Anchors) -> Res:
    """ "il y a deux ans": back from the reference."""
    if g.get("n2"):
        return _count_range(g, at, -1)
    return _counted(g, at, -1)


@resolver("within")
@needs_reference("relative", "approximate")
def _within(g: dict, at: Anchors) -> Res:
    """ "dans trois mois": ahead of the reference; "d'ici deux mois": the run of days from
    the reference to then (a deadline, not a day)."""
    ref = at.ref
    if g.get("n2"):
        return _count_range(g, at, 1)
    if not g.get("by") or ref.precision != "day":
        return _counted(g, at, 1)
    unit = lexicon()["units"][g["u"].lower()]
    end = _add(ref.date, unit, number(g["n"]))
    return Res(ref.date.isoformat(), end.isoformat(), "approximate", "relative", ref.source)


def _count_range(g: dict, at: Anchors, sign: int) -> Res:
    """ "d'ici 18 à 24 mois", "dans deux ou trois ans", "il y a deux à trois semaines": the
    span between the two counts from the reference (the moment lies somewhere in it, so
    approximate), written at the unit's precision; days and weeks from a reference known
    to the month only give months."""
    ref = at.ref
    unit = lexicon()["units"][g["u"].lower()]
    ends = sorted(_add(ref.date, unit, sign * number(g[k])) for k in ("n", "n2"))
    size = {"year": 4, "decade": 4, "century": 4, "month": 7}.get(unit, 10)
    if ref.precision != "day":
        size = min(size, 7)
    first, last = (d.isoformat()[:size] for d in ends)
    return Res(first, last if last != first else "", "approximate", "relative", ref.source)


@resolver("duration")
@needs_reference("relative", "approximate")
def _duration(g: dict, at: Anchors) -> Res:
    """ "sept ans de rupture", "après deux mois de crise": a period that ends at the clause's
    time (its sentence's date, else the reference), or starts there when the verb points
    ahead ("il entame trois jours de visite")."""
    ref = at.ref
    n, unit = number(g.get("n1") or g["n"]), lexicon()["units"][(g.get("u1") or g["u"]).lower()]
    base = at.sentence or ref.date
    ahead = at.direction.startswith("future") and not g.get("after")
    other = _add(base, unit, n if ahead else -n)
    first, last = (base, other) if ahead else (other, base)
    size = {"year": 4, "decade": 4, "century": 4, "month": 7}.get(unit, 10)
    source = "sentence" if at.sentence else ref.source
    return Res(first.isoformat()[:size], last.isoformat()[:size], "approximate", "relative", source)


def _add(d: dt.date, unit: str, n: int) -> dt.date:
    """``d`` moved by ``n`` units, the day of the month kept when it exists."""
    if unit in ("day", "hour"):  # hours as whole days: "d'ici 48 heures" is two days on
        return d + dt.timedelta(days=n if unit == "day" else n // 24)
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    months = n * {"month": 1, "year": 12, "decade": 120, "century": 1200}.get(unit, 12)
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    return dt.date(y, m + 1, min(d.day, month_end(y, m + 1).day))


@resolver("countdown")
@needs_reference("relative", "approximate")
def _countdown(g: dict, at: Anchors) -> Res:
    """ "à quelques jours du sommet": about N units ahead of the reference (never exact)."""
    ref = at.ref
    n = number(g["n"])
    unit = lexicon()["units"][g["u"].lower()]
    return shifted(ref.date, unit, n, ref.source, "relative", exact=False)


def _counted(g: dict, at: Anchors, sign: int) -> Res:
    """The reference moved by N units (exact to the day for days from a known day, unless
    the count is vague or qualified: "il y a quelques jours", "il y a près de deux jours";
    a round count, "il y a dix jours", gives its day as approximate)."""
    ref = at.ref
    n = number(g["n"])
    lx = lexicon()
    unit = lx["units"][g["u"].lower()]
    vague = g["n"].lower() in lx["vague_numbers"] or bool(g.get("q"))
    if g.get("jpj") and ref.precision == "day" and not vague:  # "il y a un an jour pour jour"
        d = _add(ref.date, unit, sign * n)
        return Res(d.isoformat(), precision="day", kind="relative", anchor=ref.source)
    if unit == "day" and ref.precision == "day" and g["n"].lower() in lx["round_day_counts"]:
        d = _add(ref.date, unit, sign * n)  # "il y a dix jours": about that day
        return Res(d.isoformat(), precision="approximate", kind="relative", anchor=ref.source)
    exact = unit == "day" and ref.precision == "day" and not vague
    rough = vague or ref.precision != "day"  # "il y a quelques semaines": only the month
    return shifted(ref.date, unit, sign * n, ref.source, "relative", exact=exact, rough=rough)


@resolver("period_part")
@needs_reference("relative", "approximate")
def _period_part(g: dict, at: Anchors) -> Res:
    """ "la fin du mois" (the reference month), "le début de l'année" (a month of its year);
    "dernier"/"prochain" after the period moves it by one ("au début de l'année prochaine",
    "à la fin du mois dernier")."""
    ref = at.ref
    per = g["per"].lower()
    step = {"past": -1, "future": 1}.get(direction_words().get((g.get("dir") or "").lower(), ""), 0)
    if per == "semaine" and ref.precision == "day":
        week_ref = ref
        if step:
            moved = ref.date + dt.timedelta(weeks=step)
            week_ref = Reference(moved, "day", ref.source)
        return _week_part(g["part"].lower(), week_ref, at.direction)
    year, month = ref.date.year, ref.date.month
    if per in ("année", "an"):
        year, month = year + step, lexicon()["period_parts"][g["part"].lower()]
    elif step:
        year, month = divmod(year * 12 + month - 1 + step, 12)
        month += 1
    return Res(
        f"{year:04d}-{month:02d}",
        precision="approximate",
        kind="relative",
        anchor=ref.source,
    )


def _week_part(part: str, ref: Reference, direction: str) -> Res:
    """ "en début de semaine": the days of the reference week (Monday-Tuesday), the week
    before when the verb is in the past and they are still to come."""
    lo, hi = lexicon()["week_parts"][part]
    monday = ref.date - dt.timedelta(days=ref.date.isoweekday() - 1)
    if direction.startswith("past") and lo > ref.date.isoweekday():
        monday -= dt.timedelta(weeks=1)
    elif direction.startswith("future") and hi < ref.date.isoweekday():
        monday += dt.timedelta(weeks=1)
    first, last = monday + dt.timedelta(days=lo - 1), monday + dt.timedelta(days=hi - 1)
    return Res(first.isoformat(), last.isoformat(), "approximate", "relative", ref.source)


@resolver("since")
@needs_reference("relative", "approximate")
def _since(g: dict, at: Anchors) -> Res:
    """ "depuis deux ans": the start of the period, approximately."""
    ref = at.ref
    unit = lexicon()["units"][g["u"].lower()]
    return shifted(ref.date, unit, -number(g["n"]), ref.source, "relative", exact=False)


@resolver("coming")
@needs_reference("relative", "approximate")
def _coming(g: dict, at: Anchors) -> Res:
    """ "les prochains mois", "les trois dernières années": a range from the reference."""
    ref = at.ref
    unit = lexicon()["units"][g["u"].lower()]
    count = g.get("n0") or g.get("n")  # "les trois dernières années", "les dernières 48 heures"
    # without a count, "ces dernières semaines" reaches about a month back
    n = number(count) if count else {"day": 7, "week": 4, "month": 3}.get(unit, 2)
    sign = 1 if g["dir"].lower().startswith("prochain") else -1
    far = shifted(ref.date, unit, sign * n, ref.source, "relative", exact=False)
    near = iso(ref.date, "approximate") if unit != "year" else f"{ref.date.year:04d}"
    lo, hi = sorted([near, far.date])
    return Res(lo, hi if hi != lo else "", "approximate", kind="relative", anchor=ref.source)


@resolver("coming_after")
def _coming_after(g: dict, at: Anchors) -> Res:
    """ "les semaines à venir" is "les prochaines semaines"; "les mois écoulés", "les années
    passées" are "les derniers mois", "les dernières années"."""
    ahead = g["after"].lower().startswith(("à", "qui"))
    return _coming({**g, "dir": "prochains" if ahead else "derniers"}, at)
