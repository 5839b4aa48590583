"""Where a negation reaches in a quoted clause (session 17).

Why: :func:`~analysis.extract.stance.quote_clauses._clause_scores` flips the sign of a clause's
evaluative words when the clause's verb is negated. That is right for the predicate ("« Y
n'est pas hostile »", "« nous ne voulons pas de confrontation »") but not for a negative
word inside the subject: "« les provocations de Y ne resteront pas sans réponse »", "« les
menaces de Y ne nous intimident pas »" still blame Y — the negation denies what the wrong
does, not that it is a wrong. A positive word in the subject keeps the flip ("« la
confiance n'existe plus avec Y »" is distrust).
"""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


def negative_subject(tok: Token, clause: Token, polarity: int) -> bool:
    """``tok`` is a negative word inside the subject phrase of ``clause``: a negation of the
    clause's verb leaves its sign alone."""
    if polarity >= 0 or tok.i == clause.i:
        return False
    node = tok
    for _ in range(8):
        if node.head.i == node.i:
            return False
        if node.head.i == clause.i:
            return node.dep_ in _SUBJECTS
        node = node.head
    return False
