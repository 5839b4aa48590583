"""A state's diplomatic mission as an actor: "l'ambassade de X a démenti", "selon le consulat
du Y", "l'ambassade russe a publié un communiqué".

An embassy, a consulate, a nunciature or a legation that acts or speaks is an organisation of
the state that sends it. The collective rules (:mod:`.collectives`) decide whether the phrase
acts; this module says when a mission phrase may be read at all:

* it states its sending state right after its head, by a "de" complement naming a country
  ("de Norvège", "du Pérou", "d'Irlande") or by a nationality adjective ("russe"): "l'ambassade
  à Accra" names only where it stands, the posting, never whose it is;
* it heads its own phrase: "le déménagement de l'ambassade", "des membres de l'ambassade"
  make it a complement of another noun — a building moved, a staff — not the speaker.
"""

from __future__ import annotations

from analysis.extract.actors.finder import Finder

MISSION_HEADS = frozenset(("ambassade", "consulat", "nonciature", "legation", "légation"))
_OF = frozenset(("de", "du", "d", "des"))
_ARTICLES = frozenset(("la", "l", "le", "les"))


def mission_phrase(f: Finder, left: int, i: int) -> bool:
    """The mission noun at word ``i`` (its phrase starting at word ``left``) names its
    sending state and is no complement of another noun (see the module docstring)."""
    t = f.t
    b = left
    if t.key(b) not in _ARTICLES and t.key(b - 1) in _ARTICLES and not f.punct_before(b):
        b -= 1  # the phrase may start after its article
    if t.key(b - 1) in _OF and not f.punct_before(b):
        return False  # "le déménagement de l'ambassade ...": a complement
    k = i + 1
    if k in f.adj_end:
        return True  # "l'ambassade russe"
    if t.key(k) not in _OF or f.punct_before(k):
        return False
    k += 1
    if t.key(k) in _ARTICLES and not f.punct_before(k):
        k += 1
    hit = f.gaz.get(k)
    return hit is not None and hit[1].kind == "country"
