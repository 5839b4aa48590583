"""Those who accompany someone on a trip are of that person's side.

"X est arrivé à Lima, accompagné du ministre de l'Intérieur, A, et de la ministre de la
Santé, B", "Y, qu'accompagnaient son ministre des Finances C et le chef d'état-major D",
"accompagnée par le porte-parole E": the officials of the list after a form of
"accompagner" are of the accompanied person's country (the person named before it in the
sentence), not of the visited state. Only for officials whose phrase states no country of
their own; a bare counterpart ("accompagné de son homologue F") is of the other side, and
a list broken by a verb or a clause is no longer that trip's company.
"""

from __future__ import annotations

from analysis.extract.actors.counterpart_country import bare_counterpart
from analysis.extract.actors.finder import Finder
from analysis.extract.actors.records import Mention

# parts of speech that end the list: a verb or a clause ("qui", "que")
_BREAKS = frozenset(("VERB", "AUX", "PRON", "SCONJ"))
_BACK = 40  # words between the participle and the listed official


def accompanied_person(
    f: Finder, persons: list[Mention], roles: dict[str, list], m: Mention, words_ok: frozenset[str]
) -> Mention | None:
    """The person that the official of mention ``m`` accompanies, when ``m`` stands in the
    list of titles and names right after a form of "accompagner" ("accompagné de / du / des
    / par", "qu'accompagnaient"); ``words_ok`` are the lower-case words such a list holds
    (titles, articles, "et", "de")."""
    if any(bare_counterpart(r.text) for r in roles.get(m.key, [])):
        return None
    t = f.t
    k = t.first_index_from(m.start)
    verb = None
    for j in range(k - 1, max(-1, k - _BACK), -1):
        if not t.same_sentence(j, k):
            return None
        key = t.key(j)
        if key.startswith("accompagn"):
            verb = j
            break
        if f.pos(j) in _BREAKS or not (t.is_cap(j) or _listed(key, words_ok) or f.pos(j) == "ADJ"):
            return None
    if verb is None:
        return None
    start = t.ws[verb].start
    before = [p for p in persons if p.start < start and p.key != m.key]
    sid = t.sentence_id(start)
    for p in reversed(before):
        if t.sentence_id(p.start) != sid:
            return None
        return p
    return None


def _listed(key: str, words_ok: frozenset[str]) -> bool:
    """A lower-case word of the list: a title word ("vice-ministre" by its parts), an
    article, "et", "de", "par", a possessive."""
    if key in ("par", "son", "sa", "ses"):
        return True
    return all(part in words_ok for part in key.split("-") if part)
