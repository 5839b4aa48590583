"""A question quoted: "X a répondu « oui » à la question : « Êtes-vous favorable … ? »",
"Interrogé sur la question « Faut-il négocier ? », X a répondu …". The words right after a
noun naming a question are the asker's, never the answerer's, whom the sentence's speech verb
names: the subject of an asking verb governing the noun ("X a posé la question : « … »",
"la question que X a soulevée" is left to the other rules), else nobody (a journalist, the
press). Only a quotation holding a question mark counts: "X a répondu à cette question :
« Non. »" quotes the answer, "une question « essentielle »" qualifies the noun.

The rule is about the construction: any noun and verb of the two classes fire; a question
noun that is not right before the opening mark (only ":" or "," between) does not."""

from __future__ import annotations

from analysis.extract.cues import matches, norm
from analysis.extract.quotes.base import Attribution
from analysis.extract.quotes.words import ASKING_VERBS, QUESTION_NOUNS

_BETWEEN = frozenset((":", ",", "-"))


def asked_question(quoter, first: int, sent_start: int, text: str) -> Attribution | None:
    """The attribution of a quotation opening after a question noun (token ``first`` is its
    first word, ``text`` its content), or None when no question noun stands right before."""
    tv = quoter.token_view
    k = first - 1
    while k >= sent_start and (tv.text[k] in _BETWEEN or _is_mark(tv.text[k])):
        k -= 1
    if k < sent_start or tv.pos[k] != "NOUN":
        return None
    word = norm(tv.text[k])
    if word not in QUESTION_NOUNS or quoter.res.in_quote(tv.idx[k]):
        return None
    if "?" not in text:  # "X a répondu à cette question : « Non. »": the answer
        return None
    noun = tv.tokens[k]
    verb = noun.head
    if noun.dep_ == "obj" and matches(verb, ASKING_VERBS):
        parties = quoter.res.subjects(verb)
        if parties and parties[0].identified:
            return Attribution(parties[0], "poser", "cue")
    return Attribution(None, "question", "question")


def _is_mark(word: str) -> bool:
    return word in ('"', "«", "»", "“", "”", "'", "‘", "’")
