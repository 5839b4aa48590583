"""Bodies named after a region that several states share.

"le Comité des pêches de l'Atlantique Sud", "le Conseil des archipels du Pacifique", "la
Banque de développement de l'Asie centrale": a body whose name has the head of a body states
form or join ("Commission", "Forum", "Communauté") and a region, sea or ocean shared by
several states, and names no state, capital nor nationality, belongs to no single country.
Without this, such a body took the country of the place where the sentence had it meet, or
of the first state acting around it.

A ministry, a government or a party is left out (a ministry "de l'Europe" is one state's):
their heads are not in ``regional_body_heads``.
"""

from __future__ import annotations

from analysis.extract.actors.finder import Finder
from analysis.extract.actors.vocab import vocab

_STATE_KINDS = ("country", "capital", "noun", "adjective", "periphrase")


def regional_body(f: Finder, start: int, end: int) -> bool:
    """The name at [start, end) is a regional body's (see the module docstring)."""
    t = f.t
    words = t.words_in(start, end)
    if len(words) < 3 or t.key(words[0]) not in vocab()["regional_body_heads"]:
        return False
    if any(k in f.adj_end for k in words):
        return False  # "l'Agence malienne du Sahel": one state's
    if any(k in f.gaz and f.gaz[k][1].kind in _STATE_KINDS for k in words):
        return False  # "le Comité du bassin du Tchad": a state is named
    regions = vocab()["supranational_regions"]
    keys = [t.key(k) for k in words]
    return any(
        " ".join(keys[a : a + n]) in regions
        for n in (1, 2, 3, 4, 5)
        for a in range(1, len(keys) - n + 1)
        if f.is_cap(words[a]) or f.is_cap(words[min(a + 1, len(keys) - 1)])
    )
