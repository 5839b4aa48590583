"""What a speaker plug-in may rely on: the :class:`SpeakerContext` the resolver gives it.

A plug-in is a module-level function of this package that decides, for one noun phrase, who
speaks ("l'ambassade de X en Y": X, :mod:`.missions`; "ce dernier": the last person named,
:mod:`.latter`; "son pays": the possessor's state, :mod:`.possessive`; …). It is called by the
:class:`~analysis.extract.quotes.speakers.Resolver` with the resolver itself as first argument
(``res``) and, for most, the :class:`~analysis.extract.quotes.speakers.naming.Phrase` being
named (``ph``).

Why a declared interface: the plug-ins once read the resolver's private names (``_tv``,
``_actor_party``, ``_recent_person``, …), so renaming a detail of the resolver broke a plug-in
in another module with nothing to say it was used there. A plug-in now reads ONLY the members
listed in :class:`SpeakerContext` (a test checks that no plug-in touches a ``_name`` of
another object, and that the resolver has every member); anything else of the resolver is
its own business and may change without notice. A plug-in that needs more adds a public,
documented member to the resolver and to this protocol, in the same commit.

What a plug-in may rely on, in short:

* the article (:attr:`SpeakerContext.article`: text, sentences), the Doc's token view
  (:attr:`SpeakerContext.token_view`: token lists by index), the cue lexicons
  (:attr:`SpeakerContext.c`) and the actor table by id (:attr:`SpeakerContext.actors`), all
  read-only;
* lookups by offset: the actor mentions and entities in a span, the sentence bounds of a token,
  whether an offset is inside a quotation;
* the actors: their type, name and gender, the actor a name designates, the party of an actor
  (:meth:`SpeakerContext.actor_party`: how every rule names an actor, so they name it alike);
* the resolver's own naming, for a part of the phrase (:meth:`SpeakerContext.party`,
  :meth:`SpeakerContext.np_after`, :meth:`SpeakerContext.subjects`) and its coreference (the
  last speaker, the recent person, the recent issuer of a document, the institution a bare
  noun takes up).

Offsets are characters of ``article.text``; token indices are those of the Doc (and of the
token view). A plug-in returns a :class:`~analysis.extract.quotes.speakers.base.Party` or None
(the next rule decides) and changes nothing in the resolver.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from analysis.document.article import Article
    from analysis.document.tokens import TokenView
    from analysis.extract.cues import Cues
    from analysis.extract.quotes.speakers.base import Party


@runtime_checkable
class SpeakerContext(Protocol):
    """The members of the resolver a speaker plug-in may read (see the module docstring)."""

    article: Article
    """The article: ``text``, ``sentences`` and ``sentence_at(offset)``."""
    actors: dict[str, dict]
    """The actor table's rows by actor id (``name``, ``type``, ``country``, …); read-only."""
    c: Cues
    """The cue lexicons (``c.roles``: role nouns, …)."""

    @property
    def token_view(self) -> TokenView:
        """The Doc's token view (``low``, ``lemma_low``, ``pos``, ``dep``, ``idx``, ``end``,
        ``tokens``, …, indexed by token)."""
        ...

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """(start, end, actor id) of the actor mentions inside [start, end), in text order."""
        ...

    def ents_in(self, start: int, end: int) -> list[Span]:
        """The named entities inside [start, end)."""
        ...

    def sent_start(self, i: int) -> int:
        """The first token of the sentence of token ``i``."""
        ...

    def sent_bounds(self, tok: Token) -> tuple[int, int]:
        """(first, end) token indices of the sentence of ``tok``."""
        ...

    def in_quote(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a quotation found so far."""
        ...

    def actor_type(self, actor_id: str | None) -> str:
        """The actor's type ("person", "state", …), "" when unknown."""
        ...

    def actor_name(self, actor_id: str) -> str:
        """The actor's table name."""
        ...

    def linked_actor(self, name: str) -> str | None:
        """The actor a name or a title designates, if any."""
        ...

    def person_gender(self, actor_id: str) -> str | None:
        """The gender the article gives a person actor, if it says."""
        ...

    def actor_party(
        self, aid: str, start: int, end: int, gender: str | None, plural: bool
    ) -> Party:
        """The party of actor ``aid`` named by the characters [start, end)."""
        ...

    def party(self, i: int, j: int, head: Token | None = None) -> Party:
        """The party the noun phrase of tokens [i, j) names (the resolver's whole naming)."""
        ...

    def np_after(self, k: int, hi: int, *, until_comma: bool = True) -> tuple[int, int] | None:
        """The token range of the noun phrase that starts at token ``k`` (before ``hi``)."""
        ...

    def subjects(self, verb: Token) -> list[Party]:
        """The parties that are the subject (or passive agent) of ``verb``."""
        ...

    def last_speaker(self, offset: int) -> Party | None:
        """The speaker of the last attributed quotation before ``offset``."""
        ...

    def last_speaker_since(self, floor: int, offset: int, gender: str | None) -> Party | None:
        """The last speaker attributed between ``floor`` and ``offset``, if of ``gender``."""
        ...

    def recent_person(self, offset: int, floor: int, gender: str | None) -> Party | None:
        """The most recent compatible person named between ``floor`` and ``offset``."""
        ...

    def recent_issuer(self, i: int) -> Party | None:
        """The issuer of the last document named shortly before token ``i``."""
        ...

    def institution_antecedent(self, offset: int, noun: str) -> str | None:
        """The actor a bare institution noun before ``offset`` takes up ("le ministère")."""
        ...
