"""The town of a dateline: "DAKAR, 12 mars 2021 (Agence) –", "Ouagadougou, le 3 mai –".

A dateline is a non-content line (:mod:`analysis.document.segments`): blanked in the text the
parser reads, so no finder sees its town. Yet it says where the story was filed, the place
of the report: one place mention for its leading name, when that name is a town the
gazetteer knows well enough to be meant without context (a capital, a city of 100,000, or a
town of a country the article names; else nothing: a town nobody can place is left out
rather than put at a homonym abroad). A place, never a stand-in for a government.
"""

from __future__ import annotations

import re

from analysis.document.article import Article
from analysis.extract.context.places.kb import Entry, Gazetteer
from analysis.extract.context.places.mention import Mention
from analysis.resources.gazetteer import place_key as key

# the leading name: up to four words, before the comma, bracket or dash that follows it
_NAME = re.compile(r"\s*([A-ZÀ-Þ][\w'’.-]*?(?:[ -][A-ZÀ-Þa-zà-ÿ][\w'’.-]*?){0,3})\s*[,(–—-]")


def dateline_mentions(article: Article, gz: Gazetteer, context: dict[str, int]) -> list[Mention]:
    """One mention per dateline whose leading name is a known town."""
    out = []
    for seg in article.segments:
        if seg.kind != "dateline":
            continue
        m = _NAME.match(article.text, seg.start, seg.end)
        if m is None:
            continue
        town = _town(gz.cities.get(key(m.group(1)), []), context)
        if town is not None:
            out.append(Mention(m.start(1), m.end(1), [town], "dateline", entry=town))
    return out


def _town(cands: list[Entry], context: dict[str, int]) -> Entry | None:
    towns = [c for c in cands if c.kind == "city"]
    known = [
        c for c in towns if c.capital or c.population >= 100000 or context.get(c.country or "")
    ]
    if not known:
        return None
    return max(known, key=lambda c: (bool(context.get(c.country or "")), c.capital, c.population))
