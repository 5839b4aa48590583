"""Which actor of the article a name or a title designates (a mixin of the speaker resolver).

"Tebboune" (an alias), "Drian" (the end of a person's full name, once an article was cut
from "Le Drian"), "le ministre français" (a title exactly one actor holds in the article),
"le porte-parole du gouvernement" (the one person recorded with that office, named before or
after it): the lookups :class:`~analysis.extract.quotes.speakers.naming.Naming` and the
speaker rules (:mod:`.media_names`, :mod:`.missions`) ask once a phrase has a name.

Kept apart from :mod:`.naming` (which decides what kind of name a noun phrase has) because
these read the actor table, not the phrase.
"""

from __future__ import annotations

import functools
import re

from analysis.extract.cues import fold
from analysis.extract.quotes.speakers.base import ResolverBase
from analysis.extract.quotes.words import TITLE_EQUIVALENTS
from analysis.resources.gazetteer import country_of_adjective


def _without_nationality(title: str) -> str:
    """A folded title without its nationality adjectives ("ministre malien de la defense" →
    "ministre de la defense")."""
    return " ".join(w for w in title.split() if not country_of_adjective(w))


class ActorLookup(ResolverBase):
    """Names and titles → the actor id they designate in the article."""

    def linked_actor(self, name: str) -> str | None:
        """The actor a name or a title designates: by alias ("Tebboune"); by the end of a
        person's full name ("Drian" after an article was cut from "Le Drian"); or by a title
        that exactly one actor holds in the article ("le ministre français" → the one
        actor whose roles include it)."""
        return (
            self._actor_by_alias(name)
            or self._person_by_surname(name)
            or self._actor_by_role(name)
            or self._actor_by_equivalent_title(name)
        )

    def office_holder(self, title: str) -> str | None:
        """The one person of the article recorded with ``title`` when it names an office
        (a head noun and its field: "porte-parole du gouvernement", "ministre de la Défense"),
        named before or after it: news writing often names the holder only in the next
        sentence ("…, a déclaré un porte-parole du gouvernement. Le porte-parole du
        gouvernement, X, …"). Nationality adjectives are read apart: one in the title must be
        the person's country."""
        key = fold(title.replace("’", "'"))
        if not re.search(r"\s(?:de|du|des|d')\s?", key):
            return None  # a bare title ("un diplomate") names no one office
        wanted = {c for w in key.split() if (c := country_of_adjective(w))}
        office = _without_nationality(key)
        hits = {
            aid
            for aid, row in self.actors.items()
            if str(row.get("type")) == "person"
            and (not wanted or str(row.get("country") or "") in wanted)
            and any(
                _without_nationality(fold(r.replace("’", "'"))) == office
                for r in str(row.get("roles") or "").split(";")
                if r.strip()
            )
        }
        return hits.pop() if len(hits) == 1 else None

    def _actor_by_equivalent_title(self, name: str) -> str | None:
        """ "le chef de l'État" for the president, "la cheffe du gouvernement" for the prime
        minister (:data:`TITLE_EQUIVALENTS`): the one person of the article whose office is
        one of the title's equivalents, alone or with its state ("président burundais",
        "président du Rwanda", "président de la République"); a nationality adjective in the
        title must be that person's country."""
        key = fold(name.replace("’", "'"))
        for title, offices in TITLE_EQUIVALENTS.items():
            t = fold(title)
            if key != t and not key.startswith(t + " "):
                continue
            wanted = {c for w in key[len(t) :].split() if (c := country_of_adjective(w))}
            hits = {
                aid
                for aid, row in self.actors.items()
                if str(row.get("type")) == "person"
                and (not wanted or str(row.get("country") or "") in wanted)
                and any(
                    self._holds_office(r, offices) for r in str(row.get("roles") or "").split(";")
                )
            }
            return hits.pop() if len(hits) == 1 else None
        return None

    def _holds_office(self, role: str, offices: tuple[str, ...]) -> bool:
        """The role is one of the offices, alone or followed by its state only."""
        r = fold(role).strip()
        # "ministre péruvienne des affaires étrangères": the nationality read apart
        r = " ".join(w for w in r.split() if not country_of_adjective(w)) or r
        for office in offices:
            o = fold(office)
            if r == o:
                return True
            if not r.startswith(o + " "):
                continue
            rest = r[len(o) + 1 :]
            if len(rest.split()) == 1 and country_of_adjective(rest):
                return True
            if rest.startswith("de la republique"):
                return True
            m = re.match(r"(?:du|de la|de l'|de l |des|d')\s*(.+)$", rest)
            if m and any(
                fold(a) == m.group(1).strip()
                for aid, row in self.actors.items()
                if str(row.get("type")) == "state"
                for a in self.aliases(aid)
            ):
                return True
        return False

    def _person_by_surname(self, name: str) -> str | None:
        """The one person actor whose full name ends with ``name`` (a capitalised word)."""
        key = fold(name)
        if not key or not name[:1].isupper():
            return None
        hits = {aid for aid, full in self._person_names if full.endswith(" " + key)}
        return hits.pop() if len(hits) == 1 else None

    @functools.cached_property
    def _person_names(self) -> list[tuple[str, str]]:
        """(actor id, folded full name) of every person actor (folded once per resolver, not
        once per name looked up)."""
        return [
            (aid, fold(str(row.get("name") or "")))
            for aid, row in self.actors.items()
            if str(row.get("type")) == "person"
        ]

    def _actor_by_role(self, name: str) -> str | None:
        """The one actor holding the title ``name`` (its ``roles``, ";"-separated)."""
        key = fold(name)
        if not key:
            return None
        hits = self._title_holders.get(key, ())
        return next(iter(hits)) if len(hits) == 1 else None

    @functools.cached_property
    def _title_holders(self) -> dict[str, set[str]]:
        """Folded title → the actors holding it (each actor's ``roles``, ";"-separated): built
        once per resolver, where every phrase with a title used to fold every actor's roles."""
        holders: dict[str, set[str]] = {}
        for aid, row in self.actors.items():
            roles = row.get("roles")
            if isinstance(roles, str):
                for r in roles.split(";"):
                    holders.setdefault(fold(r), set()).add(aid)
        return holders

    def _actor_by_alias(self, name: str) -> str | None:
        if self._alias_index is None:
            index: dict[str, str] = {}
            for aid in self.actors:
                for a in self.aliases(aid):
                    index.setdefault(fold(a), aid)
            self._alias_index = index
        return self._alias_index.get(fold(name))
