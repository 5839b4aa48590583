"""Acts two subjects do to each other, stated with a pronominal verb (``stance_acts.yaml``:
``reciprocals``; session 16, narr).

"X et Y s'accusent mutuellement de provocations", "les deux voisins se querellent depuis des
années", "X et Y se sont réconciliés": each subject is against (hostile verbs, −1) or for
(friendly verbs, +1) the other.

Why apart from :mod:`analysis.extract.stance.lexical`: there a verb's subject holds a stance
toward its object; here the object is the reflexive "se", which stands for the other
subject. Precision first: two distinct named subjects (a coordination or a pair noun, "les
deux pays"), not one side named twice; the "se" (or "mutuellement", "l'un l'autre") must be
there; a complement naming a third party ("s'opposer à Z", "s'allier avec Z") or a negation
gives no row.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, matches, norm
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import is_named
from analysis.extract.stance.mutual import each_other, two_sides
from analysis.extract.stance.state import State

_SE = frozenset({"se", "s'", "s’"})


def _lists(c: Cues) -> dict:
    return c.acts.get("reciprocals") or {}


def _verbs(c: Cues) -> frozenset[str]:
    m = _lists(c)
    return frozenset(m.get("hostile", ())) | frozenset(m.get("friendly", ()))


def _reflexive(st: State, t: Token, sent: Span) -> bool:
    """A "se" on the verb, or a reciprocal adverb after it."""
    tv = st.tv
    if any(st.low[c] in _SE for c in tv.children[t.i] if c < t.i):
        return True
    markers = frozenset(_lists(st.c).get("markers", ()))
    tail = " ".join(st.low[t.i + 1 : min(sent.end, t.i + 8)])
    return any(f" {m} " in f" {tail} " for m in markers)


def _third_party(st: State, t: Token) -> bool:
    """A complement of the verb opened by a preposition of a third party ("à Z", "avec Z"),
    or a "de" complement that names a party ("se rapprocher de Z")."""
    m = _lists(st.c)
    preps, de = frozenset(m.get("third_party", ())), frozenset(m.get("third_party_de", ()))
    tv = st.tv
    for c in tv.children[t.i]:
        if c < t.i or not tv.dep[c].startswith(("obl", "obj", "iobj")):
            continue
        cases = {st.low[g] for g in tv.children[c] if tv.dep[g] == "case"}
        if cases & preps or (cases & de and is_named(st.res.np_party(st.doc[c]))):
            return True
    return False


@detector(pos={"VERB"}, words=_verbs)
def reciprocal(st: State, t: Token, sent: Span) -> None:
    """ "X et Y s'accusent mutuellement": each against the other (see the module)."""
    m = _lists(st.c)
    if matches(t, frozenset(m.get("hostile", ())), st.c):
        sign = -1
    elif matches(t, frozenset(m.get("friendly", ())), st.c):
        sign = 1
    else:
        return
    if not _reflexive(st, t, sent) or _third_party(st, t) or negated(st, t):
        return
    parties = two_sides(st, t)
    if not parties:
        return
    each_other(st, parties, sign, f"se {norm(t.lemma_)}", "reciprocal", t, sent)
