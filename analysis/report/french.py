"""French typography for everything a reader sees: numbers, plurals, yes/no, quotation marks.

One place for the rules, so a table cell, a headline and a figure legend write "14,71",
"3 mentions", "oui" and « extrait » the same way. Numbers go through Babel (CLDR's French
locale: decimal comma, narrow no-break space between thousands); the rest is small string
work that never changes the words themselves.
"""

from __future__ import annotations

import math
import re

from babel.numbers import format_decimal

LOCALE = "fr_FR"
NBSP = "\u00a0"  # no-break space: inside « guillemets », before « : »
NNBSP = "\u202f"  # narrow no-break space: before « ; ! ? », between thousands
MINUS = "\u2212"
OPEN, CLOSE = "«", "»"


def number(value: object, digits: int = 2, fixed: bool = False) -> str:
    """``14.71`` -> ``"14,71"``, ``12345`` -> ``"12 345"`` (narrow no-break space), ``-1.0`` ->
    ``"−1"``; at most ``digits`` decimals, trailing zeros dropped (kept with ``fixed``: a
    score ``0,90``); ``None``/NaN -> ``""``."""
    if value is None or isinstance(value, bool):
        return yes_no(value) if isinstance(value, bool) else ""
    try:
        x = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(value)
    if math.isnan(x):
        return ""
    # four-digit numbers (years above all) stay unspaced, as French usage allows
    decimals = ("0" if fixed else "#") * digits
    pattern = ("#,##0" if abs(x) >= 10000 else "0") + ("." + decimals if digits > 0 else "")
    text = format_decimal(x, format=pattern, locale=LOCALE)
    if text.startswith("-"):
        text = MINUS + text[1:]
    return text.replace(" ", NNBSP)


def percent(share: float) -> str:
    """``0.23`` -> ``"23 %"`` (no-break space before the sign)."""
    return f"{number(round(100 * float(share)), 0)}{NBSP}%"


def signed(value: float, digits: int = 2) -> str:
    """``0.5`` -> ``"+0,50"``, ``-1`` -> ``"−1,00"``: a score whose sign matters."""
    x = float(value)
    text = format_decimal(abs(x), format="0." + "0" * digits, locale=LOCALE)
    return ("+" if x > 0 else MINUS if x < 0 else "") + text


def plural(n: int, singular: str, plural_form: str | None = None) -> str:
    """``plural(1, "mention")`` -> ``"1 mention"``, ``plural(4, "mention")`` ->
    ``"4 mentions"``; French agreement: 0 and 1 take the singular."""
    count = int(n)
    word = singular if abs(count) < 2 else (plural_form or singular + "s")
    return f"{number(count, 0)}{NBSP}{word}"


def agree(n: int, singular: str, plural_form: str | None = None) -> str:
    """The word alone, agreed with ``n`` (``agree(2, "retenu")`` -> ``"retenus"``)."""
    return singular if abs(int(n)) < 2 else (plural_form or singular + "s")


def yes_no(value: object) -> str:
    """``True`` -> ``"oui"``, ``False`` -> ``"non"`` (labels from ``labels_fr.yaml``)."""
    from analysis.report.labels import BOOLEAN

    return BOOLEAN[bool(value)]


def date(iso: object) -> str:
    """'2021-11-24' -> '24 novembre 2021', '2021-11' -> 'novembre 2021', '2021' -> '2021', at
    the precision written; text that is no ISO date is returned as is ("" for missing)."""
    from analysis.report.labels import MONTHS

    text = "" if iso is None or (isinstance(iso, float) and math.isnan(iso)) else str(iso)
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", text.strip())
    if not m:
        return text
    year, month, day = m.groups()
    if not month or not 1 <= int(month) <= 12:
        return year
    out = f"{MONTHS[int(month) - 1]} {year}"
    if not day:
        return out
    return f"{'1er' if int(day) == 1 else int(day)} {out}"


def at_date(iso: object) -> str:
    """The date after "jusqu'", "à" or "depuis" as French writes it: "au 8 octobre 2002" for a
    day (à + le), "en octobre 2021" for a month, "en 2000" for a year ("" when missing)."""
    text = date(iso)
    if not text:
        return ""
    return f"au {text}" if text[:1].isdigit() and " " in text else f"en {text}"


def the_date(iso: object) -> str:
    """A date as the subject or object of a sentence: "le 6 avril 2023" for a day, "avril
    2023" or "2023" otherwise."""
    text = date(iso)
    return f"le {text}" if text[:1].isdigit() and " " in text else text


_STRAIGHT = re.compile(r'"([^"\n]*)"')
# a straight quote left alone by a cut: opening at the start or after a space or "(", closing
# elsewhere ("venue du "criminel" -> « criminel, "menaces dans la région" -> région »)
_LONE_OPENING = re.compile(r'(?:(?<=^)|(?<=[\s(\[]))"')


_APOSTROPHE = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")


def apostrophes(text: object) -> str:
    """Straight apostrophes between letters as French prints them: "l'article" ->
    "l’article" (a quote mark or a code's ' stays: only a letter on both sides counts)."""
    return _APOSTROPHE.sub("’", "" if text is None else str(text))


def french_quotes(text: object) -> str:
    """Straight ``"quotes"`` as « guillemets », the paired ones and those a cut left alone."""
    s = "" if text is None else str(text)
    s = _STRAIGHT.sub(lambda m: f"{OPEN}{m.group(1).strip()}{CLOSE}", s)
    return _LONE_OPENING.sub(OPEN, s).replace('"', CLOSE)


_SPACE_IN = re.compile(r"«\s*")
_SPACE_OUT = re.compile(r"\s*»")
_HIGH_PUNCT = re.compile(r"\s*([;!?])(?=\s|$)")
_COLON = re.compile(r"(?<=\w)\s*:(?=\s|$)")


_BREAKABLE_AFTER_OPEN = re.compile(r"« +")
_BREAKABLE_BEFORE_CLOSE = re.compile(r" +»")
_BREAKABLE_BEFORE_HIGH = re.compile(r" +([;:!?])(?=\s|$)")


def held_together(text: object) -> str:
    """The article's own words with only the spaces inside « guillemets » and before ``; : ! ?``
    made no-break, so no line of the annex starts with « » » or ends with « «: the text shown
    as evidence keeps every other character as the article wrote it (no quote or apostrophe
    changed), only where a line may break."""
    s = _BREAKABLE_AFTER_OPEN.sub(OPEN + NBSP, str(text or ""))
    s = _BREAKABLE_BEFORE_CLOSE.sub(NBSP + CLOSE, s)
    return _BREAKABLE_BEFORE_HIGH.sub(lambda m: NBSP + m.group(1), s)


def typography(text: object) -> str:
    """French typography of a piece of text: straight ``"quotes"`` become « guillemets »,
    apostrophes between letters become ’,
    guillemets hold their words with no-break spaces, ``; ! ?`` take a narrow no-break space
    and ``:`` a no-break space before them."""
    s = apostrophes(french_quotes(text))
    s = _SPACE_IN.sub(OPEN + NBSP, s)
    s = _SPACE_OUT.sub(NBSP + CLOSE, s)
    s = _HIGH_PUNCT.sub(lambda m: NNBSP + m.group(1), s)
    return _COLON.sub(NBSP + ":", s)


def balanced(extract: object) -> str:
    """An extract cut out of its sentence with its guillemets and parentheses paired: a « or
    ( opened before the cut is closed at the end, a » or ) whose opening was cut off is
    opened at the start."""
    s = french_quotes(extract)
    for opening, closing in ((OPEN, CLOSE), ("(", ")")):
        depth, missing_open = 0, 0
        for ch in s:
            if ch == opening:
                depth += 1
            elif ch == closing:
                if depth:
                    depth -= 1
                else:
                    missing_open += 1
        s = opening * missing_open + s + closing * depth
    return s


def shortened(text: object, limit: int = 160) -> str:
    """``text`` cut after a whole word to at most ``limit`` characters, with "…" and its
    quotation marks balanced (the full sentence is one click away, in the article annex)."""
    s = " ".join(("" if text is None else str(text)).split())
    if len(s) > limit:
        s = s[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return balanced(s)


def quoted(extract: object) -> str:
    """``« extract »`` with French typography inside and balanced marks."""
    inner = typography(balanced(typography(extract)))
    # a quotation inside the extract takes the second-level marks, as French prints them:
    # « la venue du “criminel de guerre” », never « … « criminel de guerre » »
    inner = _INNER_CLOSE.sub("”", _INNER_OPEN.sub("“", inner))
    return f"{OPEN}{NBSP}{inner}{NBSP}{CLOSE}"


_INNER_OPEN = re.compile(r"«\s?")
_INNER_CLOSE = re.compile(r"\s?»")


__all__ = [
    "NBSP",
    "NNBSP",
    "agree",
    "apostrophes",
    "at_date",
    "the_date",
    "balanced",
    "date",
    "french_quotes",
    "number",
    "percent",
    "plural",
    "quoted",
    "shortened",
    "signed",
    "typography",
    "yes_no",
]
