"""A news outlet whose name opens with a place is the outlet, not the place: "a indiqué Ostrie
News", "rapporte Valdor la 1ère", "selon Norland Info".

Why: the press names many outlets after a state, a city or a region followed by a word of the
trade (``media_name_ends`` in data/lexicons/quotes_speakers.yaml: news, info, TV, la 1ère,
matin, today …). The actors table links the first word to the state or city, and the naming
rules then gave the outlet's words to that state (a wrong speaker, and a wrong stance holder
downstream). A speaker phrase made of capitalised names and ending with such a word (possibly
continued right after the phrase, "la 1ère") is named as a whole: the outlet actor of that
name when the article has one, else the phrase itself. A phrase whose only name is the trade
word ("Le Soir", "la radio") or with a lower-case content word inside ("le ministre de
l'information") is left to the other rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.extract.cues import fold
from analysis.extract.quotes.speakers.base import Party
from analysis.extract.quotes.words import MEDIA_NAME_ENDS

if TYPE_CHECKING:  # the resolver imports these modules
    from analysis.document.tokens import TokenView
    from analysis.extract.quotes.speakers.context import SpeakerContext
    from analysis.extract.quotes.speakers.naming import Phrase

_ARTICLES = frozenset(("la", "le", "l'", "l’"))


def _trade_word(tv: TokenView, k: int) -> bool:
    return fold(tv.text[k]) in MEDIA_NAME_ENDS


def _tail_end(tv: TokenView, j: int, hi: int) -> int:
    """Index after the trade words that go on right after the phrase ("Valdor | la 1ère"):
    an optional article then trade words; j itself when none."""
    k = j
    if k < hi and tv.low[k] in _ARTICLES and k + 1 < hi and _trade_word(tv, k + 1):
        k += 1
    end = j
    while k < hi and _trade_word(tv, k) and not tv.punct[k]:
        k += 1
        end = k
    return end


def placed_medium(res: SpeakerContext, ph: Phrase) -> Party | None:
    """The outlet named by doc[ph.i:ph.j] (and trade words just after it), or None."""
    tv = res.token_view
    i, j = ph.i, ph.j
    if j - i > 6 or not tv.text[i][:1].isupper() or tv.pos[i] not in ("PROPN", "NOUN", "X"):
        return None
    _lo, hi = res.sent_bounds(ph.head)
    j2 = _tail_end(tv, j, hi)
    k = j2 - 1
    if not _trade_word(tv, k):
        return None
    while k > i and (_trade_word(tv, k - 1) or tv.low[k - 1] in _ARTICLES):
        k -= 1
    if k == i:
        return None  # the trade word alone ("Matin", "Info") names no place-led outlet
    for m in range(i, k):
        if not tv.text[m][:1].isupper() and tv.text[m] not in ("-", "'", "’"):
            return None  # "Ostrie, le ministre de l'information": not an outlet's name
    name = res.article.text[tv.idx[i] : tv.end[j2 - 1]]
    aid = res.linked_actor(name)
    if aid is not None and res.actor_type(aid) not in ("media", "organisation", "company"):
        aid = None
    if aid is not None:
        return res.actor_party(aid, ph.start, tv.end[j2 - 1], None, False)
    return Party(name, None, ph.start, tv.end[j2 - 1], "name")
