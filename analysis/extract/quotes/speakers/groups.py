"""People counted but not named ("plusieurs analystes", "des associations de défense des
libertés", "d'autres responsables iraniens"): as speakers, the group they form, named by
its words without the quantifier. A source noun ("des sources diplomatiques") and a bare vague
title ("des diplomates", "plusieurs officiers", "de hauts gradés") stay unnamed sources; a vague
title qualified ("d'autres responsables iraniens") or a commentator's ("plusieurs analystes")
names the group."""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.extract.quotes.speakers.base import Party, clean_name
from analysis.extract.quotes.words import VAGUE_TITLES

# vague titles of people who comment as a class, named as such ("selon plusieurs analystes");
# the other vague titles, bare, are unnamed sources ("des diplomates", "plusieurs officiers")
COMMENTATORS = frozenset(("analyste", "expert", "experte", "observateur", "observatrice"))

QUANTIFIERS = frozenset(
    "des de d' d’ plusieurs certains certaines quelques autres divers diverses nombreux "
    "nombreuses maints différents différentes".split()
)

if TYPE_CHECKING:  # the resolver imports these modules
    from analysis.extract.quotes.speakers.context import SpeakerContext
    from analysis.extract.quotes.speakers.naming import Phrase


def counted_group(res: SpeakerContext, ph: Phrase, category: str | None) -> Party:
    """The group a counted plural phrase doc[ph.i:ph.j] names, when its head is a noun of
    people or of bodies (``category`` of the head: "analystes", "responsables", "groupes");
    anonymous otherwise ("des sources", "des indiscrétions")."""
    if category not in ("group", "role", "organisation"):
        return ph.party(None, "anonymous")
    tv = res.token_view
    h = ph.head.i
    bare = all(tv.punct[x] for x in range(h + 1, ph.j))
    lemma = tv.lemma_low[h]
    if bare and lemma in VAGUE_TITLES and lemma not in COMMENTATORS:
        return ph.party(None, "anonymous")
    k = ph.i
    while k < ph.head.i and tv.low[k] in QUANTIFIERS:
        k += 1
    j = ph.j
    while j > k and (tv.punct[j - 1] or tv.pos[j - 1] in ("ADP", "DET", "CCONJ")):
        j -= 1
    name = clean_name(res.article.text[tv.idx[k] : tv.end[j - 1]])
    return Party(name or None, None, ph.start, ph.end, "noun", ph.gender, True)
