"""Blame in someone's words: an actor made responsible for a harm.

Why: holding someone responsible is how officials accuse without an evaluative word: "« X
porte l'entière responsabilité de cette escalade »", "« X est le principal responsable de
l'instabilité »", "« nous tenons X pour responsable de la mort de … »", "« la
responsabilité de cette crise incombe à X »", "« la responsabilité de X dans ces
violations »". The speaker is against X — only when what X answers for is a harm (a
negative term, a ``problem_nouns`` or ``blame_objects`` noun of ``stance_evaluative.yaml``,
a friction): "X est responsable de la sécurité du sommet" blames no one. Not under a
negation ("X n'est pas responsable de …" clears X), a "si" hypothesis or a question, and
never the speaker's own side ("nous assumons la responsabilité").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.hedging import asked, in_hypothesis, negated
from analysis.extract.stance.holders import is_named
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target
from analysis.resources.datacache import derived

_WORDS = frozenset({"responsabilité", "responsabilités", "responsable", "responsables"})
# the verbs that give the responsibility to their subject, and those that give it to an
# "à" complement ("la responsabilité incombe à X")
_BEARING = frozenset({"porter", "assumer", "endosser", "avoir", "partager"})
_FALLING = frozenset({"incomber", "revenir"})


@derived
def harms() -> frozenset[str]:
    """``blame_objects`` and ``problem_nouns`` of ``stance_evaluative.yaml``."""
    lex = load_lexicon("stance_evaluative")
    return frozenset(norm(w) for k in ("blame_objects", "problem_nouns") for w in lex.get(k) or [])


def blame(st: State, speaker: Party, span: Span, sent: Span) -> None:
    """The speaker's blame of the actor made responsible for a harm (see the module)."""
    for x in range(span.start, span.end):
        if st.low[x] in _WORDS:
            _responsible(st, speaker, st.tv.tokens[x], sent)


def _responsible(st: State, speaker: Party, t: Token, sent: Span) -> None:
    if in_hypothesis(st, t) or asked(st, t, sent) or not _for_harm(st, t, sent):
        return
    actor = _bearer(st, t, sent)
    if actor is None or actor.actor_id == speaker.actor_id:
        return
    if st.low[_first(st, actor)] in st.words.first_person:
        return
    st.add([speaker], party_target(st, actor), -1, "responsabilité", "quote-clause", t, sent)


def _bearer(st: State, t: Token, sent: Span) -> Party | None:
    """Who bears the responsibility: the subject of "être responsable" / "porter la
    responsabilité", the object of "tenir … pour responsable", the "à" complement of
    "incomber", or the "de" complement of the noun ("la responsabilité de X dans …")."""
    head = t.head
    if any(ch.dep_ == "cop" for ch in t.children):
        if negated(st, t):
            return None
        return _one(st, st.res.subjects(t))
    lemma = norm(head.lemma_)
    if head.pos_ in ("VERB", "AUX") and not negated(st, head):
        if lemma == "tenir":  # "tenir X pour responsable" (X read as obj or xcomp)
            obj = next(
                (
                    ch
                    for ch in head.children
                    if ch.dep_ in ("obj", "xcomp") and ch.pos_ in ("NOUN", "PROPN") and ch.i < t.i
                ),
                None,
            )
            return _named(st.res.np_party(obj)) if obj is not None else None
        if lemma in _BEARING and t.dep_ == "obj":
            return _one(st, st.res.subjects(head))
        if lemma in _FALLING:
            return _after(st, head.i + 1, ("à", "au", "aux"), sent)
    if t.pos_ == "NOUN" and t.i + 1 < sent.end and st.low[t.i + 1] in ("de", "du", "des", "d'"):
        k = t.i + 1
        while k < min(sent.end, t.i + 8) and st.low[k] != "dans":
            k += 1
        if k < sent.end and st.low[k] == "dans":  # "la responsabilité de X dans …"
            return _after(st, t.i + 1, ("de", "du", "des", "d'"), sent)
    return None


def _for_harm(st: State, t: Token, sent: Span) -> bool:
    """What the responsibility is for, within the next ten words, names a harm."""
    bad = harms() | st.c.negative_terms | st.c.acts["frictions"]["nouns"]
    low, lemma = st.low, st.tv.lemma
    for k in range(t.i + 1, min(sent.end, t.i + 11)):
        if low[k] in (".", ";", "?", "!") or (low[k] == "," and k > t.i + 1):
            return False
        if st.tv.pos[k] == "NOUN" and (low[k] in bad or norm(lemma[k]) in bad):
            return True
    return False


def _after(st: State, k: int, preps: tuple[str, ...], sent: Span) -> Party | None:
    """The actor named right after one of ``preps`` at token k (or the next)."""
    for m in (k, k + 1):
        if m < sent.end and st.low[m] in preps:
            rng = st.res.np_after(m + 1, sent.end)
            if rng:
                stop = next(
                    (n for n in range(rng[0] + 1, rng[1]) if st.tv.pos[n] in ("ADP", "PUNCT")),
                    rng[1],
                )
                return _named(st.res.party(rng[0], stop))
    return None


def _one(st: State, parties: list[Party]) -> Party | None:
    named = [p for p in parties if _named(p)]
    return named[0] if len(named) == 1 else None


def _named(p: Party) -> Party | None:
    return p if is_named(p) and p.actor_id else None


def _first(st: State, p: Party) -> int:
    span = st.doc.char_span(p.start, max(p.end, p.start + 1), alignment_mode="expand")
    return span.start if span is not None else 0
