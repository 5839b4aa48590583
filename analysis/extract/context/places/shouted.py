"""Place names inside a passage printed all in capitals.

Some outlets print a statement or a lead in capitals ("LE GOUVERNEMENT A DÉNONCÉ CE MATIN
LES PROPOS DU CONSUL …"). There every word looks like a name or an acronym: a common word that is
also a short name of a state ("EAU", the water, read as the Emirates) or two words glued
into an unknown site ("GOUVERNEMENT A"). Inside a run of five upper-case words or more of one
line (longer than any name written in capitals), only what the gazetteer knows by a name of
four letters or more stays a place ("PÉROU", "LIMA", "NOUVELLE-ZÉLANDE"); acronyms and
unknown names there are dropped (precision first: a capitalised "RDC" in such a passage is
lost with them).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analysis.extract.context.places.mention import Mention

_RUN = 5  # upper-case words in a row
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_KNOWN = ("phrase", "city", "state")


def in_shouted_run(text: str, m: Mention) -> bool:
    """``m`` stands in a run of upper-case words and is an acronym or an unknown name."""
    span = text[m.start : m.end]
    if not span.isupper():
        return False
    letters = sum(c.isalpha() for c in span)
    if m.via in _KNOWN and letters >= 4:
        return False
    lo = text.rfind("\n", 0, m.start) + 1
    hi = text.find("\n", m.end)
    line = text[lo : hi if hi >= 0 else len(text)]
    at = m.start - lo
    run = best = 0
    for w in _WORD.finditer(line):
        run = run + 1 if w.group().isupper() else 0
        if w.start() >= at and run:
            best = max(best, run + _upper_after(line, w.end()))
            break
    return best >= _RUN


def _upper_after(line: str, pos: int) -> int:
    """Upper-case words in a row from ``pos``."""
    n = 0
    for w in _WORD.finditer(line, pos):
        if not w.group().isupper():
            break
        n += 1
    return n
