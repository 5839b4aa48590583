"""The nationality of a plural title set before a list of names, past its complement.

"deux ministres hongrois d'extrême droite, A et B", "des diplomates russes de haut rang,
A, B et C": the nationality adjective of the plural noun is the country of every name
apposed after the comma, also when a "de" complement ("d'extrême droite", "de haut rang",
"de premier plan") follows the adjective. The complement is short (at most four words), has
no capitalised word (no "de la France" that would be a country of its own) and no verb.
"""

from __future__ import annotations

from analysis.extract.actors.finder import Finder

_COMPLEMENT = 4  # words of a "de" complement after the adjective


def plural_adjective_before(f: Finder, i: int) -> str | None:
    """The country of a plural nationality adjective that ends right before word ``i``
    (the first word of an apposed list) or before a short "de" complement that does."""
    t = f.t
    for q in range(i, max(0, i - _COMPLEMENT - 1), -1):
        if q < i and (f.is_cap(q) or f.pos(q) in ("VERB", "AUX") or not t.same_sentence(q, i)):
            return None
        if q < i and t.key(q) not in ("de", "d"):
            continue  # inside the complement: look further back for its "de"
        first = f.adj_start.get(q - 1)
        if first is None or f.adj_end[first][0] != q or t.key(q - 1)[-1:] not in ("s", "x"):
            continue
        return f.adj_end[first][1]
    return None
