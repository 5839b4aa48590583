"""Phase G: one person written two ways in one article is one person.

* the same words in another order ("Sorn Vathana" and "Vathana Sorn"): a family name
  written first (the order of Khmer, Chinese, Korean or Vietnamese names) or last, as each
  outlet or each paragraph chooses;
* one letter apart in one word ("Karim Benhadi" and "Karim Benadi", "Emanuele Rossi" and
  "Emmanuele Rossi"): a transcription or a typing slip. Both names have as many words, all
  the other words equal, the differing word is five letters or more, and the people are of
  one country (or one has none). A last vowel changed or added ("Mario" and "Maria",
  "Louis" and "Louise", "Daniel" and "Daniela") is a different given name, often of a
  relative: never merged. Two relatives rarely share a given name *and* a family name one
  letter apart ("Ali Ben Salem" and "Ali Ben Salim" in one story are one man misspelt);
* a surname the tagger took for a body ("selon Varek" after "Jonas Varek"): a one-word
  organisation with no cue noun, no country of its own and nothing the knowledge base
  knows, which is a word of exactly one person's full name, is that person.
"""

from __future__ import annotations

from analysis.extract.actors.finder import Finder
from analysis.extract.actors.records import Mention
from analysis.extract.actors.rules.names import romanised
from analysis.resources.gazetteer import fold

_VOWELS = frozenset("aeiouy")
_MIN_VARIANT = 5  # letters of the longer spelling of the differing word


def merge_name_variants(f: Finder) -> None:
    """Phase G: persons whose names are one name reordered or misspelt take one key (the
    key of the spelling written most often, the first on a tie), and one-word bodies that
    are a person's surname become that person."""
    persons = [m for m in f.mentions if m.type == "person" and m.kind == "name"]
    first: dict[str, Mention] = {}
    for m in sorted(persons, key=lambda m: m.start):
        first.setdefault(m.key, m)
    count: dict[str, int] = {}
    for m in f.mentions:
        count[m.key] = count.get(m.key, 0) + 1
    # the spelling written most often names the person; on a tie, the first written
    ranked = sorted(first.values(), key=lambda m: (-count[m.key], m.start))
    remap = _variant_remap(ranked, _countries(f.mentions))
    for m in f.mentions:
        if m.key in remap:
            ref = first[remap[m.key]]
            m.key, m.name = ref.key, ref.name
    _surnames_read_as_bodies(f, list(first.values()))


def _countries(mentions: list[Mention]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in mentions:
        if m.country:
            out.setdefault(m.key, set()).add(m.country)
    return out


def _variant_remap(names: list[Mention], countries: dict[str, set[str]]) -> dict[str, str]:
    """Person key -> the key of a name ranked before it that is the same name reordered or
    one letter apart, in the same country or with none."""
    remap: dict[str, str] = {}
    for k, later in enumerate(names):
        for earlier in names[:k]:
            if (
                earlier.key in remap
                or len(countries.get(earlier.key, set()) | countries.get(later.key, set())) > 1
            ):
                continue
            if same_name(earlier.name, later.name):
                remap[later.key] = earlier.key
                break
    return remap


def same_name(a: str, b: str) -> bool:
    """Two spellings of one person's name: the same words (two or more) in any order, or
    one word one letter apart (:func:`one_slip`) with every other word equal, in order."""
    wa, wb = _words(a), _words(b)
    if len(wa) < 2 or len(wa) != len(wb) or wa == wb:
        return False
    if sorted(wa) == sorted(wb):
        return True
    diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    return len(diff) == 1 and one_slip(*diff[0])


def one_slip(x: str, y: str) -> bool:
    """One letter inserted, dropped or changed inside a word of five letters or more, not
    a last vowel changed or added (a different given name: "Mario", "Maria")."""
    if len(x) > len(y):
        x, y = y, x
    if len(y) < _MIN_VARIANT or len(y) - len(x) > 1:
        return False
    if len(x) == len(y):
        at = [k for k in range(len(x)) if x[k] != y[k]]
        return len(at) == 1 and not (at[0] == len(x) - 1 and {x[-1], y[-1]} <= _VOWELS)
    k = next((k for k in range(len(x)) if x[k] != y[k]), len(x))
    return x[k:] == y[k + 1 :] and not (k == len(x) and y[-1] in _VOWELS)


def _words(name: str) -> list[str]:
    return [romanised(fold(w)) for w in name.replace("-", " ").split()]


def _surnames_read_as_bodies(f: Finder, persons: list[Mention]) -> None:
    """ "selon Varek" tagged as an organisation after "Jonas Varek": that person."""
    owners: dict[str, set[str]] = {}
    by_key = {m.key: m for m in persons}
    for m in persons:
        words = m.name.split()
        for w in words if len(words) >= 2 else []:
            if len(w) >= 3 and w[:1].isupper():
                owners.setdefault(fold(w), set()).add(m.key)
    for m in f.mentions:
        if not _bare_body(m):
            continue
        keys = owners.get(fold(m.name), set())
        if len(keys) == 1:
            ref = by_key[next(iter(keys))]
            m.type, m.key, m.name, m.kind = "person", ref.key, ref.name, "short"
            m.country, m.strength = ref.country, ref.strength


def _bare_body(m: Mention) -> bool:
    """A one-word organisation that nothing but the tagger's label made one."""
    return (
        m.type == "organisation"
        and m.kind == "name"
        and len(m.name.split()) == 1
        and m.cue is None
        and m.strength == 0
        and not m.fixed_country
    )
