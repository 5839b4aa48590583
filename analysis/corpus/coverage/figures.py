"""Figures in a sentence: a number and the thing it counts ("douze accords", "450 millions
d'euros", "plus de 2 000 manifestants"), with its exact span.

Why here and not an extraction step: one article's figures are plain text, but two outlets
giving different numbers for the same thing is a finding only a comparison makes. The rule is
deliberately narrow — a number (digits or a French number word) directly followed by the noun
it counts, optionally through "millions de" — so a date ("12 mars 2024"), a year or an
ordinal is never a figure, and a back reference ("les deux pays") is not one either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.corpus.coverage.common import plural_key

NUMBER_WORDS = {
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "cent": 100,
    "mille": 1000,
}
APPROX_WORDS = {
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "cinquantaine": 50,
    "centaine": 100,
    "millier": 1000,
}
SCALES = {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9}
MONTHS = frozenset(
    "janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre "
    "décembre decembre".split()
)
# Words after a number that are not what it counts.
NOT_NOUNS = MONTHS | frozenset(
    "heures heure h ans an fois et ou à au aux de des du pour sur par en fin début mi ème eme "
    "premier première dernier derniers dernières autres".split()
)
BACK_REFERENCE = re.compile(r"(?:\b(?:les|des|ces|nos|vos|leurs|ses|aux)\s+)$", re.I)
APPROX_BEFORE = re.compile(
    r"(?:\b(?:plus de|près de|moins de|environ|quelque|quelques|au moins|presque|"
    r"jusqu'à|jusqu’à)\s+)$",
    re.I,
)
_NUM_WORD = "|".join(sorted({*NUMBER_WORDS, *APPROX_WORDS}, key=len, reverse=True))
_APPROX_PLURALS = "|".join(f"{w}s" for w in APPROX_WORDS)
FIGURE = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:,\d+)?|"
    rf"(?i:{_APPROX_PLURALS}|{_NUM_WORD}))"
    r"(?:[ \u00a0\u202f]+(?P<scale>millions?|milliards?|mille))?"
    r"(?:[ \u00a0\u202f]+(?:de[ \u00a0\u202f]+|d['’])|[ \u00a0\u202f]+)"  # "21e", "1er": no
    r"(?P<noun>[a-zàâäçéèêëîïôöùûüœ][\w’'-]*)",
)


@dataclass(frozen=True)
class Figure:
    """A number and what it counts; ``start``/``end`` index the article's text."""

    unit: str  # the thing counted, folded to the singular ("accord", "euro")
    value: float
    approx: bool
    text: str
    start: int
    end: int


def _number(raw: str) -> tuple[float, bool] | None:
    low = raw.lower()
    if low in NUMBER_WORDS:
        return float(NUMBER_WORDS[low]), False
    bare = low[:-1] if low.endswith("s") and low[:-1] in APPROX_WORDS else low
    if bare in APPROX_WORDS:
        return float(APPROX_WORDS[bare]), True
    digits = re.sub(r"[ \u00a0\u202f.]", "", raw).replace(",", ".")
    try:
        return float(digits), False
    except ValueError:
        return None


def figures(sentence: str, offset: int = 0) -> list[Figure]:
    """The figures of ``sentence`` (its first character at ``offset`` in the article)."""
    out = []
    for m in FIGURE.finditer(sentence):
        noun = m.group("noun").lower().strip("'’-")
        if noun in NOT_NOUNS or len(noun) < 3:
            continue
        parsed = _number(m.group("num"))
        if parsed is None:
            continue
        value, approx = parsed
        before = sentence[: m.start()]
        is_word = not m.group("num")[0].isdigit()
        if is_word and BACK_REFERENCE.search(before):
            continue  # "les deux pays": a reference back, not a figure
        if re.fullmatch(r"(19|20)\d\d", m.group("num")) and not m.group("scale"):
            continue  # a year
        value *= SCALES.get((m.group("scale") or "").lower(), 1.0)
        approx = approx or bool(APPROX_BEFORE.search(before))
        start = m.start()
        if prefix := APPROX_BEFORE.search(before):
            start = prefix.start()
        out.append(
            Figure(
                unit=plural_key(noun),
                value=value,
                approx=approx,
                text=sentence[start : m.end()],
                start=offset + start,
                end=offset + m.end(),
            )
        )
    return out


def plain_value(value: float) -> str:
    """The value as the tables store it: 450000000.0 -> "450000000", 3.5 -> "3.5"."""
    return str(int(value)) if value == int(value) else repr(value)


def show_value(value: str) -> str:
    """A stored value as a French reader writes it: "450000000" -> "450 000 000", "~2000"
    -> "environ 2 000", "3.5" -> "3,5"."""
    approx = value.startswith("~")
    try:
        number = float(value.lstrip("~"))
    except ValueError:
        return value
    if number == int(number):
        shown = f"{int(number):,}".replace(",", "\u202f")
    else:
        shown = f"{number:,}".replace(",", "\u202f").replace(".", ",")
    return ("environ " if approx else "") + shown
