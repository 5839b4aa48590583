"""The demonstratives of the last one named: "ce dernier", "cette dernière", "celui-ci",
"celle-ci" (shared by the speakers' naming and the stance holders).

Why: French points back with them to the last noun phrase named, not to the last name. So
"X a reçu son homologue. Celui-ci a déclaré …" speaks of the counterpart (a person noun with
no name), never of X; reading the last actor named gave X, a wrong speaker or holder, where
no one is better. And "celui-ci" / "celle-ci" (three tokens for the parser) said nothing at
all, where "ce dernier" named the last actor.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from analysis.extract.quotes.speakers.base import Party

if TYPE_CHECKING:  # the resolver imports these modules
    from analysis.extract.quotes.speakers.context import SpeakerContext
    from analysis.extract.quotes.speakers.naming import Phrase

# the demonstrative words and the gender they give
_FORMS = {"cedernier": "m", "cettedernière": "f", "celui-ci": "m", "celle-ci": "f"}


def latter_form(low: list[str], i: int, j: int) -> str | None:
    """The gender of the demonstrative opening tokens [i, j) ("ce dernier", "celui-ci" in one
    or three tokens), or None when they are not one."""
    word = ""
    for k in range(i, min(i + 3, j)):
        word += low[k]
        if word in _FORMS:
            return _FORMS[word]
    return None


def last_named(res: SpeakerContext, at: int, gender: str) -> tuple[int, int, str] | None:
    """The last actor named before character ``at``, in its sentence or the one before
    (outside quotations, never a medium, a person of the same gender), unless a person noun
    without a name comes after it ("son homologue", "la ministre"): then None."""
    sent = res.article.sentence_at(at)
    floor = res.article.sentences[max(0, sent.id - 1)].start if sent is not None else 0
    for start, end, aid in reversed(res.mentions_in(floor, at)):
        kind = res.actor_type(aid)
        if res.in_quote(start) or kind == "media":
            continue
        if kind == "person" and res.person_gender(aid) not in (None, gender):
            continue
        if unnamed_person_between(res, end, at, gender):
            return None
        return start, end, aid
    return None


def unnamed_person_between(res: SpeakerContext, lo: int, hi: int, gender: str) -> bool:
    """A common noun of a person's role or kind ("homologue", "ministre", "émissaire"),
    of the demonstrative's gender, outside quotations, stands in characters [lo, hi)."""
    tv = res.token_view
    roles = res.c.roles
    for k in range(bisect.bisect_left(tv.idx, lo), len(tv.idx)):
        if tv.idx[k] >= hi:
            break
        if tv.pos[k] != "NOUN" or not (tv.low[k] in roles or tv.lemma_low[k] in roles):
            continue
        g = tv.morph(k, "Gender")
        if g and ("f" if g[0] == "Fem" else "m") != gender:
            continue
        if not res.in_quote(tv.idx[k]):
            return True
    return False


def latter_party(res: SpeakerContext, ph: Phrase) -> Party | None:
    """The party a demonstrative phrase ``ph`` of the speakers' naming stands for; an
    unknown party when no actor fits (see the module)."""
    gender = latter_form(res.token_view.low, ph.i, ph.j)
    if gender is None:
        return None
    found = last_named(res, ph.start, gender)
    if found is None:
        return ph.party(None, "unknown")
    return res.actor_party(found[2], ph.start, ph.end, None, False)
