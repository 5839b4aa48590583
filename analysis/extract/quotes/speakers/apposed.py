"""A person named in a title's complement gives way to the name set in apposition.

Why: in "L'émissaire de X, Y, a déclaré : « … »" or "Le vice-ministre et envoyé de X au
Sahel, Y, a lancé …", the title's complement names whom the office serves (X), and the name
after the comma names who holds it (Y), the speaker. Both are person names inside the
subject phrase, and the naming rule (:meth:`Naming._best_name`) took the first in the
text, so the quotation went to the principal instead of the envoy. French sets the holder's
name in apposition after the whole title, between commas; a name right after "de" (after
role words or adjectives of the complement's own title, if any) is a complement. So is a
name after a preposition of the post ("Le consul à Valdor, Li Ming, a déclaré", "l'envoyée
au Nordland, Ana Lopes"): a town the gazetteer lacks, tagged as a person, is the seat."""

from __future__ import annotations

import bisect

from analysis.document.tokens import TokenView
from analysis.extract.quotes.words import DE, POST_PREPOSITIONS

# what may stand between "de" and the name of the complement ("du président X", "de l'ex-
# ministre X"): determiners and adjectives; role nouns are tested by the caller's lexicon
_BETWEEN = frozenset(("DET", "ADJ"))


def apposed_holder(
    tv: TokenView,
    cands: list[tuple[str, int, str, str | None]],
    roles: frozenset[str],
) -> tuple[str, int, str, str | None] | None:
    """The person candidate set in apposition after a comma when the first candidate (in
    the naming order) is a person named in a "de" or a post complement before it; else
    None."""
    if not cands or cands[0][0] != "person" or not _in_de_complement(tv, cands[0][1], roles):
        return None
    first = cands[0][1]
    for cand in cands[1:]:
        if cand[0] != "person" or cand[1] <= first:
            continue
        k = bisect.bisect_left(tv.idx, cand[1])
        if 0 < k < len(tv.idx) and tv.idx[k] == cand[1] and tv.text[k - 1] == ",":
            return cand
    return None


def _in_de_complement(tv: TokenView, offset: int, roles: frozenset[str]) -> bool:
    """The name starting at character ``offset`` follows "de" / "du" / "d'", with only
    determiners, adjectives and role nouns between ("de X", "du président X"), or a
    preposition of the post right after the title ("à X", "au Y")."""
    k = bisect.bisect_left(tv.idx, offset)
    if k >= len(tv.idx) or tv.idx[k] != offset:
        return False
    if k >= 2 and tv.low[k - 1] in POST_PREPOSITIONS and tv.pos[k - 2] == "NOUN":
        return True
    j = k - 1
    while j >= 0 and (tv.pos[j] in _BETWEEN or tv.low[j] in roles) and tv.low[j] not in DE:
        j -= 1
    return j >= 0 and tv.low[j].replace("’", "'") in DE
