"""Phase F': words of a minister's list of portfolios are no actors.

French-speaking governments give one minister several portfolios, listed with commas and
"et": "le ministre des Affaires étrangères, de la Coopération et des Maliens de l'extérieur",
"la ministre de l'Intérieur et de la Police". A people's noun ("des Maliens de l'extérieur":
the diaspora the minister is in charge of) or a body's one-word name ("la Police") there is
a part of the title, not a group or an organisation of the story; the earlier phases, which
read one word and its neighbours, take them for actors. So is a capitalised run that opens
on a portfolio noun and runs over the list's last elements ("de la Coopération et des
Maliens à l'Extérieur": spaCy makes one organisation of the two portfolios). This phase
walks back from such a mention over the list, element by element, to the minister's noun.
"""

from __future__ import annotations

from analysis.extract.actors.finder import Finder
from analysis.extract.actors.records import Mention
from analysis.resources.gazetteer import country_of_adjective

_MINISTERS = frozenset(("ministre", "ministres", "ministere", "ministeres"))
_LINKS = frozenset(("de", "des", "du", "d", "la", "l"))
_MAX_ELEMENTS = 8  # portfolios in one title, at most


def drop_portfolio_members(f: Finder) -> None:
    """Remove the mentions that are one portfolio of a minister's list (see module)."""
    f.mentions = [m for m in f.mentions if not _portfolio_member(f, m)]
    f.by_start = {}
    for m in f.mentions:
        f.by_start.setdefault(m.start, m)


def _portfolio_member(f: Finder, m: Mention) -> bool:
    """A people's noun ("des Maliens") or a one-word body ("la Police") that is an element
    of a minister's list of portfolios."""
    words = f.t.words_in(m.start, m.end)
    if not words:
        return False
    one_body = (
        m.type == "organisation"
        and len(words) == 1
        and f.t.key(words[0]) in f.words["collective_org_heads"] | f.words["portfolios"]
    )
    if not (one_body or _portfolio_run(f, m, words) or (m.type == "group" and m.kind == "demonym")):
        return False
    return in_portfolio_list(f, words[0])


def _portfolio_run(f: Finder, m: Mention, words: range) -> bool:
    """An organisation of several words that opens on a portfolio noun ("Coopération et
    des Maliens à l'Extérieur"): a piece of a list of portfolios when it is one (checked by
    :func:`in_portfolio_list`), never a body's name ("Agence de coopération" opens on
    a body's head noun, not on a portfolio)."""
    return (
        m.type == "organisation"
        and len(words) > 1
        and f.t.key(words[0]) in f.words["portfolios"]
        and f.is_cap(words[0])
    )


def in_portfolio_list(f: Finder, i: int) -> bool:
    """Word i opens an element of a minister's list of portfolios: links before it ("de
    la", "des"), then, back to the minister's noun (and its nationality adjective), only
    other elements (capitalised words, portfolio words, adjectives) joined by a comma or
    "et"."""
    t = f.t
    x = i - 1
    for _ in range(_MAX_ELEMENTS):
        if not t.same_sentence(x, i) or t.key(x) not in _LINKS:
            return False
        while t.key(x) in _LINKS and t.same_sentence(x, i):
            x -= 1
        while country_of_adjective(t.key(x)) and not f.is_cap(x):
            x -= 1  # "le ministre jordanien des Affaires étrangères"
        if t.key(x) in _MINISTERS:
            return True
        if t.key(x) == "et":
            x -= 1
        elif "," not in t.gap(x + 1):
            return False
        n = 0
        while t.same_sentence(x, i) and t.key(x) not in _LINKS and _element_word(f, x):
            x, n = x - 1, n + 1
        if n == 0:
            return False
    return False


def _element_word(f: Finder, x: int) -> bool:
    """Word x may be inside one portfolio's name ("Affaires étrangères", "Intégration
    africaine", "Coopération internationale")."""
    return f.is_cap(x) or f.t.key(x) in f.words["portfolios"] or f.pos(x) == "ADJ"
