"""A place mention: a span of the article and its readings (shared by the finders)."""

from __future__ import annotations

from dataclasses import dataclass

from analysis.extract.context.places.kb import Entry


@dataclass
class Mention:
    start: int
    end: int
    candidates: list[Entry]
    via: str  # phrase | city | state | landmark | site
    inner: Mention | None = None
    entry: Entry | None = None
    role: str = "place"
    alternatives: str = ""
    alias: str = ""
    seat: bool = False  # a seat of power named by its kind ("le palais présidentiel")
    names: tuple[str, ...] = ()  # other names of a site: with and without its facility noun
