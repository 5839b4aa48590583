"""Whom "vous" stands for when the sentence names no addressee: the one the speaker met.

Why: in the account of a visit, officials speak to their guest or host ("« nous sommes prêts
à coopérer avec vous », a déclaré X") and the sentence often names no one after the speech
verb (:func:`~analysis.extract.stance.targets.addressee_target` reads "a dit X à Y"). The
article has told the meeting before: a visit or a reception (rows of kind ``visit`` /
``host``) between the speaker's side — the speaker, an actor of his country, his state — and
one party of another country. That party is the one addressed. A party whose country is
unknown counts as another one met (so "vous" stays unresolved) but is never the answer.

Precision first: only when exactly one such party is found before the quote (a speaker who
met several delegations addresses no one we can tell), never a party of the speaker's own
country. The target keeps the pronoun's own words ("vous") as its text: those are the words
that stand for it.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State


def met_partner(st: State, pron: Token) -> Target | None:
    """The single party of another country that the speaker of the quote holding ``pron``
    (or his side) visited or received earlier in the article, as a target for ``pron``."""
    speaker = st.speaker_at(pron.idx)
    if speaker is None or not speaker.actor_id:
        return None
    country = _country(st, speaker.actor_id)
    if not country:
        return None
    partners: set[str] = set()
    for a, b in st.met:
        mine_a, mine_b = _country(st, a) == country, _country(st, b) == country
        if mine_a != mine_b:  # one side is the speaker's, the other is met
            partners.add(b if mine_a else a)
    if len(partners) != 1:
        return None
    aid = partners.pop()
    if _country(st, aid) is None:
        return None
    return Target(st.res.actor_name(aid), aid, pron.text, pron.idx, pron.idx + len(pron))


def _country(st: State, actor_id: str) -> str | None:
    """The actor's country (a state's own code), None when unknown."""
    country = st.res.actors.get(actor_id, {}).get("country")
    return country if isinstance(country, str) and country else None
