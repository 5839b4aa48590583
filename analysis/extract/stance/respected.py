"""A demand of respect: "appeler au respect de Y", "exiger le strict respect du cessez-le-feu".

Why: "respect" is a stance noun of its own ("son respect envers Y", read by the noun rules
when a "pour / envers / à l'égard de" complement follows), so the demand rule
(:func:`analysis.extract.stance.attitudes._demanded`) left it to them, as it leaves "appeler à
des sanctions contre Y" to the row against Y. With a "de" complement no noun rule reads it,
and the demand was lost: asking that Y be respected (a truce, an election's results, a
charter) is a stance for Y, and the demanded issue is the whole phrase with its
complement and the members coordinated with it ("le respect de la Constitution et des libertés
syndicales").
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.cues import norm
from analysis.extract.quotes.speakers import DE
from analysis.extract.stance.state import State

# the nouns of a demand that something be respected
_RESPECT = frozenset({"respect"})


def respect_asked(st: State, thing: Token) -> bool:
    """``thing`` is "respect" followed (past its adjectives) by a "de" complement: the
    demanded issue is what is to be respected."""
    if norm(thing.lemma_) not in _RESPECT and norm(thing.text) not in _RESPECT:
        return False
    k = thing.i + 1
    end = st.res.sent_end(thing.i)
    while k < end and st.tv.pos[k] == "ADJ":
        k += 1
    return k < end and st.low[k] in DE
