"""Verbs of passing words on: the one cited speaks, not the one citing.

"Le journal cite un analyste : « … »", "l'agence, citant un diplomate, rapporte que …",
"X a relayé les propos de Y : « … »": the subject of a verb of :data:`CITING_VERBS` only
passes the words on; their speaker is the verb's object when it names a party, or the party
whose utterance the object names ("les propos de Y", "les mots de Y"). An object that names
neither ("le journal rapporte la décision : …") leaves the subject as the speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.extract.cues import norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.quotes.words import CITING_VERBS, DE, SPEECH_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from analysis.extract.quotes.base import QuoterBase

_OBJECTS = frozenset(("obj", "obj:lvc"))


def cited_party(q: QuoterBase, verb: Token) -> Party | None:
    """The party a citing verb's object names (see the module docstring), or None."""
    tv = q.token_view
    if norm(tv.lemma[verb.i]) not in CITING_VERBS:
        return None
    for c in tv.children[verb.i]:
        if tv.dep[c] not in _OBJECTS or q.res.in_quote(tv.idx[c]):
            continue
        if norm(tv.text[c]) in SPEECH_NOUNS:
            # "les propos de Y": the complement of the utterance noun
            for d in tv.children[c]:
                if any(norm(tv.text[e]) in DE for e in tv.children[d] if e < d):
                    party = _phrase_party(q, d)
                    if party is not None:
                        return party
            return None
        return _phrase_party(q, c)
    return None


def _phrase_party(q: QuoterBase, head: int) -> Party | None:
    """The identified party of the noun phrase headed by ``head`` (up to its first comma:
    "Y, analyste basé à Z" is Y), or None."""
    tv = q.token_view
    if tv.pos[head] not in ("NOUN", "PROPN"):
        return None
    i = head
    while i > 0 and tv.head[i - 1] == head and tv.pos[i - 1] in ("DET", "ADJ", "NOUN"):
        i -= 1
    j = head + 1
    while (
        j < len(tv.text)
        and tv.text[j] not in (",", ":", ".", "«", '"')
        and (tv.head[j] == head or tv.head[j] in range(head, j))
    ):
        j += 1
    party = q.res.party(i, j)
    return party if party.identified else None
