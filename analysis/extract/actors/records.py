"""What the mention rules produce: mentions of actors, named systems and venues."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Mention:
    """One reference to an actor: ``text[start:end]`` in the article."""

    start: int
    end: int
    type: str  # person | state | organisation | company | media | group
    key: str  # identity: mentions with the same key are the same actor
    name: str  # canonical name proposed by this mention
    kind: str  # name | acronym | capital | country | periphrase | demonym | description | ...
    country: str | None = None
    strength: int = 0  # 3 = knowledge base, 2 = stated (adjective, complement), 1 = context
    fixed_country: bool = False  # the knowledge base says so (even when None)
    actor_position: bool = True  # for states: named as an actor, not only as a place
    # for states: named as the destination of a visit ("s'est rendu au Kazakhstan"): the
    # host is a party of the story (an actor row), though no evidence of who acts
    visited: bool = False
    roles: list[tuple[int, int]] = field(default_factory=list)  # spans of descriptions
    aliases: list[str] = field(default_factory=list)
    cue: str | None = None  # the common noun that introduced the name ("société")
    # a body named only inside a person's title ("le porte-parole du ministère X"): dropped
    # once the unnamed title holders are read, unless another mention of it acts
    in_title: bool = False


@dataclass
class System:
    """A product or weapon system: named, never an actor."""

    start: int
    end: int
    name: str
    cue: str | None
    country: str | None


@dataclass
class Venue:
    """A place where something happens ("à Rabat"): context for countries."""

    start: int
    country: str


@dataclass
class Found:
    """Everything the mention rules found in one article."""

    mentions: list[Mention]
    systems: list[System]
    venues: list[Venue]
