"""The country of the body a title names as its complement ("la présidente de la
Confédération", "le porte-parole du ministère portugais des Affaires étrangères", "le
directeur du Kremlin"), so that a title referring back to a person prefers the person of that
country: after "la présidente Doris X et son homologue portugais Y", "a commenté la
présidente de la Confédération" is X (Swiss), not the last person named.

The complement's country is read from the gazetteer (a country name, people noun, adjective,
capital or institution with a country), else, for a bare official form of a state's name
("la Confédération", "le Royaume", "la République"), from the states of the article whose
names in the knowledge base start with that form (one such state only). None when the
complement names no country, or more than one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from analysis.extract.cues import fold
from analysis.extract.quotes.words import STATE_FORMS
from analysis.resources.gazetteer import article_words, countries, phrase_index

_PLACE_KINDS = frozenset(("country", "capital", "periphrase", "noun", "adjective"))
_STATE_FORMS = frozenset(fold(w) for w in STATE_FORMS)


def body_country(title: str, states: Iterable[str]) -> str | None:
    """ISO2 of the country the complement of ``title`` names ("de la Confédération" → the
    one state of ``states``, the article's, whose official name starts with "Confédération")."""
    m = re.search(r"(?:^|\s)(?:de|du|des|d')\s*(.+)$", title.replace("’", "'"), re.IGNORECASE)
    if m is None:
        return None
    rest = m.group(1).strip()
    found: set[str] = set()
    for _i, _j, hit in phrase_index().finditer(article_words(rest)):
        kind = getattr(hit, "kind", "")
        ref = getattr(hit, "ref", None)
        if kind in _PLACE_KINDS and isinstance(ref, str):
            found.add(ref)
        elif kind == "institution" and getattr(ref, "country", None):
            found.add(str(ref.country))  # type: ignore[union-attr]
    if not found:
        words = [w for w in re.findall(r"[\w-]+", fold(rest)) if w not in ("la", "le", "l")]
        if len(words) == 1 and words[0] in _STATE_FORMS:
            kb = countries()
            found = {
                c
                for c in set(states)
                if c in kb and any(fold(n).split()[0] == words[0] for n in kb[c].names)
            }
    return found.pop() if len(found) == 1 else None
