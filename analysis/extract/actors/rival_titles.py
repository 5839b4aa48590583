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


def role_mask(size: int, role_rows: dict[str, list[Role]]) -> bytearray:
    """One byte per character of the article, set inside a named person's role phrase
    (built once per article: each call of :func:`rival_title` then costs its window)."""
    mask = bytearray(size)
    for rs in role_rows.values():
        for r in rs:
            mask[r.start : r.end] = b"\x01" * (r.end - r.start)
    return mask


def rival_title(t: Text, gov: frozenset[str], p: Mention, mask: bytearray, start: int) -> bool:
    """A governmental title held by no named person ("le ministre chilien", "son
    homologue") opens between the start of ``p``'s sentence and the description at
    ``start``, outside ``p``'s name: an unnamed person who may hold the description. The
    titles of named persons are left out: :mod:`.identity` weighed them before asking
    ("A a rencontré la présidente kényane. La présidente ...": the guest, not A)."""
    there = t.article.sentence_at(p.start)
    if there is None:
        return False
    first = phrase_edges(gov)[0]
    for k in t.words_in(there.start, start):
        w = t.ws[k]
        if w.key not in first or mask[w.start] or p.start <= w.start < p.end:
            continue
        if _title_at(t, k, gov):
            return True
    return False
