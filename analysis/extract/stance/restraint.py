"""Calls for restraint: "appeler X et Y à la retenue", "exhorter X à faire preuve de
retenue", "inviter les parties au calme / à la désescalade", "appeler X à éviter toute
escalade", and calls for a peaceful settlement ("appeler X et Y au dialogue", "exhorter X à
régler ses différends par la négociation", session 14). A demand usually presses its
addressee ("appeler Y à retirer ses troupes": against Y); a call to calm down does not: it
is addressed to both sides of a crisis, or to one as a caution, and blames none (the gold
convention: neutral to each side; the stance is for restraint, against escalation). So the
demand detector asks :func:`restraint_call` and records a neutral row for the addressee
instead of its pressure row (:func:`~analysis.extract.stance.neutral.neutral_call`).

The construction, whatever the words (``stance_overtures.yaml``, block "calls for
restraint"): within the complement of the demand verb (up to the end of its segment), a word
of restraint (``restraint_words``: retenue, calme, désescalade, apaiser, désamorcer …), or a
verb of avoidance ("éviter") followed by a word of escalation
(``restraint_avoided``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.stance.state import State
from analysis.resources.datacache import derived

_AVOID = frozenset({"éviter"})  # not "renoncer à la violence": a demand to stop presses
_WINDOW = 14


@derived
def restraint_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words of restraint and the words of escalation of the lexicon."""
    lex = load_lexicon("stance_overtures")
    calm = list(lex.get("restraint_words") or []) + list(lex.get("settlement_words") or [])
    return (
        frozenset(norm(w) for w in calm),
        frozenset(norm(w) for w in lex.get("restraint_avoided") or []),
    )


@derived
def avoidance_verbs() -> frozenset[str]:
    """ "éviter", "prévenir", "empêcher" …: a demand to do one of them is against its object
    ("appeler à éviter toute escalade"), read by the demand detector like a cessation."""
    return frozenset(norm(w) for w in load_lexicon("stance_overtures").get("avoidance_verbs") or [])


def restraint_call(st: State, t: Token, sent: Span, end: int) -> bool:
    """The demand ``t`` asks for restraint (see the module): a word of restraint, or of
    avoidance before a word of escalation, in its complement (tokens after it, up to
    ``end``)."""
    calm, escalation = restraint_words()
    tv = st.tv
    stop = min(end, sent.end, t.i + 1 + _WINDOW)
    avoiding = False
    for k in range(t.i + 1, stop):
        lemma = norm(tv.lemma[k])
        if lemma in calm or st.low[k] in calm:
            return True
        if lemma in _AVOID:
            avoiding = True
        elif avoiding and (lemma in escalation or st.low[k] in escalation):
            return True
    return False
