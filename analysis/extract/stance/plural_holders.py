"""Holders named by a bare plural title or side noun, with no "deux": "les chefs d'État ont
souligné ...", "les présidents de X, A, et de Y, B, ont signé ...", "chacun des camps se
rejette la responsabilité ...".

Why (session 23): :func:`analysis.extract.stance.collective.collective_holder` reads a pair
noun only after "les deux"; a definite plural title or side noun stands for the same pair
when a report has just named the two sides, and the row was otherwise left to a holder that
names no one ("Chefs d'État", "camps"), which no reader can use. Only two kinds of nouns:
titles (``plural_pair_titles``): the two persons the subject itself names, else the
two persons named last; sides (``side_nouns``): the two states named last, else the two the
headline names. Never a guess between more: fewer than two gives nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.cues import norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.collective import (
    headline_pair,
    last_two,
    last_two_persons,
    words_key,
)
from analysis.extract.stance.state import State

# the words before a definite plural ("les chefs d'État", "chacun des camps", "les deux
# camps" when the pair reading found no two of a kind)
_DEFINITE = frozenset({"les", "des", "deux"})


def plural_holder(st: State, holder: Party, lo: int, hi: int, cue: int) -> list[Party]:
    """The two parties a holder named only by a definite plural title or side noun stands for,
    read at its first occurrence between tokens ``lo`` and ``hi``; the persons a title phrase
    names are read up to the cue (token ``cue``); [] when the holder is no such noun or two
    parties are not found."""
    if holder.actor_id or not holder.name:
        return []
    words = norm(holder.name).split()
    if not words:
        return []
    for k in range(max(lo, 1), hi):
        if st.low[k] != words[0] or st.low[k - 1] not in _DEFINITE:
            continue
        head = st.doc[k]
        if "Plur" not in head.morph.get("Number") or st.res.in_quote(head.idx):
            return []
        if _is_side(st, head):
            pair = _sides(st, head)
        else:
            pair = _titled(st, head, max(cue, k + 1)) if _is_title(st, holder) else []
        return pair if len(pair) == 2 else []
    return []


def _is_side(st: State, head: Token) -> bool:
    """``head`` names the sides of a dispute ("camps")."""
    return norm(head.text) in st.words.side_nouns


def _is_title(st: State, holder: Party) -> bool:
    """The holder is a plural title and nothing else (``plural_pair_titles``: "chefs
    d'État", "présidents"; not "chefs d'entreprise")."""
    return " ".join(norm(holder.name or "").split()) in st.words.plural_pair_titles


def _sides(st: State, head: Token) -> list[Party]:
    """The two states the headline names, else the two named last before ``head``: a report
    on a dispute names its two sides in its headline, and a third state (a mediator, a
    summit's host) is often named between."""
    seen = headline_pair(st, ("state",)) or _headline_between(st)
    if len(seen) < 2:
        seen = last_two(st, head, True, False, None, False)
    return [_party(st, a, head) for a in seen] if len(seen) == 2 else []


def _headline_between(st: State) -> list[str]:
    """The two states a headline sets against each other with "entre" ("... les affrontements
    entre X et Y"), when it names a third (a mediator, a summit's host) elsewhere."""
    title = norm(st.article.title or "")
    k = title.rfind(" entre ")
    if k < 0:
        return []
    tail = f" {words_key(title[k + 7 :])} "
    found = []
    for aid in st.res.actors:
        if st.res.actor_type(aid) != "state":
            continue
        if any(n and f" {n} " in tail for n in {words_key(a) for a in st.res.aliases(aid)}):
            found.append(aid)
    return found if len(found) == 2 else []


def _titled(st: State, head: Token, cue: int) -> list[Party]:
    """The two persons the phrase itself names after ``head`` before the cue (token ``cue``:
    "les présidents de X, A, et de Y, B, ont signé"), else the two named last before it."""
    end = st.doc[cue].idx
    after: list[str] = []
    for start, _end, aid in st.res.mentions_in(head.idx + len(head), end):
        if st.res.actor_type(aid) == "person" and aid not in after and not st.res.in_quote(start):
            after.append(aid)
    if len(after) == 2:
        return [_party(st, a, head) for a in after]
    if after:
        return []  # one or three named in the sentence itself: no guess
    return last_two_persons(st, head, lambda _aid: True)


def _party(st: State, aid: str, head: Token) -> Party:
    """Actor ``aid`` as a holder read at ``head``."""
    return Party(st.res.actor_name(aid), aid, head.idx, head.idx + len(head), "actor")
