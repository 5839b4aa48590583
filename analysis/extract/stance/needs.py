"""A need stressed in the narration: "X a insisté sur la nécessité d'aboutir à Y", "X a
rappelé l'impérieuse nécessité d'envoyer Y", "X a souligné l'urgence d'un cessez-le-feu":
stressing that something is needed is being for it (+1 toward the clause after "de").

Why: officials state what they want far more often as a need than with a support verb, and
the press reports it in this frame ("a insisté sur la nécessité …") across outlets and
topics; no other rule read it in the narration (the impersonal "il est nécessaire de …" of a
speaker's words is read by :mod:`analysis.extract.stance.overtures`).

The construction, whatever the words (``stressed_needs`` in ``stance_nouns.yaml``): a need
noun that is the object or the complement of a statement verb with a named subject, then
(past its adjectives) "de" / "d'" and the clause to its end, which is the target (an issue,
never an actor). Precision first: never under a negation, a question or a hypothesis; not a
need to end something ("la nécessité de mettre fin aux combats", the cessation verbs: the demand
rules read what is to be ended). A cessation is read as the whole locution of ``cessation:
verbs`` in ``stance_cues.yaml`` that opens the clause, word by word ("mettre un terme à", "mettre
un coup d'arrêt à", "en finir avec"), not from its first token alone.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, load_lexicon, matches, norm
from analysis.extract.quotes.speakers import DE
from analysis.extract.stance.collective import is_named
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import asked, in_hypothesis, negated
from analysis.extract.stance.holders import holders_of
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import label, segment_end, target_range
from analysis.resources.datacache import derived


@derived
def _needs() -> tuple[frozenset[str], frozenset[str]]:
    """The need nouns and the statement verbs of ``stressed_needs``."""
    entry = load_lexicon("stance_cues").get("stressed_needs") or {}
    nouns = frozenset(norm(w) for w in entry.get("nouns") or ())
    return nouns, frozenset(norm(w) for w in entry.get("verbs") or ())


# the words that open another clause inside the needed one ("la nécessité de mener des
# réformes pour que Y …": the need is the reforms, not what they are for)
_CLAUSE_OPENERS = frozenset({"pour", "afin", "que", "qu'", "qui", "dont", "car", "mais", "tandis"})


def _clause_end(st: State, a: int, b: int) -> int:
    """The end of the needed clause from ``a``: before ``b`` or another clause's opener."""
    for k in range(a + 1, b):
        if st.low[k] in _CLAUSE_OPENERS or st.tv.pos[k] == "SCONJ":
            return k
    return b


@functools.lru_cache(maxsize=8)
def _locutions(entries: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """The entries of more than one word as word tuples split like the tokens ("mettre un coup
    d'arrêt" → mettre, un, coup, d', arrêt), longest first (memoised per lexicon: the set is
    the cues' own, hashed once)."""
    seqs = {tuple(re.findall(r"[^\s']+'?", e)) for e in entries}
    return tuple(sorted((q for q in seqs if len(q) > 1), key=lambda q: (-len(q), q)))


def cessation_at(st: State, a: int, end: int) -> bool:
    """The clause from token ``a`` opens with a cessation verb or locution: the token's own
    forms ("cesser", "mettre fin"), else a locution of the list read word by word, each word
    by its form or its lemma ("d'en finir avec", "de mettre un coup d'arrêt à"), which the
    first token alone does not show."""
    if matches(st.doc[a], st.c.cessation_verbs, st.c):
        return True
    for seq in _locutions(st.c.cessation_verbs):
        if a + len(seq) <= end and all(
            w in (st.low[a + n], st.tv.lemma_low[a + n]) for n, w in enumerate(seq)
        ):
            return True
    return False


def _nouns(_c: Cues) -> frozenset[str]:
    return _needs()[0]


@detector(pos={"NOUN"}, words=_nouns, match="form")
def stressed_need(st: State, t: Token, sent: Span) -> None:
    """ "X a souligné la nécessité d'aboutir à Y": X for the clause (see the module)."""
    # "l'urgente nécessité": the tagger may read the adjective as the noun and the need as
    # its epithet
    node = t.head if t.dep_ == "amod" and t.head.i == t.i - 1 else t
    gov = node.head
    if gov.pos_ != "VERB" or node.dep_ not in ("obj", "obl", "obl:arg", "obl:mod"):
        return
    if not matches(gov, _needs()[1], st.c):
        return
    if negated(st, gov) or asked(st, gov, sent) or in_hypothesis(st, gov):
        return
    k = t.i + 1
    while k < sent.end and st.tv.pos[k] == "ADJ":
        k += 1
    if k + 1 >= sent.end or st.low[k] not in DE:
        return
    a = k + 1
    if cessation_at(st, a, sent.end):
        return  # "la nécessité de mettre fin aux combats": left to the demand rules
    b = _clause_end(st, a, segment_end(st, a, sent))
    holders = [p for p in holders_of(st, gov) if is_named(p)]
    if b <= a or not holders:
        return
    tg = target_range(st, a, b)
    # the clause is an issue, not the actor it names (nor held by one it names)
    target = Target(label(st, tg.text), None, tg.text, tg.start, tg.end)
    holders = [p for p in holders if not tg.start <= p.start < tg.end]
    if holders:
        st.add(holders, target, 1, norm(t.text), "noun", t, sent)
