"""The role of a place mention: a location ("à Rabat") or a stand-in for its government
("Alger a rompu", "les relations de X"), read from the word before it and its syntax."""

from __future__ import annotations

import bisect

from analysis.document.tokens import TokenView
from analysis.extract.context.places.kb import Gazetteer, place_words
from analysis.extract.context.places.mentions import Mention

GOVERNMENT_KINDS = ("city", "country", "territory", "landmark")


def role_words(gz: Gazetteer) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The knowledge base's locative words, government words and government nouns."""
    return tuple(
        frozenset(gz.kb.get(name, []))
        for name in ("locative_words", "government_words", "government_nouns")
    )


def role(tv: TokenView, m: Mention, words: tuple[frozenset[str], ...]) -> str:
    entry = m.entry
    if entry is None or entry.kind not in GOVERNMENT_KINDS or m.via in ("landmark", "site"):
        return "place"
    i = bisect.bisect_right(tv.idx, m.start) - 1
    if i < 0:
        return "place"
    if dateline(tv, i, m):
        return "place"
    prev = _previous_word(tv, i)
    if acting_subject(tv, i, m, prev):
        return "government"
    loc, gov_words, gov_nouns = words
    if prev in loc:
        return "place"
    if prev in gov_words:
        return "government"
    head, root = tv.head, i
    while head[root] != root and m.start <= tv.idx[head[root]] < m.end:
        root = head[root]
    dep = tv.tokens[root].dep_
    if dep == "conj" and tv.tokens[head[root]].dep_.startswith("nsubj"):
        dep = tv.tokens[head[root]].dep_
    if dep.startswith("nsubj") and not (dep == "nsubj:pass" and passive(tv, head[root])):
        return "government"  # a passive subject undergoes: "Kiev a été frappée" is the town
    if prev in ("de", "d'", "du", "des") and tv.tokens[head[root]].lemma_.lower() in gov_nouns:
        return "government"
    if prev in ("de", "d'", "du", "des") and tv.lower[head[root]] in gov_nouns:
        return "government"
    return "place"


def _previous_word(tv: TokenView, i: int) -> str:
    """The word before token ``i``, skipping a determiner ("à la", "vers le")."""
    lower, articles = tv.lower, place_words("articles")
    j = i - 1
    while j >= 0 and (tv.space[j] or lower[j] in articles):
        j -= 1
    if j < 0:
        return ""
    w = lower[j]
    if w in ("de", "d'") and j > 0 and lower[j - 1] in ("près", "large", "autour", "proximité"):
        return lower[j - 1]
    return w


# Verbs conjugated with "être" in compound tenses ("ils sont convenus", "elle est
# intervenue"): their "être" makes no passive
_ETRE_VERBS = frozenset(
    "aller venir revenir devenir redevenir parvenir intervenir convenir survenir provenir "
    "arriver partir repartir entrer rentrer sortir ressortir monter descendre naître mourir "
    "décéder rester retourner tomber passer apparaître".split()
)


def passive(tv: TokenView, verb: int) -> bool:
    """A true passive: "a été frappée", "est bombardée"; not "sont convenus" (a verb of
    "être"), "s'est félicité" (a pronominal verb) nor "a notifié" (the parser's nsubj:pass
    with "avoir")."""
    kids = tv.children[verb]
    if any(tv.lower[k] in ("se", "s'") for k in kids):
        return False
    auxes = [k for k in kids if tv.dep[k] == "aux:pass"]
    if any(tv.lower[k] == "été" for k in auxes):
        return True
    return bool(auxes) and tv.lemma[verb].lower() not in _ETRE_VERBS


# Words after which a name opens a clause: the start of a sentence, a comma, a conjunction
_CLAUSE_OPENERS = frozenset({"", ",", ";", ":", "que", "qu'", "et", "mais", "car", "puis", "or"})
_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient"})


def acting_subject(tv: TokenView, i: int, m: Mention, prev: str) -> bool:
    """A name that opens a clause and is followed by an active compound verb acts: "Selon
    X, Alger a protesté", "que Tel-Aviv a réagi", "New Delhi n'a pas répondu", whatever the
    parse made of it. A passive ("Tripoli a été bombardée") keeps the place."""
    if prev not in _CLAUSE_OPENERS:
        return False
    j = bisect.bisect_left(tv.idx, m.end)
    lower, n = tv.lower, len(tv.lower)
    if j < n and lower[j] in ("n'", "ne"):
        j += 1
    if j + 1 >= n or lower[j] not in _AUXILIARIES:
        return False
    k = j + 1
    while k < n and (tv.pos[k] == "ADV" or lower[k] in ("pas", "plus", "jamais")):
        k += 1  # "a officiellement notifié", "n'a pas répondu"
    return k < n and tv.pos[k] == "VERB" and lower[k] != "été"


def dateline(tv: TokenView, i: int, m: Mention) -> bool:
    """ "LOMÉ, 5 juin (Agence) -", "DAKAR (APS) -": a town that opens a paragraph, followed by
    a comma or a bracket, is the dateline's place."""
    if m.entry is None or m.entry.kind != "city":
        return False
    j = bisect.bisect_left(tv.idx, m.end)
    return j < len(tv.lower) and tv.lower[j] in (",", "(") and _paragraph_start(tv, i)


def _paragraph_start(tv: TokenView, i: int) -> bool:
    """Token ``i`` is the first word of a paragraph (of the text, or after a blank line)."""
    j = i - 1
    while j >= 0 and tv.space[j]:
        if "\n" in tv.tokens[j].text:
            return True
        j -= 1
    return j < 0 or tv.tokens[j].text_with_ws.endswith("\n")
