"""Dates inside proper names: "le Mouvement du 23 mars", "la place du 1er-Mai", "le
boulevard du 30 Juin" name a movement or a street, they date nothing in the story (and a
"lendemain" must not count from them). The head noun is one of ``name_heads``
(data/lexicons/time_fr.yaml) written with a capital, or any of them before a capitalised
month ("place du 1er Mai")."""

from __future__ import annotations

import re

from analysis.extract.context.timeline.scan import lexicon
from analysis.resources.datacache import derived

_BEFORE = re.compile(r"(?P<head>[^\W\d_][\w-]*)\s+(?:du|de\s+la|de\s+l['’])\s*[«\"]?\s*$")
_MONTH_CAP = re.compile(r"\d+(?:er)?[\s-]+[A-ZÉÈ]")


@derived
def _heads() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon().get("name_heads", []))


def in_name(text: str, start: int, end: int) -> bool:
    """Whether the date expression at ``start:end`` is part of a proper name."""
    m = _BEFORE.search(text, max(0, start - 40), start)
    if m is None or m.group("head").lower() not in _heads():
        return False
    return m.group("head")[:1].isupper() or bool(_MONTH_CAP.match(text, start, end))
