"""A leave refused in someone's words, the two shapes the refusal rule of
:mod:`~analysis.extract.stance.commitments` missed (lexicon
``data/lexicons/stance_leave.yaml``):

* refused to no one in particular: "« notre État ne permettra à quiconque de toucher à ses
  rivages »", "« je ne laisserai personne redessiner nos frontières »": the speaker
  is against the act itself (the infinitive phrase), as an issue;
* the infinitive hung by the parser on the dative rather than on the verb ("« jamais on ne
  permettra au cabinet de Y de piller nos eaux »": "piller" read as a complement of
  "cabinet"): the dative's actor is the one refused, as when the parser
  hangs the infinitive on the verb.

Why: the refusal rule names the third party whose act would be let happen; with "personne"
there is none, and the row was dropped although the words are a warning against the act.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import label
from analysis.resources.datacache import derived

_DATIVE = frozenset({"à", "au", "aux"})
_DE = frozenset({"de", "d'", "d’"})


@derived
def nobody_words() -> frozenset[str]:
    """The words naming no one (``stance_leave.yaml``)."""
    return frozenset(norm(w) for w in load_lexicon("stance_leave").get("nobody") or [])


def dative_infinitives(verb: Token) -> list[Token]:
    """ "permettre au cabinet de Y de piller ...": the infinitive with "de" that the
    parser hung on the verb's dative ("acl" of the noun) rather than on the verb."""
    out = []
    for c in verb.children:
        if c.dep_ not in ("obl:arg", "iobj") or not any(g.lower_ in _DATIVE for g in c.children):
            continue
        for a in c.children:
            marks = [m for m in a.children if m.dep_ == "mark"]
            if a.dep_ == "acl" and a.pos_ == "VERB" and any(m.lower_ in _DE for m in marks):
                out.append(a)
    return out


def refused_act(st: State, verb: Token, sent: Span) -> Target | None:
    """The act a negated refusal verb lets no one do ("ne permettre à personne de X", "ne
    laisser personne X"): the infinitive phrase X; None when the leave is refused to
    someone (the refusal rule's third party) or there is no infinitive."""
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if act is None or not any(_nobody(st, t) for t in _beneficiaries(verb, act)):
        return None
    return _act_target(st, act, sent)


def _beneficiaries(verb: Token, act: Token) -> list[Token]:
    """The words between the verb and the infinitive that may name who is let: its dative,
    its object, or a word the parser hung on it ("ne laisserons personne toucher")."""
    return [c for c in verb.children if verb.i < c.i < act.i and c.pos_ in ("NOUN", "PRON")]


def _nobody(st: State, t: Token) -> bool:
    """ "personne", "quiconque", or a noun determined by "aucun"/"nul"."""
    words = nobody_words()
    if st.low[t.i] in words:
        return True
    return any(c.dep_ == "det" and st.low[c.i] in words for c in t.children)


def _act_target(st: State, act: Token, sent: Span) -> Target | None:
    """The infinitive phrase refused ("s'immiscer dans ses affaires"), its reflexive
    included, to the end of its subtree within the sentence."""
    doc, lo = st.doc, act.i
    while lo - 1 > sent.start and doc[lo - 1].dep_.startswith("expl") and doc[lo - 1].head == act:
        lo -= 1
    hi = min(act.right_edge.i + 1, sent.end)
    while hi > lo + 1 and (doc[hi - 1].is_punct or st.low[hi - 1] in ("»", '"', "”")):
        hi -= 1
    if hi - lo < 2:
        return None
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    text = st.article.text[start:end]
    return Target(label(st, text), None, text, start, end)
