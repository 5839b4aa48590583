"""The bare head-of-state title refers to the one person the headline names.

"Depuis X, Jules Y défend sa stratégie" (headline), then "le chef de l'État a annoncé
…": the press names a visiting or speaking head of state in the headline and refers to them
in the body by the bare title ("le chef de l'État", "le président", "le président de la
République"), never stating the office beside the name. When no named person of the article
holds that title (the usual links come first) and the headline names exactly one person of
the article, who is given no office anywhere in it, the bare title is that person. A person
given another office ("le ministre russe X") is not taken for the head of state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.resources.gazetteer import fold

if TYPE_CHECKING:
    from analysis.extract.actors.records import Mention
    from analysis.extract.actors.text import Text
    from analysis.extract.actors.title_holders import Holders

# bare head-of-state titles, as :func:`analysis.extract.actors.identity._as_office` words them
_HEADS = frozenset(
    (
        "chef de l etat",
        "cheffe de l etat",
        "president",
        "presidente",
        "president de la republique",
        "presidente de la republique",
    )
)


def headed(t: Text, holders: Holders, title: str) -> Mention | None:
    """The one person of the article named in its headline, with no office stated, for a
    bare head-of-state ``title``; else None."""
    a = t.article
    if fold(title).replace("'", " ") not in _HEADS or not a.title:
        return None
    if a.title.strip() in a.text[a.body_start :]:
        return None  # no headline apart from the body (a text without one)
    head = f" {fold(t.article.title)} "
    named = {}
    for p in holders.persons:
        if f" {fold(p.name)} " in head:
            named.setdefault(p.key, p)
    if len(named) != 1:
        return None
    p = next(iter(named.values()))
    return None if holders.profile(p)[0] else p
