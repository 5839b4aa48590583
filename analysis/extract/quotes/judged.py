"""An agentless judgement on the complement of a judging act: "X a rompu avec le régime de Y
qualifié de « … »", "X a condamné le tir jugé « … »", "X a émis une condamnation de
l'attitude de Y, qualifiée de « … »". The participle names no agent, but the clause it sits in
is X's act of judging the very thing it qualifies: the term is X's (the press reports the
actor's wording of its own act). Without such an act ("X a effectué une visite qualifiée
d'« historique »") or when the participle qualifies the clause's subject ("Le sommet,
qualifié de « décisif », s'ouvre", "une délégation qualifiée de « solide »" in a sentence
whose subject is no party) the term stays the journalist's, unattributed.

The act is a verb of acting on a party or a deed in judgement (``judging_acts`` of
``quotes_verbs.yaml``: condamner, rompre, couper, expulser…) or a verb of voicing
(``expressing_verbs``) over a noun of feeling or position ("émettre une condamnation de Z"),
not negated, whose subject is an identified actor outside quotation marks. A speech verb alone
is none ("X a conclu une visite qualifiée d'« historique »": the journalist's epithet)."""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.cues import is_negated, matches, norm
from analysis.extract.quotes.feelings import is_feeling_noun
from analysis.extract.quotes.speakers import Party
from analysis.extract.quotes.words import (
    DE,
    EXPRESSING_VERBS,
    JUDGING_ACTS,
    PARTICIPLE_GAP_WORDS,
)

# dependency relations of a participle qualifying a noun ("le tir jugé « … »")
_QUALIFYING = ("acl", "amod")
# how far the noun the participle qualifies may sit below the act's verb
_MAX_CLIMB = 4


def participle_before(quoter, first: int, s0: int) -> Token | None:
    """The participle right before the quotation's first token (past "de", a determiner, a
    mark or a gap word: "qualifié d'« … »", "jugée comme « … »"), or None."""
    doc = quoter.doc
    k, steps = first - 1, 0
    while k >= s0 and steps < 6:
        t = doc[k]
        w = norm(t.text)
        if t.is_punct and t.text not in (",", ".", ";", ":"):
            k -= 1
            continue
        if w in DE or w in PARTICIPLE_GAP_WORDS or t.pos_ == "DET":
            k, steps = k - 1, steps + 1
            continue
        return t if t.pos_ in ("VERB", "ADJ") else None
    return None


def judging_verb(participle: Token) -> tuple[Token | None, bool]:
    """(the verb of the clause whose complement the participle qualifies, whether a noun of
    feeling or position was passed on the way: "a émis une condamnation de Z"), climbing
    from the qualified noun through nouns only, never through a subject (the subject
    qualified is no judge's complement)."""
    if participle.dep_ not in _QUALIFYING:
        return None, False
    node = participle.head
    feeling = False
    for _ in range(_MAX_CLIMB):
        if node.pos_ != "NOUN" and node.pos_ != "PROPN":
            return None, False
        if node.dep_.startswith("nsubj") or node.head is node:
            return None, False
        feeling = feeling or is_feeling_noun(node)
        node = node.head
        if node.pos_ == "VERB":
            return node, feeling
    return None, False


def judge_of(quoter, participle: Token) -> Party | None:
    """The identified actor whose act of judging governs the noun the agentless participle
    qualifies (see the module docstring), or None."""
    verb, feeling = judging_verb(participle)
    if verb is None or is_negated(verb):
        return None
    # a speech verb alone is no judging act ("X a conclu une visite qualifiée d'« … »")
    act = matches(verb, JUDGING_ACTS) or (feeling and matches(verb, EXPRESSING_VERBS))
    if not act:
        return None
    parties = [p for p in quoter.res.subjects(verb) if not quoter.res.in_quote(p.start)]
    if not parties or not parties[0].identified or parties[0].actor_id is None:
        return None
    return parties[0]
