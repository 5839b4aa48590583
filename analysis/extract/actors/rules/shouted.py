"""Words of a passage written all in capitals are no names.

Some outlets print a statement, a lead or a heading in capitals ("LE CONSEIL REJETTE
FERMEMENT CES ACCUSATIONS ..., AFFIRMANT QUE ..."): the tagger then reads any of its words as a
name or an acronym, and the rules as a body ("AFFIRMANT", "IL A"). Inside a run of upper-case
words longer than any name (five words or more), a word is capitalised by the typesetting,
not by being a name: spaCy's entities there are dropped. What the knowledge base knows
(countries, institutions, public figures) is matched by its own phases, whatever the case.
"""

from __future__ import annotations

from analysis.extract.actors.finder import Finder

_RUN = 5  # upper-case words in a row: longer than the names written in capitals ("ONU")


def shouted(f: Finder, i: int, j: int) -> bool:
    """Words [i, j) stand inside a run of at least five upper-case words of one sentence."""
    t = f.t

    def upper(k: int) -> bool:
        w = t.ws[k].text
        return any(c.isalpha() for c in w) and w.isupper()

    if not all(upper(k) for k in range(i, j)):
        return False
    lo, hi = i, j
    while lo > 0 and t.same_sentence(lo - 1, i) and upper(lo - 1):
        lo -= 1
    while hi < len(t.ws) and t.same_sentence(hi, i) and upper(hi):
        hi += 1
    return hi - lo >= _RUN
