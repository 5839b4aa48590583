"""Descriptions of the world at large: no country.

"la communauté internationale", "les partenaires internationaux", "des observateurs
internationaux", "les médias internationaux": a group described by a common noun and the
adjective "international" stands for no single state. Without this rule such a group took
the country of the state acting around it (the one the international community was asked to
help or to judge).

A proper name is left alone ("Forum économique international" of one state's city, "Institut
international de ..." seated in one country): only a description whose first word is lower
case is read so. A name that also states a nationality or a country ("la communauté
internationale et les autorités maliennes") keeps it.
"""

from __future__ import annotations

from analysis.extract.actors.binational import binational
from analysis.extract.actors.finder import Finder
from analysis.extract.actors.regional import regional_body

_ADJECTIVES = frozenset({"international", "internationale", "internationaux", "internationales"})
_ARTICLES = frozenset({"la", "le", "l", "les", "des", "de", "d", "du", "une", "un"})
_STATE_KINDS = ("country", "capital", "noun", "adjective", "periphrase")


def worldwide(f: Finder, start: int, end: int) -> bool:
    """The words at [start, end) describe an international group (see the module)."""
    t = f.t
    words = t.words_in(start, end)
    keys = [t.key(k) for k in words]
    if not _ADJECTIVES.intersection(keys):
        return False
    first = next((k for k in words if t.key(k) not in _ARTICLES), None)
    if first is None or f.is_cap(first) or t.key(first) in _ADJECTIVES:
        return False  # a proper name, or the adjective alone
    if any(k in f.adj_end for k in words):
        return False  # a nationality: one state's
    return not any(k in f.gaz and f.gaz[k][1].kind in _STATE_KINDS for k in words)


# "chefs d'État", "chefs de gouvernement": the plural of a head names the members of a body
# of several states (a state has one head of state, one head of government)
_HEADS = frozenset({"chefs", "cheffes"})
_HEADED = (["d", "etat"], ["de", "gouvernement"])


def summit_body(f: Finder, start: int, end: int) -> bool:
    """ "la Conférence des chefs d'État et de gouvernement", "l'Autorité des chefs d'État":
    a body whose members are heads of states (plural) gathers several states, as the organ
    of a regional or international organisation does; it is none of its members'."""
    t = f.t
    keys = [t.key(k) for k in t.words_in(start, end)]
    return any(w in _HEADS and keys[n + 1 : n + 3] in _HEADED for n, w in enumerate(keys[:-2]))


def stateless(f: Finder, start: int, end: int) -> bool:
    """The name at [start, end) belongs to no single state: a body of a region several
    states share (:mod:`.regional`), an international group (:func:`worldwide`), a body
    of several states named by a compound nationality (:mod:`.binational`) or by the heads
    of states it gathers (:func:`summit_body`)."""
    return (
        regional_body(f, start, end)
        or worldwide(f, start, end)
        or binational(f, start, end)
        or summit_body(f, start, end)
    )
