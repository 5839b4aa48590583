"""The two sides of an agreement named after the participle that signed it: "le protocole
d'accord signé le 1er janvier entre X et Y", "le mémorandum conclu en 2019 par X et Y".

Why apart from :func:`~analysis.extract.stance.acts.between_sides`: that reader looks for
"entre" within a few words of the noun, which a participle and its date push out of reach;
and "par X et Y" names the signatories as the agent of the participle. Read linearly
(the parser hangs "entre"/"par" on the date or the participle unpredictably): a signing
participle (``signing_participles`` of ``stance_interactions.yaml``) right after the noun or
its epithets, then "entre" or "par" within the same clause part, then exactly two named
parties.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.collective import typed_pair
from analysis.extract.stance.relations import sides_of
from analysis.extract.stance.state import State
from analysis.resources.datacache import derived

# what may stand between the noun and its participle ("protocole d'accord maritime signé")
# and their coordination, closing quotes ("protocole d'entente naval et douanier" signé")
_NOUN_TAIL = frozenset({"de", "d'", "d’", "et", "»", '"', "”"})
# what closes the participle's clause part
_STOPS = frozenset({",", ";", ".", ":", "(", ")", "«", "»", '"', "qui", "que", "pour", "avec"})
# how far "entre"/"par" may come after the participle (a date: "le 1er janvier 2024")
_REACH = 7
# how far the members may run after "entre"/"par"
_MEMBERS = 14


@derived
def signing_participles() -> frozenset[str]:
    """The ``signing_participles`` of ``stance_interactions.yaml`` (lemmas)."""
    lex = load_lexicon("stance_interactions")
    return frozenset(norm(w) for w in lex.get("signing_participles") or [])


def _participle(st: State, noun: Token, sent: Span) -> int | None:
    """The index of a signing participle right after the noun, past its epithets and its
    "de" complements ("protocole d'accord maritime signé", "mémorandum d'accord militaire et
    de sécurité » signé")."""
    k = noun.i + 1
    for _ in range(7):
        if k >= sent.end:
            return None
        if norm(st.tv.lemma[k]) in signing_participles() and st.tv.pos[k] in ("VERB", "ADJ"):
            return k
        if st.tv.pos[k] != "ADJ" and st.low[k] not in _NOUN_TAIL and st.tv.pos[k] != "NOUN":
            return None
        k += 1
    return None


def signed_sides(st: State, noun: Token, sent: Span) -> list[Party]:
    """The two parties of "N signé (date) entre X et Y" / "N signé (date) par X et Y";
    empty unless exactly two distinct named parties."""
    p = _participle(st, noun, sent)
    if p is None:
        return []
    prep = None
    for k in range(p + 1, min(sent.end, p + 1 + _REACH)):
        if st.low[k] in _STOPS:
            return []
        if st.low[k] in ("entre", "par"):
            prep = k
            break
    if prep is None:
        return []
    end = prep + 1
    while end < min(sent.end, prep + 1 + _MEMBERS) and st.low[end] not in _STOPS:
        if st.tv.pos[end] in ("VERB", "AUX"):
            break  # "... entre X et Y continue de ...": the members end at the verb
        end += 1
    sides = sides_of(st, prep + 1, end)
    if len(sides) != 2 and st.low[prep] == "entre" and prep + 2 < sent.end:
        if st.low[prep + 2] == "deux":  # "entre les deux pays"
            sides = typed_pair(st, st.tv.tokens[prep + 3]) if prep + 3 < sent.end else []
    if len(sides) != 2 or sides[0].actor_id == sides[1].actor_id:
        return []
    if not sides[0].actor_id and sides[0].name == sides[1].name:
        return []
    return sides
