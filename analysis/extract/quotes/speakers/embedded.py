"""Subjects a pronoun outside their clause does not take up, and the one asked who answers.

Why: a pronoun subject refers to a participant of the sentence; the subject of a clause that
is the content of another verb (what was said, asked or learnt: a ``ccomp`` clause, or a
"si …" clause after a question verb) is only a topic of someone's words or question. In
"Quand le journal a demandé à la ministre si le pays voulait la paix, elle a répondu que …",
"elle" is never "le pays", and not the asker either: the one who answers a question is the
one it was put to ("demander à X", "interroger X"). The nearest-subject rule of
:mod:`coreference` (step 1) took the subject standing closest to the pronoun, so the speaker
became the topic of the question or the journalist who asked it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.document.tokens import TokenView
from analysis.extract.quotes.words import ANSWER_VERBS, CONJUNCTION_HEADS, QUESTION_VERBS

if TYPE_CHECKING:
    from analysis.extract.quotes.speakers.base import Party

# the forms of "à" that introduce the one asked ("demander à X", "au ministre")
_TO = frozenset(("à", "a", "au", "aux"))

# how far before a "si" the verb that asks may stand ("demandé à la ministre X si")
_ASK_WINDOW = 10


def content_clause_subject(tv: TokenView, k: int, pronoun: int) -> bool:
    """Token k is the subject of a content clause (the complement of a speech, question or
    knowledge verb, or a "si" question after a question verb) that does not hold the pronoun
    at index ``pronoun``: no antecedent for it. Read in the tree (a ``ccomp`` clause) and,
    since the parser often hangs such a clause on the pronoun's verb, in the words: the
    subject opens a "que" completive (or a "si" question, or "selon laquelle") and a comma
    or a conjunction closes it before the pronoun."""
    head = tv.head[k]
    if head != k and tv.dep[head] == "ccomp":
        inside = tv.subtree(head)
        if not inside[0] <= pronoun <= inside[-1]:
            return True
    if not any(tv.text[j] == "," or tv.pos[j] == "CCONJ" for j in range(k + 1, pronoun)):
        return False
    return _opens_content_clause(tv, k)


def _opens_content_clause(tv: TokenView, k: int) -> bool:
    """The noun phrase headed by token k stands right after the word that opens a content
    clause: a completive "que" (not the "que" of "alors que", "bien que", …), a "si" after
    a question verb, or "selon laquelle" ("la rumeur selon laquelle X …")."""
    j = k - 1
    while j > 0 and tv.pos[j] in ("DET", "ADJ", "NUM"):
        j -= 1
    if j < 1:
        return False
    w = tv.low[j].replace("’", "'")
    if w in ("que", "qu'") and tv.pos[j] == "SCONJ":
        return tv.low[j - 1] not in CONJUNCTION_HEADS
    if w in ("si", "s'"):
        return _question_verb_before(tv, j) is not None
    return w in ("laquelle", "lequel", "lesquelles", "lesquels") and tv.low[j - 1] == "selon"


def _question_verb_before(tv: TokenView, at: int) -> int | None:
    """The question verb ("demander", "interroger") among the few tokens before ``at``, in
    the same stretch of the sentence (no punctuation but an apostrophe between)."""
    for j in range(at - 1, max(-1, at - _ASK_WINDOW), -1):
        if tv.punct[j] and tv.text[j] not in ("'", "’"):
            return None
        if tv.pos[j] == "VERB" and tv.lemma_low[j] in QUESTION_VERBS:
            return j
    return None


def answering_party(resolver, tok, s0: int) -> Party | None:  # noqa: ANN001
    """The party a pronoun subject of an answer verb stands for when a question was put in
    its sentence before it: the one asked ("demander à X", "interroger X"), if identified;
    None when the verb answers nothing asked there."""
    tv: TokenView = resolver.token_view
    verb = tv.head[tok.i]
    if not tv.dep[tok.i].startswith("nsubj") or tv.lemma_low[verb] not in ANSWER_VERBS:
        return None
    for j in range(tok.i - 1, s0 - 1, -1):
        if tv.pos[j] != "VERB" or tv.lemma_low[j] not in QUESTION_VERBS:
            continue
        asked = _asked_one(tv, j)
        if asked is None:
            return None
        party = resolver.np_party(tv.tokens[asked])
        return party if party.identified else None
    return None


def _asked_one(tv: TokenView, verb: int) -> int | None:
    """The head of the party a question verb asks: "à X" after "demander" or "interroger",
    the direct object of "interroger" or "questionner"; a noun or a proper noun, else None."""
    for c in tv.children[verb]:
        if tv.pos[c] not in ("NOUN", "PROPN"):
            continue
        to = any(tv.dep[g] == "case" and tv.low[g] in _TO for g in tv.children[c])
        if to and tv.dep[c].startswith(("obl", "iobj")):
            return c
        if not to and tv.dep[c] == "obj" and tv.lemma_low[verb] != "demander":
            return c  # "demander la parole": no one asked
    return None
