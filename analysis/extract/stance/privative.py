"""Privative nouns: a quality said to be lacking turns its sign — "le manque de « courage »
de Y" and "l'absence de bonne volonté de Y" reproach Y, "un déficit de confiance" is no
trust, "l'absence de violence" is praise; a quality taken away is lacking too ("retirer sa
« confiance » à Y", "perdre toute confiance en Y"). Why: the evaluative term is read alone
(:func:`~analysis.extract.stance.quote_words.term_polarity`), and a positive word under "manque
de" gave a stance for Y where the speaker blames Y.

The construction, whatever the words: a privative noun or adjective (``privative_nouns`` in
``stance_overtures.yaml``: manque, absence, défaut, carence, déficit, dépourvu, dénué …)
followed by "de" and the term, with at most a determiner, a quotation mark or an adverb
between ("le manque total de « sérieux »"); or a withdrawing verb (``withdrawing_verbs``:
retirer, perdre, suspendre …) whose object the term is, with at most a determiner, a
possessive or a quotation mark between ("retirer sa « confiance »": a positive word read
alone gave the speaker's support where the words take it back).
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.stance.state import State
from analysis.resources.datacache import derived

_GLUE = frozenset({"«", "»", '"', "“", "”", "le", "la", "les", "l'", "un", "une", "des", "du"})
_DE = frozenset({"de", "d'", "du", "des"})
# the determiners between a withdrawing verb and its object ("retirer sa confiance")
_OBJECT_DETS = frozenset(
    {"sa", "son", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "toute", "tout"}
)


@derived
def privative_nouns() -> frozenset[str]:
    """The ``privative_nouns`` of ``stance_overtures.yaml``."""
    return frozenset(norm(w) for w in load_lexicon("stance_overtures").get("privative_nouns") or [])


@derived
def withdrawing_verbs() -> frozenset[str]:
    """The ``withdrawing_verbs`` of ``stance_overtures.yaml``."""
    lex = load_lexicon("stance_overtures")
    return frozenset(norm(w) for w in lex.get("withdrawing_verbs") or [])


def withdrawn(st: State, t: Token) -> bool:
    """``t`` is the object a withdrawing verb takes away ("retirer sa « confiance » à Y"),
    read linearly: the verb right before it, past determiners and quotation marks."""
    k = t.i - 1
    while k >= max(0, t.i - 4) and (st.low[k] in _GLUE or st.low[k] in _OBJECT_DETS):
        k -= 1
    if k < 0 or st.tv.pos[k] != "VERB":
        return False
    return norm(st.tv.lemma[k]) in withdrawing_verbs()


def deprived(st: State, t: Token) -> bool:
    """``t`` is what a privative noun says is lacking ("manque de « courage »"), or what a
    withdrawing verb takes away (:func:`withdrawn`)."""
    if withdrawn(st, t):
        return True
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
