"""A heading is no person.

Capitalised words alone on their line ("Réaction Officielle", "Une Colère Froide") are often
a heading or a rubric that the parser tags as a person's name; a person named there is named
again in the body. So a "person" that fills a whole line (an article or a determiner may
open it) and whose last word occurs nowhere else in the text is dropped.
"""

from __future__ import annotations

from analysis.extract.actors.finder import Finder

_OPENERS = frozenset(("le", "la", "l", "les", "un", "une", "des", "du"))


def heading_name(f: Finder, i: int, j: int) -> bool:
    """The name at words [i, j) fills its line and its last word is never repeated."""
    t, ws = f.t, f.t.ws
    text = t.article.text
    start, end = ws[i].start, ws[j - 1].end
    if j - i < 2:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[end:line_end].strip():
        return False
    before = text[line_start:start].strip().lower().replace("’", "'").rstrip("'")
    if before and before not in _OPENERS:
        return False
    last = ws[j - 1].text
    return text.count(last) == 1
