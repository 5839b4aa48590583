"""Offices named before their holder: a quotation given to a title ("a déclaré le ministre
des Affaires étrangères de X", "le porte-parole du ministère Y a souligné que …") whose holder
the article names only later, or never with that title, is the holder's.

Why: news writing often opens with the office ("Le ministre des Affaires étrangères de X a
déclaré que …") and names the person a sentence or a paragraph later, without repeating the
title ("Lors d'une conférence de presse, P a …"), or with another title for the same office
("le chef de la diplomatie"). The speaker rules read the text left to right and only link a
title back to a person already named with it; this pass, run once every quotation is
attributed, links it forward. The holder must be certain: the one person of the title's
country who speaks in the article (is the identified speaker of another quotation) and holds
no other office; a title with no country, a vague title ("un responsable"), two candidates
or none leave the quotation as it was.
"""

from __future__ import annotations

import re

from analysis.extract.cues import fold, norm
from analysis.extract.quotes.words import TITLE_EQUIVALENTS, VAGUE_TITLES
from analysis.resources.gazetteer import country_of_adjective
from analysis.resources.roles import person_roles, role_modifiers

_WORD = re.compile(r"[\w’'-]+")
_DE = frozenset(("de", "du", "des", "d", "d'", "d’", "la", "le", "les", "l", "l'", "l’"))


def _head(title: str) -> str:
    """The first word of a title, as a lexicon key ("porte-parole du ministère" →
    "porte-parole")."""
    words = _WORD.findall(title)
    return norm(words[0]) if words else ""


def _offices(title: str) -> set[str]:
    """A folded title without nationality adjectives, and the same office in the other words
    of :data:`TITLE_EQUIVALENTS` ("chef de la diplomatie" → also "ministre des affaires
    etrangeres")."""
    key = " ".join(w for w in fold(title.replace("’", "'")).split() if not country_of_adjective(w))
    out = {key}
    for vague, offices in TITLE_EQUIVALENTS.items():
        t = fold(vague)
        if key == t or key.startswith(t + " "):
            out |= {fold(o) + key[len(t) :] for o in offices}
    return out


def _same_office(a: set[str], b: set[str]) -> bool:
    """Two titles name the same office (one may add its state: "ministre des affaires
    etrangeres" and "… de X")."""
    return any(x.startswith(y) or y.startswith(x) for x in a for y in b)


class LateOffices:
    """The forward link of office titles to their holder (a mixin of the quote finder)."""

    def link_offices(self, rows: list[dict]) -> None:
        """Give each quotation attributed to an unlinked office title the one person of the
        article who can hold it (rows are changed in place)."""
        res = self.res  # type: ignore[attr-defined]
        speaking = {
            r["speaker_id"]
            for r in rows
            if r["speaker_id"] is not None and res.actor_type(r["speaker_id"]) == "person"
        }
        if not speaking:
            return
        found: dict[str, str | None] = {}
        for row in rows:
            title = row["speaker"]
            if title is None or row["speaker_id"] is not None:
                continue
            if title not in found:
                found[title] = self._holder(title, speaking)
            aid = found[title]
            if aid is not None:
                row.update(speaker=res.actor_name(aid), speaker_id=aid)

    def _holder(self, title: str, speaking: set[str]) -> str | None:
        """The one speaking person of the title's country holding no other office."""
        res, roles = self.res, self.c.roles  # type: ignore[attr-defined]
        head = _head(title)
        if head not in roles or head in VAGUE_TITLES:
            return None
        countries = self._title_countries(title)
        if len(countries) != 1:
            return None
        country = next(iter(countries))
        office = _offices(title)
        hits = [
            aid
            for aid in speaking
            if str(res.actors[aid].get("country") or "") == country
            and _head(res.actor_name(aid)) not in roles  # a title taken for a name
            and self._free_for(aid, office)
        ]
        return hits[0] if len(hits) == 1 else None

    def _title_countries(self, title: str) -> set[str]:
        """The countries a title names: its nationality adjectives ("qatari") and the states
        of the article named after "de" ("de Guinée-Bissau")."""
        res = self.res  # type: ignore[attr-defined]
        out = {c for w in _WORD.findall(title) if (c := country_of_adjective(w))}
        key = fold(title.replace("’", "'"))
        for aid, row in res.actors.items():
            if str(row.get("type")) != "state" or not row.get("country"):
                continue
            for alias in res.aliases(aid):
                a = fold(alias.replace("’", "'"))
                if a and re.search(r"(?:\bde|\bdu|\bd') ?" + re.escape(a) + r"$", key):
                    out.add(str(row["country"]))
        return out

    def _free_for(self, aid: str, office: set[str]) -> bool:
        """The person's recorded roles are all vague titles, or name the same office (a
        person described as anything else, "une étudiante", "le président", is not the
        holder)."""
        res, roles = self.res, self.c.roles  # type: ignore[attr-defined]
        modifiers, person = role_modifiers(), person_roles()
        for role in str(res.actors[aid].get("roles") or "").split(";"):
            words = [w for w in _WORD.findall(role) if fold(w) not in modifiers]
            h = norm(words[0]) if words else ""
            if not h or h in VAGUE_TITLES or not (h in roles or fold(h) in person):
                continue
            if not _same_office(_offices(role), office):
                return False
        return True
