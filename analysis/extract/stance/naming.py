""" "Appeler" that names, not calls for (session 18): "ce qu'il appelle une provocation", "ce
que la presse a appelé « l'affaire des visas »".

Why: "appeler" is a demand verb ("appeler Y à la retenue", "appeler à un cessez-le-feu"),
and the demand rule read its object as what is demanded — a stance *for* the very thing the
speaker names with a word of blame ("les autorités dénoncent ce qu'elles appellent « des
manquements »": a wrong sign). The construction, whatever the words named: "appeler" in a
relative clause on "ce / celui / celle" or with a relative "que" of its own, and no "à"
complement (a call: "ce à quoi il appelle", "ce qu'il appelle à faire" keep the demand).
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.stance.state import State

_ANTECEDENTS = frozenset({"ce", "c'", "celui", "celle", "ceux", "celles"})
_RELATIVE = frozenset({"que", "qu'"})
_TO = frozenset({"à", "au", "aux"})


def names_it(st: State, t: Token) -> bool:
    """``t`` ("appeler") names its object in a relative clause, with no "à" complement."""
    low = st.low
    relative = (t.dep_ == "acl:relcl" and low[t.head.i] in _ANTECEDENTS) or any(
        low[ch.i] in _RELATIVE and ch.dep_ in ("obj", "mark") for ch in t.children
    )
    if not relative:
        return False
    for ch in t.children:
        if ch.i > t.i and (low[ch.i] in _TO or any(low[g.i] in _TO for g in ch.children)):
            return False  # "ce qu'il appelle à faire": a call
    return True
