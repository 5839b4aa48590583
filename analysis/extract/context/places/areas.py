"""A site situated by the province or region written right after it.

Reporters situate a village nobody knows by its province: "X, dans la région de Y", "à X
(province de Y)", "X, une localité du nord de Y", "X, dans l'État de Y". The gazetteer knows Y
(a first-level subdivision), not X; without this rule X took the coordinates of the first
town of the lede, often the capital where the officials speak, hundreds of kilometres away.
Y's centre is a far better estimate of X than any town named elsewhere.

Only a region or territory of one state counts as Y (a country after a site is
:func:`~analysis.extract.context.places.glosses.country_after`'s), and the words between must
say "in" or "part of": a bare comma list ("X, Y et Z") situates nothing.

:func:`described_sites` finds such a name when nothing else does: an unknown capitalised name
the apposition itself calls a place ("X, une localité de ...", "X (province de ...").
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from analysis.document.tokens import view
from analysis.extract.context.places.glosses import SIDES
from analysis.extract.context.places.kb import Entry, Gazetteer, gazetteer
from analysis.extract.context.places.mention import Mention
from analysis.extract.context.places.unknown import unknown_name
from analysis.resources.gazetteer import place_key as key

_DE = r"(?:du|des|de\s+la|de\s+l['’]|de|d['’])"
_AREA_NOUNS = (
    r"(?:région|province|préfecture|sous-préfecture|département|district|état|wilaya"
    r"|gouvernorat|comté|cercle|oblast|canton|territoire|émirat|governorat)"
)
_SETTLEMENT = (
    r"(?:localité|ville|village|commune|bourgade|bourg|hameau|cité|agglomération|oasis"
    r"|chef-lieu|zone|région|secteur)"
)
# The words between a site and its region, any of these in any order: "X, dans la région de",
# "X (province de", "X, une localité du nord de l'État de", "X, au Nord-Kivu", "X, située dans le".
_GAP_WORDS = (
    r"(?:une?|la|le|l['’]|les|petite|grande|du|des|de|d['’]|dans|en|au|aux"
    rf"|située?s?|localisée?s?|{SIDES}|{_AREA_NOUNS}|{_SETTLEMENT}s?)"
)
_IN_AREA = re.compile(rf"\s*(?:,|\()\s*(?:{_GAP_WORDS}(?:\s+|(?<=['’])))*\Z", re.I)
_GAP_WORD = re.compile(rf"{_GAP_WORDS}\Z", re.I)
# the same with one nationality adjective among them: "X, dans la province afghane de"
_IN_AREA_ADJ = re.compile(
    rf"\s*(?:,|\()\s*(?:(?:{_GAP_WORDS}|[^\W\d_A-ZÀ-Ý]+)(?:\s+|(?<=['’])))*\Z", re.I
)
# at least one word saying "in" or "part of"; else "X, Y et Z" is a list
_CONNECTOR = re.compile(rf"\b(?:dans|en|au|aux|{_AREA_NOUNS}|{_SETTLEMENT})\b|\(", re.I)
_AREA_OF = re.compile(rf"\b{_AREA_NOUNS}\s+{_DE}\s*\Z", re.I)
_REGION_KINDS = ("region", "territory")
_MAX_GAP = 70


def area_after(m: Mention, mentions: list[Mention], text: str) -> Entry | None:
    """The region of one state written right after site ``m`` as where it lies ("X, dans la
    région de Y", "X (province de Y)", "X, localité du nord de Y", "X, dans la province
    voisine de Y" is not: only a nationality adjective may join those words); None otherwise.
    ``mentions`` are in text order."""
    k = bisect.bisect_right(mentions, m.end, key=lambda c: c.start)
    for c in mentions[k:]:
        if c.start > m.end + _MAX_GAP:
            return None
        e = c.entry
        named_area = e is not None and e.kind == "city" and _AREA_OF.search(text, m.end, c.start)
        if e is None or e.kind not in _REGION_KINDS or not e.country or e.lat is None:
            if named_area:  # "X, dans la province de Y", Y read as its chief town: near enough
                pass
            elif e is not None and e.kind in ("city", "country"):
                return None  # another place comes first: the words after are about it
            else:
                continue
        if not _CONNECTOR.search(text, m.end, c.start):
            return None  # "X, Y et Z" is a list
        if _IN_AREA.fullmatch(text, m.end, c.start):
            return e
        return e if _with_demonym(text[m.end : c.start]) else None
    return None


def _with_demonym(gap: str) -> bool:
    """The words between a site and a region are the usual ones plus one nationality
    adjective ("X, dans la province afghane de")."""
    if not _IN_AREA_ADJ.fullmatch(gap):
        return False
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*['’]?", gap)
    other = [w for w in words if not _GAP_WORD.match(w)]
    demonyms = gazetteer().demonyms
    return len(other) == 1 and key(other[0]) in demonyms


# An apposition that calls the name before it a place: "X, une localité", "X, petite ville",
# "X, village du", "X (région de", "X, dans la province de".
_CALLED_PLACE = re.compile(
    r"\s*(?:,\s*(?:(?:une?|la|le|l['’]|petite|grande|paisible)\s*)*"
    r"(?P<settle>localité|bourgade|village|commune|hameau|ville|oasis|chef-lieu)s?\b"
    rf"|,\s*(?:située?\s+)?dans\s+(?:la|le|l['’])\s*{_AREA_NOUNS}(?:\s+[^\W\d_]+)?\s+{_DE}"
    rf"|\(\s*(?:dans\s+)?(?:la\s+|le\s+|l['’])?{_AREA_NOUNS}\s+{_DE})",
    re.I,
)


def described_sites(doc: Doc, text: str, gz: Gazetteer, persons: set[str]):
    """Unknown capitalised names (one to three words) that the apposition after them calls a
    town or places in a province ("Les pluies ont touché X, une localité du nord de ...");
    a person's or organisation's name, a stop word or a known place is left alone."""
    tv = view(doc)
    for j, low in enumerate(tv.lower):
        if low not in (",", "(") or j == 0:
            continue
        called = _CALLED_PLACE.match(text, tv.idx[j])
        if called is None:
            continue
        i = j
        while i > 0 and j - i < 3 and tv.alpha[i - 1] and tv.cap[i - 1]:
            i -= 1
        if i == j or tv.pos[i] != "PROPN" or (i > 0 and tv.text[i - 1] in ("-", "'", "’")):
            continue
        if called.group("settle"):  # "X, une localité": a place, whatever the tagger says
            if any(tv.stop[k] for k in range(i, j)):
                continue
        elif not unknown_name(tv, i, j, persons):
            continue
        k = key(text[tv.idx[i] : tv.end[j - 1]])
        if k in gz.phrases or k in gz.cities or k in gz.states:
            continue
        yield Mention(tv.idx[i], tv.end[j - 1], [], "site")
