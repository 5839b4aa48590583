""" "Son pays", "leur pays" as a speaker: the state of the possessor, the person (or the
office holder with a nationality: "une diplomate israélienne") named last before it.

"Un diplomate a été reconduit à la porte. Son pays dénonce un « affront »": the words are
the state's whose national was named; the tool otherwise names nobody ("pays" alone is no
actor). Only the exact two-word phrase counts (a determiner of the third person and "pays");
the possessor is looked for in the phrase's sentence and the two before, outside quotations:
the first person mention with a country, or a role noun qualified by a nationality adjective.
The state is the article's state actor of that country; none, no party."""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.extract.quotes.speakers.base import Party
from analysis.resources.gazetteer import country_of_adjective

if TYPE_CHECKING:  # the resolver imports these modules
    from analysis.extract.quotes.speakers.context import SpeakerContext
    from analysis.extract.quotes.speakers.naming import Phrase

POSSESSIVES = frozenset(("son", "sa", "leur"))
COUNTRY_NOUNS = frozenset(("pays", "patrie", "nation"))


def possessed_country(res: SpeakerContext, ph: Phrase) -> Party | None:
    """The state a "son pays" phrase doc[ph.i:ph.j] designates, or None."""
    tv = res.token_view
    if ph.j - ph.i != 2 or tv.low[ph.i] not in POSSESSIVES or tv.low[ph.i + 1] not in COUNTRY_NOUNS:
        return None
    code = _possessor_country(res, ph.i)
    if code is None:
        return None
    for aid, row in res.actors.items():
        if str(row.get("type") or "") == "state" and str(row.get("country") or "") == code:
            return Party(res.actor_name(aid), aid, ph.start, ph.end, "actor", None, False)
    return None


def _possessor_country(res: SpeakerContext, i: int) -> str | None:
    """The country of the last person (or national office holder) named before token i."""
    tv = res.token_view
    s0 = res.sent_start(i)
    floor = s0
    for _ in range(2):
        if floor > 0:
            floor = res.sent_start(floor - 1)
    persons = {s: aid for s, _e, aid in res.mentions_in(tv.idx[floor], tv.idx[i])}
    for k in range(i - 1, floor - 1, -1):
        if res.in_quote(tv.idx[k]):
            continue
        aid = persons.get(tv.idx[k])
        if aid is not None and res.actor_type(aid) == "person":
            code = str(res.actors.get(aid, {}).get("country") or "")
            if code:
                return code
        if tv.pos[k] == "ADJ" and k > floor and tv.lemma_low[k - 1] in res.c.roles:
            code = country_of_adjective(tv.text[k])
            if code:
                return code
    return None
