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


# "chargé d'affaires": the diplomat noun is "chargé", its title runs on to "affaires"
_CHARGE = frozenset({"chargé", "chargée", "chargés", "chargées"})


def past_title(st: State, k: int, sent: Span) -> int:
    """``k`` past "d'affaires" when the diplomat noun before it is "chargé": the title's
    own "de" is no complement (its "de"/"à" reading took "affaires à Y" for the post or
    the state, and a nationality adjective after "affaires" was missed)."""
    low = st.low
    if k - 1 >= sent.start and low[k - 1] in _CHARGE and k + 1 < sent.end:
        if low[k] in ("d'", "d’", "de") and low[k + 1] in ("affaires", "affaire"):
            return k + 2
    return k


def post_start(st: State, k: int, sent: Span) -> int:
    """The index of the preposition of the post after the diplomat noun's epithets (from
    ``k``, past the rest of a "chargé d'affaires") and one posting word or locution, else
    the first index past the epithets."""
    single, double = _posting()
    low, pos = st.low, st.tv.pos
    k = past_title(st, k, sent)
    while k < sent.end and pos[k] == "ADJ" and low[k] not in single:
        k += 1
    if k + 1 < sent.end and f"{low[k]} {low[k + 1]}" in double:
        return k + 2
    if k < sent.end and low[k] in single:
        return k + 1
    return k
