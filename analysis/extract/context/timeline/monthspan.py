"""A span of months written without a year: "en juillet-août", "entre mars et mai", "de
mars à mai"; "mars-avril 2021" with its year (with a year, "entre mars et mai 2021" is a
``month_range``).

The months are placed like "en août" alone: in the tense's direction from the reference
date. In the past the span has begun, so its first month decides the year ("de mars à mai,
il a négocié", written in June, is this spring); otherwise its last month does. A span that
crosses the new year ("de novembre à février") ends the year after it starts.
"""

from __future__ import annotations

from analysis.extract.context.timeline.calendar import month_year
from analysis.extract.context.timeline.resolve import (
    Anchors,
    Res,
    no_reference,
    resolver,
)
from analysis.extract.context.timeline.scan import month_number


@resolver("month_span")
def month_span(g: dict, at: Anchors) -> Res:
    """The first and last month of the span, as ``YYYY-MM`` at month precision."""
    ref = at.ref
    m1 = month_number(g.get("m1") or g.get("n1") or g["o1"])
    m2 = month_number(g.get("m2") or g["n2"])
    across = 1 if m1 > m2 else 0
    if g.get("y"):  # "mars-avril 2021": the year is the last month's
        y2 = int(g["y"])
        return Res(f"{y2 - across:04d}-{m1:02d}", f"{y2:04d}-{m2:02d}", "month")
    if ref is None:
        return no_reference("partial", "month")
    if at.direction.rstrip("!") == "past":
        y1 = month_year(m1, ref, at.direction)[0]
        y2 = y1 + across
    else:
        y2 = month_year(m2, ref, at.direction)[0]
        y1 = y2 - across
    return Res(f"{y1:04d}-{m1:02d}", f"{y2:04d}-{m2:02d}", "month", "partial", ref.source)
