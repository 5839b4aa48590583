"""What underspecified dates are resolved against, and how a date relates to the story.

* :class:`FullDates`: the full dates written in the article ("22 novembre 2021"), by offset;
* :func:`main_event`: the article's own dated event, the first full date of the lede;
* :func:`reference`: the date "mardi" or "en août" are read against (publication, main event
  or file name);
* :func:`phase`: before, during or after the main event.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

from analysis.document.article import Article
from analysis.extract.context.timeline.scan import Found, day_number, month_number


@dataclass(frozen=True)
class Reference:
    """A date the underspecified expressions are resolved against, with its precision."""

    date: dt.date
    precision: str  # day | month | year
    source: str  # "publication" | "main event" | "file name"

    @property
    def first(self) -> dt.date:
        return self.date

    @property
    def last(self) -> dt.date:
        if self.precision == "day":
            return self.date
        if self.precision == "month":
            return month_end(self.date.year, self.date.month)
        return dt.date(self.date.year, 12, 31)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def absolute_day(groups: dict) -> dt.date | None:
    """The date of a "full" or "numeric" match, None when impossible (30 février)."""
    try:
        return dt.date(int(groups["y"]), month_number(groups["m"]), day_number(groups["d"]))
    except (ValueError, KeyError):
        return None


class FullDates:
    """The full dates written in the article, by start offset (None: an impossible date)."""

    def __init__(self, found: list[Found]) -> None:
        self.at: dict[int, dt.date | None] = {}
        for start, _end, name, groups in found:
            if name in ("full", "numeric"):
                self.at[start] = absolute_day(groups)
        self.starts = sorted(self.at)

    def first_before(self, limit: int) -> dt.date | None:
        """The first possible full date starting before ``limit``."""
        for start in self.starts:
            if start >= limit:
                break
            if self.at[start] is not None:
                return self.at[start]
        return None

    def right_after(self, end: int, limit: int) -> dt.date | None:
        """A full date written right after an expression (the date of the event it names)."""
        starts = self.starts
        i = bisect.bisect_right(starts, end)
        while i < len(starts) and starts[i] <= min(end + 60, limit):
            if self.at[starts[i]] is not None:
                return self.at[starts[i]]
            i += 1
        return None

    def in_sentence(self, s_start: int, s_end: int, own: int) -> dt.date | None:
        """The first full date of the sentence other than the expression itself."""
        starts = self.starts
        i = bisect.bisect_left(starts, s_start)
        while i < len(starts) and starts[i] < s_end:
            if starts[i] != own and self.at[starts[i]] is not None:
                return self.at[starts[i]]
            i += 1
        return None


def main_event(article: Article, dates: FullDates) -> dt.date | None:
    """The first full date written in the lede or the first three sentences."""
    firsts = [s for s in article.sentences if not s.is_heading][:3]
    limit = max((s.end for s in firsts), default=0)
    lede = next((p for p in article.paragraphs if p.kind != "heading"), None)
    if lede is not None:
        limit = max(limit, lede.end)
    return dates.first_before(limit)


def publication(article: Article) -> Reference | None:
    """The publication date at its precision, None when unknown."""
    if article.publication is None:
        return None
    return Reference(article.publication, article.publication_precision or "day", "publication")


def reference(article: Article, pub: Reference | None, main: dt.date | None):
    """The date underspecified expressions are resolved against.

    The publication date when known to the day; otherwise, inside the publication month or
    year, the main dated event of the lede, then a date that prefixes the file name
    (``2021-04-13_slug.txt``); otherwise the publication date at its precision. Without a
    publication date there is no reference at all (nothing is guessed).
    """
    if pub is None:
        return None
    if pub.precision == "day":
        return pub
    if main is not None and pub.first <= main <= pub.last:
        return Reference(main, "day", "main event")
    stem = article.path.stem if article.path else ""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})(?!\d)", stem)
    if m:
        try:
            day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            day = None
        if day is not None and pub.first <= day <= pub.last:
            return Reference(day, "day", "file name")
    return pub


def phase(date: str, date_end: str, main: dt.date | None, pub: Reference | None) -> str:
    """before | visit | after, against the main event (or the publication period)."""
    if not date:
        return ""
    if main is not None:
        first = last = main
    elif pub is not None:
        first, last = pub.first, pub.last
    else:
        return ""
    s, _ = interval(date)
    _, e = interval(date_end or date)
    if e < first:
        return "before"
    if s > last:
        return "after"
    return "visit"


@functools.lru_cache(maxsize=4096)
def interval(iso: str) -> tuple[dt.date, dt.date]:
    """First and last day covered by an ISO date at its precision (memoised: an article
    repeats a few dates)."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], 1), month_end(parts[0], parts[1])
    d = dt.date(*parts)
    return d, d
