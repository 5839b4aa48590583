"""A state named by the bare head of another state's name is that other state.

French shortens a long state name to its head: "le Congo" for the République démocratique
du Congo, "la Guinée" for the Guinée-Bissau, when the article is about it. The knowledge base
reads "Congo" and "Guinée" as the states whose short names they are (Congo-Brazzaville,
Guinée-Conakry), which in such an article gave persons and stances a third country. Here a
state named only by a bare name that is a word of another state's name named in the same
article, and never by a form of its own (a longer name, its capital), is that other state.
Not across a cardinal qualifier ("le Soudan" beside "le Soudan du Sud" is another state),
nor when both are named in one sentence ("la Guinée et la Guinée équatoriale").
"""

from __future__ import annotations

from collections import defaultdict

from analysis.extract.actors.records import Mention
from analysis.extract.actors.text import Text
from analysis.resources.gazetteer import countries, fold

_CARDINAL = frozenset(("nord", "sud", "est", "ouest", "septentrional", "meridional"))


def _words(name: str) -> list[str]:
    return fold(name).replace("-", " ").replace("'", " ").split()


def _elliptic_of(bare: str, longer: str) -> bool:
    """``bare`` ("congo") is a word run of ``longer`` ("republique democratique du congo")
    not followed by a cardinal qualifier ("soudan du sud")."""
    b, w = _words(bare), _words(longer)
    if not b or len(w) <= len(b):
        return False
    for k in range(len(w) - len(b) + 1):
        if w[k : k + len(b)] == b:
            rest = w[k + len(b) :]
            return not any(x in _CARDINAL for x in rest[:2])
    return False


def _names_of(key: str, forms: set[str], bare: str) -> bool:
    """``bare`` shortens one of the names of the state ``key`` (as written in the article
    or in the knowledge base: "RDC" is written, "République démocratique du Congo" known)."""
    c = countries().get(key.split(":", 1)[1])
    names = {*forms, *((c.name, *c.names) if c is not None else ())}
    return any(_elliptic_of(bare, n) for n in names)


def elliptic_states(t: Text, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a state named only by the bare head of another named state's name
    given that state's identity (in place)."""
    text = t.article.text
    surfaces: dict[str, set[str]] = defaultdict(set)
    sentences: dict[str, set[int | None]] = defaultdict(set)
    for m in mentions:
        if m.type == "state" and m.key.startswith("state:"):
            surfaces[m.key].add(fold(text[m.start : m.end]))
            sentences[m.key].add(t.sentence_id(m.start))
    if len(surfaces) < 2:
        return mentions
    remap: dict[str, str] = {}
    for key, forms in surfaces.items():
        if len(forms) != 1:
            continue  # named by another form of its own too: "Congo-Brazzaville", a capital
        bare = next(iter(forms))
        owners = [k for k, fs in surfaces.items() if k != key and _names_of(k, fs, bare)]
        # "la Guinée et la Guinée équatoriale": both in one sentence are two states
        if len(owners) == 1 and not sentences[key] & sentences[owners[0]]:
            remap[key] = owners[0]
    for m in mentions:
        if m.key in remap:
            iso = remap[m.key].split(":", 1)[1]
            if iso in countries():
                m.key, m.name, m.country = remap[m.key], countries()[iso].name, iso
    return mentions
