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

Finding expressions (:mod:`.scan`) is regular expressions over :attr:`Article.nlp_text` built
from the general French lexicon ``data/lexicons/time_fr.yaml``; the reasoning about the missing
parts (:mod:`.resolve`, its arithmetic in :mod:`.calendar`: which year for "en août", which
Tuesday for "mardi", against the date of :mod:`.reference`) is ours: the direction
(:mod:`.tense`: past, future, nearest) comes from the tense of the governing verb and from
"dernier"/"prochain".
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd
from spacy.tokens import Doc

from analysis.document.article import Article
from analysis.document.context import Context, pipeline_step
from analysis.document.frames import frame, rows
from analysis.extract.context.timeline import relative  # noqa: F401 (registers its resolvers)
from analysis.extract.context.timeline.event import describe
from analysis.extract.context.timeline.glued import glue_to_next_date
from analysis.extract.context.timeline.monthspan import month_span
from analysis.extract.context.timeline.names import in_name
from analysis.extract.context.timeline.reference import (
    DayAnchor,
    FullDates,
    Reference,
    TextDays,
    interval,
    lede_end,
    main_event,
    phase,
    publication,
    reference,
)
from analysis.extract.context.timeline.resolve import Anchors, resolve
from analysis.extract.context.timeline.sameyear import same_year, year_named_after
from analysis.extract.context.timeline.scan import (
    TokenIndex,
    find,
    lexicon,
    patterns,
    plausible_year,
)
from analysis.extract.context.timeline.sincestart import since_start
from analysis.extract.context.timeline.spoken import spoken_days
from analysis.extract.context.timeline.tense import clause_verb, direction, governor

__all__ = [
    "COLUMNS",
    "describe",
    "extract",
    "interval",
    "lexicon",
    "month_span",
    "since_start",
    "patterns",
    "step",
]

# Expressions read against the day the story is at (the nearest day the text dates), so
# resolved after the others: "mercredi", "de jeudi à samedi", "ce week-end", "le même jour",
# "la veille", "trois jours après" (against a date of their sentence, "le 18 mars" included).
NARRATIVE = frozenset(
    {
        "weekday",
        "weekday_day",
        "weekday_range",
        "weekend",
        "this_day",
        "eve",
        "anchored",
        "duration",
        "day_alone",
    }
)


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


@pipeline_step("timeline", requires=("mentions",), assigns=("timeline",))
def step(ctx: Context) -> dict[str, pd.DataFrame]:
    return {"timeline": extract(ctx.article, ctx.doc, ctx.tables.get("mentions"))}


def extract(article: Article, doc: Doc, mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Find, normalise and describe every date expression of ``article``."""
    text = article.nlp_text
    index = TokenIndex(doc)
    found = [
        f
        for f in find(text, article.body_start)
        if (f[2] != "year" or plausible_year(text, f, index)) and not in_name(text, f[0], f[1])
    ]
    dates = FullDates(found)
    main_day = main_event(article, dates)
    pub = publication(article)
    ref = reference(article, pub, main_day)
    main = Reference(main_day, "day", "main event") if main_day else None
    if main is None and ref is not None and ref.precision == "day":
        main = ref
    by_sentence = _actor_spans(mentions)
    days = TextDays(pub, text)
    pending = []  # the narrative expressions, resolved once the text's days are known
    resolved: dict[int, object] = {}
    for k, (start, end, name, groups) in enumerate(found):
        sent = article.sentence_at(start)
        if sent is None:
            continue
        if name == "month" and groups["m"][:1].isupper() and start != sent.start:
            continue  # "Mars" the planet, a name: months are written in lower case
        verb = governor(index.span(start, end))
        way = _way(text, start, verb, groups)
        sent_anchor = dates.in_sentence(sent.start, sent.end, start)
        after = dates.right_after(end, sent.end)
        pending.append((k, sent, verb, way, sent_anchor, after))
        if name in NARRATIVE:
            continue
        res = resolve(name, groups, Anchors(ref, way, sent_anchor, main, after))
        days.add(start, sent.id, name, res.date, res.date_end)
        resolved[k] = res
    story = days.first_near_before(lede_end(article)) or main_day
    out = []
    weekdays: dict[int, list[tuple[int, str]]] = {}  # sentence -> (offset, day) of its weekdays
    for k, sent, verb, way, sent_anchor, after in sorted(pending, key=_this_day_last(found)):
        start, end, name, groups = found[k]
        res = resolved.get(k)
        if res is None:  # a narrative expression: against the nearest day the text dates
            near = _narrative_near(found[k], sent.id, days, story, weekdays)
            sent_anchor = _narrative_anchor(k, found, sent, sent_anchor, days, resolved, article)
            if name == "eve" and after is None:  # "au lendemain de l'annonce, le 18 mars"
                after = days.later_in_sentence(sent.id, start)
            res = resolve(name, groups, Anchors(ref, way, sent_anchor, main, after, near))
            if name == "day_alone" and not res.date:
                continue  # "le 3" with no month to take: a number, not a date
            if name.startswith("weekday") and len(res.date) == 10:
                weekdays.setdefault(sent.id, []).append((start, res.date))
            if res.precision == "day" and not res.date_end:
                days.add_told(start, res.date, sent.id)
        event, lo, hi = describe(verb, article, exclude=(start, end))
        out.append(
            {
                "time_id": f"T{len(out) + 1:02d}",
                "date": res.date,
                "date_end": res.date_end,
                "precision": res.precision,
                "text": article.text[start:end],
                "kind": res.kind,
                "event": event,
                "actors": ";".join(_actors_in(by_sentence.get(sent.id, []), lo, hi)),
                "phase": phase(res.date, res.date_end, main_day, pub),
                "anchor": res.anchor,
                "note": res.note,
                "sentence_id": sent.id,
                "start": start,
                "end": end,
            }
        )
    out.sort(key=lambda r: r["start"])

    def alone(start: int, end: int, date: str) -> dict | None:
        sent = article.sentence_at(start)
        if sent is None or start < article.body_start:
            return None
        event, lo, hi = describe(governor(index.span(start, end)), article, exclude=(start, end))
        return {
            **dict.fromkeys(COLUMNS, ""),
            **{"date": date, "precision": "year", "text": article.text[start:end]},
            **{"kind": "anchored", "event": event, "anchor": "previous year"},
            "actors": ";".join(_actors_in(by_sentence.get(sent.id, []), lo, hi)),
            "phase": phase(date, "", main_day, pub),
            **{"sentence_id": sent.id, "start": start, "end": end},
        }

    out = same_year(out, text, article.text, alone, lambda d, e: phase(d, e, main_day, pub))
    out = year_named_after(out, article.text, lambda d, e: phase(d, e, main_day, pub))
    glue_to_next_date(out, text)
    spoken_days(out, text, {s.id: (s.start, s.end) for s in article.sentences})
    for i, r in enumerate(out):
        r["time_id"] = f"T{i + 1:02d}"
    return frame(out, COLUMNS)


def _narrative_anchor(k: int, found, sent, sent_anchor, days, resolved: dict, article):
    """The day a narrative expression counts from: a date of its sentence, else for an
    anaphora the last day told before it ("Le lendemain, ..."), else for a count "plus tard"
    the date just given ("En 2015 ... trois ans plus tard")."""
    start, _end, name, groups = found[k]
    sent_anchor = sent_anchor or days.in_sentence(sent.id, start)
    if _anaphoric(name, groups):
        sent_anchor = sent_anchor or days.last_before(start)
    if name == "anchored" and sent_anchor is None:
        sent_anchor = _counted_from(k, found, resolved, article)
    return sent_anchor


def _this_day_last(found):
    """Sort key: "dans la soirée", "le même jour" after the weekdays of their sentence."""

    def order(item) -> tuple[bool, int]:
        return found[item[0]][2] == "this_day", item[0]

    return order


def _narrative_near(item, sent_id: int, days, story, weekdays) -> DayAnchor | None:
    """The day a narrative expression is read against: the nearest day the text dates; for
    "dans la soirée" a weekday of its sentence; for "le même jour", "ce jour-là" the last day
    written before it, a background date too ("Le 3 mars, X a retiré son consul. Y a fermé
    le même jour sa mission"): "même" points back to it."""
    start, _end, name, groups = item
    if name == "this_day" and weekdays.get(sent_id):  # "lundi dans la soirée"
        return _weekday_anchor(weekdays[sent_id], start)
    if name == "this_day" and groups["td"].lower() in lexicon()["same_day"]:
        last = days.last_before(start)
        if last is not None:
            return DayAnchor(last, last, "text date")
    return days.nearest(start, sent_id, story, backward=name == "this_day")


def _weekday_anchor(days: list[tuple[int, str]], offset: int) -> DayAnchor:
    """The weekday of the sentence nearest ``offset`` ("lundi dans la soirée")."""
    _o, day = min(days, key=lambda od: abs(od[0] - offset))
    d = dt.date.fromisoformat(day)
    return DayAnchor(d, d, "sentence")


# "depuis" before the date in the same clause: "depuis le 26 juillet", "depuis le coup
# d'État du 26 juillet" (a noun phrase, no punctuation or new clause between)
_SINCE = re.compile(
    r"(?<![\w'’])depuis\s+(?:(?:le\s+|l['’]\s*)?"
    r"|(?:le|la|les|l['’])\s*(?:(?!(?:et|puis|mais|qui|que|ou)\s)[^\s,.;:!?()«»]+\s+){0,4}"
    r"(?:du|de|d['’])\s*(?:le\s+)?)\Z",
    re.I,
)


def _way(text: str, start: int, verb, groups: dict) -> str:
    """The direction of the expression at ``start``: the tense of its governor, else of its
    clause's verb ("entré dans le conflit le 8 octobre"); "depuis" makes it past unless
    "prochain" says otherwise ("depuis le 26 juillet")."""
    way = direction(verb, groups)
    if way == "nearest" and not _noun_complement(text, start, groups):
        way = direction(clause_verb(verb), groups)
    if not way.endswith("!") and _since_lead(text, start):
        way = "past"
    return way


_GENITIVE = re.compile(r"(?<![\w'’])(?:de|du|des|d['’])\s*\Z", re.I)


def _noun_complement(text: str, start: int, groups: dict) -> bool:
    """ "la réunion du 8 octobre", "la visite d'avril": a date led by "de" completes the
    noun before it; a bare "le 8 octobre" after a noun ("entré dans le conflit le 8
    octobre") is an adverbial of the clause, whatever noun the parser hangs it on."""
    lead = text[start : start + 3].lower()
    if lead.startswith(("de ", "du ", "d'", "d’", "des")):
        return True
    return _GENITIVE.search(text, max(0, start - 8), start) is not None


def _since_lead(text: str, start: int) -> bool:
    """ "depuis le 26 juillet", "depuis juillet": a moment in the past whatever the tense of
    the clause ("la crise dure depuis juillet")."""
    if text[start : start + 6].lower() == "depuis":
        return True
    return _SINCE.search(text, max(0, start - 60), start) is not None


def _anaphoric(name: str, groups: dict) -> bool:
    """An expression that counts from the day the text has just dated, when its own sentence
    dates none: "Mardi 4 avril, ... Le lendemain, ...", "Deux jours plus tard", "Une semaine
    plus tôt" (days and weeks only, and no event named: "deux jours après la signature"
    counts from the signature; hours count from the moment of writing)."""
    if name == "eve":
        return True
    unit = lexicon()["units"].get((groups.get("u") or "").lower())
    return name == "anchored" and unit in ("day", "week") and not groups.get("ev")


def _counted_from(k: int, found, resolved: dict, article: Article) -> dt.date | None:
    """ "En 2015, l'accord est signé. Trois ans plus tard, ...": a count of months or years
    "plus tard"/"plus tôt" with no event named counts from the date the text has just given
    (in its sentence or the one before), when that date is precise enough for the unit."""
    groups = found[k][3]
    rel = " ".join((groups.get("rel") or "").lower().split())
    unit = lexicon()["units"].get((groups.get("u") or "").lower())
    if groups.get("ev") or rel not in ("plus tard", "plus tôt", "auparavant"):
        return None
    if unit not in ("month", "year", "decade", "century"):
        return None
    here = article.sentence_at(found[k][0])
    for j in range(k - 1, -1, -1):
        res = resolved.get(j)
        if res is None or not res.date:
            continue
        there = article.sentence_at(found[j][0])
        if here is None or there is None or here.id - there.id > 1:
            return None
        if unit == "month" and res.precision not in ("day", "month"):
            return None
        year, month, day = (res.date + "-01-01")[:10].split("-")
        return dt.date(int(year), int(month), int(day))
    return None


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
