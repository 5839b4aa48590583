"""Who says it, who holds it: noun phrases around cue words turned into named parties.

Quotes and stances both need the same thing: from a token (a subject, a "par" agent, the
noun phrase after "selon"), find the noun phrase, decide whether it designates an identifiable
speaker, name it and link it to the actor table. spaCy's French parse is often wrong on long
appositions and inverted subjects, so the noun phrase is rebuilt linearly around the parser's
anchor, and the name is chosen by priority: an actor mention on the head, a person mention, an
organisation, an entity, a proper name, a demonym, a speaker noun from the lexicon. Anything
else ("les parties", "le texte") is *not* a speaker: the caller then marks it unattributed
rather than guessing. Pronouns ("a-t-elle expliqué", "selon lui") are resolved to the nearest
compatible subject, person mention or previous speaker.

Every lookup is a bisect over sorted offsets, so a whole article costs O(n log n).

The rules that name one kind of phrase ("l'ambassade de X", "ce dernier", "son pays") are
plug-ins, module-level functions given the resolver; they read it only through the public
members :mod:`.context` lists (:class:`~.context.SpeakerContext`), never its private names.
"""

from __future__ import annotations

from analysis.extract.quotes.speakers.actor_lookup import ActorLookup
from analysis.extract.quotes.speakers.base import Party, ResolverBase, clean_name, syntax
from analysis.extract.quotes.speakers.chunking import NounPhrases
from analysis.extract.quotes.speakers.context import SpeakerContext
from analysis.extract.quotes.speakers.coordination import Coordination
from analysis.extract.quotes.speakers.coreference import Coreference
from analysis.extract.quotes.speakers.gender import Gender
from analysis.extract.quotes.speakers.naming import PREFERENCE, Naming
from analysis.extract.quotes.speakers.phrase_parts import PhraseParts
from analysis.extract.quotes.speakers.subjects import Subjects
from analysis.extract.quotes.words import (
    CASE_PREPS,
    DE,
    FIRST_SECOND_PERSON,
    INDEFINITE,
    PRONOUNS,
    QUANTITY_HEADS,
    STOP_WORDS,
    TWO_WORD_CLASSES,
)


class Resolver(
    NounPhrases,
    Coordination,
    Naming,
    ActorLookup,
    PhraseParts,
    Subjects,
    Coreference,
    Gender,
    ResolverBase,
):
    """Noun phrases → :class:`Party`, with the actor table and a little coreference.

    One object per step and article; its rules live by concept in the modules of this package
    (:mod:`.chunking`, :mod:`.coordination`, :mod:`.naming`, :mod:`.actor_lookup`,
    :mod:`.phrase_parts`, :mod:`.subjects`,
    :mod:`.coreference`), its index and lookups in :mod:`.base`; what its plug-ins may read of
    it, in :mod:`.context`.
    """


__all__ = [
    "CASE_PREPS",
    "DE",
    "FIRST_SECOND_PERSON",
    "INDEFINITE",
    "PREFERENCE",
    "PRONOUNS",
    "QUANTITY_HEADS",
    "STOP_WORDS",
    "TWO_WORD_CLASSES",
    "Party",
    "Resolver",
    "ResolverBase",
    "SpeakerContext",
    "clean_name",
    "syntax",
]
