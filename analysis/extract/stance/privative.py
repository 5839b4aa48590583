"""Privative nouns: a quality said to be lacking turns its sign — "le manque de « courage »
de Y" and "l'absence de bonne volonté de Y" reproach Y, "un déficit de confiance" is no
trust, "l'absence de violence" is praise. Why: the evaluative term is read alone
(:func:`~analysis.extract.stance.quote_words.term_polarity`), and a positive word under "manque
de" gave a stance for Y where the speaker blames Y.

The construction, whatever the words: a privative noun or adjective (``privative_nouns`` in
``stance_overtures.yaml``: manque, absence, défaut, carence, déficit, dépourvu, dénué …)
followed by "de" and the term, with at most a determiner, a quotation mark or an adverb
between ("le manque total de « sérieux »").
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.stance.state import State
from analysis.resources.datacache import derived

_GLUE = frozenset({"«", "»", '"', "“", "”", "le", "la", "les", "l'", "un", "une", "des", "du"})
_DE = frozenset({"de", "d'", "du", "des"})


@derived
def privative_nouns() -> frozenset[str]:
    """The ``privative_nouns`` of ``stance_overtures.yaml``."""
    return frozenset(norm(w) for w in load_lexicon("stance_overtures").get("privative_nouns") or [])


def deprived(st: State, t: Token) -> bool:
    """``t`` is what a privative noun says is lacking ("manque de « courage »")."""
    k = t.i - 1
    seen_de = False
    floor = max(0, t.i - 6)
    while k >= floor:
        low = st.low[k]
        if low in _DE:
            seen_de = True
        elif low in _GLUE or st.tv.pos[k] == "ADV":
            pass
        elif st.tv.pos[k] in ("NOUN", "ADJ", "VERB"):
            if not seen_de:
                return False
            if norm(st.tv.lemma[k]) in privative_nouns() or low in privative_nouns():
                return True
            if st.tv.pos[k] != "ADJ":
                return False  # "l'absence totale de": an adjective of the noun is skipped
        else:
            return False
        k -= 1
    return False
