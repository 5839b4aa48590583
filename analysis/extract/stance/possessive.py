"""The object of a possessed stance noun: "son rejet de la proposition", "sa condamnation des
frappes", "leur soutien de la candidature de Y".

Why: after a stance noun the "de" complement usually names the holder ("le rejet du
Kenya"), so the noun rules skip it; once a possessive names the holder ("son", "sa",
"leur"), the "de" complement can only be the object. A bare "de" + noun without an article
is a qualifier, not an object ("son opposition de principe"): no target.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.stance.state import State

_ARTICLED_DE = frozenset({"du", "des"})
_BARE_DE = frozenset({"de", "d'", "d’"})
_QUOTES = frozenset({"«", '"', "“"})


def possessed_object(st: State, t: Token, sent: Span) -> tuple[int, Token] | None:
    """(index of the "de", head of its phrase) for a noun with a possessive determiner and a
    "de" complement right after it (its adjectives skipped), else None."""
    tv = st.tv
    if not any(tv.dep[c] == "det" and "Yes" in tv.morph(c, "Poss") for c in tv.children[t.i]):
        return None
    k = t.i + 1
    while k < sent.end and tv.pos[k] in ("ADJ", "ADV"):
        k += 1
    if k + 1 >= sent.end:
        return None
    low = st.low[k]
    if low in _ARTICLED_DE:
        m = k + 1
    elif low in _BARE_DE and tv.pos[k + 1] in ("DET", "PROPN"):
        m = k + 1
    else:
        return None
    while m < sent.end and (tv.pos[m] in ("DET", "ADJ", "NUM") or tv.text[m] in _QUOTES):
        m += 1  # "son rejet des « déclarations » de Y"
    if m >= sent.end or tv.pos[m] not in ("NOUN", "PROPN"):
        return None
    return k, tv.tokens[m]
