"""The town of a dateline ("Abidjan, le 26 novembre 2014 –", "Dakar (APA) –"): the place the
story is filed from.

The article loader keeps a dateline in the text but blanks it in ``nlp_text`` (it is no
sentence), so no finder of :mod:`.mentions` sees its town. Its first words, up to the comma,
the bracket or the dash, are read here: a town the gazetteer knows (a capital or the most
populous homonym, a town of a country the article names first), or a country. A town the
gazetteer does not know is left out: the dateline gives no other clue where it is.
"""

from __future__ import annotations

import re

from analysis.document.article import Article
from analysis.extract.context.places.kb import Entry, Gazetteer
from analysis.extract.context.places.mention import Mention
from analysis.resources.gazetteer import place_key as key

_HEAD = re.compile(r"[^\W\d_][\w'’.-]*(?:[ -][^\W\d_][\w'’.-]*){0,3}")


def dateline_mentions(article: Article, gz: Gazetteer, countries: set[str]) -> list[Mention]:
    """A place mention for the town (or country) opening each dateline of ``article``;
    ``countries``: the ISO2 codes of the places the body names (they settle homonyms)."""
    out = []
    for seg in article.segments:
        if seg.kind != "dateline":
            continue
        m = _HEAD.match(article.text, seg.start, seg.end)
        if m is None:
            continue
        entry = _reading(key(m.group()), gz, countries)
        if entry is not None:
            mention = Mention(m.start(), m.end(), [entry], "dateline", entry=entry)
            out.append(mention)
    return out


def _reading(k: str, gz: Gazetteer, countries: set[str]) -> Entry | None:
    """The town a dateline names: of a country the article names, else a capital or the most
    populous homonym; else a country or territory of the gazetteer's phrases."""
    towns = [c for c in gz.cities.get(k, []) if c.kind == "city" and c.lat is not None]
    if towns:
        return max(towns, key=lambda c: (c.country in countries, c.capital, c.population))
    phrases = [e for e in gz.phrases.get(k, []) if e.kind in ("country", "territory")]
    return phrases[0] if phrases else None
