"""The place of a diplomat's post past the words that say the posting (session 15, narr2):
"X a rappelé les ambassadeurs accrédités en Y", "son ambassadrice basée à Y", "son
ambassadeur en poste à Y", "son ambassadeur accrédité auprès de Y" (``stance_acts.yaml``,
``posting_words``).

Why: :func:`analysis.extract.stance.diplomatic_acts.diplomat_state` reads the "en / à / de"
complement right after the diplomat noun and its epithets; a participle or "en poste" in
between hid the post, and with it the state the recall is against.
"""

from __future__ import annotations

from spacy.tokens import Span

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.stance.state import State
from analysis.resources.datacache import derived


@derived
def _posting() -> tuple[frozenset[str], frozenset[str]]:
    """The ``posting_words`` of ``stance_acts.yaml``: single words, two-word locutions."""
    words = [norm(w) for w in load_lexicon("stance_acts").get("posting_words") or []]
    return frozenset(w for w in words if " " not in w), frozenset(w for w in words if " " in w)


def post_start(st: State, k: int, sent: Span) -> int:
    """The index of the preposition of the post after the diplomat noun's epithets (from
    ``k``) and one posting word or locution, else the first index past the epithets."""
    single, double = _posting()
    low, pos = st.low, st.tv.pos
    while k < sent.end and pos[k] == "ADJ" and low[k] not in single:
        k += 1
    if k + 1 < sent.end and f"{low[k]} {low[k + 1]}" in double:
        return k + 2
    if k < sent.end and low[k] in single:
        return k + 1
    return k
