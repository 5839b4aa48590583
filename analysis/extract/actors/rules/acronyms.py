"""Phase B: acronyms defined in the text, "Long Form (LF)".

The long form and the acronym are two mentions of one organisation (the long form is its
name when it is short enough). The long form is found by Schwartz & Hearst's letter walk,
else by the nearest capitalised organisation head before the parenthesis.
"""

from __future__ import annotations

import re

from analysis.extract.actors.finder import Finder
from analysis.extract.actors.records import Mention
from analysis.extract.actors.rules.classify import classify_name
from analysis.extract.actors.rules.redefined import redefined_acronyms
from analysis.extract.actors.text import Text, is_punct_strict
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import countries, fold, institutions, norm_key

_ACRONYM = re.compile(r"\(\s*([A-ZÀ-Þ][A-Za-zÀ-ÿ&\-]{1,11})\s*\)")
_LONG_NAME = 50  # a longer long form is not a name: the acronym names the actor


def acronyms(f: Finder) -> None:
    """Phase B: "Long Form (LF)" gives two mentions of one organisation."""
    t = f.t
    redefined = redefined_acronyms(f, long_form)
    for mt in _ACRONYM.finditer(t.nlp, t.article.body_start):
        acr = mt.group(1)
        if sum(c.isupper() for c in acr) < 2 and not (3 <= len(acr) <= 8):
            continue
        a_start, a_end = mt.start(1), mt.end(1)
        known = norm_key(acr) in known_names() and norm_key(acr) not in redefined
        if not t.free(a_start, a_end) or known:
            continue
        first = t.first_index_from(mt.start())
        if first == 0:
            continue
        long_start = long_form(f, first, acr)
        if long_start is None:
            continue
        long_end = t.ws[first - 1].end
        if not t.free(long_start, long_end):
            _acronym_of_known(f, long_end, a_start, a_end)
            continue
        li = t.index_at(long_start)
        long_text = t.article.text[long_start:long_end]
        typ = classify_name(f, li, first, None) or "organisation"
        iso, strength = f.country_inside(li, first)
        name = long_text if len(long_text) <= _LONG_NAME else acr
        key = "org:" + norm_key(acr)
        f.add(
            Mention(
                long_start,
                long_end,
                typ,
                key,
                name,
                "name",
                iso,
                strength,
                aliases=[acr, long_text],
            )
        )
        acronym = Mention(a_start, a_end, typ, key, name, "acronym", iso, strength)
        acronym.aliases.append(long_text)
        f.add(acronym)


def _acronym_of_known(f: Finder, long_end: int, a_start: int, a_end: int) -> None:
    """ "l'agence Associated Press (AP)": the long form is already a mention (a known
    institution), so the acronym is one more mention of that actor, not a new one."""
    owner = next((m for m in f.mentions if m.end == long_end and m.kind == "name"), None)
    if owner is None:
        return
    acronym = Mention(
        a_start,
        a_end,
        owner.type,
        owner.key,
        owner.name,
        "acronym",
        owner.country,
        owner.strength,
        fixed_country=owner.fixed_country,
    )
    f.add(acronym)


def long_form(f: Finder, first: int, acr: str) -> int | None:
    """Start offset of the long form of ``acr`` whose last word is ``first - 1``."""
    t = f.t
    ws = t.ws
    lo = first - 1
    limit = min(len(acr) + 6, 2 * len(acr) + 2)
    while lo > 0 and first - lo < limit and t.same_sentence(lo - 1, first - 1):
        if is_punct_strict(t.gap(lo)):
            break
        lo -= 1
    window = t.nlp[ws[lo].start : ws[first - 1].end]
    start = schwartz_hearst(acr, window)
    if start is not None:
        i = t.first_index_from(ws[lo].start + start)
        while i < first - 1 and t.key(i) in f.words["determiners"]:
            i += 1
        if first - i >= 2 and f.is_cap(i):
            return ws[i].start
    for k in range(first - 1, max(lo, first - 9) - 1, -1):
        if f.is_cap(k) and t.key(k) in f.words["organisation_heads"]:
            return ws[k].start
    return None


def schwartz_hearst(short: str, long: str) -> int | None:
    """Start of the long form of ``short`` inside ``long`` (Schwartz & Hearst, 2003)."""
    s, lo = fold(short), "".join(fold(c)[:1] or c for c in long)
    si, li = len(s) - 1, len(lo) - 1
    while si >= 0:
        c = s[si]
        if not c.isalnum():
            si -= 1
            continue
        while li >= 0 and (lo[li] != c or (si == 0 and li > 0 and lo[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return None
        li -= 1
        si -= 1
    return max(0, lo.rfind(" ", 0, li + 1) + 1) if li >= 0 else 0


@derived
def known_names() -> frozenset[str]:
    """Name keys of every knowledge-base institution and country: "(UE)" after "Union
    européenne" is already known, not a definition."""
    names = {norm_key(i.name) for i in institutions()}
    names |= {norm_key(a) for i in institutions() for a in i.aliases}
    names |= {norm_key(n) for c in countries().values() for n in c.names}
    return frozenset(names)


_BODY_TYPES = ("organisation", "group", "media", "company")


def late_acronyms(f: Finder) -> None:
    """After the bodies read without a capitalised head ("le ministère indien des Affaires
    extérieures (MEA)", "l'armée de X (XDF)"): an acronym in parentheses right after such a
    body is that body's, also when its letters spell a name in another language (the
    English acronym of a foreign ministry). Its uses alone, there and later ("le
    porte-parole du MEA"), are mentions of the body, whether the tagger made them or not.
    Only for a body whose name states its country ("indien"): one whose country comes from
    its context would take it from the persons its acronym titles, and they from it."""
    t = f.t
    ends = {m.end: m for m in f.mentions if m.type in _BODY_TYPES and m.kind != "acronym"}
    for mt in _ACRONYM.finditer(t.nlp, t.article.body_start):
        acr = mt.group(1)
        if sum(c.isupper() for c in acr) < 2 or norm_key(acr) in known_names():
            continue
        first = t.first_index_from(mt.start())
        owner = ends.get(t.ws[first - 1].end) if first > 0 else None
        if owner is None or norm_key(acr) in (norm_key(a) for a in owner.aliases):
            continue
        if not owner.country or owner.strength < 2:
            continue  # a body whose country its name does not state: its context decides
        if not t.free(mt.start(1), mt.end(1)):
            continue  # another rule read the parenthesis
        for m in f.mentions:
            if m.key != owner.key and _spells(t, m, acr):
                m.key, m.name, m.type, m.kind = owner.key, owner.name, owner.type, "acronym"
                m.country, m.strength = owner.country, owner.strength
        for use in re.finditer(rf"\b{re.escape(acr)}\b", t.nlp[mt.start(1) :]):
            a, b = mt.start(1) + use.start(), mt.start(1) + use.end()
            if t.free(a, b):
                f.add(
                    Mention(
                        a,
                        b,
                        owner.type,
                        owner.key,
                        owner.name,
                        "acronym",
                        owner.country,
                        owner.strength,
                    )
                )
        owner.aliases.append(acr)


def _spells(t: Text, m: Mention, acr: str) -> bool:
    """The mention ``m`` is the acronym ``acr`` alone."""
    return m.type in _BODY_TYPES and t.article.text[m.start : m.end] == acr
