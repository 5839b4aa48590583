"""The object "que" of a relative clause stands for the noun phrase before it: "X a critiqué
Y, qu'il accuse de soutenir Z" (Y is accused; Y supports Z), "la décision, que X a
approuvée". The parser often reads such a "que" as a conjunction and the clause as a
complement of the main verb; read on the words: "que"/"qu'" right after a noun phrase
(past one comma) that no preposition introduces, then the clause's own subject, then the
verb.

Why a module of its own: both the target rules (:func:`analysis.extract.stance.targets.object_of`)
and the holder rules (object control, :mod:`analysis.extract.stance.holders`) ask it, and it
depends on nothing but the token view.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.stance.state import State

_QUE = frozenset({"que", "qu'", "qu’"})
# words of a noun phrase between its head and a relative "que"
_NP_INNER = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def relative_object(st: State, verb: Token) -> Token | None:
    """The head of the noun phrase a relative "que" object of ``verb`` stands for, or None."""
    tv, low = st.tv, st.low
    v = verb.i
    subj = [c for c in tv.children[v] if tv.dep[c] in ("nsubj", "nsubj:pass") and c < v]
    if not subj:
        return None
    q = min(subj) - 1
    if q < 1 or low[q] not in _QUE:
        return None
    k = q - 1
    if low[k] == ",":
        k -= 1
    if k < 0 or tv.pos[k] not in ("NOUN", "PROPN") or low[k - 1 if k else 0] == "ce":
        return None
    head = k
    start = k
    while start - 1 >= 0 and tv.pos[start - 1] in _NP_INNER and low[start - 1] not in _QUE:
        start -= 1
    if start - 1 >= 0 and tv.pos[start - 1] == "ADP":
        return None  # "a dit aux journalistes qu'il ...": a complement, not an antecedent
    while head - 1 >= start and tv.pos[head] == "PROPN" and tv.pos[head - 1] == "PROPN":
        head -= 1  # a name of several words: its first word
    return tv.tokens[head]
