"""The leaders of the two sides of a relation: "Les deux chefs d'État ont évoqué la
coopération entre X et Y", "Les présidents A et B ont passé en revue les relations entre X et
Y".

Why: "la coopération entre X et Y" gives each state a row for the other; when the clause's
subjects are the two states' own office holders, they speak of their own countries'
relation, and each of them is for the other side too (a minister's words are his, and the
state's when stated as its position). Only a subject whose country is one of the two sides
holds a row, for the other side: a third party discussing the relation ("le médiateur a
évoqué les relations entre X et Y") stands for neither.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.holders import pair_subject, state_of
from analysis.extract.stance.state import State, governing

_VERBS = frozenset({"VERB", "AUX"})


def side_leaders(st: State, noun: Token, sides: tuple[Party, Party]) -> list[tuple[Party, Party]]:
    """(leader, other side) for each subject of the verb carrying ``noun`` whose country is
    one of ``sides`` (see the module); "les deux chefs d'État" stands for the pair named
    last."""
    gov = governing(noun, _VERBS, 4)
    if gov is None:
        return []
    subjects = pair_subject(st, gov) or st.res.subjects(gov)
    a, b = sides
    out = []
    for p in subjects:
        if not p.actor_id or st.res.actor_type(p.actor_id) != "person":
            continue
        state = state_of(st, p.actor_id, st.states)
        if state is not None and state == a.actor_id:
            out.append((p, b))
        elif state is not None and state == b.actor_id:
            out.append((p, a))
    return out
