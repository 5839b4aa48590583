"""Where an unnamed office holder serves, written after the title: a second name.

"le chargé d'affaires iranien à Islamabad", "l'ambassadeur de France au Mali", "le consul
d'Italie en Tunisie", "le représentant de la Chine auprès de l'ONU": the posting after the
title is part of how the article names the holder. The actor keeps the title as its name
(:mod:`.unnamed`), and the title with its posting, as written, becomes an alias, so that a
reader, or a list of actors written by hand, naming the holder either way finds them.
"""

from __future__ import annotations

from analysis.extract.actors.finder import Finder

_POSTING = frozenset(("a", "au", "aux", "en"))
_ARTICLES = frozenset(("la", "l", "le", "les"))
_PLACE_KINDS = ("country", "capital", "institution")


def posting_end(f: Finder, j: int) -> int | None:
    """End (exclusive word index) of a posting that starts at word ``j`` right after a
    title ("à Islamabad", "au Mali", "en Tunisie", "auprès de l'ONU"): a gazetteer
    country, capital or institution after the preposition, in the same sentence, with no
    punctuation before it; None otherwise."""
    t = f.t
    if j >= len(t.ws) or f.punct_before(j):
        return None
    k = j + 1
    if t.key(j) == "aupres" and t.key(k) in ("de", "du", "des", "d"):
        k += 1
    elif t.key(j) not in _POSTING:
        return None
    if t.key(k) in _ARTICLES and not f.punct_before(k):
        k += 1
    hit = f.gaz.get(k)
    if hit is None or hit[1].kind not in _PLACE_KINDS or not t.same_sentence(j, k):
        return None
    if any(f.punct_before(x) for x in range(j + 1, k + 1)):
        return None
    return hit[0]
