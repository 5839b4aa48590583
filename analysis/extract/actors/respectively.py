"""The plural title before coordinated nationality adjectives, shared out over names:
"les présidents ivoirien et ghanéen, A et B", "les ministres des Affaires étrangères
gabonais et ivoirien, A et B", "les chefs de la diplomatie malienne et nigérienne".

The title may be one plural noun or a plural head with its complement ("ministres des
Affaires étrangères", "chefs d'état-major"); each name takes the head in the singular, its
own adjective placed after the head as French writes a single title ("ministre gabonais des
Affaires étrangères"), then the complement.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.extract.actors.text import Text, is_punct

_DETERMINERS = ("les", "ses")
_DE = ("de", "du", "des", "d")


def plural_title_before(
    t: Text, a1: int, words: frozenset[str], singular: Callable[[str], str]
) -> tuple[int, int] | None:
    """(first word, end) of the plural title ending right before word ``a1``: a plural
    head whose singular, with the words after it, is a role of ``words`` (five words at
    most), after "les / ses", with no punctuation inside."""
    for n in (5, 4, 3, 2, 1):
        h = a1 - n
        if h < 1 or not t.same_sentence(h, a1) or t.key(h - 1) not in _DETERMINERS:
            continue
        if any(is_punct(t.gap(x)) for x in range(h + 1, a1 + 1)):
            continue
        head = t.key(h)
        if not head.endswith(("s", "x")) or singular(head) == head:
            continue
        phrase = " ".join([singular(head), *(t.key(x) for x in range(h + 1, a1))])
        if phrase in words or (singular(head) in words and t.key(h + 1) in _DE):
            return h, a1  # "ministres des Affaires étrangères": a head and its complement
    return None


def shared_text(t: Text, h: int, end: int, adjective: str, singular: Callable[[str], str]) -> str:
    """The singular title of words [h, end) with ``adjective`` after its head before a
    portfolio ("ministre gabonais des Affaires étrangères"), else at the end ("chef
    d'état-major malien")."""
    head = singular(t.ws[h].text)
    if end == h + 1:
        return f"{head} {adjective}"
    rest = t.article.text[t.ws[h + 1].start : t.ws[end - 1].end]
    if any(t.is_cap(x) for x in range(h + 1, end)):
        return f"{head} {adjective} {rest}"
    return f"{head} {rest} {adjective}"
