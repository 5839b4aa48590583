"""Harms with an author and a victim: "condamner l'agression de X contre Y", "dénoncer
l'invasion de X contre Y".

Why: a harm noun's "de" complement is its victim when it stands alone ("l'agression de Y",
"l'invasion de Y": the one attacked, ``harm_nouns``), but once a "contre" complement names
the victim, the "de" complement can only be the author ("l'agression de X contre Y": X
attacks Y). Read as a victim, X took the condemner's support and Y its opposition: both
signs reversed. Such a harm is read like an attack noun (``attack_nouns``: "de" the author,
"contre" the victim) by :func:`analysis.extract.stance.lexical._attack`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import norm
from analysis.extract.quotes.speakers import DE
from analysis.extract.stance.state import State

# what ends the "de" complement before a "contre" could still be the harm's
_STOPS = frozenset({",", ";", ":", ".", "«", "»", '"', "qui", "que", "qu'", "dont", "et", "ou"})


def authored_harm(st: State, obj: Token, sent: Span) -> bool:
    """``obj`` is a harm noun with a "de X" complement followed by "contre Y" (see the
    module)."""
    if norm(obj.lemma_) not in st.c.harm_nouns and norm(obj.text) not in st.c.harm_nouns:
        return False
    tv, low = st.tv, st.low
    k = obj.i + 1
    while k < sent.end and tv.pos[k] == "ADJ":
        k += 1
    if k >= sent.end or low[k] not in DE:
        return False
    for m in range(k + 2, min(sent.end, k + 10)):
        if low[m] == "contre" and tv.pos[m] == "ADP":
            return True
        if low[m] in _STOPS or tv.pos[m] in ("VERB", "AUX"):
            return False
    return False
