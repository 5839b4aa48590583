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


@dataclass(frozen=True)
class DayAnchor:
    """The day (or run of days: "du 25 au 27 août") a narrative expression is read against.

    ``now`` is true when it is the day of writing (the publication, the file name's date):
    a verb in the past then cannot point after it, a verb in the future not before it.
    """

    first: dt.date
    last: dt.date
    source: str
    now: bool = False


# Expressions whose day the text itself states ("mardi 23 novembre", "du 25 au 27 août") and
# the deictic days that move away from the day of writing ("hier", "demain"): what a bare
# "mercredi" or "à compter de ce jour" is read against. "aujourd'hui" adds nothing to the
# publication date, the fallback.
_DAY_SOURCES = ("full", "numeric", "day_month", "day_range", "rel_day")
WINDOW_DAYS = 10  # how far from the publication period a written day may anchor weekdays
# "depuis le 1er juillet": the day a state of affairs began, not a day the story is at
_SINCE = re.compile(r"\bdepuis\s+(?:le\s+|l['’]\s*)?$", re.I)


class TextDays:
    """The days the text dates, by offset: the anchors of the bare weekdays and of "ce
    jour-là" (the nearest such day, in the same sentence first), and of "la veille".

    Weekdays are read only against days within :data:`WINDOW_DAYS` of the publication
    period: "le 8 octobre 2002" in a background sentence does not tell which Wednesday
    "mercredi" is.
    """

    def __init__(self, pub: Reference | None, text: str = "") -> None:
        self.pub = pub
        self.text = text  # the article's text: quotation marks between two dates
        self.days: list[tuple[int, int, DayAnchor, bool]] = []  # offset, sentence, day, near
        self.told: list[tuple[int, dt.date]] = []  # narrative days once read ("mardi")
        self.told_in: list[int] = []  # the sentence of each told day

    def add(self, start: int, sentence_id: int, name: str, date: str, date_end: str) -> None:
        """Record a resolved expression when it dates a day (or a run of days)."""
        if name not in _DAY_SOURCES or len(date) != 10:
            return
        first = dt.date.fromisoformat(date)
        last = dt.date.fromisoformat(date_end) if len(date_end) == 10 else first
        if name == "rel_day" and self.pub is not None and first == self.pub.date:
            return  # "aujourd'hui": the publication itself
        # a day opened by "depuis" is when a state began ("Depuis le 1er juillet, X préside
        # ..."): no anchor of a bare "vendredi", which is read against the other days
        since = _SINCE.search(self.text[max(0, start - 16) : start]) is not None
        near = self.is_near(first) and not since
        self.days.append((start, sentence_id, DayAnchor(first, last, "text date"), near))

    def is_near(self, day: dt.date) -> bool:
        """Within :data:`WINDOW_DAYS` of the publication period."""
        if self.pub is None:
            return False
        margin = dt.timedelta(days=WINDOW_DAYS)
        return self.pub.first - margin <= day <= self.pub.last + margin

    def first_near_before(self, limit: int) -> dt.date | None:
        """The first day dated near the publication before ``limit`` (the lede's end): the
        story's own day, even written without its year ("jeudi 6 octobre")."""
        for o, _sid, d, near in self.days:
            if near and o < limit:
                return d.first
        return None

    def nearest(
        self,
        offset: int,
        sentence_id: int,
        story: dt.date | None = None,
        backward: bool = False,
    ) -> DayAnchor | None:
        """The day dated near the publication in the same sentence, else the story's own day
        (the lede's full date, ``story``), else the nearest day dated in the text (the
        nearest before ``offset`` first when ``backward``: an anaphora points back)."""
        near = [(o, sid, d) for o, sid, d, ok in self.days if ok and o != offset]
        here = [(o, d) for o, sid, d in near if sid == sentence_id]
        same = [d for o, d in here if not quoted_apart(self.text, min(o, offset), max(o, offset))]
        if same:
            return same[0]
        if here and self.pub is not None and self.pub.precision == "day":
            # its sentence dates only what a quotation tells: the weekday of the reporting
            # clause ("« ... signé le 1er janvier », a déclaré jeudi") is the telling's
            return DayAnchor(self.pub.date, self.pub.date, self.pub.source, now=True)
        if backward:
            told = self._just_told(offset, sentence_id)
            if told is not None:
                return told
        if story is not None and self.is_near(story):
            return DayAnchor(story, story, "main event")
        others = [(o, d) for o, _sid, d in near]
        if backward and any(o < offset for o, _d in others):
            others = [(o, d) for o, d in others if o < offset]
        if not others:
            return None
        return min(others, key=lambda od: abs(od[0] - offset))[1]

    def _just_told(self, offset: int, sentence_id: int) -> DayAnchor | None:
        """The last day the sentence before ``sentence_id`` dates, a weekday once read
        included ("Dimanche après-midi, X a eu lieu. Dans la matinée, Y ...": Sunday
        morning): the day an anaphora of the day ("dans la matinée", "le même jour") points
        back to, before the story's own day. Only a day near the publication: a background
        date ("le 3 mai 1990") is no day of the story, nor a day a quotation tells (« nous
        partirons mardi », the speaker's clock)."""
        prev = sentence_id - 1
        cands = [(o, d) for o, sid, d, ok in self.days if ok and sid == prev and o < offset]
        cands += [
            (o, DayAnchor(d, d, "text date"))
            for (o, d), sid in zip(self.told, self.told_in, strict=True)
            if sid == prev and o < offset and self.is_near(d)
        ]
        cands = [(o, d) for o, d in cands if not quoted_apart(self.text, o, offset)]
        return max(cands, key=lambda od: od[0])[1] if cands else None

    def add_told(self, start: int, date: str, sentence_id: int = -1) -> None:
        """Record a narrative expression once read to one day ("mardi", "la veille"): not an
        anchor of the weekdays (they stay read against the written days), but a day an
        anaphora after it counts from ("Mardi, X a protesté. Un jour plus tard, ...")."""
        if len(date) == 10:
            self.told.append((start, dt.date.fromisoformat(date)))
            self.told_in.append(sentence_id)

    def last_before(self, offset: int) -> dt.date | None:
        """The last day the text dates before ``offset`` (the day an anaphora such as "le
        lendemain" counts from), near the publication or not, a narrative day included."""
        before = [(o, d.last) for o, _sid, d, _near in self.days if o < offset]
        before += [(o, d) for o, d in self.told if o < offset]
        return max(before, key=lambda od: od[0])[1] if before else None

    def later_in_sentence(self, sentence_id: int, offset: int) -> dt.date | None:
        """The first day dated in the sentence after ``offset`` ("au lendemain de l'annonce,
        le 18 mars, ...": the day of the moment the expression counts from)."""
        for o, sid, d, _near in self.days:
            if sid == sentence_id and o > offset:
                return d.first
        return None

    def in_sentence(self, sentence_id: int, offset: int) -> dt.date | None:
        """The first day dated in the sentence, other than the expression at ``offset``."""
        for o, sid, d, _near in self.days:
            if sid == sentence_id and o != offset:
                return d.first
        return None


def lede_end(article: Article) -> int:
    """Where the lede ends: its first paragraph, at least its first three sentences."""
    firsts = [s for s in article.sentences if not s.is_heading][:3]
    limit = max((s.end for s in firsts), default=0)
    lede = next((p for p in article.paragraphs if p.kind != "heading"), None)
    if lede is not None:
        limit = max(limit, lede.end)
    return limit


def main_event(article: Article, dates: FullDates) -> dt.date | None:
    """The first full date written in the lede or the first three sentences."""
    return dates.first_before(lede_end(article))


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


def quoted_apart(text: str, a: int, b: int) -> bool:
    """Whether a quotation mark separates offsets ``a`` and ``b`` of one sentence: a date
    said inside a quotation ("« l'accord signé le 1er janvier »") and a weekday of the
    reporting clause ("a déclaré jeudi") belong to two clocks, the speaker's story and the
    day of the telling; a whole quotation between them leaves them on the same side."""
    span = text[a:b]
    if span.count("«") != span.count("»") or span.count("“") != span.count("”"):
        return True
    return span.count('"') % 2 == 1
