"""The one a clause is "against" is not what its tone judges (session 18): "« nous
riposterons de manière décisive contre toute agression de Y »", "« ces accusations absurdes
contre Y »", "« les sanctions injustes contre Y »".

Why: :func:`~analysis.extract.stance.quote_clauses.read_clauses` reads a direct quote's
evaluative words clause by clause and gives their sum to every actor of the clause. An actor
brought in by "contre" ("à l'encontre de", "face à") is the opponent or the victim of what
the clause is about: a positive tone (a firm answer, a brave fight, "le courage de X face à
Y") is not praise of it, and a negative one (an unjust measure, an absurd charge against Y)
is on Y's side, not against Y. So is a foil the clause sets the judged one against:
"malgré Y", "plutôt qu'avec Y", "au lieu de Y", "contrairement à Y", "plus fiable que Y".
All gave wrong signs. Precision first: such an actor gets
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

# "contre Y", "face à Y" (the parser reads "face" as the case of Y, "à" fixed to it), "malgré
# Y", "plutôt qu'avec Y": the marks of Y that introduce an adversary or a foil
_AGAINST = frozenset({"contre", "face", "malgré", "plutôt"})
# the nouns and adverbs Y hangs on in "à l'encontre de Y", "au lieu de Y", "à la différence
# de Y", "contrairement à Y"
_AGAINST_HEADS = frozenset({"encontre", "lieu", "différence", "contrairement"})
# "plus fiable que Y": the standard of a comparison, read on the words (a "que" right before
# the actor, a comparative word shortly before it: a "que" marking a completive clause
# would be no foil)
_THAN = frozenset({"que", "qu'"})
_COMPARATIVES = frozenset(
    {"plus", "moins", "aussi", "autant", "mieux", "davantage", "meilleur", "meilleure", "pire"}
)


def unopposed(
    st: State, clause: Token, targets: Iterable[Target], polarity: int
) -> Iterator[Target]:
    """The targets of a clause's tone, less those it is aimed against (see the module); a
    concessive phrase's tone only for the actors inside it (its main clause is not what it
    judges: "« malgré nos efforts sincères, Y poursuit … »" praises no Y)."""
    lo, hi = (clause.left_edge.idx, clause.right_edge.idx) if concessive(clause) else (-1, -1)
    for tg in targets:
        if lo >= 0 and not lo <= tg.start <= hi:
            continue
        if not _opposed(st, clause, tg, polarity):
            yield tg


def _opposed(st: State, clause: Token, tg: Target, polarity: int) -> bool:
    span = st.doc.char_span(tg.start, tg.end, alignment_mode="expand")
    if span is None:
        return False
    low = st.low
    if _marked_before(st, span.start):
        return True
    node, own = span.root, True
    for _ in range(6):
        if node.i == clause.i or node.head.i == node.i:
            return False
        aimed = low[node.head.i] in _AGAINST_HEADS or any(
            ch.dep_ in ("case", "cc") and low[ch.i] in _AGAINST for ch in node.children
        )
        if aimed and (own or polarity > 0):
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
        node, own = node.head, False
    return False


# the words that may stand between a mark and its noun ("plutôt qu'avec la", "face à l'")
_BETWEEN = frozenset({"avec", "à", "au", "aux", "de", "d'", "du", "des", "le", "la", "l'", "les"})


def _marked_before(st: State, i: int) -> bool:
    """The actor at token ``i`` follows a mark of adversary or foil, read on the words (the
    parser hangs "plutôt qu'avec Y" and "face à Y" in several ways)."""
    low, k = st.low, i - 1
    stop = max(0, i - 4)
    while k > stop and low[k] in _BETWEEN:
        k -= 1
    if k < 0:
        return False
    if low[k] in ("contre", "malgré", "face"):
        return True
    if low[k] not in _THAN or k == 0:
        return False
    return low[k - 1] == "plutôt" or any(low[m] in _COMPARATIVES for m in range(max(0, k - 5), k))


def concessive(t: Token) -> bool:
    """``t`` heads a concessive phrase ("malgré les provocations de Y", "en dépit des
    menaces de Y"), scored as a clause of its own by :func:`.quote_clauses._clause_scores`. Why:
    summed with its main clause, its words turned the clause's sign ("« malgré les
    provocations de Y, X reste calme et digne »" blamed X); apart, each keeps its own (Y
    blamed, X praised)."""
    if t.pos_ not in ("NOUN", "PROPN"):
        return False
    if t.lower_ == "dépit":
        return any(ch.dep_ == "case" and ch.lower_ == "en" for ch in t.children)
    return any(ch.dep_ == "case" and ch.lower_ == "malgré" for ch in t.children)
