"""A body's press office as a speaker is the body: "a indiqué le service de presse du
Kremlin", "selon la cellule de communication du ministère", "précise le bureau de presse de
la présidence X".

Why: a press office (service de presse, cellule de communication, bureau de presse, direction
de la communication …, ``press_offices`` in data/lexicons/quotes_speakers.yaml) has no voice
of its own: it speaks for the body named after "de", as a communiqué does for its issuer
(:meth:`Naming._issued_document`). The tool named the press office itself, an actor of
no one, or nobody at all when the body was a bare "du ministère" pointing back. The body
after "de" is named by the ordinary rules (a knowledge-base institution, "la présidence
algérienne", a bare "le ministère" after the ministry was named); a press office whose body
is no actor ("le service de presse", "la cellule de communication d'un parti") is left to
the other rules, unless it is a diplomatic mission: "le bureau de presse du consulat
valdorien à Lyon" speaks as that mission even when no actor bears its
name, never as the host the other rules took (session 26)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from analysis.extract.cues import fold, norm
from analysis.extract.quotes.speakers.base import Party
from analysis.extract.quotes.words import DE, MISSION_NOUNS, PRESS_OFFICE_FIRSTS, PRESS_OFFICES

if TYPE_CHECKING:  # the resolver imports these modules
    from analysis.extract.quotes.speakers.context import SpeakerContext
    from analysis.extract.quotes.speakers.naming import Phrase

_LONGEST = 5


@functools.lru_cache(maxsize=1 << 14)
def _key(word: str) -> tuple[str, ...]:
    """The folded words of a token (memoised: every phrase named asks about its head)."""
    return tuple(re.findall(r"\w+", fold(word)))


def press_office_voice(res: SpeakerContext, ph: Phrase) -> Party | None:
    """The body a press-office phrase doc[ph.i:ph.j] speaks for, or None."""
    tv = res.token_view
    h = ph.head.i
    if not (ph.i <= h < ph.j) or not PRESS_OFFICES:
        return None
    words: list[str] = []
    end = None
    for k in range(h, min(ph.j, h + _LONGEST)):
        words += _key(tv.low[k])
        if words and words[0] not in PRESS_OFFICE_FIRSTS:
            return None  # the head starts no press office: the phrase names none
        if tuple(words) in PRESS_OFFICES:
            end = k + 1
    if end is None or end >= ph.j - 1 or tv.low[end] not in DE:
        return None
    body = res.party(end + 1, ph.j)
    if body.actor_id is None and ph.j - end == 2:
        # "du ministère": a bare body noun after the contracted article has no determiner of
        # its own; it is the body of that noun named before ("le ministère" would be)
        aid = res.institution_antecedent(tv.idx[end + 1], tv.text[end + 1])
        if aid is not None:
            return res.actor_party(aid, ph.start, ph.end, None, ph.plural)
    if body.actor_id is None and body.identified and _mission_head(tv, end + 1, ph.j):
        return body  # "le bureau de presse du consulat valdorien à Lyon": the consulate
    return body if body.actor_id is not None else None


def _mission_head(tv, a: int, b: int) -> bool:
    """The body doc[a:b] after the press office is headed by a mission noun ("l'ambassade
    de X à Y", "la représentation valdorienne"): it speaks as the mission, named by
    :func:`.missions.mission_voice` even when the article has no actor of that name — never
    as its host, the last place of the phrase."""
    k = a + 1 if a < b and tv.pos[a] == "DET" else a
    return k < b and norm(tv.low[k]) in MISSION_NOUNS
