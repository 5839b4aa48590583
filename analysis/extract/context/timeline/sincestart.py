"""Two relative expressions whose reading depends on a word the generic resolvers ignore.

* "depuis le début de l'année", "depuis le début du mois", "depuis le début de la semaine"
  (also "de cette année", "du mois en cours"): not the start of the period alone but the run
  of days from its first day to the reference day, approximate ("depuis le début de l'année,
  trois navires ont accosté", written on 9 October 2023: 2023-01-01 to 2023-10-09);
* "il y a N ans" with a round count (10, 15, 20, 25 … years): the press counts anniversaries
  in round figures ("le traité signé il y a trente ans"), so the year itself, at year
  precision; other counts ("il y a trois ans", "il y a plus de dix ans") stay approximate.
"""

from __future__ import annotations

import datetime as dt

from analysis.extract.context.timeline.resolve import (
    Anchors,
    Res,
    _ago,
    needs_reference,
    resolver,
)
from analysis.extract.context.timeline.scan import lexicon, number

_ROUND_YEARS = 5  # a count of years that is a multiple of this (and at least 10) is round


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


@resolver("ago")
def ago(g: dict, at: Anchors) -> Res:
    """ "il y a vingt ans": the year at year precision when the count is round and plain;
    anything else as the generic "il y a N unités"."""
    res = _ago(g, at)
    unit = lexicon()["units"].get(g["u"].lower())
    n = number(g["n"])
    vague = g["n"].lower() in lexicon()["vague_numbers"] or bool(g.get("q"))
    if unit != "year" or vague or n < 10 or n % _ROUND_YEARS or not res.date:
        return res
    return Res(res.date[:4], "", "year", res.kind, res.anchor, res.note)
