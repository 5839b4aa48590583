"""A body's name and its head's name written without a comma between them.

"le secrétaire général du Parti X Tran Van Minh", "le président du Conseil présidentiel Ali
Ben Salem", "le chef de la Ligue Marco Bianchi": the press often drops the comma between the
body a title complements and the title holder's name, and the tagger then reads the whole
run as one body. When a capitalised body head (and its lowercase adjectives) complements a
person's title and is followed by two proper nouns or more that are no body, place, title
nor portfolio word, the run is two names: the body, then its holder. So is a body the
knowledge base named before ("le patron de Sonatrach Amadou Keita"): its name is claimed
already, the holder's name is what is left free.
"""

from __future__ import annotations

from analysis.extract.actors.finder import Finder

_LINKS = ("de", "du", "des", "d")


def holder_split(f: Finder, i: int, j: int) -> int | None:
    """The word where the holder's name starts inside the run [i, j), or None."""
    t, words = f.t, f.words
    if not f.is_cap(i) or t.key(i) not in words["organisation_heads"] or j - i < 3:
        return None
    k = i - 1
    if t.key(k) in ("la", "l"):
        k -= 1
    if t.key(k) not in _LINKS or f.phrase_before(k, words["roles"]) is None:
        return None  # not the complement of a title: "le chef du Parti X"
    s = i + 1
    while s < j and not f.is_cap(s) and f.pos(s) == "ADJ":
        s += 1  # "Parti communiste", "Conseil présidentiel"
    if j - s < 2 or not f.person_starts(s) and not _proper_nouns(f, s, j):
        return None
    lexical = words["organisation_heads"] | words["portfolios"] | words["roles"]
    if any(t.key(x) in lexical or x in f.gaz for x in range(s, j)):
        return None
    return s


def _proper_nouns(f: Finder, s: int, j: int) -> bool:
    """Words [s, j) make a person's name: capitalised nouns (the tagger reads an unknown
    first name as a common noun), name particles and hyphens inside ("Ali al-Salem"), and
    no adjective ("Forces Armées Royales" names a body)."""
    t, particles = f.t, f.words["name_particles"]

    def name_word(x: int) -> bool:
        return f.pos(x) in ("PROPN", "NOUN") and t.ws[x].text[:1].isupper()

    return (
        name_word(s)
        and name_word(j - 1)
        and all(
            name_word(x) or t.key(x) in particles or t.ws[x].text == "-" for x in range(s + 1, j)
        )
    )


def known_body_holder(f: Finder, i: int, j: int) -> int | None:
    """The word where the holder's name starts inside the run [i, j) whose first words are
    a body already found (claimed by the knowledge base's institutions) that complements a
    person's title, the rest two proper nouns or more left free; or None."""
    t, ws = f.t, f.t.ws
    body = f.by_start.get(ws[i].start)
    if body is None or body.type not in ("organisation", "company", "media"):
        return None
    s = next((x for x in range(i + 1, j) if ws[x].start >= body.end), j)
    if j - s < 2 or ws[s - 1].end != body.end or f.punct_before(s) or not f.free_words(s, j):
        return None
    k = i - 1
    if t.key(k) in ("la", "l", "le"):
        k -= 1
    if t.key(k) not in _LINKS or f.phrase_before(k, f.words["roles"]) is None:
        return None
    if not (f.person_starts(i) or f.person_starts(s)) or not _proper_nouns(f, s, j):
        return None
    lexical = f.words["organisation_heads"] | f.words["portfolios"] | f.words["roles"]
    return None if any(t.key(x) in lexical or x in f.gaz for x in range(s, j)) else s
