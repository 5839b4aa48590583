"""The aide of a named person speaks, not the person: "le conseiller du président X a dit",
"la porte-parole du Premier ministre X a affirmé", "l'avocat du ministre X a déclaré". A person
role (the head of the subject) whose "de / du / de la" complement is another person role
followed right away by a name has a holder of its own: the name is the complement's holder,
who is not the one speaking. The speaker is whoever the article gives the head's office to,
else nobody named (a wrong speaker is worse than a missing one).

Not a dependent: a title whose complement is a portfolio or a body ("le ministre des Affaires
étrangères X", "le président du Conseil européen X", "le secrétaire d'État X": no person role
after "de"), and a name apposed after a comma or after a further complement ("le représentant
du secrétaire général de l'ONU, X": the name is the representative's)."""

from __future__ import annotations

from analysis.document.tokens import TokenView

_DE = frozenset(("de", "du", "d'", "d’"))
_ARTICLES = frozenset(("la", "l'", "l’", "le"))


def complement_holder(tv: TokenView, head: int, name_at: int, roles: frozenset[str]) -> bool:
    """Whether the name starting at character offset ``name_at`` is the holder of a person
    role in a "de" complement of the person role at token ``head``."""
    low, pos = tv.low, tv.pos
    if low[head] not in roles and tv.lemma_low[head] not in roles:
        return False
    k = head + 1
    while k < len(low) and pos[k] == "ADJ":  # "le conseiller spécial du président"
        k += 1
    if k >= len(low) or low[k] not in _DE:
        return False
    k += 1
    if k < len(low) and low[k] in _ARTICLES:
        k += 1
    if k >= len(low) or low[k] not in roles:
        return False
    # the complement's title runs on (role words, adjectives) up to the name
    while k < len(low) and tv.idx[k] < name_at:
        if not (low[k] in roles or pos[k] == "ADJ" or tv.lemma_low[k] in roles):
            return False
        k += 1
    return k < len(low) and tv.idx[k] == name_at
