"""The role of a place mention: a location ("à Rabat") or a stand-in for its government
("Alger a rompu", "les relations de X"), read from the word before it and its syntax."""

from __future__ import annotations

import bisect

from analysis.document.tokens import TokenView
from analysis.extract.context.places.kb import Gazetteer, place_words
from analysis.extract.context.places.mentions import Mention

GOVERNMENT_KINDS = ("city", "country", "territory", "landmark")


def role_words(gz: Gazetteer) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The knowledge base's locative words, government words and government nouns."""
    return tuple(
        frozenset(gz.kb.get(name, []))
        for name in ("locative_words", "government_words", "government_nouns")
    )


def role(tv: TokenView, m: Mention, words: tuple[frozenset[str], ...]) -> str:
    entry = m.entry
    if entry is None or entry.kind not in GOVERNMENT_KINDS or m.via in ("landmark", "site"):
        return "place"
    i = bisect.bisect_right(tv.idx, m.start) - 1
    if i < 0:
        return "place"
    prev = _previous_word(tv, i)
    loc, gov_words, gov_nouns = words
    if prev in loc:
        return "place"
    if prev in gov_words:
        return "government"
    head, root = tv.head, i
    while head[root] != root and m.start <= tv.idx[head[root]] < m.end:
        root = head[root]
    dep = tv.tokens[root].dep_
    if dep == "conj" and tv.tokens[head[root]].dep_.startswith("nsubj"):
        dep = tv.tokens[head[root]].dep_
    if dep.startswith("nsubj"):
        return "government"
    if prev in ("de", "d'", "du", "des") and tv.tokens[head[root]].lemma_.lower() in gov_nouns:
        return "government"
    if prev in ("de", "d'", "du", "des") and tv.lower[head[root]] in gov_nouns:
        return "government"
    return "place"


def _previous_word(tv: TokenView, i: int) -> str:
    """The word before token ``i``, skipping a determiner ("à la", "vers le")."""
    lower, articles = tv.lower, place_words("articles")
    j = i - 1
    while j >= 0 and (tv.space[j] or lower[j] in articles):
        j -= 1
    if j < 0:
        return ""
    w = lower[j]
    if w in ("de", "d'") and j > 0 and lower[j - 1] in ("près", "large", "autour", "proximité"):
        return lower[j - 1]
    return w
