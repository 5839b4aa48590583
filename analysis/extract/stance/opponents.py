"""The one a clause is "against" is not what its tone judges (session 18): "« nous
riposterons de manière décisive contre toute agression de Y »", "« ces accusations absurdes
contre Y »", "« les sanctions injustes contre Y »".

Why: :func:`~analysis.extract.stance.quoted._quote_clauses` reads a direct quote's
evaluative words clause by clause and gives their sum to every actor of the clause. An actor
brought in by "contre" ("à l'encontre de", "face à") is the opponent or the victim of what
the clause is about: a positive tone (a firm answer, a brave fight, "le courage de X face à
Y") is not praise of it, and a negative one (an unjust measure, an absurd charge against Y)
is on Y's side, not against Y. Both gave wrong signs. Precision first: such an actor gets
no row from the clause's tone — with a positive tone also when it is only named inside the
phrase after "contre" ("contre toute agression de Y": Y is still the one countered); the
word rules (a negative noun's author, :mod:`.reported_terms`, :mod:`.verdicts`) still read
it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State

# "contre Y", "face à Y" (the parser reads "face" as the case of Y, "à" fixed to it)
_AGAINST = frozenset({"contre", "face"})


def unopposed(
    st: State, clause: Token, targets: Iterable[Target], polarity: int
) -> Iterator[Target]:
    """The targets of a clause's tone, less those it is aimed against (see the module)."""
    for tg in targets:
        if not _opposed(st, clause, tg, polarity):
            yield tg


def _opposed(st: State, clause: Token, tg: Target, polarity: int) -> bool:
    span = st.doc.char_span(tg.start, tg.end, alignment_mode="expand")
    if span is None:
        return False
    low = st.low
    node, own = span.root, True
    for _ in range(6):
        if node.i == clause.i or node.head.i == node.i:
            return False
        aimed = low[node.head.i] == "encontre" or any(
            ch.dep_ == "case" and low[ch.i] in _AGAINST for ch in node.children
        )
        if aimed and (own or polarity > 0):
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
        node, own = node.head, False
    return False
