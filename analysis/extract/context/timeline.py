"""Timeline: every date expression of the article, normalised against its publication date.

Table ``timeline`` (one row per date expression, in text order):

==============  ==============================================================================
time_id         ``T01``, ``T02``... in text order
date            ISO at its precision: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; empty when the
                expression cannot be placed (relative expression and no publication date)
date_end        end of a range or of a season (same format), else empty
precision       ``day`` | ``month`` | ``season`` | ``year`` | ``approximate``
text            the expression as written (``article.text[start:end]``)
kind            ``absolute`` (all parts written), ``partial`` (year inferred: "lundi 22
                novembre", "en août"), ``relative`` ("mardi", "hier", "l'été dernier") or
                ``anchored`` (relative to another event: "un an après la normalisation")
event           who did what, read from the clause that governs the expression
actors          ids of the actors (``actors`` table) named in that clause, ``;``-separated
phase           ``before`` | ``visit`` | ``after``: the date against the article's main dated
                event (the first full date of the lede, else the publication date)
anchor          what an underspecified expression was resolved against (``publication``,
                ``main event``, ``sentence``), empty for absolute dates
note            why a date is empty or approximate
sentence_id     sentence of the expression; ``start``/``end`` its character offsets
==============  ==============================================================================

Finding expressions is regular expressions over :attr:`Article.nlp_text` built from the
general French lexicon ``data/lexicons/time_fr.yaml``; the reasoning about the missing parts
(which year for "en août", which Tuesday for "mardi") is ours: the direction (past, future,
nearest) comes from the tense of the governing verb and from "dernier"/"prochain".
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

import pandas as pd
from spacy.tokens import Doc, Token

from analysis.document.article import Article
from analysis.document.context import Context, pipeline_step
from analysis.document.frames import frame, rows
from analysis.document.tokens import TokenView, view
from analysis.resources.kbcache import safe_load
from analysis.resources.paths import LEXICON_DIR
from analysis.resources.patterns import PatternUnion

COLUMNS = [
    "time_id",
    "date",
    "date_end",
    "precision",
    "text",
    "kind",
    "event",
    "actors",
    "phase",
    "anchor",
    "note",
    "sentence_id",
    "start",
    "end",
]

_YEAR = r"(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})"
_DAY = r"(?:1er|premier|3[01]|[12][0-9]|0?[1-9])"
_BLOCK_BEFORE_YEAR = frozenset(
    "résolution resolution numéro n° no article loi décret page p. vol vol. modèle code route "
    "lot boeing airbus version norme iso rn a rang score".split()
)
_DIRECTION_WORDS = {"dernier": "past", "dernière": "past", "passé": "past", "passée": "past"}
_DIRECTION_WORDS |= {"prochain": "future", "prochaine": "future"}


@functools.lru_cache(maxsize=1)
def lexicon() -> dict:
    """The French time lexicon (months, weekdays, seasons, numbers, relative words)."""
    with open(LEXICON_DIR / "time_fr.yaml", encoding="utf-8") as fh:
        return safe_load(fh)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern]]:
    """(name, pattern) in priority order; all case-insensitive, matched on ``nlp_text``."""
    lx = lexicon()
    m, w = _alt(lx["months"]), _alt(lx["weekdays"])
    s = _alt(lx["seasons"])
    parts = _alt(lx["period_parts"])
    n = _alt(lx["numbers"]) + r"|\d{1,3}"
    u = _alt(lx["units"])
    lead = r"(?:(?:en|depuis|dès|jusqu'en|jusqu'à|début|fin|courant|d'ici|avant|après)\s+|mi-)"
    month_lead = (
        r"(?:(?:en|depuis|dès|jusqu'en|jusqu'à|courant|d'ici|avant|après)\s+"
        r"|(?:(?:à\s+la\s+|la\s+|le\s+)?(?P<part>début|fin|mi-|milieu)\s*(?:de\s+|d')?)"
        r"|au mois d'|au mois de\s+|le mois d'|le mois de\s+|de\s+|d')"
    )
    b, e = r"(?<![\w-])", r"(?![\w-])"
    dirw = r"(?:dernier|dernière|passé|passée|prochain|prochaine)"
    season_pre = (
        r"(?:l'|à\s+l'|pendant\s+l'|durant\s+l'|depuis\s+l'|dès\s+l'|d'ici\s+l'"
        r"|en\s+|au\s+|cet\s+|ce\s+|cette\s+)"
    )
    det = r"(?:l'|la\s+|le\s+|les\s+|sa\s+|son\s+|ses\s+|leur\s+|leurs\s+|cette\s+|ce\s+|cet\s+|du\s+|des\s+|de\s+la\s+|de\s+l')"  # noqa: E501
    specs = [
        (
            "day_range",
            rf"{b}(?:du|entre\s+le|entre\s+les|les)\s+(?P<d1>{_DAY})(?:\s+(?P<m1>{m}))?"
            rf"\s+(?:au|et\s+le|et)\s+(?P<d2>{_DAY})\s+(?P<m2>{m})(?:\s+(?P<y>{_YEAR}))?{e}",
        ),
        (
            "full",
            rf"{b}(?:(?P<wd>{w})\s+)?(?P<d>{_DAY})\s+(?P<m>{m})\s+(?P<y>{_YEAR}){e}",
        ),
        ("numeric", rf"{b}(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>{_YEAR}){e}"),
        (
            "month_range",
            rf"{b}(?:entre|de|d')\s*(?P<m1>{m})(?:\s+(?P<y1>{_YEAR}))?\s+(?:et|à)\s+"
            rf"(?P<m2>{m})\s+(?P<y>{_YEAR}){e}",
        ),
        ("day_month", rf"{b}(?:(?P<wd>{w})\s+)?(?P<d>{_DAY})\s+(?P<m>{m}){e}(?!\s+{_YEAR})"),
        ("month_year", rf"{b}{month_lead}?(?P<m>{m})\s+(?P<y>{_YEAR}){e}"),
        (
            "season",
            rf"{b}(?:{season_pre}\s*)?(?P<s>{s})(?:\s+(?P<y>{_YEAR})|\s+(?P<dir>{dirw})){e}",
        ),
        ("season_bare", rf"{b}{season_pre}\s*(?P<s>{s}){e}"),
        (
            "year_range",
            rf"{b}(?:(?:entre|de)\s+)?(?P<y1>{_YEAR})\s*(?:et|à|-|–)\s*(?P<y2>{_YEAR}){e}",
        ),
        ("decade", rf"{b}(?:(?:les|des|aux|dans\s+les)\s+)?années\s+(?P<dec>(?:19|20)?\d0){e}"),
        ("century", rf"{b}(?:(?:au|du)\s+)?(?P<c>[IVX]{{1,5}})(?:e|ème)\s+siècle{e}"),
        ("rel_period", rf"{b}(?P<rp>{_alt(lx['relative_periods'])}){e}"),
        ("ago", rf"{b}il\s+y\s+a\s+(?P<n>{n})\s+(?P<u>{u}){e}"),
        ("since", rf"{b}depuis\s+(?P<n>{n})\s+(?P<u>{u}){e}"),
        (
            "coming",
            rf"{b}(?:les|ces)\s+(?P<dir>prochain(?:e)?s|dernier(?:e)?s)\s+(?:(?P<n>{n})\s+)?"
            rf"(?P<u>{u}){e}",
        ),
        (
            "year_part",
            rf"{b}(?:la\s+|le\s+)?(?P<part>{parts})(?:\s+de\s+l'année\s+|\s+de\s+|\s+d'|-|\s+)"
            rf"(?P<y>{_YEAR}){e}",
        ),
        (
            "period_part",
            rf"{b}(?:la\s+|le\s+)?(?P<part>{parts})\s+(?:du|de\s+la|de\s+l')\s*"
            rf"(?P<per>mois|semaine|année|an){e}",
        ),
        ("within", rf"{b}dans\s+(?P<n>{n})\s+(?P<u>{u}){e}"),
        (
            "anchored",
            rf"{b}(?P<n>{n})\s+(?P<u>{u})\s+(?P<rel>après|avant|plus\s+tard|plus\s+tôt"
            rf"|auparavant)(?:\s+{det}\s*(?P<ev>[\w-]+))?{e}",
        ),
        ("month", rf"{b}{month_lead}(?P<m>{m})(?:\s+(?P<dir>{dirw}))?{e}"),
        ("month_dir", rf"{b}(?P<m>{m})\s+(?P<dir>{dirw}){e}"),
        (
            "weekday",
            rf"{b}(?:(?:ce|le|dès|depuis|jusqu'à|d'ici)\s+)?(?P<wd>{w})"
            rf"(?:\s+(?P<dir>{dirw}))?(?:\s+(?:matin|soir|après-midi|midi))?{e}",
        ),
        ("rel_day", rf"{b}(?P<rd>{_alt(lx['relative_days'])}){e}"),
        ("eve", rf"{b}(?P<eve>{_alt(lx['narrative_days'])}){e}"),
        ("year", rf"{b}{lead}?(?P<y>{_YEAR}){e}"),
    ]
    return [(name, re.compile(rx, re.I)) for name, rx in specs]


# --------------------------------------------------------------------------------------------
# Reference dates


@dataclass(frozen=True)
class Reference:
    """A date the underspecified expressions are resolved against, with its precision."""

    date: dt.date
    precision: str  # day | month | year
    source: str  # "publication" | "main event"

    @property
    def first(self) -> dt.date:
        return self.date

    @property
    def last(self) -> dt.date:
        if self.precision == "day":
            return self.date
        if self.precision == "month":
            return _month_end(self.date.year, self.date.month)
        return dt.date(self.date.year, 12, 31)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


# --------------------------------------------------------------------------------------------
# Step


@pipeline_step("timeline", requires=("mentions",), assigns=("timeline",))
def step(ctx: Context) -> dict[str, pd.DataFrame]:
    return {"timeline": extract(ctx.article, ctx.doc, ctx.tables.get("mentions"))}


def extract(article: Article, doc: Doc, mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Find, normalise and describe every date expression of ``article``."""
    text = article.nlp_text
    found = _find(text, article.body_start)
    index = _TokenIndex(doc)
    found = [f for f in found if f[2] != "year" or _plausible_year(text, f, index)]
    absolute = {}
    for start, _end, name, groups in found:
        if name in ("full", "numeric"):
            absolute[start] = _absolute_day(groups)
    main_day = _main_event(article, absolute)
    pub = None
    if article.publication is not None:
        pub = Reference(article.publication, article.publication_precision or "day", "publication")
    ref = _reference(article, pub, main_day)
    main = Reference(main_day, "day", "main event") if main_day else None
    if main is None and ref is not None and ref.precision == "day":
        main = ref
    by_sentence = _actor_spans(mentions)
    rows = []
    for start, end, name, groups in found:
        sent = article.sentence_at(start)
        if sent is None:
            continue
        verb = _governor(index.span(start, end))
        direction = _direction(verb, groups)
        sent_anchor = _sentence_anchor(absolute, sent.start, sent.end, start)
        if name == "month" and groups["m"][:1].isupper() and start != sent.start:
            continue  # "Mars" the planet, a name: months are written in lower case
        after = _date_after(absolute, end, sent.end)
        res = _resolve(name, groups, ref, direction, sent_anchor, main, after)
        event, lo, hi = describe(verb, article, exclude=(start, end))
        rows.append(
            {
                "date": res.date,
                "date_end": res.date_end,
                "precision": res.precision,
                "text": article.text[start:end],
                "kind": res.kind,
                "event": event,
                "actors": ";".join(_actors_in(by_sentence.get(sent.id, []), lo, hi)),
                "phase": _phase(res.date, res.date_end, main_day, pub),
                "anchor": res.anchor,
                "note": res.note,
                "sentence_id": sent.id,
                "start": start,
                "end": end,
            }
        )
    for i, row in enumerate(rows):
        row["time_id"] = f"T{i + 1:02d}"
    return frame(rows, COLUMNS)


def _find(text: str, offset: int) -> list[tuple[int, int, str, dict]]:
    """All matches, longest first at each place, without overlaps, in text order.

    Each pattern's matches are those of its own ``finditer`` (leftmost, non-overlapping),
    found through one scan of their union (:class:`~analysis.resources.patterns.PatternUnion`).
    """
    cands = []
    names = [name for name, _rx in _patterns()]
    for prio, matches in enumerate(_union().each(text, offset)):
        name = names[prio]
        for m in matches:
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            cands.append((m.start(), m.end(), prio, name, groups))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    kept = []
    for start, end, _prio, name, groups in cands:
        i = bisect.bisect_left(taken, (start, end))
        if (i > 0 and taken[i - 1][1] > start) or (i < len(taken) and taken[i][0] < end):
            continue
        taken.insert(i, (start, end))
        kept.append((start, end, name, groups))
    kept.sort()
    return kept


@functools.lru_cache(maxsize=1)
def _union() -> PatternUnion:
    return PatternUnion([rx for _name, rx in _patterns()])


class _TokenIndex:
    """Character offset -> token, by bisection (the Doc shares the article's offsets)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts = view(doc).idx

    def token_at(self, offset: int) -> Token | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.doc[i] if i >= 0 else None

    def span(self, start: int, end: int):
        return self.doc.char_span(start, end, alignment_mode="expand")

    def next_token(self, end: int) -> Token | None:
        i = bisect.bisect_left(self.starts, end)
        while i < len(self.doc) and self.doc[i].is_space:
            i += 1
        return self.doc[i] if i < len(self.doc) else None


def _plausible_year(text: str, found: tuple, index: _TokenIndex) -> bool:
    """A bare four-digit number is a year unless it counts something or names a text."""
    start, end, _name, groups = found
    year = int(groups["y"])
    led = text[start].isalpha() and not text[start:end].strip().isdigit()
    before = text[max(0, start - 25) : start].split()
    prev = before[-1].lower() if before else ""
    if prev in _BLOCK_BEFORE_YEAR or re.search(r"\d[ .,]?$", text[max(0, start - 2) : start]):
        return False
    after = text[end : end + 3]
    if re.match(r"\s?(?:%|€|\$|\d)", after):
        return False
    if led:
        return True
    if not 1800 <= year <= 2100:
        return False
    nxt = index.next_token(end)
    if nxt is not None and nxt.pos_ in ("NOUN",) and nxt.text.lower() not in lexicon()["months"]:
        return False
    return True


def _absolute_day(groups: dict) -> dt.date | None:
    try:
        return dt.date(int(groups["y"]), _month(groups["m"]), _day(groups["d"]))
    except (ValueError, KeyError):
        return None


def _main_event(article: Article, absolute: dict[int, dt.date | None]) -> dt.date | None:
    """The first full date written in the lede or the first three sentences."""
    firsts = [s for s in article.sentences if not s.is_heading][:3]
    limit = max((s.end for s in firsts), default=0)
    lede = next((p for p in article.paragraphs if p.kind != "heading"), None)
    if lede is not None:
        limit = max(limit, lede.end)
    for start in _sorted_starts(absolute):
        if start >= limit:
            break
        if absolute[start] is not None:
            return absolute[start]
    return None


def _reference(article: Article, pub: Reference | None, main: dt.date | None):
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


def _date_after(absolute: dict, end: int, limit: int) -> dt.date | None:
    """A full date written right after an expression (the date of the event it names)."""
    starts = _sorted_starts(absolute)
    i = bisect.bisect_right(starts, end)
    while i < len(starts) and starts[i] <= min(end + 60, limit):
        if absolute[starts[i]] is not None:
            return absolute[starts[i]]
        i += 1
    return None


def _sorted_starts(absolute: dict) -> list[int]:
    cached = absolute.get("_starts")
    if cached is None:
        cached = sorted(k for k in absolute if isinstance(k, int))
        absolute["_starts"] = cached
    return cached


def _sentence_anchor(absolute: dict, s_start: int, s_end: int, own: int) -> dt.date | None:
    """The first full date of the sentence other than the expression itself."""
    starts = _sorted_starts(absolute)
    i = bisect.bisect_left(starts, s_start)
    while i < len(starts) and starts[i] < s_end:
        if starts[i] != own and absolute[starts[i]] is not None:
            return absolute[starts[i]]
        i += 1
    return None


# --------------------------------------------------------------------------------------------
# Tense and direction


def _governor(span) -> Token | None:
    """The verb, or the event noun ("la guerre de l'été 2014"), that governs an expression."""
    if span is None or len(span) == 0:
        return None
    doc = span.doc
    tv = view(doc)
    pos = tv.pos
    heads, deps = tv.head, tv.dep
    tok = span.root.i
    inside = range(span.start, span.end)
    for _ in range(6):
        head = heads[tok]
        if tok not in inside and pos[tok] in ("VERB", "AUX"):
            return doc[tok]
        if head == tok:
            break
        if deps[tok].startswith("nmod") and pos[head] == "NOUN" and head not in inside:
            return doc[head]
        tok = head
    return doc[tok]


def _tense(verb: Token | None) -> str | None:
    """'past' | 'future' | 'present' | None, from the verb and its auxiliaries."""
    if verb is None:
        return None
    return _tense_at(verb.doc, verb.i)


def _tense_at(doc: Doc, i: int, depth: int = 0) -> str | None:
    tv = view(doc)
    if tv.pos[i] not in ("VERB", "AUX"):
        return None
    deps, lemma = tv.dep, tv.lemma
    auxes = [c for c in tv.children[i] if deps[c].startswith("aux")]
    if auxes and _morph_has(tv, i, "VerbForm", "Part"):
        aux = auxes[-1]
        if _morph_has(tv, aux, "Tense", "Fut") or _morph_has(tv, aux, "Mood", "Cnd"):
            return "future"
        if all(deps[a] == "aux:pass" for a in auxes):  # "est prévue": a present passive
            past = _morph_has(tv, aux, "Tense", "Imp") or _morph_has(tv, aux, "Tense", "Past")
            return "past" if past else "present"
        return "past"
    if _morph_has(tv, i, "Tense", "Fut"):
        return "future"
    if _morph_has(tv, i, "Mood", "Cnd"):
        return "future"
    if _morph_has(tv, i, "Tense", "Imp") or _morph_has(tv, i, "Tense", "Past"):
        return "past"
    if _morph_has(tv, i, "VerbForm", "Inf"):
        head = tv.head[i]
        if lemma[head] == "aller" and _morph_has(tv, head, "Tense", "Pres"):
            return "future"
        if depth < 2 and head != i:
            return _tense_at(doc, head, depth + 1)
        return None
    if any(lemma[c] == "aller" and _morph_has(tv, c, "Tense", "Pres") for c in auxes):
        return "future"
    return "present" if _morph_has(tv, i, "Tense", "Pres") else None


# (morphology hash, field, value) -> whether the analysis has that value; a hash names one
# analysis string in every Doc, and a model has a few hundred of them
_MORPH_HAS: dict[tuple[int, str, str], bool] = {}


def _morph_has(tv: TokenView, i: int, field: str, value: str) -> bool:
    """``value in tv.morph(i, field)``, memoised per analysis (``tv.morph`` decodes and looks
    up the analysis string at each call)."""
    key = (tv.morph_keys[i], field, value)
    has = _MORPH_HAS.get(key)
    if has is None:
        if len(_MORPH_HAS) > 16384:  # bounded
            _MORPH_HAS.clear()
        has = _MORPH_HAS[key] = value in tv.morph(i, field)
    return has


def _direction(verb: Token | None, groups: dict) -> str:
    word = (groups.get("dir") or "").lower()
    if word in _DIRECTION_WORDS:
        return _DIRECTION_WORDS[word] + "!"  # strict: "novembre dernier" excludes November
    tense = _tense(verb)
    return {"past": "past", "future": "future"}.get(tense or "", "nearest")


# --------------------------------------------------------------------------------------------
# Resolution


@dataclass
class _Res:
    date: str = ""
    date_end: str = ""
    precision: str = ""
    kind: str = "absolute"
    anchor: str = ""
    note: str = ""


def _month(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else lexicon()["months"][word]


def _day(word: str) -> int:
    word = word.lower()
    return 1 if word in ("1er", "premier") else int(word)


def _iso(d: dt.date, precision: str) -> str:
    return d.isoformat()[
        : {"year": 4, "month": 7, "season": 7, "approximate": 7}.get(precision, 10)
    ]


def _no_ref(kind: str, precision: str) -> _Res:
    return _Res(
        precision=precision,
        kind=kind,
        note="no publication date: relative expression left unresolved (pass --date)",
    )


def _resolve(
    name: str,
    g: dict,
    ref: Reference | None,
    direction: str,
    sent_anchor: dt.date | None,
    main: Reference | None = None,
    after: dt.date | None = None,
) -> _Res:
    """Turn one matched expression into dates (see the module docstring for the columns)."""
    lx = lexicon()
    if name in ("full", "numeric"):
        d = _absolute_day(g)
        if d is None:
            return _Res(precision="day", note="impossible date")
        note = ""
        if g.get("wd") and lx["weekdays"][g["wd"].lower()] != d.isoweekday():
            note = "weekday does not match the date"
        return _Res(d.isoformat(), precision="day", note=note)
    if name == "month_year":
        prec = "approximate" if g.get("part") else "month"
        return _Res(f"{int(g['y']):04d}-{_month(g['m']):02d}", precision=prec)
    if name == "year":
        return _Res(f"{int(g['y']):04d}", precision="year")
    if name == "year_range":
        y1, y2 = int(g["y1"]), int(g["y2"])
        if y2 < y1:
            return _Res(f"{y1:04d}", precision="year", note="range end before its start")
        return _Res(f"{y1:04d}", f"{y2:04d}", "year")
    if name == "month_range":
        y = int(g["y"])
        m1, m2 = _month(g["m1"]), _month(g["m2"])
        y1 = int(g["y1"]) if g.get("y1") else (y if m1 <= m2 else y - 1)
        return _Res(f"{y1:04d}-{m1:02d}", f"{y:04d}-{m2:02d}", "month")
    if name == "decade":
        dec = int(g["dec"])
        dec = dec + 1900 if dec < 100 else dec
        return _Res(f"{dec:04d}", f"{dec + 9:04d}", "year")
    if name == "century":
        c = _roman(g["c"])
        if not c:
            return _Res(precision="approximate", note="unreadable century")
        return _Res(f"{(c - 1) * 100:04d}", f"{c * 100 - 1:04d}", "approximate")
    if name in ("season", "season_bare"):
        return _season(g, ref, direction)
    if name == "day_range":
        return _day_range(g, ref, direction)
    # Everything below needs the reference date.
    if name == "day_month":
        if ref is None:
            return _no_ref("partial", "day")
        d = _day_month(_day(g["d"]), _month(g["m"]), ref, direction, g.get("wd"))
        if d is None:
            return _Res(precision="day", kind="partial", note="impossible date")
        return _Res(d.isoformat(), precision="day", kind="partial", anchor=ref.source)
    if name in ("month", "month_dir"):
        if ref is None:
            return _no_ref("partial", "month")
        y, mo = _month_year(_month(g["m"]), ref, direction)
        prec = "approximate" if g.get("part") else "month"  # "fin mai", "mi-juin"
        return _Res(f"{y:04d}-{mo:02d}", precision=prec, kind="partial", anchor=ref.source)
    if name == "weekday":
        if ref is None:
            return _no_ref("relative", "day")
        if ref.precision != "day":
            return _Res(
                precision="day",
                kind="relative",
                note="the reference date is only known to the month: weekday left unresolved",
            )
        d = _weekday(lx["weekdays"][g["wd"].lower()], ref.date, direction)
        return _Res(d.isoformat(), precision="day", kind="relative", anchor=ref.source)
    if name == "rel_day":
        if ref is None:
            return _no_ref("relative", "day")
        off = lx["relative_days"][g["rd"].lower()]
        if ref.precision != "day":
            return _Res(
                _iso(ref.date, "month"),
                precision="approximate",
                kind="relative",
                anchor=ref.source,
                note="reference date known to the month only",
            )
        d = ref.date + dt.timedelta(days=off)
        return _Res(d.isoformat(), precision="day", kind="relative", anchor=ref.source)
    if name == "eve":
        off = lx["narrative_days"][g["eve"].lower()]
        base = sent_anchor or (main.date if main is not None else None)
        if base is None:
            return _no_ref("relative", "day")
        d = base + dt.timedelta(days=off)
        source = "sentence" if sent_anchor else main.source
        return _Res(d.isoformat(), precision="day", kind="anchored", anchor=source)
    if name == "rel_period":
        if ref is None:
            return _no_ref("relative", "approximate")
        unit, off = lx["relative_periods"][g["rp"].lower()]
        return _shifted(ref.date, unit, off, ref.source, "relative", exact=True)
    if name in ("ago", "within"):
        if ref is None:
            return _no_ref("relative", "approximate")
        n = _number(g["n"])
        unit = lx["units"][g["u"].lower()]
        sign = -1 if name == "ago" else 1
        exact = unit == "day" and ref.precision == "day"
        return _shifted(ref.date, unit, sign * n, ref.source, "relative", exact=exact)
    if name == "anchored":
        return _anchored(g, ref, sent_anchor, main, after)
    if name == "year_part":
        month = lx["period_parts"][g["part"].lower()]
        return _Res(f"{int(g['y']):04d}-{month:02d}", precision="approximate")
    if name == "period_part":
        if ref is None:
            return _no_ref("relative", "approximate")
        per = g["per"].lower()
        month = ref.date.month
        if per in ("année", "an"):
            month = lx["period_parts"][g["part"].lower()]
        return _Res(
            f"{ref.date.year:04d}-{month:02d}",
            precision="approximate",
            kind="relative",
            anchor=ref.source,
        )
    if name == "since":
        if ref is None:
            return _no_ref("relative", "approximate")
        unit = lx["units"][g["u"].lower()]
        return _shifted(ref.date, unit, -_number(g["n"]), ref.source, "relative", exact=False)
    if name == "coming":
        if ref is None:
            return _no_ref("relative", "approximate")
        unit = lx["units"][g["u"].lower()]
        n = _number(g["n"]) if g.get("n") else {"day": 7, "week": 3, "month": 3}.get(unit, 2)
        sign = 1 if g["dir"].lower().startswith("prochain") else -1
        far = _shifted(ref.date, unit, sign * n, ref.source, "relative", exact=False)
        near = _iso(ref.date, "approximate") if unit != "year" else f"{ref.date.year:04d}"
        lo, hi = sorted([near, far.date])
        return _Res(lo, hi if hi != lo else "", "approximate", kind="relative", anchor=ref.source)
    return _Res(note=f"unhandled expression type {name}")


def _anchored(
    g: dict,
    ref: Reference | None,
    sent_anchor: dt.date | None,
    main: Reference | None,
    after: dt.date | None,
) -> _Res:
    """ "N ans après X": counted from X when X is dated, else the clause's own time.

    * X carries a date right after it ("cinq mois après le cessez-le-feu du 10 novembre
      2020"): that date moved by N units;
    * X is the article's own event ("quatre jours avant l'arrivée"): the main event moved;
    * otherwise the expression dates the clause itself: the sentence's date or the reference.
    """
    lx = lexicon()
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    n = _number(g["n"])
    unit = lx["units"][g["u"].lower()]
    sign = 1 if rel in ("après", "plus tard") else -1
    ev = (g.get("ev") or "").lower()
    if after is not None and ev:
        return _shifted(after, unit, sign * n, "sentence", "anchored", exact=False)
    if ev in lx.get("visit_nouns", []) and main is not None:
        exact = unit == "day" and main.precision == "day"
        return _shifted(main.date, unit, sign * n, main.source, "anchored", exact=exact)
    if sent_anchor is not None:
        base, source = sent_anchor, "sentence"
    elif ref is not None:
        base, source = ref.date, ref.source
    else:
        return _no_ref("anchored", "approximate")
    if ev or rel in ("après", "avant"):
        res = _Res(_iso(base, "approximate"), precision="approximate", kind="anchored")
        res.anchor = source
        res.note = f"{n} {unit}(s) {rel} an event not dated in the text"
        return res
    return _shifted(base, unit, sign * n, source, "anchored", exact=False)


def _shifted(base: dt.date, unit: str, n: int, source: str, kind: str, exact: bool) -> _Res:
    """``base`` moved by ``n`` units, at the precision that unit supports."""
    if unit == "day":
        d = base + dt.timedelta(days=n)
        prec = "day" if exact else "approximate"
        return _Res(_iso(d, prec), precision=prec, kind=kind, anchor=source)
    if unit == "week":
        d = base + dt.timedelta(weeks=n)
        return _Res(_iso(d, "approximate"), precision="approximate", kind=kind, anchor=source)
    if unit == "month":
        y, m = divmod(base.year * 12 + base.month - 1 + n, 12)
        prec = "month" if exact else "approximate"
        return _Res(f"{y:04d}-{m + 1:02d}", precision=prec, kind=kind, anchor=source)
    years = n * {"year": 1, "decade": 10, "century": 100}.get(unit, 1)
    prec = "year" if exact else "approximate"
    return _Res(f"{base.year + years:04d}", precision=prec, kind=kind, anchor=source)


def _number(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else int(lexicon()["numbers"].get(word, 1))


def _roman(s: str) -> int:
    vals = {"I": 1, "V": 5, "X": 10, "L": 50}
    total = 0
    for i, ch in enumerate(s.upper()):
        v = vals.get(ch, 0)
        total += -v if i + 1 < len(s) and vals.get(s[i + 1].upper(), 0) > v else v
    return total


def _pick(cands: list, ref_first, ref_last, direction: str, key=lambda c: c):
    """Choose among candidate dates/months by direction relative to the reference interval."""
    strict = direction.endswith("!")
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


def _month_index(d: dt.date) -> int:
    return d.year * 12 + d.month - 1


def _month_year(month: int, ref: Reference, direction: str) -> tuple[int, int]:
    first, last = _month_index(ref.first), _month_index(ref.last)
    cands = [(y * 12 + month - 1) for y in range(ref.date.year - 1, ref.date.year + 2)]
    best = _pick(cands, first, last, direction)
    if best is None:
        best = _pick(cands, first, last, "nearest")
    y, m = divmod(best, 12)
    return y, m + 1


def _day_month(day: int, month: int, ref: Reference, direction: str, wd: str | None):
    cands = []
    for y in range(ref.date.year - 1, ref.date.year + 2):
        try:
            cands.append(dt.date(y, month, day))
        except ValueError:
            continue
    if not cands:
        return None
    if wd:
        iso = lexicon()["weekdays"][wd.lower()]
        matching = [c for c in cands if c.isoweekday() == iso]
        if len(matching) == 1:
            return matching[0]
    best = _pick(cands, ref.first.toordinal(), ref.last.toordinal(), direction, key=_ord)
    return best or _pick(cands, ref.first.toordinal(), ref.last.toordinal(), "nearest", key=_ord)


def _ord(d: dt.date) -> int:
    return d.toordinal()


def _weekday(iso: int, ref: dt.date, direction: str) -> dt.date:
    """The named weekday nearest the reference; the tense decides only a near tie.

    News reports cover a few days around their event: "mercredi" in an article about a
    Tuesday is the next day even in the past tense (the article was written after it).
    """
    strict = direction.endswith("!")
    back = (ref.isoweekday() - iso) % 7
    fwd = (iso - ref.isoweekday()) % 7
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


def _season(g: dict, ref: Reference | None, direction: str) -> _Res:
    m1, m2 = lexicon()["seasons"][g["s"].lower()]
    if g.get("y"):
        year, kind, anchor = int(g["y"]), "absolute", ""
    else:
        if ref is None:
            return _no_ref("relative", "season")
        first, last = _month_index(ref.first), _month_index(ref.last)
        cands = [y * 12 + m1 - 1 for y in range(ref.date.year - 2, ref.date.year + 2)]
        span = (m2 - m1) % 12
        if direction.startswith("past") and g.get("dir"):
            ok = [c for c in cands if c + span < first] or cands
            start = max(ok)
        elif direction.startswith("future") and g.get("dir"):
            ok = [c for c in cands if c > last] or cands
            start = min(ok)
        else:  # "cet été": the season of the reference year, the current one if it runs
            ok = [c for c in cands if c <= last < c + span + 1]
            start = ok[0] if ok else _pick(cands, first, last, direction or "nearest")
        year, kind, anchor = start // 12, "relative", ref.source
    end_year = year + 1 if m2 < m1 else year
    return _Res(
        f"{year:04d}-{m1:02d}",
        f"{end_year:04d}-{m2:02d}",
        "season",
        kind=kind,
        anchor=anchor,
    )


def _day_range(g: dict, ref: Reference | None, direction: str) -> _Res:
    m2 = _month(g["m2"])
    m1 = _month(g["m1"]) if g.get("m1") else m2
    d1, d2 = _day(g["d1"]), _day(g["d2"])
    if g.get("y"):
        y2 = int(g["y"])
        kind, anchor = "absolute", ""
    elif ref is None:
        return _no_ref("partial", "day")
    else:
        end = _day_month(d2, m2, ref, direction, None)
        if end is None:
            return _Res(precision="day", kind="partial", note="impossible date")
        y2, kind, anchor = end.year, "partial", ref.source
    y1 = y2 if m1 <= m2 else y2 - 1
    try:
        start, stop = dt.date(y1, m1, d1), dt.date(y2, m2, d2)
    except ValueError:
        return _Res(precision="day", kind=kind, note="impossible date")
    return _Res(start.isoformat(), stop.isoformat(), "day", kind=kind, anchor=anchor)


def _phase(date: str, date_end: str, main: dt.date | None, pub: Reference | None) -> str:
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
        return dt.date(parts[0], parts[1], 1), _month_end(parts[0], parts[1])
    d = dt.date(*parts)
    return d, d


# --------------------------------------------------------------------------------------------
# Clause description (shared with analysis.extract.context.events)


_DROP_DEPS = frozenset(
    ("acl:relcl", "acl", "appos", "advcl", "parataxis", "dep", "punct", "obl:mod")
)


def describe(
    head: Token | None, article: Article, exclude: tuple[int, int] = (0, 0), limit: int = 16
) -> tuple[str, int, int]:
    """ "Who did what" for the clause governed by ``head``: subject, verb group, object.

    Returns the description (original typography) and the character range of the clause,
    used to find the actors it names.
    """
    if head is None:
        return "", 0, 0
    tv = view(head.doc)
    deps, lower, pos, idx, end = tv.dep, tv.lower, tv.pos, tv.idx, tv.end
    h = head.i
    picked: set[int] = set()
    if pos[h] in ("VERB", "AUX"):
        for subj in _subjects(tv, h):
            picked.update(_phrase(tv, subj, 8, conj=True))
        picked.add(h)
        for c in tv.children[h]:
            if deps[c].startswith("aux") or deps[c] in ("expl:comp", "expl:pv", "advmod:neg"):
                picked.add(c)
            if lower[c] in ("ne", "n'", "pas", "se", "s'", "jamais") and abs(c - h) < 4:
                picked.add(c)
        obj = next((c for c in tv.children[h] if deps[c] in ("obj", "xcomp", "ccomp")), None)
        if obj is not None:
            picked.update(_phrase(tv, obj, 7, conj=False))
    else:
        picked.update(_phrase(tv, h, 10, conj=False))
    space = tv.space
    toks = [i for i in sorted(picked) if not (exclude[0] <= idx[i] < exclude[1]) and not space[i]][
        :limit
    ]
    while toks and pos[toks[0]] in ("ADP", "CCONJ", "PUNCT"):
        toks.pop(0)
    while toks and pos[toks[-1]] in ("ADP", "CCONJ", "PUNCT", "DET"):
        toks.pop()
    if not toks:
        return "", 0, 0
    parts = []
    for k, t in enumerate(toks):
        word = article.text[idx[t] : end[t]]
        if k:
            prev = toks[k - 1]
            # adjacent tokens: a space exactly where the first has trailing whitespace
            parts.append(" " if prev != t - 1 or idx[t] > end[prev] else "")
        parts.append(word)
    text = "".join(parts).strip(" ,;:")
    subtree = tv.subtree(h)  # offsets grow with the token index
    return text, idx[min(subtree)], end[max(subtree)]


def _subjects(tv: TokenView, i: int) -> list[int]:
    """The subjects of the verb at token i, else of the verb it depends on (up to 2 up)."""
    children, deps = tv.children, tv.dep
    for _ in range(3):
        subj = [c for c in children[i] if deps[c].startswith("nsubj")]
        if subj:
            return subj
        if deps[i] in ("conj", "xcomp", "advcl", "acl") and tv.head[i] != i:
            i = tv.head[i]
        else:
            break
    return []


def _phrase(tv: TokenView, i: int, limit: int, conj: bool) -> list[int]:
    """A contiguous noun phrase around token i, in text order: its pre-modifiers and first
    complements."""
    children, dep, punct = tv.children, tv.dep, tv.punct
    sub = {i}  # the subtree without the subtrees of the dropped children
    for c in children[i]:
        d = dep[c]
        if d in _DROP_DEPS or punct[c] or (not conj and d in ("conj", "cc")):
            continue
        sub.update(tv.subtree(c))
    before = sorted(j for j in sub if j < i)[-6:]
    after = []
    j = i + 1
    while j in sub and not punct[j]:  # never past the right edge: sub is inside the subtree
        after.append(j)
        j += 1
    keep = before + [i] + after
    return keep[: limit + len(before)]


def _actor_spans(mentions: pd.DataFrame | None) -> dict[int, list[tuple[int, int, str]]]:
    out: dict[int, list[tuple[int, int, str]]] = {}
    for sid, s, e, aid in rows(mentions, "sentence_id", "start", "end", "actor_id"):
        if sid is not None and sid == sid:  # not missing (None or NaN)
            out.setdefault(int(sid), []).append((int(s), int(e), str(aid)))
    return out


def _actors_in(spans: list[tuple[int, int, str]], lo: int, hi: int) -> list[str]:
    seen: list[str] = []
    for s, e, aid in spans:
        if s < hi and e > lo and aid not in seen:
            seen.append(aid)
    return seen
