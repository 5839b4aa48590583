"""The plural title before coordinated nationality adjectives, shared out over names:
"les présidents ivoirien et ghanéen, A et B", "les ministres des Affaires étrangères
gabonais et ivoirien, A et B", "les chefs de la diplomatie malienne et nigérienne"; and two
coordinated titles before two coordinated names, in order: "le président péruvien et son
homologue bolivien, A et B" (without this, the title right before A's comma was read as
A's own: A took the second title and its country, B none).

The title may be one plural noun or a plural head with its complement ("ministres des
Affaires étrangères", "chefs d'état-major"); each name takes the head in the singular, its
own adjective placed after the head as French writes a single title ("ministre gabonais des
Affaires étrangères"), then the complement.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from analysis.extract.actors.text import Text, is_punct
from analysis.extract.actors.vocab import vocab
from analysis.resources.datacache import derived

if TYPE_CHECKING:
    from analysis.extract.actors.records import Mention
    from analysis.extract.actors.roles import Role, RoleFinder

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


# --- two coordinated titles, two coordinated names ----------------------------------------

_OPEN = frozenset(("le", "la", "l", "son", "sa", "leur"))
_MAX_TITLE = 7  # words of one title, its determiner included


@derived
def _pair_words() -> frozenset[str]:
    """Role nouns that may head one of two paired titles ("président", "homologue")."""
    return vocab()["roles"] | vocab()["relational"]


def _opens(rf: RoleFinder, d: int, words: frozenset[str]) -> bool:
    """Word d is a determiner followed by a role noun of ``words`` (up to four words)."""
    t = rf.t
    if t.key(d) not in _OPEN:
        return False
    return any(" ".join(t.key(x) for x in range(d + 1, d + 1 + n)) in words for n in (4, 3, 2, 1))


def _clean(rf: RoleFinder, s: int, e: int) -> bool:
    """No punctuation between words s and e (included), all in one sentence."""
    t = rf.t
    return t.same_sentence(s, e) and not any(is_punct(t.gap(x)) for x in range(s + 1, e + 1))


def _titles(rf: RoleFinder, c: int, words: frozenset[str]) -> tuple[int, int, int] | None:
    """(first determiner, "et", end) of "T1 et T2" ending before word c."""
    t = rf.t
    for k in range(c - 2, max(c - 1 - _MAX_TITLE, 0), -1):
        if t.key(k) != "et" or not _opens(rf, k + 1, words) or not _clean(rf, k, c - 1):
            continue
        for d in range(k - 2, max(k - 1 - _MAX_TITLE, -1), -1):
            if t.key(d) in ("le", "la", "l") and _opens(rf, d, words) and _clean(rf, d, k):
                return d, k, c
        return None
    return None


def _person_at(rf: RoleFinder, i: int) -> range | None:
    """Words of the person named from word i."""
    m = rf.mention_starts.get(rf.t.ws[i].start) if 0 <= i < len(rf.t.ws) else None
    return rf.t.words_in(m.start, m.end) if m is not None and m.type == "person" else None


def _first_of_pair(rf: RoleFinder, i: int, words: frozenset[str]) -> tuple[int, int, int] | None:
    """The titles of "T1 et T2, (respectivement) A et B" when word i starts A."""
    t = rf.t
    a = _person_at(rf, i)
    if a is None or t.key(a.stop) != "et" or _person_at(rf, a.stop + 1) is None:
        return None
    if is_punct(t.gap(a.stop)) or is_punct(t.gap(a.stop + 1)):
        return None
    c = i - 1 if t.key(i - 1) == "respectivement" and not is_punct(t.gap(i)) else i
    if t.gap(c).strip() != "," or not t.same_sentence(c - 1, i):
        return None
    return _titles(rf, c, words)


def _text(rf: RoleFinder, s: int, e: int, where: str) -> Role:
    from analysis.extract.actors.roles import Role

    t = rf.t
    return Role(t.article.text[t.ws[s].start : t.ws[e].end], t.ws[s].start, t.ws[e].end, where)


def paired_title(rf: RoleFinder, m: Mention, i: int) -> Role | None:
    """The title shared out to the person ``m`` at word i from two coordinated titles
    before a pair of names: "le président péruvien et son homologue bolivien, A et B" (the
    first title is A's, the second B's; "respectivement" may stand before A)."""
    if m.type != "person":
        return None
    t = rf.t
    words = _pair_words()
    shared = _shared_complement(rf, i)
    if shared is not None:
        return shared
    found = _first_of_pair(rf, i, words)
    if found is not None:
        d, k, _ = found
        return _text(rf, d + 1, k - 1, "title")
    if t.key(i - 1) != "et" or is_punct(t.gap(i)):
        return None
    a = i - 2
    while a > 0 and t.is_cap(a - 1) and not is_punct(t.gap(a)) and i - a < 6:
        a -= 1  # back over A's name to its first word
    r = _person_at(rf, a)
    if r is None or r.stop != i - 1:
        return None
    found = _first_of_pair(rf, a, words)
    if found is None:
        return None
    _, k, c = found
    return _text(rf, k + 2, c - 1, "title")


# --- a plural title with two coordinated states: "les ministres X du Y et de la Z, A et B" ---

_DE_WORDS = frozenset(("de", "du", "des", "d"))


def _state_phrase(rf: RoleFinder, e: int) -> int | None:
    """First word of "de / du / de la / des <state>" ending at word e - 1 (None if none)."""
    t = rf.t
    for x in range(e - 1, max(e - 5, 0), -1):
        m = rf.mention_starts.get(t.ws[x].start)
        if m is None or m.type != "state" or m.end != t.ws[e - 1].end:
            continue
        d = x - 1 if t.key(x - 1) in _ARTICLES_OF else x
        return d - 1 if t.key(d - 1) in _DE_WORDS and t.same_sentence(d - 1, e - 1) else None
    return None


_ARTICLES_OF = frozenset(("la", "le", "l", "les"))


def _shared_complement(rf: RoleFinder, i: int) -> Role | None:
    """ "les ministres des Affaires étrangères du Chili et du Pérou, A et B": the plural
    title in the singular with the first state for A, with the second for B (without this
    both names took the first state)."""
    from analysis.extract.actors.roles import Role, singular

    t = rf.t
    if t.key(i - 1) == "et" and not is_punct(t.gap(i)):  # B: back over A to its first word
        a, second = i - 2, True
        while a > 0 and t.is_cap(a - 1) and not is_punct(t.gap(a)) and i - a < 6:
            a -= 1
        r = _person_at(rf, a)
        if r is None or r.stop != i - 1:
            return None
    else:
        a, second = i, False
        r = _person_at(rf, a)
        if r is None or t.key(r.stop) != "et" or _person_at(rf, r.stop + 1) is None:
            return None
    c = a - 1 if t.key(a - 1) == "respectivement" and not is_punct(t.gap(a)) else a
    if t.gap(c).strip() != "," or not t.same_sentence(c - 1, a):
        return None
    p2 = _state_phrase(rf, c)
    if p2 is None or t.key(p2 - 1) != "et" or is_punct(t.gap(p2)) or is_punct(t.gap(p2 - 1)):
        return None
    p1 = _state_phrase(rf, p2 - 1)
    if p1 is None or any(is_punct(t.gap(x)) for x in range(p1 + 1, c)):
        return None
    found = plural_title_before(t, p1, _pair_words(), singular)
    if found is None:
        return None
    h = found[0]
    s, e = (p2, c - 1) if second else (p1, p2 - 2)
    head = singular(t.ws[h].text)
    rest = t.article.text[t.ws[h + 1].start : t.ws[p1 - 1].end] + " " if p1 > h + 1 else ""
    text = f"{head} {rest}{t.article.text[t.ws[s].start : t.ws[e].end]}"
    # the span of the whole coordination: a title ending before ", A" is extended over a
    # chain of portfolios after it (:mod:`.portfolio_chains`), which this one is not
    return Role(text, t.ws[s if second else h].start, t.ws[c - 1].end, "title")
