"""A titled person coordinated after a state: "les États-Unis et le secrétaire d'État X".

"STATE et le / la / son / sa TITLE X", "STATE ainsi que son TITLE X": French coordinates a
state with the office holder who speaks or acts for it; a title that states no country
("le secrétaire d'État", "son ministre des Affaires étrangères", "le président") belongs
to the state just named. Only a title counts (a bare name after "et" may be anyone), only
a state named right before "et", in the same sentence, and not the last of a list of
states ("A, B et le président X" may be A's president).
"""

from __future__ import annotations

import bisect
import re

from analysis.extract.actors.records import Mention

# "et le", "ainsi que la", "et son", "et l'", at the very end of the text before the title
_LINK = re.compile(r"(?:\bet|\bainsi\s+que)\s+(?:le|la|l['’]|son|sa|leur)\s*$", re.IGNORECASE)

# a comma, perhaps an article, right before the state: the state closes a list
_LISTED = re.compile(r",\s*(?:(?:le|la|les|l['’])\s*)?$", re.IGNORECASE)


def coordinated_state(
    text: str, states: list[Mention], ends: list[int], title_start: int
) -> str | None:
    """The country of the state coordinated before the title opening at ``title_start``
    (``states`` sorted by end, ``ends`` their ends), if any."""
    before = text[max(0, title_start - 16) : title_start]
    link = _LINK.search(before)
    if link is None:
        return None
    at = title_start - len(before) + link.start()  # where "et" starts
    stop = len(text[:at].rstrip())
    n = bisect.bisect_right(ends, stop) - 1
    if n < 0 or ends[n] != stop:
        return None
    state = states[n]
    if "." in text[state.end : title_start] or "\n" in text[state.end : title_start]:
        return None
    if _LISTED.search(text[max(0, state.start - 12) : state.start]):
        return None  # "A, B et le président X": a list of states, the title may be A's
    return state.country


def coordinated_country(
    text: str, states: list[Mention], ends: list[int], roles: list, ms: list[Mention]
) -> str | None:
    """The state one of the person's mentions ``ms`` is coordinated after, through the
    title (a role ``where == "title"``, among ``roles``) that opens that mention."""
    for m in ms:
        for r in roles:
            if r.where == "title" and r.end <= m.start and not text[r.end : m.start].strip(" ,"):
                iso = coordinated_state(text, states, ends, r.start)
                if iso:
                    return iso
    return None


def states_by_end(mentions: list[Mention]) -> tuple[list[Mention], list[int]]:
    """The state mentions with a country, sorted by end, and their ends."""
    states = sorted((m for m in mentions if m.type == "state" and m.country), key=lambda m: m.end)
    return states, [m.end for m in states]
