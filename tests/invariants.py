"""The invariants a reader relies on, checked over every table of one analysed article.

``violations(an)`` lists ``(invariant, table, detail)`` for each broken promise: the evidence
span of a row is its text and lies in its sentence; a stance has a holder, a target that is a
phrase (not a pronoun, an interrogative, a determiner or punctuation) and is not held toward
itself; numbers are in range and the columns the reports print hold no NaN; actors are named
by names (not a lone lower-case word, a pronoun, a date or a number), once each; quotes point
to an existing actor and do not overlap; dates parse and ranges go forward. The real-press
sweep runs it on texts kept outside the repository; the fast lane runs it on the project's
own articles (``tests/test_invariants.py``).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator
from datetime import date

import pandas as pd

Violation = tuple[str, str, str]

# Words that are never a stance target nor an actor's whole name (the checker's own list: it
# judges the extraction, so it does not borrow the extraction's lexicons).
PRONOUNS = set(
    "il elle ils elles on lui leur leurs eux je tu nous vous me te se moi toi soi y en ce ceci "
    "cela ça celui celle ceux celles celui-ci celle-ci ceux-ci celles-ci celui-là celle-là "
    "qui que quoi dont où lequel laquelle lesquels lesquelles quel quelle quels quelles "
    "le la les l' un une des du de d' au aux ce cet cette ces son sa ses mon ma mes ton ta tes "
    "notre nos votre vos tout tous toute toutes chacun chacune certains plusieurs aucun".split()
) | {
    "ce dernier",
    "cette dernière",
    "ces derniers",
    "ces dernières",
    "l'un",
    "l'une",
    "l'autre",
    "les uns",
    "les autres",
    "celui-ci",
    "ce pays",
    "cela",
}
# Nouns of time: a stance "toward" one is a time complement read as the object.
TIME_NOUNS = set(
    "an ans année années mois semaine semaines jour jours journée nuit décennie décennies "
    "siècle siècles lendemain veille".split()
)
PUNCT = re.compile(r"^[\W_]*$")
NUMBER = re.compile(r"^[\d\s.,/%-]+$")
MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
DATE_WORDS = re.compile(
    r"^(\d{1,2}(er)?\s+)?(" + "|".join(MONTHS) + r")(\s+\d{4})?$|^\d{4}$|^(lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche)$",
    re.I,
)
PRECISION_LENGTH = {"day": 10, "month": 7, "year": 4}
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
COUNTRY = re.compile(r"^[A-Z]{2}$")

# table -> the column that must equal article.text[start:end]
SPAN_TEXT = {
    "mentions": "text",
    "actor_roles": "text",
    "systems": "text",
    "quotes": "text",
    "stances": "evidence",
    "timeline": "text",
    "places": "text",
    "place_mentions": "text",
    "theme_hits": "text",
    "events": "evidence",
    "segments": "text",
}
# Tables whose span is a paragraph or a line, not a sentence's part.
NOT_IN_SENTENCE = {"themes", "segments"}


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value == ""


def _nan(value: object) -> bool:
    return isinstance(value, float) and math.isnan(value)


def _records(tables: dict, name: str) -> list[dict]:
    table = tables.get(name)
    if table is None or len(table) == 0:
        return []
    return table.to_dict("records")


def spans(an) -> Iterator[Violation]:
    """Every row's span is its text, inside its sentence."""
    text, sentences = an.article.text, {s.id: s for s in an.article.sentences}
    for name, table in an.tables.items():
        if not {"start", "end"} <= set(table.columns):
            continue
        column = SPAN_TEXT.get(name)
        for row in table.to_dict("records"):
            start, end = row["start"], row["end"]
            if _blank(start) or _blank(end):
                continue
            start, end = int(start), int(end)
            if not 0 <= start <= end <= len(text):
                yield ("span.range", name, f"{start}:{end}")
                continue
            if column and not _blank(row.get(column)) and text[start:end] != row[column]:
                yield ("span.text", name, f"{row[column]!r} != {text[start:end]!r}")
            sid = row.get("sentence_id")
            if name in NOT_IN_SENTENCE or _blank(sid):
                continue
            sentence = sentences.get(int(sid))
            if sentence is None:
                yield ("span.sentence_id", name, f"{sid}")
            elif not sentence.start <= start <= end <= sentence.end:
                yield ("span.outside_sentence", name, f"{sid}: {text[start:end]!r}")


def _bare(word: str) -> bool:
    folded = word.strip().lower().replace("’", "'")
    return folded in PRONOUNS or bool(PUNCT.match(folded))


def fold(name: object) -> str:
    """A name compared without case, accents, apostrophe style or spacing."""
    decomposed = unicodedata.normalize("NFD", str(name).replace("’", "'").lower())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _names(an) -> dict[str, set[str]]:
    """Each actor id -> its folded name and aliases."""
    names: dict[str, set[str]] = {}
    for row in _records(an.tables, "actors"):
        aliases = row.get("aliases") if isinstance(row.get("aliases"), str) else ""
        names[row["actor_id"]] = {fold(row["name"])} | {
            fold(a) for a in aliases.split(";") if a.strip()
        }
    return names


def stances(an) -> Iterator[Violation]:
    """A stance has a holder, a real target, and is not toward its own holder."""
    names = _names(an)
    for row in _records(an.tables, "stances"):
        holder, target = row.get("holder"), row.get("target")
        what = f"{holder!r} -> {target!r} ({row.get('cue')!r}, s{row.get('sentence_id')})"
        if _blank(holder):
            yield ("stance.empty_holder", "stances", what)
        elif _bad_name(str(holder)):
            yield ("stance.bare_holder", "stances", what)
        if _blank(target):
            yield ("stance.empty_target", "stances", what)
        elif _bare(str(target)) or (
            not _blank(row.get("target_text")) and _bare(str(row["target_text"]))
        ):
            yield ("stance.bare_target", "stances", what)
        if not _blank(target) and fold(str(target)).split()[0] in {fold(w) for w in TIME_NOUNS}:
            yield ("stance.time_target", "stances", what)
        same_id = not _blank(row.get("holder_id")) and row.get("holder_id") == row.get("target_id")
        own = names.get(row.get("holder_id"), set()) | ({fold(holder)} if holder else set())
        same_name = not _blank(target) and fold(target) in own
        if same_id or same_name:
            yield ("stance.self", "stances", what)
        if row.get("polarity") not in (-1, 0, 1):
            yield ("stance.polarity", "stances", what)
        confidence = row.get("confidence")
        if _blank(confidence) or not 0 <= float(confidence) <= 1:
            yield ("stance.confidence", "stances", what)


def _iso(value: str) -> bool:
    if not ISO.match(value):
        return False
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def values(an) -> Iterator[Violation]:
    """Printed columns hold no NaN; countries are ISO codes; dates and coordinates parse."""
    printed = {
        "actors": ("name", "type", "country", "roles"),
        "stances": ("holder", "target", "cue"),
        "quotes": ("text", "kind"),
        "places": ("name", "country", "kind"),
        "timeline": ("date", "precision", "text"),
        "events": ("category", "label", "source", "target", "date", "place"),
    }
    named = {"actors": "name", "stances": "holder", "places": "name", "quotes": "text"}
    for name, columns in printed.items():
        for row in _records(an.tables, name):
            for column in columns:
                if column in row and _nan(row[column]):
                    yield ("value.nan", name, column)
            if name in named and not isinstance(row.get(named[name]), str):
                yield ("value.not_text", name, f"{named[name]}={row.get(named[name])!r}")
            for column in ("name", "holder", "target", "speaker", "source"):
                if isinstance(row.get(column), str) and "\n" in row[column]:
                    yield ("value.newline", name, f"{column}={row[column]!r}")
            country = row.get("country")
            if "country" in columns and not _blank(country) and not COUNTRY.match(str(country)):
                yield ("value.country", name, repr(country))
    for name, columns in (("timeline", ("date", "date_end")), ("events", ("date",))):
        for row in _records(an.tables, name):
            for column in columns:
                value = row.get(column)
                if not _blank(value) and not _iso(str(value)):
                    yield ("timeline.date", name, f"{column}={value!r}")
            length = PRECISION_LENGTH.get(row.get("precision"))
            if length and not _blank(row.get("date")) and len(str(row["date"])) != length:
                yield ("timeline.precision", name, f"{row['precision']}: {row['date']!r}")
            first, last = row.get("date"), row.get("date_end")
            if not _blank(first) and not _blank(last) and str(last) < str(first)[: len(last)]:
                yield ("timeline.range", name, f"{first} > {last}")
    for row in _records(an.tables, "places"):
        why = _bad_name(str(row.get("name") or ""))
        if why:
            yield (f"place.{why}", "places", repr(row.get("name")))
        lat, lon = row.get("lat"), row.get("lon")
        if not _blank(lat) and not -90 <= float(lat) <= 90:
            yield ("place.lat", "places", repr(lat))
        if not _blank(lon) and not -180 <= float(lon) <= 180:
            yield ("place.lon", "places", repr(lon))


def _bad_name(name: str) -> str | None:
    words = name.split()
    if PUNCT.match(name):
        return "punctuation"
    if NUMBER.match(name):
        return "number"
    if DATE_WORDS.match(name.strip()):
        return "date"
    if name.strip().lower().replace("’", "'") in PRONOUNS:
        return "pronoun"
    if len(words) == 1 and name.islower():
        return "lower"
    return None


def actors(an) -> Iterator[Violation]:
    """Actors are named once each by a name, with string roles."""
    seen: set[str] = set()
    for row in _records(an.tables, "actors"):
        name = row.get("name")
        if _blank(name):
            yield ("actor.empty_name", "actors", repr(row.get("actor_id")))
            continue
        why = _bad_name(str(name))
        if why:
            yield (f"actor.{why}", "actors", repr(name))
        if fold(name) in seen:
            yield ("actor.duplicate", "actors", repr(name))
        seen.add(fold(name))
        roles = row.get("roles")
        if not (isinstance(roles, str) or _blank(roles)) or (
            isinstance(roles, str) and any(not r.strip() for r in roles.split(";") if roles)
        ):
            yield ("actor.roles", "actors", f"{name!r}: {roles!r}")


def quotes(an) -> Iterator[Violation]:
    """Each quote's speaker is an actor; quote spans never overlap."""
    ids = {row["actor_id"] for row in _records(an.tables, "actors")}
    rows = _records(an.tables, "quotes")
    for row in rows:
        sid = row.get("speaker_id")
        if not _blank(sid) and sid not in ids:
            yield ("quote.speaker_id", "quotes", f"{sid!r} ({row.get('speaker')!r})")
    # A reported claim may hold the quoted words it cites (by design: "a dit que X était
    # « injustifié »"); any other overlap shows one span cut at the wrong place.
    ordered = sorted(rows, key=lambda r: (r["start"], -r["end"]))
    for i, before in enumerate(ordered):
        for after in ordered[i + 1 :]:
            if after["start"] >= before["end"]:
                break
            inside = after["end"] <= before["end"]
            if inside and before["kind"] == "reported" and after["kind"] != "reported":
                continue
            kind = "quote.nested" if inside else "quote.crossing"
            yield (kind, "quotes", f"{before['text']!r} / {after['text']!r}")


# table -> its columns holding actor ids ("; "- or ","-separated lists in ``actors``)
ACTOR_REFS = {
    "mentions": ("actor_id",),
    "actor_roles": ("actor_id",),
    "stances": ("holder_id", "target_id"),
    "events": ("source_id", "target_id"),
    "camps": ("actor_id",),
    "alignments": ("a_id", "b_id"),
    "relations": ("source_id", "target_id"),
    "timeline": ("actors",),
}


def references(an) -> Iterator[Violation]:
    """Every actor id a table names is an actor; a stance's holder and a quote's speaker
    carry that actor's name; every place mention's place exists; no holder is a pronoun."""
    actors_by_id = {row["actor_id"]: row["name"] for row in _records(an.tables, "actors")}
    for name, columns in ACTOR_REFS.items():
        for row in _records(an.tables, name):
            for column in columns:
                value = row.get(column)
                if _blank(value):
                    continue
                for ref in re.split(r"[;,\s]+", str(value)):
                    if ref and ref not in actors_by_id:
                        yield ("ref.actor", name, f"{column}={ref!r}")
    pairs = (("stances", "holder_id", "holder"), ("quotes", "speaker_id", "speaker"))
    for name, id_column, name_column in pairs:
        for row in _records(an.tables, name):
            ref, shown = row.get(id_column), row.get(name_column)
            if not _blank(shown) and _bare(str(shown)):
                yield ("ref.bare_name", name, f"{name_column}={shown!r}")
            if not _blank(ref) and ref in actors_by_id and shown != actors_by_id[ref]:
                yield ("ref.name", name, f"{shown!r} for {actors_by_id[ref]!r}")
    places = {row["place_id"] for row in _records(an.tables, "places")}
    for row in _records(an.tables, "place_mentions"):
        if row["place_id"] not in places:
            yield ("ref.place", "place_mentions", repr(row["place_id"]))


CHECKS = (spans, stances, values, actors, quotes, references)


def violations(an) -> list[Violation]:
    """Every broken invariant of one analysis, in check order."""
    return [v for check in CHECKS for v in check(an)]


def frame(an) -> pd.DataFrame:
    """The violations as a table (invariant, table, detail)."""
    return pd.DataFrame(violations(an), columns=["invariant", "table", "detail"])
