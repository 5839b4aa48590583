"""States named only as places that are parties all the same.

A country named only as a place ("à Rabat", "le retrait des troupes du Mali") is no actor
(:func:`analysis.extract.actors.identity.drop_place_only_states`). One place is a party of
a diplomatic story though: the state where a state's own envoy is posted ("la Bolivie a
rappelé son ambassadeur en Argentine", "nos diplomates au Mali"): recalling or summoning
him is an act toward that state. It stays an actor; its mentions keep ``actor_position``
False, so that nothing reads it as acting (countries, the protagonist). A visit's
destination ("sa visite au Soudan") stays a place: the gold files do not list it.
"""

from __future__ import annotations

from analysis.extract.actors.identity import drop_place_only_states
from analysis.extract.actors.records import Mention
from analysis.extract.actors.text import Text, is_punct
from analysis.resources.gazetteer import word_set

# the prepositions of a posting ("en Argentine", "au Mali", "à Lomé")
_TO = frozenset({"en", "au", "aux", "a"})
# the possessives of a state's own envoys
_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs", "notre", "nos"})
# words between a title and its posting ("l'ambassadeur de France au Mali")
_REACH = 4


def keep_parties(t: Text, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the states named only as places, except the parties (see the
    module docstring)."""
    kept = drop_place_only_states(mentions)
    keys = {m.key for m in kept}
    parties = {m.key for m in mentions if m.type == "state" and m.key not in keys and _hosts(t, m)}
    return [m for m in mentions if m.key in keys or m.key in parties]


def _hosts(t: Text, m: Mention) -> bool:
    """The state mention ``m`` follows "en / au / aux / à" after a posting title with a
    possessive ("son ambassadeur", "nos diplomates"; a few words before, no punctuation
    between)."""
    i = t.index_at(m.start)
    if i is None:
        return False
    k = i - 1 if t.key(i - 1) in ("la", "l", "le", "les") else i
    if t.key(k - 1) not in _TO or is_punct(t.gap(k)) or is_punct(t.gap(k - 1)):
        return False
    titles = word_set("actors_words", "posting_titles")
    for x in range(k - 2, max(-1, k - 2 - _REACH), -1):
        if not t.same_sentence(x, i) or is_punct(t.gap(x + 1)):
            return False
        if t.key(x) in titles:
            return t.key(x - 1) in _POSSESSIVES
    return False
