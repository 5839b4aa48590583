"""A plural title shared out over the names coordinated after it.

"les ministres de l'Économie, A, et de l'Intérieur, B", "les Premiers ministres ivoirien,
A, et sénégalais, B", "les présidents ivoirien A et ghanéen B", "les présidents A et B",
"les présidents ivoirien et ghanéen, A et B": one plural title, several names; each name
takes the head in the singular with its own complement or adjective.

Kept apart from :mod:`analysis.extract.actors.roles` (which reads the title or apposition of
one name) because these rules read a whole coordinated list: the plural head, the items
between commas and the complement each item replaces. The functions take the article's
:class:`~analysis.extract.actors.roles.RoleFinder` and the word index of the name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.extract.actors.respectively import plural_title_before, shared_text
from analysis.extract.actors.text import is_punct
from analysis.resources.gazetteer import country_of_adjective

if TYPE_CHECKING:
    from analysis.extract.actors.roles import Role, RoleFinder

DE = ("du", "des", "de", "d")  # "de" and its contractions, lower-cased
ARTICLES = ("l", "la", "le", "les")  # definite articles, lower-cased


def shared_title(rf: RoleFinder, i: int, words: frozenset[str]) -> Role | None:
    """ "les ministres de l'Économie, A, et de l'Intérieur, B", "les Premiers ministres
    ivoirien, A, et sénégalais, B": a plural title shared out, each name between commas
    taking the head in the singular and the complement just before it."""
    from analysis.extract.actors.roles import Role, singular

    t = rf.t
    if "," not in t.gap(i):
        return None
    lo = _complement_start(rf, i)
    if lo is None:
        return None
    head = _plural_head(rf, lo, i, words)
    if head is None:
        return None
    h_start, h_end, first = head
    in_singular = " ".join(singular(t.ws[k].text) for k in range(h_start, h_end))
    start, end = t.ws[lo].start, t.ws[i - 1].end
    complement = t.article.text[start:end]
    if lo != h_end and t.key(first) in DE and first < lo:
        # "les chefs de la diplomatie estonienne, A, et lettone, B": B's adjective
        # replaces A's in the shared complement ("de la diplomatie")
        # "les ministres des Affaires étrangères du Sénégal, A, et du Mali, B": B's
        # "du Mali" replaces A's "du Sénégal" after the shared "des Affaires étrangères"
        parallel = t.key(lo) in DE
        k = first
        while k < lo and not country_of_adjective(t.key(k)):
            if parallel and k > first and t.key(k) in DE and _names_after(rf, k):
                break
            if "," in t.gap(k + 1):
                k = first  # no shared words found before A's name
                break
            k += 1
        shared = t.article.text[t.ws[first].start : t.ws[k - 1].end] if k > first else ""
        complement = f"{shared} {complement}".strip()
    if lo == h_end:  # the first name: the title itself, in the singular
        start = t.ws[h_start].start
    return Role(f"{in_singular} {complement}", start, end, "title")


def _plural_title_at(rf: RoleFinder, h: int, k: int, i: int) -> bool:
    """Word h is a plural role noun ("ministres") and no "et" lies between k and i."""
    from analysis.extract.actors.roles import singular

    t = rf.t
    w = t.key(h)
    if singular(w) == w or singular(w) not in rf.coord.roles:
        return False
    return all(t.key(x) not in ("et", "ou") for x in range(k, i))


def _names_after(rf: RoleFinder, k: int) -> bool:
    """The "de" at word k opens a named complement ("du Sénégal", "de l'Union"), not a
    word inside a name ("Côte d'Ivoire")."""
    x = k + 1
    while rf.t.key(x) in ARTICLES:
        x += 1
    return x < len(rf.t.ws) and rf.t.ws[x].start in rf.mention_starts


def shared_adjectives(rf: RoleFinder, i: int, words: frozenset[str]) -> Role | None:
    """ "les présidents ivoirien A et ghanéen B": a plural title shared out over
    nationality adjectives, each glued to its name (no commas); A takes the title and
    its adjective, B the head in the singular and its own adjective."""
    from analysis.extract.actors.roles import Role, singular

    t = rf.t
    k = i - 1
    if "," in t.gap(i) or not country_of_adjective(t.key(k)):
        return None
    first = k
    if t.key(k - 1) == "et":  # the second item: back over the first name
        first = k - 2
        while first > 0 and t.ws[first].text[:1].isupper() and t.same_sentence(first, i):
            first -= 1
        if first == k - 2 or not country_of_adjective(t.key(first)):
            return None
    for n in (3, 2, 1):
        s0 = first - n
        if s0 < 1 or not t.same_sentence(s0, i) or t.key(s0 - 1) not in ("les", "des", "ses"):
            continue
        if any(is_punct(t.gap(x)) for x in range(s0 + 1, i)):
            continue
        phrase = " ".join(singular(t.key(x)) for x in range(s0, first))
        if phrase in words and t.key(first - 1).endswith(("s", "x")):
            in_singular = " ".join(singular(t.ws[x].text) for x in range(s0, first))
            start = t.ws[s0 if first == k else k].start
            return Role(f"{in_singular} {t.ws[k].text}", start, t.ws[k].end, "title")
    return None


def shared_plain(rf: RoleFinder, i: int, words: frozenset[str]) -> Role | None:
    """ "les présidents A et B": a plural title before two coordinated names is the
    title of each, in the singular."""
    from analysis.extract.actors.roles import Role, singular

    t = rf.t
    k = i - 1
    if "," in t.gap(i) or is_punct(t.gap(i)):
        return None
    if t.key(k) == "et":  # the second name: back over the first one
        k -= 1
        while k > 0 and t.ws[k].text[:1].isupper() and t.same_sentence(k, i):
            if is_punct(t.gap(k)):
                return None
            k -= 1
        if k == i - 2:
            return None
    w = t.key(k)
    if not w.endswith(("s", "x")) or singular(w) not in words:
        return None
    # not "aux journalistes X" (the object, then an inverted subject) nor "des"
    if t.key(k - 1) not in ("les", "ses") or is_punct(t.gap(k + 1)):
        return None
    return Role(singular(t.ws[k].text), t.ws[k].start, t.ws[k].end, "title")


def shared_respectively(rf: RoleFinder, i: int, words: frozenset[str]) -> Role | None:
    """ "les présidents ivoirien et ghanéen, A et B": the adjectives coordinated after a
    plural title go, in order, to the names coordinated after the comma."""
    from analysis.extract.actors.roles import Role, singular

    t = rf.t
    first, k = True, i - int(t.key(i - 1) == "respectivement")  # ", respectivement A"
    if t.key(i - 1) == "et" and "," not in t.gap(i):  # B: back over A to the comma
        first, k = False, i - 2
        while k > 0 and "," not in t.gap(k) and t.ws[k].text[:1].isupper():
            k -= 1
    if "," not in t.gap(k) or not t.same_sentence(k - 1, i):
        return None
    a2, a1 = k - 1, k - 3
    if t.key(k - 2) != "et" or not (
        country_of_adjective(t.key(a1)) and country_of_adjective(t.key(a2))
    ):
        return None
    found = plural_title_before(t, a1, words, singular)  # "les ministres des … X et Y"
    if found is None:
        return None
    h = found[0]
    adj = a1 if first else a2
    text = shared_text(t, h, a1, t.ws[adj].text, singular)
    return Role(text, t.ws[h if first else adj].start, t.ws[adj].end, "title")


def _complement_start(rf: RoleFinder, i: int) -> int | None:
    """First word of the complement before the comma that precedes the name at word
    i ("de l'Intérieur", "sénégalais"): back to a comma, "et" or a plural title."""
    t = rf.t
    k = i - 1
    found = None
    while k > 0 and t.same_sentence(k, i) and i - k <= 8:
        if is_punct(t.gap(k + 1)) and k < i - 1:
            break
        if "," in t.gap(k) or t.key(k - 1) == "et" or t.ws[k - 1].text.endswith(("s", "x")):
            first = t.key(k)
            if first in DE or country_of_adjective(first):
                if found is None:
                    found = k
                # "les ministres des Affaires étrangères du Sénégal, A": the complement
                # runs from the plural title, over a complement of its own
                if first in DE and _plural_title_at(rf, k - 1, k, i):
                    return k
        if found is not None and i - k > 6:
            break
        k -= 1
    return found


def _plural_head(
    rf: RoleFinder, lo: int, i: int, words: frozenset[str]
) -> tuple[int, int, int] | None:
    """(start, end) of the plural title ("les ministres", "des Premiers ministres") that
    the complement at word lo belongs to: right before it, or before the first item of
    the list ("..., A, et de l'Intérieur": the title before A's complement); with the
    first word of the first item's complement."""
    from analysis.extract.actors.roles import singular

    t = rf.t
    k = lo
    if t.key(k - 1) == "et" and "," in t.gap(k - 1):
        # the second item: skip ", A, et" back to the first item's complement
        k = k - 2
        while k > 0 and t.same_sentence(k, i) and "," not in t.gap(k):
            k -= 1  # over the first name
        first = _complement_start(rf, k)
        if first is None:
            return None
        k = first
    for n in (3, 2, 1):
        s0 = k - n
        if s0 < 1 or not t.same_sentence(s0, i) or t.key(s0 - 1) not in ("les", "des", "ses"):
            continue
        phrase = " ".join(singular(t.key(x)) for x in range(s0, k))
        if phrase in words and t.key(k - 1).endswith(("s", "x")):
            return s0, k, k
    return None
