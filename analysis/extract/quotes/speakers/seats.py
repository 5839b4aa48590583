"""The impersonal "on" of an incise speaks for the place or the source after it: "…,
indique-t-on à <capital>", "…, explique-t-on au Quai d'Orsay", "…, a-t-on appris auprès de la
présidence".

Why: French news reports the word of a government without a name by the clitic "on" and the
seat it speaks from ("on" is the people of that seat: "indique-t-on à Berne" is the Swiss
government's word), or by the source the reporter asked ("a-t-on appris auprès de X": X told
it). Without this rule the clitic names nobody and the quotation stays without a speaker. A
capital stands for its state when that state is an actor of the article; a seat of power
(the Quai d'Orsay, a presidential palace) is the institution actor it names; a town that is
neither names no one ("…, dit-on à Ostrava" is hearsay in the town).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.extract.quotes.speakers.base import Party
from analysis.resources.gazetteer import capital_index, norm_key

if TYPE_CHECKING:  # the resolver imports these modules
    from analysis.extract.quotes.speakers.context import SpeakerContext

# "à Berne", "au Quai d'Orsay", "à l'Élysée", "dans les couloirs de …" are not read: only the
# preposition right after the verb group names the seat
_SEAT_PREPOSITIONS = frozenset(("à", "au", "aux"))
# "auprès de X", "auprès du X", "auprès des X": the source the reporter asked
_SOURCE_OPENERS = frozenset(("auprès",))
_DE = frozenset(("de", "du", "des", "d'"))
_PLACE_TYPES = frozenset(("", "place", "city"))
# the tokens of the inverted clitic the tokenizer may leave after the verb
_CLITIC_PARTS = frozenset(("-t", "-on", "-t-on", "t", "on"))


def seat_voice(res: SpeakerContext, k: int, hi: int) -> Party | None:
    """The speaker an impersonal "on" stands for, from the phrase at token k (right after
    the incise verb group): "auprès de X" gives X when X is identified; "à/au X" gives the
    actor X names (an institution, a state), or the state of capital X when that state is
    an actor of the article. None otherwise (the document rules decide)."""
    tv = res.token_view
    while k < hi and tv.low[k] in _CLITIC_PARTS:  # "indique-t-on à …": past the clitic
        k += 1
    if k >= hi:
        return None
    w = tv.low[k]
    if w in _SOURCE_OPENERS and k + 1 < hi and tv.low[k + 1] in _DE:
        rng = res.np_after(k + 1, hi)
        p = res.party(*rng) if rng else None
        return p if p is not None and p.identified and p.kind != "pronoun" else None
    if w not in _SEAT_PREPOSITIONS:
        return None
    rng = res.np_after(k + 1, hi)
    if not rng:
        return None
    p = res.party(*rng)
    if p.actor_id is not None and res.actor_type(p.actor_id) not in _PLACE_TYPES:
        return p
    return _capital_state(res, rng, p)


def _capital_state(res: SpeakerContext, rng: tuple[int, int], p: Party) -> Party | None:
    """The state actor whose capital the phrase names ("à Berne": Switzerland)."""
    name = res.article.text[p.start : p.end] if p.end > p.start else ""
    iso = capital_index().get(norm_key(name.strip()))
    if not iso:
        return None
    for aid, row in res.actors.items():
        if row.get("type") == "state" and row.get("country") == iso:
            return res.actor_party(aid, p.start, p.end, None, False)
    return None
