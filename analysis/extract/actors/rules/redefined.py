"""Acronyms the article defines anew: "les Forces de sauvegarde républicaines (RSF)".

The press often keeps a body's acronym in its own language, or the acronym of its name in
another, so a text may define in parentheses an acronym the knowledge base knows for
another body ("RSF" is Reporters sans frontières there, an armed group in an invented
story here). The article's own definition wins, everywhere in that article: the
knowledge-base body is not matched on that acronym (phase A), and the acronym with its
long form becomes one organisation (phase B). An acronym written after the knowledge-base
body's own name ("Reporters sans frontières (RSF)") defines nothing new, nor does the
acronym of an international body after a long form that names an international body ("la
Mission ... des Nations unies ... (MINUSMA)": the outlet's wording of the same mission).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from analysis.extract.actors.finder import Finder
from analysis.resources.gazetteer import Institution, fold, norm_key

LongForm = Callable[[Finder, int, str], "int | None"]
_PARENS = re.compile(r"\(\s*([A-ZÀ-Þ][A-Za-zÀ-ÿ&\-]{1,11})\s*\)")


def redefined_acronyms(f: Finder, long_form: LongForm) -> frozenset[str]:
    """Keys of the knowledge-base acronyms the article defines for another body: an
    acronym in parentheses after a capitalised name (its start found by ``long_form``, the
    phase B walk) that is none of the names of the body the knowledge base gives that
    acronym to."""
    if f.redefined is not None:
        return f.redefined
    t = f.t
    out: set[str] = set()
    for mt in _PARENS.finditer(t.nlp, t.article.body_start):
        k = t.first_index_from(mt.start(1))
        hit = f.gaz.get(k)
        if hit is None or hit[1].kind != "institution" or hit[0] != k + 1:
            continue
        first = k  # the acronym's word; the long form ends on the word before
        if first == 0 or not t.same_sentence(first - 1, k):
            continue
        inst = hit[1].ref
        before = f.gaz.get(_name_start(f, first))
        if before is not None and before[1].kind == "institution" and before[1].ref is inst:
            continue  # "Reporters sans frontières (RSF)"
        start = long_form(f, first, mt.group(1))
        if start is None:
            continue
        long = t.article.text[start : t.ws[first - 1].end]
        names = {fold(n) for n in (inst.name, *inst.aliases)}
        if fold(long) not in names and not _international_part(f, start, first, inst):
            out.add(norm_key(mt.group(1)))
    f.redefined = frozenset(out)
    return f.redefined


def _international_part(f: Finder, start: int, first: int, inst: Institution) -> bool:
    """The knowledge-base body of the acronym is international and the long form names an
    international body in it ("la Mission ... des Nations unies pour ... (MINUSMA)",
    written in the outlet's own words): a part of that body, the knowledge base's one, not a
    body defined anew."""
    if inst.country is not None:
        return False
    for k in range(f.t.first_index_from(start), first):
        hit = f.gaz.get(k)
        if hit is not None and hit[1].kind == "institution" and hit[1].ref is not inst:
            if hit[1].ref.country is None and hit[1].ref.type == "organisation":
                return True
    return False


def _name_start(f: Finder, first: int) -> int:
    """The first word of the run of words before the parenthesis that a gazetteer phrase
    ending right there starts on (-1 when none does)."""
    for i in range(first - 1, max(-1, first - 9), -1):
        hit = f.gaz.get(i)
        if hit is not None and hit[0] == first:
            return i
    return -1
