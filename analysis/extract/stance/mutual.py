"""Whether an act's object is the parties' own shared thing: "X et Y ont rompu leurs
relations" (session 16, narr).

Why: a rupture verb with two subjects and no "avec" partner says nothing of whom each broke
with, unless its object is theirs together ("leurs relations", "leurs liens"): then each
broke with the other. Kept apart so that :mod:`analysis.extract.stance.acts` (at its size
limit) needs one import.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.stance.state import State

_THEIR = frozenset({"leurs", "leur"})


def theirs(st: State, obj: Token | None) -> bool:
    """``obj`` is determined by "leurs" / "leur" ("leurs relations diplomatiques")."""
    if obj is None:
        return False
    tv = st.tv
    return any(tv.dep[c] == "det" and st.low[c] in _THEIR for c in tv.children[obj.i])
