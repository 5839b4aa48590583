"""An expression glued to the date that says which day it is: "lundi 24/06/2018" (a weekday
and a numeric date), "quelques heures plus tôt vendredi", "deux heures plus tard, le 3 mars".

Each expression is found and resolved on its own; when a relative day is written right
before a full date (only spaces or a comma between), that date is its day, whatever the
weekday's own count from the publication says; a count of hours takes the day written right
after it, a weekday included (the hours are within that day).
"""

from __future__ import annotations

import re

_GAP = re.compile(r"[\s,]{0,3}\Z")
_HOURS = re.compile(r"\bheures?\b", re.I)


def glue_to_next_date(rows: list[dict], text: str) -> None:
    """Give each relative day expression of ``rows`` (timeline rows in text order) the day
    of the dated expression written right after it."""
    for a, b in zip(rows, rows[1:], strict=False):
        if a["precision"] != "day" or a["date_end"] or a["kind"] == "absolute":
            continue
        if b["precision"] != "day" or b["date_end"] or len(b["date"]) != 10:
            continue
        if b["start"] < a["end"] or not _GAP.match(text[a["end"] : b["start"]]):
            continue
        if b["kind"] == "absolute" or _HOURS.search(a["text"]):
            a["date"], a["anchor"] = b["date"], "next date"
