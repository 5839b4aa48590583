"""What a demand asks for may name an actor in its complement: "appeler Y à respecter le
principe de non-ingérence de Z", "exhorter Y à préserver l'intégrité territoriale de Z" ask
for the principle or the integrity, an issue, even though Z is named inside it.

Why: the demand rule gave no row on a demanded phrase that mentions any actor, to keep a
name that is the addressee ("exiger du Y qu'il ...") from reading as the thing asked for;
that gate also dropped every issue whose "de" complement is an actor, the commonest shape of
what diplomats ask others to respect, preserve or apply. The construction: the object of the
demanded infinitive is a common noun, no actor mention covers it, and the phrase stays an
issue (no actor bound to it by an attribute noun): the row is on the issue, labelled by its
words; a phrase bound to the actor of its "de" complement ("les projets de Z") passes only
when the demand is against it ("déjouer les projets de Z": against Z), since a positive
infinitive may itself be a blame ("condamner les attaques de Z" is not for Z). A name keeps
the gate.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State


def issue_of_actor(
    st: State, thing: Token, target: Target, from_infinitive: bool, polarity: int
) -> bool:
    """True when ``target`` (the phrase of ``thing``, the object of a demanded infinitive)
    is an issue whose complement names an actor, not the actor itself (see the module)."""
    if not from_infinitive or thing.pos_ != "NOUN":
        return False
    if target.actor_id is not None and polarity >= 0:
        return False  # "appeler X à condamner les attaques de Y" is not for Y
    return not any(s <= thing.idx < e for s, e, _a in st.res.mentions_in(target.start, target.end))
