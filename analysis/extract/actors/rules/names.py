"""Phase G: shorter names of actors already found.

* "Ferrand" after "Isabelle Ferrand", "Sandiniste" after "Front sandiniste", "OTAN" after
  its definition: a part of a name (or an acronym) that belongs to one actor only;
* "M. Demiral" after "Recep Demiral", "Lula" after "Luiz Inácio Lula da Silva", "R.
  Demiral" (an initial) after "Recep Demiral": a person named by part of another person's
  name is that person;
* "le Ndembo" after "Front Ndembo", "du Monde" after "Le Monde": an organisation named
  by its name without its article or its head noun is that organisation.
"""

from __future__ import annotations

from analysis.extract.actors.finder import Finder
from analysis.extract.actors.records import Mention
from analysis.resources.gazetteer import PhraseIndex, fold

_NAMED_BODIES = ("organisation", "company", "media")


class _ShortForms:
    """The short forms of the article's names: an index of the phrases, the actors each
    belongs to and one mention per actor."""

    def __init__(self) -> None:
        self.idx = PhraseIndex()
        self.owners: dict[str, set[str]] = {}
        self.by_key: dict[str, Mention] = {}

    def add(self, part: str, m: Mention) -> None:
        self.owners.setdefault(fold(part), set()).add(m.key)
        self.idx.add(part, part)


def short_names(f: Finder) -> None:
    """Phase G: a free capitalised part of one actor's name, not inside a longer name."""
    ws = f.t.ws
    forms = _short_forms(f)
    for i, j, part in forms.idx.finditer(ws):
        keys = outermost(forms.owners.get(fold(part), set()))
        if len(keys) != 1 or not f.is_cap(i) or not f.free_words(i, j):
            continue
        if (f.is_cap(j) and not f.punct_before(j)) or (
            f.is_cap(i - 1) and not f.punct_before(i) and not f.sentence_start(i)
        ):
            continue  # part of a longer capitalised name
        ref = forms.by_key[next(iter(keys))]
        f.add(
            Mention(
                ws[i].start,
                ws[j - 1].end,
                ref.type,
                ref.key,
                ref.name,
                "short",
                ref.country,
                ref.strength,
            )
        )


def _short_forms(f: Finder) -> _ShortForms:
    """The words of persons' names (3 letters or more, no civility), the distinctive
    words of organisations' names (4 letters or more, not a head, suffix or portfolio),
    and acronyms."""
    forms = _ShortForms()
    lexical = (
        f.words["organisation_heads"]
        | f.words["company_suffixes"]
        | f.words["portfolios"]
        | f.words["media_suffixes"]
    )
    for m in f.mentions:
        if m.type == "person" and m.kind == "name":
            parts = m.name.split()
            if len(parts) >= 2:
                for p in parts:
                    if len(p) >= 3 and p[0].isupper() and fold(p) not in f.words["person_titles"]:
                        forms.add(p, m)
                forms.by_key.setdefault(m.key, m)
        elif m.type in _NAMED_BODIES and m.kind == "name":
            parts = m.name.split()
            for p in parts[1:] if len(parts) >= 2 else []:
                if _distinctive(f, p, lexical):
                    forms.add(p, m)
                    forms.by_key.setdefault(m.key, m)
        if m.kind == "acronym":
            acronym = f.t.article.text[m.start : m.end]
            forms.add(acronym, m)
            forms.by_key.setdefault(m.key, m)
    return forms


def _distinctive(f: Finder, word: str, lexical: frozenset[str]) -> bool:
    """A word of an organisation's name that can name it alone ("Sandiniste")."""
    return (
        len(word) >= 4
        and word[0].isupper()
        and fold(word) not in lexical
        and fold(word) not in f.words["name_adjectives"]
    )


def merge_person_parts(f: Finder) -> None:
    """A person named by part of another person's name ("M. Demiral" after "Recep
    Demiral", "Lula" after "Luiz Inácio Lula da Silva") is that person."""
    persons = [m for m in f.mentions if m.type == "person"]
    remap = _person_remap(persons)
    if not remap:
        return
    names = {m.key: m.name for m in persons if m.kind == "name"}
    for m in f.mentions:
        if m.key in remap:
            m.key = remap[m.key]
            m.name = names.get(m.key, m.name)
            m.kind = "short" if m.kind == "name" else m.kind


def _person_remap(persons: list[Mention]) -> dict[str, str]:
    """Person key -> the one other person key whose name holds all its words: a name of
    two words or more inside a longer one, or a single word of exactly one full name. An
    initial stands for a given name that begins with it ("A. Mbeki" is "Amos Mbeki")."""
    words_of = {m.key: _key_words(m.key) for m in persons}
    full: dict[str, set[str]] = {}
    for k, ws in words_of.items():
        if len(ws) >= 2 and not _initials(ws):
            for w in ws:
                full.setdefault(w, set()).add(k)
    remap = {}
    for k, ws in words_of.items():
        initials = _initials(ws)
        if initials and ws - initials:
            supers = [o for o in words_of if o != k and _abbreviates(ws, initials, words_of[o])]
        elif len(ws) >= 2 and len(k) >= len("person:") + 1:
            supers = [o for o in words_of if o != k and ws < words_of[o]]
        else:
            supers = list(set.intersection(*(full.get(w, set()) for w in ws)) - {k}) if ws else []
        supers = list(outermost(set(supers)))
        if len(supers) == 1:
            remap[k] = supers[0]
    return remap


def outermost(keys: set[str]) -> set[str]:
    """The person keys of ``keys`` whose words no other key of ``keys`` holds all of, with
    every other key: an article that names one person twice, once with a middle name
    ("Awa Koné" in the headline, "Awa Mariam Koné" in the body), gives "Koné" two full
    names that are one person; the longer stands for both (the identity merge joins them),
    so the surname alone is not ambiguous. Two persons of one surname ("Awa Koné", "Issa
    Koné") stay two keys."""
    words = {k: _key_words(k) for k in keys}
    return {k for k in keys if not any(o != k and words[k] < words[o] for o in keys)}


def _key_words(key: str) -> set[str]:
    """The romanised words of a person's key ("person:awa kone": "awa", "kone")."""
    return {romanised(w) for w in key.split(":", 1)[1].split()}


def _initials(words: set[str]) -> set[str]:
    """The one-letter words of a name's key: initials ("K. Mensah" -> "k")."""
    return {w for w in words if len(w) == 1 and w.isalpha()}


def _abbreviates(words: set[str], initials: set[str], other: set[str]) -> bool:
    """Whether a name with initials is ``other`` abbreviated: its full words are words of
    ``other`` and each initial begins one of ``other``'s remaining words."""
    rest = other - (words - initials)
    return (words - initials) < other and all(any(w[0] == i for w in rest) for i in initials)


# French and English transcriptions of one name written in another alphabet ("Loukachenko"
# and "Lukashenko", "Djibril" and "Jibril", "Choïgou" and "Shoigu"): the sounds French writes
# "ou", "ch", "dj" or "j", "kh" or "h" English writes "u", "sh", "j" or "zh", "kh"; both are
# read in one spelling. Keys are already folded ("ï" is "i").
_ROMANISATIONS = (("sh", "ch"), ("zh", "j"), ("dj", "j"), ("kh", "h"), ("ou", "u"))


def romanised(word: str) -> str:
    """One spelling for the French and English transcriptions of a name's word."""
    for english, french in _ROMANISATIONS:
        word = word.replace(english, french)
    return word


def merge_body_parts(f: Finder) -> None:
    """An organisation, company or medium whose name is another one's name without its
    leading article or capitalised head noun ("Ndembo" for "Front Ndembo", "Monde"
    for "Le Monde") is that body, when exactly one body's name ends so."""
    bodies = [m for m in f.mentions if m.type in _NAMED_BODIES and m.kind == "name"]
    droppable = f.words["determiners"] | f.words["organisation_heads"]
    longer: dict[str, set[str]] = {}
    names: dict[str, Mention] = {}
    for m in bodies:
        words = [fold(w) for w in m.name.replace("'", " ").split()]
        names.setdefault(m.key, m)
        if len(words) >= 2 and words[0] in droppable and m.name[:1].isupper():
            longer.setdefault(" ".join(words[1:]), set()).add(m.key)
    remap = {}
    for m in bodies:
        owners = longer.get(" ".join(fold(w) for w in m.name.replace("'", " ").split()), set())
        owners = owners - {m.key}
        if len(owners) == 1:
            remap[m.key] = next(iter(owners))
    for m in f.mentions:
        if m.key in remap:
            owner = names[remap[m.key]]
            m.key, m.name, m.type = owner.key, owner.name, owner.type
            m.kind = "short" if m.kind == "name" else m.kind
            if owner.fixed_country or owner.strength > m.strength:
                m.country, m.strength = owner.country, owner.strength
                m.fixed_country = owner.fixed_country
