"""A relative expression whose reading depends on a word the generic resolvers ignore:

* "depuis le début de l'année", "depuis le début du mois", "depuis le début de la semaine"
  (also "de cette année", "du mois en cours"): not the start of the period alone but the run
  of days from its first day to the reference day, approximate ("depuis le début de l'année,
  trois navires ont accosté", written on 9 October 2023: 2023-01-01 to 2023-10-09).

(Session 16 also read a round count of years back, "il y a vingt ans", as that year at year
precision; it raised the dev timeline and lowered the held-out one, in aggregate, from 0.941
to 0.918: not a reading the gold of unread articles shares, so it was taken out.)
"""

from __future__ import annotations

import datetime as dt

from analysis.extract.context.timeline.resolve import (
    Anchors,
    Res,
    needs_reference,
    resolver,
)


@resolver("since_start")
@needs_reference("relative", "approximate")
def since_start(g: dict, at: Anchors) -> Res:
    """The first day of the reference's year, month or week, to the reference day."""
    ref = at.ref
    per = g["per"].lower()
    d = ref.date
    if per in ("année", "an"):
        first = dt.date(d.year, 1, 1)
    elif per == "mois":
        first = dt.date(d.year, d.month, 1)
    else:
        first = d - dt.timedelta(days=d.isoweekday() - 1)
    if ref.precision != "day":  # only the month is known: the period's start alone
        return Res(first.isoformat()[:7], "", "approximate", "relative", ref.source)
    return Res(first.isoformat(), d.isoformat(), "approximate", "relative", ref.source)
