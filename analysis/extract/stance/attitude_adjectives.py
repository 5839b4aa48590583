"""Attitude adjectives before "envers / à l'égard de / vis-à-vis de" (``readiness`` block of
``stance_cues.yaml``: ``toward_support``, ``toward_oppose``, ``toward_preps``), and before an
adjective's own preposition (``toward_own_preps``: "X s'est dit solidaire de Y").

"X est très critique envers Y", "X s'est montré bienveillant à l'égard de Y", "X reste
méfiant vis-à-vis de Y": the subject of the adjective's clause is for / against what follows
the preposition. The readiness rule (:func:`~analysis.extract.stance.attitudes.readiness`)
reads only "adjective + à"; these adjectives say an attitude toward someone with the
prepositions of address, which that rule never reaches.

Also :func:`passive_subjects`: "X est opposé / réticent à Y" — the parser reads the adjective
as a passive participle whose subject is ``nsubj:pass`` with no agent, so the holder rules
(which take the agent of a passive) find no one; the one who is opposed is that subject.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, load_lexicon, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import holders_of
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import segment_end, target_range
from analysis.resources.datacache import derived


@derived
def toward_words() -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, ...], ...]]:
    """(support adjectives, oppose adjectives, prepositions as word tuples, longest first)."""
    d = load_lexicon("stance_cues").get("readiness") or {}
    # "à l'égard de" as the tokens are: "à", "l'", "égard", "de"
    words = (norm(p).replace("'", "' ").split() for p in d.get("toward_preps") or ())
    preps = sorted((tuple(w) for w in words), key=len)
    return (
        frozenset(norm(w) for w in d.get("toward_support") or ()),
        frozenset(norm(w) for w in d.get("toward_oppose") or ()),
        tuple(reversed(preps)),
    )


@derived
def own_preps() -> dict[str, frozenset[str]]:
    """``toward_own_preps``: for each adjective form, the prepositions besides those of
    address that say whom it is toward ("solidaire de / avec Y")."""
    d = load_lexicon("stance_cues").get("readiness") or {}
    out: dict[str, set[str]] = {}
    for prep, forms in (d.get("toward_own_preps") or {}).items():
        for form in forms or ():
            out.setdefault(norm(form), set()).add(norm(prep))
    return {w: frozenset(p) for w, p in out.items()}


def _own_prep_end(st: State, w: str, k: int) -> int | None:
    """The index after an adjective's own preposition at ``k`` ("solidaire du peuple X":
    "de" and its contractions), if the adjective has one there."""
    preps = own_preps().get(w, frozenset())
    word = st.low[k]
    if word in preps or ("de" in preps and word in _DE):
        return k + 1
    return None


def _all_toward(_c: Cues) -> frozenset[str]:
    sup, opp, _ = toward_words()
    return sup | opp


def passive_subjects(st: State, t: Token) -> list[Party]:
    """The ``nsubj:pass`` subject of an agentless passive participle ("X est opposé à Y"), as
    identified parties; empty for any other token."""
    if t.pos_ not in ("VERB", "ADJ") or not st.res.is_passive(t):
        return []
    if st.res.agent_token(t) is not None:
        return []
    subjects = [h for h in t.children if h.dep_ == "nsubj:pass"]
    return [p for h in subjects for p in st.res.np_parties(h) if p.identified]


def _prep_end(st: State, k: int, sent: Span) -> int | None:
    """The index after the "toward" preposition starting at ``k``, if one starts there."""
    for seq in toward_words()[2]:
        n = len(seq)
        if k + n > sent.end or tuple(st.low[k : k + n - 1]) != seq[:-1]:
            continue
        last = st.low[k + n - 1]
        if last == seq[-1] or (seq[-1] == "de" and last in _DE):  # "à l'égard du Togo"
            return k + n
    return None


_DE = frozenset({"de", "du", "des", "d'"})


def _adjective_holders(st: State, t: Token) -> tuple[list[Party], Token]:
    """The subject of the adjective's clause (its copula or "se montrer / se dire" verb), and
    the token whose negation counts."""
    node = t
    for _ in range(3):
        holders = holders_of(st, node) or passive_subjects(st, node)
        if holders:
            return holders, node
        if node.head.i == node.i or node.dep_ not in ("xcomp", "conj", "acl", "amod"):
            break
        node = node.head
    return [], t


@detector(pos={"ADJ", "VERB", "NOUN"}, words=_all_toward, match="form")
def toward_adjective(st: State, t: Token, sent: Span) -> None:
    """ "X est critique envers Y", "X s'est montré bienveillant à l'égard de Y": X for /
    against Y (negated: no row)."""
    sup, opp, _ = toward_words()
    w = norm(t.text)
    polarity = 1 if w in sup else -1 if w in opp else 0
    if not polarity or t.i + 1 >= sent.end:
        return
    k = t.i + 1
    if st.low[k] in ("très", "si", "trop", "plutôt", "assez", "fort", "particulièrement"):
        return  # an adverb after the adjective is not the preposition ("critique très …")
    a = _prep_end(st, k, sent)
    prep = "envers"
    if a is None:  # "solidaire du peuple X": the adjective's own preposition, named in the cue
        a, prep = _own_prep_end(st, w, k), norm(st.low[k])
    if a is None:
        return
    b = segment_end(st, a, sent)
    if b <= a:
        return
    holders, node = _adjective_holders(st, t)
    if not holders:
        return
    if negated(st, node) or negated(st, t):
        return  # "X n'est pas hostile envers Y" says little for Y: no row rather than a sign
    st.add(holders, target_range(st, a, b), polarity, f"{w} {prep}", "readiness", t, sent)
