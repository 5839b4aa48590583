"""Title constructions of news French that the title and apposition rules of
:mod:`analysis.extract.actors.roles` leave out (round 9, session 13, part 2):

* a bare rank or honorific between the title and the name ("le chef de la diplomatie
  émiratie, cheikh X", "le chef d'état-major, général X"): the name, after the comma, is in
  apposition to the title phrase before it too;
* a plural title followed by a word of inclusion and the names it includes ("plusieurs
  députés, dont A, B et C", "des ministres, notamment A", "les généraux, parmi lesquels A"):
  each name takes the title in the singular;
* a word of a proper name tagged as a verb ("des Nations unies", "des Émirats arabes unis")
  does not close the title it completes (see :func:`name_words`).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from analysis.extract.actors.coordination import singular
from analysis.extract.actors.records import Mention
from analysis.extract.actors.text import Text, is_punct

if TYPE_CHECKING:  # pragma: no cover
    from analysis.extract.actors.roles import Role, RoleFinder

_CHAIN_WORDS = 14  # words of an office chained before the name ("ministre des A, de B et de C")

# words that introduce names included in the plural noun before them
_INCLUSION_ONE = frozenset(("dont", "notamment", "comme"))
_INCLUSION_TWO = frozenset(
    (
        ("parmi", "lesquels"),
        ("parmi", "lesquelles"),
        ("tels", "que"),
        ("telles", "que"),
        ("en", "particulier"),
        ("entre", "autres"),
    )
)
# determiners and numbers of a plural noun phrase ("les ministres", "trois ministres"): the
# closed words before a plural title (also read by :mod:`.plural_lists`)
PLURAL_DETERMINERS = frozenset(
    (
        "les",
        "des",
        "ses",
        "leurs",
        "nos",
        "vos",
        "ces",
        "plusieurs",
        "quelques",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
        "neuf",
        "dix",
    )
)
# and the quantifiers of one ("certains députés", "de nombreux ministres")
_PLURAL_OPENERS = PLURAL_DETERMINERS | frozenset(
    (
        "certains",
        "certaines",
        "nombreux",
        "nombreuses",
        "divers",
        "diverses",
        "differents",
        "differentes",
    )
)
_DE = ("de", "du", "des", "d")


def name_words(t: Text, mentions: list[Mention]) -> frozenset[int]:
    """Words inside a name that is not a person's ("Nations unies"): a participle there is
    part of the name, not a verb that ends the title before it."""
    out: set[int] = set()
    for m in mentions:
        if m.type != "person":
            r = t.words_in(m.start, m.end)
            out.update(r[1:] if len(r) > 1 else ())
    return frozenset(out)


@functools.cache
def _office_heads() -> frozenset[str]:
    """The first words of the offices held for a state (lexicon ``governmental``)."""
    from analysis.extract.actors.roles import governmental

    return frozenset(phrase.split()[0] for phrase in governmental())


def bare_title_before(rf: RoleFinder, title: Role, words: frozenset[str]) -> list[Role]:
    """ "Le chef de la diplomatie émiratie, cheikh X": a title of one or two words with no
    determiner, right after a comma, before the name: the title phrase before the comma
    is the name's title too. So is it before an office of a state of any length, written
    with a capital or not ("le Ministre d'État, Ministre des Mines et du Pétrole,
    X"): the press of several regions chains a person's offices so, each without its
    determiner; the role is then the chain's every office."""
    t = rf.t
    s = t.index_at(title.start)
    e = t.first_index_from(title.end)
    if s is None or s < 2 or "," not in t.gap(s) or not t.same_sentence(s - 1, s):
        return []
    office = t.key(s) in _office_heads()  # "Le ministre d'État, Ministre de la Défense, X"
    if e - s > (_CHAIN_WORDS if office else 2) or t.key(s - 1) in rf.determiners:
        return []
    if not (office or t.ws[s].text[:1].islower()):
        return []
    first = rf.title_at(s, words, person=True, closed=True)
    return [first] if first is not None and first.end <= title.start else []


def _inclusion_before(t: Text, k: int) -> int | None:
    """The last word of the plural phrase before the inclusion word(s) ending at word k-1
    ("députés, dont" → "députés"), or None."""
    if t.key(k - 1) in _INCLUSION_ONE:
        j = k - 2
    elif (t.key(k - 2), t.key(k - 1)) in _INCLUSION_TWO:
        j = k - 3
    else:
        return None
    if j < 1 or is_punct(t.gap(k)) or not t.same_sentence(j, k):
        return None
    gap = t.gap(j + 1)
    return j if gap.strip() in ("", ",") else None


def included_title(rf: RoleFinder, r: range, words: frozenset[str]) -> Role | None:
    """ "plusieurs députés, dont A, B et C": the singular of the plural title before the
    inclusion word, for each name listed after it."""
    from analysis.extract.actors.roles import Role

    t = rf.t
    found = rf.coord.names(r)
    first = found[0][0] if found else r
    j = _inclusion_before(t, first.start)
    if j is None or _relative_dont(rf, first.start, found[0][-1] if found else r):
        return None
    lo = j
    while lo > 0 and j - lo <= 6 and t.same_sentence(lo, j):
        if lo < j and is_punct(t.gap(lo + 1)):
            return None
        w = t.key(lo)
        if w != singular(w) and singular(w) in words and t.key(lo - 1) in _PLURAL_OPENERS:
            if any(is_punct(t.gap(x)) for x in range(lo + 1, j + 1)):
                return None
            text = _singular_text(rf, lo, j)
            return Role(text, t.ws[lo].start, t.ws[j].end, "title")
        if rf.upos[t.word_tok[lo]] in ("VERB", "AUX"):
            return None
        lo -= 1
    return None


def _relative_dont(rf: RoleFinder, k: int, last: range) -> bool:
    """ "les députés dont Jean Martin a parlé": "dont" is a relative pronoun whose subject
    is the name (a verb follows it), not a word of inclusion."""
    t = rf.t
    e = last.stop
    if t.key(k - 1) != "dont" or e >= len(t.ws) or is_punct(t.gap(e)):
        return False
    return rf.upos[t.word_tok[e]] in ("VERB", "AUX", "PRON")


def _singular_text(rf: RoleFinder, lo: int, j: int) -> str:
    """ "ministres africains" → "ministre africain": the head and its plural adjectives in
    the singular (complements such as "des Affaires étrangères" stay as written)."""
    t = rf.t
    base = t.ws[lo].start
    text = t.article.text[base : t.ws[j].end]
    stop = next((x for x in range(lo + 1, j + 1) if t.key(x) in _DE), j + 1)
    for x in reversed(range(lo, stop)):
        w = t.ws[x]
        adj = rf.upos[t.word_tok[x]] == "ADJ" and w.text[:1].islower()
        if (x == lo or adj) and t.key(x) != singular(t.key(x)):
            a, b = w.start - base, w.end - base
            text = text[:a] + singular(w.text) + text[b:]
    return text
