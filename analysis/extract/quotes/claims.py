"""A quotation inside a reported claim speaks with the claim's speaker when its own rules name
no one: "X a prévenu que cette dispute risquait d'ébranler « la stabilité »", "D'après la
même source, les entretiens ont porté sur le « calendrier du retrait »".

Why: a quotation is attributed from the nearest verb that governs it; inside a "que" clause
or a "selon" claim that verb is often the clause's own ("menacer", "considérer"), whose
subject is a thing or a pronoun naming no one ("cette dispute", "elles"), or a "selon" phrase
the quotation's rules read differently from the claim's. The claim around it ("X a prévenu
que …", "d'après la même source, …") was read by the reported-speech rules, which named its
speaker: the quoted words are part of what that speaker said. Only quotations whose rules
found a speech cue or a "selon" naming no one take it — a name or a title said by no one
("name"), an agentless participle ("qualifiée de « … »": someone else's word) and a passive
keep no speaker. A quotation with no rule at all takes it only inside a "que" clause of a
speech verb ("X a soutenu que la crise … et que ses voisins feraient mieux de ne plus
désigner de « coupables commodes »": the words the speaker is reported to have said, the parse
of a long clause too deep to climb); elsewhere (an incise claim, a witness's "a constaté un
journaliste") it stays a journalist's term.
"""

from __future__ import annotations

from analysis.extract.quotes.base import Attribution
from analysis.extract.quotes.words import WITNESS_VERBS

# the attributions whose quotation may take the speaker of the claim around it
_OPEN_HOWS = frozenset(("cue", "selon"))


def within_claims(items: list[tuple], noted: int) -> list[tuple]:
    """``items`` (start, end, attribution, kind) of one sentence, the quotations first (the
    ``noted`` first ones) and then the reported claims: each quotation attributed to no one by
    a cue or a "selon" and lying inside a claim whose speaker is named takes that speaker
    (attribution "claim")."""
    claims = [
        (a, b, att)
        for a, b, att, _kind in items[noted:]
        if att.party is not None and att.party.identified
    ]
    if not claims:
        return items
    out = list(items)
    for k in range(noted):
        a, b, att, kind = items[k]
        if att.party is not None and att.party.identified:
            continue
        if att.how not in _OPEN_HOWS and att.how != "none":
            continue
        around = next(
            (c for c in claims if c[0] <= a and b <= c[1] and (att.how != "none" or _said(c[2]))),
            None,
        )
        if around is not None:
            out[k] = (a, b, Attribution(around[2].party, att.cue, "claim"), kind)
    return out


def _said(claim: Attribution) -> bool:
    """The claim is a "que" clause of a verb of saying (not of seeing: "X a constaté que")."""
    return claim.how == "que" and claim.cue not in WITNESS_VERBS
