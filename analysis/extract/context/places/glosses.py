"""What the text itself says a place is: a gloss after a name, a town after a site.

Journalists explain an unfamiliar name where they write it: "Miraflores (palais présidentiel
à Caracas)", "Dar X, la résidence du gouvernement", "l'hôtel Y à Abidjan". The explanation
beats any gazetteer reading of the bare name (a small homonymous town of another country):

* :func:`town_after`: a site followed by "à <town>" lies in that town;
* :func:`apply_glosses`: a name followed by "(" or ", le/la/l'" and a site or seat is that
  site, at its place.
"""

from __future__ import annotations

import re

from analysis.extract.context.places.kb import Entry
from analysis.extract.context.places.mention import Mention
from analysis.resources.gazetteer import place_key as key

# Between a site and the town it lies in: "le palais présidentiel à Caracas", "l'hôtel X, à Y".
_IN_TOWN = re.compile(r"\s*,?\s*(?:à|au\s+cœur\s+de|au\s+centre\s+de|en\s+plein\s+cœur\s+de)\s+\Z")
# Between a name and the gloss that says what it is: "X (palais ...", "X, le palais ...",
# a closing quotation mark allowed ("… occupe X » (palais ...").
_GLOSS = re.compile(r"[\s\"»”]*(?:\(|,\s*(?:le|la|l['’])\s*)\Z")
_SITE_KINDS = ("landmark", "site")


def town_after(m: Mention, settlements: list[Mention], text: str) -> Entry | None:
    """The town written right after site ``m`` with "à" between: where the site is."""
    for s in settlements:
        if s.start > m.end and s.start - m.end <= 30 and _IN_TOWN.fullmatch(text, m.end, s.start):
            return s.entry
    return None


def apply_glosses(mentions: list[Mention], text: str) -> None:
    """A name glossed as a site ("X (palais présidentiel à Caracas)") takes that site's
    place: it is a landmark there, whatever town of another country bears its name. A
    capital or a country is never re-read: "Caracas, la capitale" glosses the town itself."""
    for a, b in zip(mentions, mentions[1:], strict=False):
        if a.entry is None or b.entry is None or b.entry.kind not in _SITE_KINDS:
            continue
        if a.entry.kind not in ("city", "site") or a.entry.capital:
            continue
        if b.start - a.end > 8 or not _GLOSS.fullmatch(text, a.end, b.start):
            continue
        name = text[a.start : a.end]
        e = b.entry
        a.entry = Entry(
            f"landmark:{key(name)}", name, "landmark", e.country, e.lat, e.lon, "nearest place"
        )


# Between a site and the country an apposition puts it in: "X, au Mali", "X (Mali)", "X, dans
# le nord du Mali", "X, une localité du Mali" is left to the demonym rule ("localité malienne").
SIDES = r"(?:nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest|extrême[ -]nord)"
_IN_COUNTRY = re.compile(
    r"\s*(?:,|\()\s*(?:au|aux|en|dans\s+l['’]|dans\s+le|dans\s+la|"
    rf"(?:dans\s+)?(?:le|l['’])\s*{SIDES}\s+(?:du|de\s+la|de\s+l['’]|des|d['’]))?\s*\Z",
    re.I,
)


def country_after(m: Mention, mentions: list[Mention], text: str) -> str | None:
    """The country an apposition right after site ``m`` places it in ("X, au Mali")."""
    for c in mentions:
        if c.start <= m.end or c.start - m.end > 40:
            continue
        if c.entry is not None and c.entry.kind == "country":
            return c.entry.country if _IN_COUNTRY.fullmatch(text, m.end, c.start) else None
        return None
    return None
