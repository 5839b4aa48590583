"""A bare title's last-named holder, and a second title standing between them.

"X a reçu le ministre chilien. Le ministre a salué ...": the bare "le ministre" takes up the
guest, an unnamed person titled in the sentence before, not X, the subject who received
him. :func:`rival_title` tells :mod:`analysis.extract.actors.identity` that a governmental
title other than the candidate's own stands in the candidate's sentence, before the
description: two persons could then hold it, and a careful reader links neither. The scan
covers one or two sentences (the candidate's and the description's), so it stays linear.
"""

from __future__ import annotations

from analysis.extract.actors.records import Mention
from analysis.extract.actors.roles import Role
from analysis.extract.actors.text import Text, phrase_edges


def _title_at(t: Text, i: int, titles: frozenset[str]) -> bool:
    """A title of ``titles`` starts at word i (up to four words)."""
    return any(" ".join(t.key(x) for x in range(i, i + n)) in titles for n in (4, 3, 2, 1))


def rival_title(
    t: Text, gov: frozenset[str], p: Mention, roles: list[Role], start: int
) -> bool:
    """A governmental title that is not one of ``p``'s own roles nor inside ``p``'s name
    opens between the start of ``p``'s sentence and the description at ``start`` ("A a
    rencontré la présidente kényane. La présidente ...": the guest's title, not A's)."""
    there = t.article.sentence_at(p.start)
    if there is None:
        return False
    own = [(p.start, p.end), *((r.start, r.end) for r in roles)]
    first = phrase_edges(gov)[0]
    for k in t.words_in(there.start, start):
        w = t.ws[k]
        if w.key not in first or any(a <= w.start < b for a, b in own):
            continue
        if _title_at(t, k, gov):
            return True
    return False
