"""The speaker's first person in attributed words left outside quote marks: "Nous rejetons
« les accusations de Y », a affirmé X", "Nous soutenons Y, a dit X", "Selon X, nous
condamnons Y".

Why: the quotes step credits such words to X as reported speech, and a stance verb in them
has "nous" or "je" for subject. Inside quote marks the speaker holds the stance of his own
first person (:func:`~analysis.extract.stance.holders.voice`); outside them the pronoun was
read as a narration subject, named no actor and the row was dropped. A first person in words
attributed to someone can only be that speaker (or the side he speaks for): the journalist's
own "nous" ("comme nous l'avons écrit") sits in no attributed span.

Likewise an event or a text as the subject ("X a déclaré que la visite de Y permettra de
renforcer les relations", "Selon X, ce partenariat renforcera ..."): a visit or a partnership
holds no stance (``voiceless_subjects``); the one whose words say what it will do holds it,
as inside quote marks (:func:`~analysis.extract.stance.holders.voice`).
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.state import State

_SUBJ = ("nsubj", "nsubj:pass")


def reported_first_person(st: State, verb: Token, at: int) -> Party | None:
    """The speaker of the reported speech holding offset ``at`` when ``verb`` (or the verb
    whose infinitive it is: "nous allons soutenir Y") has a first-person subject and no
    other; None otherwise."""
    spoken = st.attributed_at(at)
    if spoken is None:
        return None
    subjects = _subject_tokens(st, verb.i)
    if not subjects:
        return None
    first = st.words.first_person
    return spoken if all(st.low[c] in first for c in subjects) else None


def reported_voiceless(st: State, verb: Token, at: int) -> Party | None:
    """The speaker of the reported speech holding offset ``at`` when ``verb`` (or the verb
    whose infinitive it is) has for subject only events or texts ("la visite", "cet
    accord": ``voiceless_subjects``, read on the subject's head noun, whatever person its
    complement names); None otherwise."""
    spoken = st.attributed_at(at)
    if spoken is None or not spoken.actor_id:
        return None
    subjects = _subject_tokens(st, verb.i)
    if not subjects or any(st.tv.dep[c] == "nsubj:pass" for c in subjects):
        return None  # "« l'accord a été salué par Y »": a passive's subject is its patient
    words = st.words.voiceless_subjects
    if all(st.low[_head_noun(st, c)] in words for c in subjects):
        return spoken
    return None


# the words a subject phrase is made of from its determiner to the word read as its head
_PHRASE_POS = frozenset({"DET", "ADP", "NOUN", "ADJ", "PROPN"})


def _head_noun(st: State, c: int) -> int:
    """The head noun of the subject phrase of token ``c``: ``c`` itself, or, when the parser
    took a name in its "de" complement for the subject ("que la visite du président X
    permettra ...", X read as the subject), the first noun of the phrase that opens with a
    determiner right after "que" (or the clause's start)."""
    tv, low = st.tv, st.low
    k = c
    while k > 0 and tv.pos[k - 1] in _PHRASE_POS and low[k - 1] not in ("que", "qu'", "qu’"):
        k -= 1
    if tv.pos[k] != "DET" or (k > 0 and low[k - 1] not in ("que", "qu'", "qu’", ",")):
        return c
    return next((j for j in range(k, c + 1) if tv.pos[j] == "NOUN"), c)


def _subject_tokens(st: State, node: int) -> list[int]:
    """The subjects of ``node``, or of the verbs that govern it as an infinitive (up to
    three steps: "nous voulons continuer à soutenir Y")."""
    tv = st.tv
    for _ in range(4):
        subj = [c for c in tv.children[node] if tv.dep[c] in _SUBJ]
        if subj:
            return subj
        infinitive = "Inf" in tv.morph(node, "VerbForm")
        if tv.head[node] == node or not (
            tv.dep[node] == "xcomp" or (infinitive and tv.dep[node] in ("obl:arg", "obl:mod"))
        ):
            return []
        node = tv.head[node]
    return []
