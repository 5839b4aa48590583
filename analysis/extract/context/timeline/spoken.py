"""Days named from the speaker's moment: "hier", "aujourd'hui", "demain", "la nuit dernière"
inside a quotation or a clause of reported speech count from the day the statement was made,
when the reporting clause dates it ("« Nous avons signé l'accord hier », a déclaré mardi le
ministre"; "Le 3 mai 2021, il a annoncé qu'il partirait demain"), not from the day of
publication.

Each expression is first resolved against the publication like any "hier"; this pass moves
it when its sentence dates, outside the quotation (or before the "que" of a verb of saying),
exactly one day: the day of the statement.
"""

from __future__ import annotations

import datetime as dt
import re

# the speaker's day and its neighbours, with a part of the day or not
_DEICTIC = re.compile(
    r"(?:(?P<w>aujourd'hui|avant-hier|après-demain|hier|demain)(?:\s+(?:matin|soir|midi"
    r"|après-midi))?|ce\s+matin|ce\s+soir|cet\s+après-midi|ce\s+midi"
    r"|(?P<n>la\s+nuit\s+(?:dernière|passée)))",
    re.I,
)
_OFFSET = {"aujourd'hui": 0, "hier": -1, "demain": 1, "avant-hier": -2, "après-demain": 2}
# a verb of saying, announcing or promising right before the "que" of its clause
_SAYING = re.compile(
    r"\b(?:déclar|affirm|annonc|indiqu|dit|assur|précis|expliqu|estim|soulign|confirm"
    r"|promi|promett|rappel|ajout|prévenu|averti|répondu|répét|insist|fait savoir|laissé"
    r" entendre|révél|reconn|admi|démenti|nié|jur|prédi|prévi|annonç)\w*"
    r"(?:\s+\w+){0,4}?\s+qu(?:e\b|')",
    re.I,
)
# a date that is the complement of a noun or the bound of a span is no moment of speech
_NOT_MOMENT = re.compile(r"(?:\b(?:du|de|d'|depuis|jusqu'au|jusqu'à|au|dès)\s*(?:le\s+)?)\Z", re.I)


def _quotes(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of the quotations (« … » or "…") between ``lo`` and ``hi``."""
    spans, open_at = [], None
    for m in re.finditer(r"[«»\"]", text[lo:hi]):
        ch, at = m.group(), lo + m.start()
        if ch == "«" or (ch == '"' and open_at is None):
            open_at = at
        elif open_at is not None:
            spans.append((open_at, at + 1))
            open_at = None
    if open_at is not None:
        spans.append((open_at, hi))
    return spans


def _speech_day(row: dict, rows: list[dict], text: str, lo: int, hi: int) -> str | None:
    """The one day the reporting clause of ``row``'s quotation or reported clause dates."""
    inside = [q for q in _quotes(text, lo, hi) if q[0] <= row["start"] and row["end"] <= q[1]]
    if inside:
        q0, q1 = inside[0]

        def outside(r: dict) -> bool:
            return r["end"] <= q0 or r["start"] >= q1

    else:
        said = list(_SAYING.finditer(text, lo, row["start"]))
        if not said:
            return None
        cut = said[-1].end()  # the day may sit between the verb and its "que"

        def outside(r: dict) -> bool:
            return r["end"] <= cut

    days = {
        r["date"]
        for r in rows
        if r is not row
        and lo <= r["start"] < hi
        and outside(r)
        and r["precision"] == "day"
        and not r["date_end"]
        and len(str(r["date"])) == 10
        and not _NOT_MOMENT.search(text[max(lo, r["start"] - 12) : r["start"]])
    }
    return days.pop() if len(days) == 1 else None


def spoken_days(rows: list[dict], text: str, sentences) -> None:
    """Move each speaker's "hier / aujourd'hui / demain" of ``rows`` (timeline rows of one
    article, in text order) to the day its reporting clause dates; ``sentences`` maps a
    sentence id to its (start, end)."""
    for row in rows:
        if row["anchor"] != "publication" or row["precision"] != "day" or row["date_end"]:
            continue
        m = _DEICTIC.fullmatch(" ".join(row["text"].replace("’", "'").split()))
        if m is None or row["sentence_id"] not in sentences:
            continue
        lo, hi = sentences[row["sentence_id"]]
        day = _speech_day(row, rows, text, lo, hi)
        if day is None:
            continue
        off = -1 if m.group("n") else _OFFSET.get((m.group("w") or "").lower(), 0)
        row["date"] = (dt.date.fromisoformat(day) + dt.timedelta(days=off)).isoformat()
        row["anchor"] = "statement"
