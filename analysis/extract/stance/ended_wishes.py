"""A wish that something end: "X espère que les frappes de Y cesseront", "X souhaite que
l'occupation prenne fin", "X espère que Y arrêtera ses tirs".

Why: the wish rule (:func:`analysis.extract.stance.feelings.wish`) reads a wished clause as
the holder's support for it; when the clause says that something ends, that support, read
on a target whose words name what ends, comes out as support for the strikes or the
occupation. The end of a thing wished is opposition to that thing: the row is -1 toward
the clause's subject (its object, when the ending verb has one). Predicates of ending:
``wished_ends`` in ``stance_light.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import norm
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import target_np

# the subject and object relations of the ending verb
_SUBJECTS = ("nsubj", "nsubj:pass")
# the relations of a verb that qualifies a noun of the clause rather than heading it
_INSIDE_SUBJECT = frozenset({"acl", "acl:relcl", "amod"})


def wished_end(st: State, start: int, end: int, sent: Span) -> Target | None:
    """What the clause ``[start, end)`` says must end, when its verb is a predicate of ending
    (``wished_ends``): the verb's object ("que Y cesse ses tirs"), else its subject ("que
    la guerre cesse", "que l'occupation prenne fin"). None when the clause says no end, or
    names nothing that ends (a pronoun)."""
    verb = _clause_verb(st, start, end)
    how = _ends(st, verb, end) if verb is not None else None
    if verb is None or how is None:
        return None
    # a locution's noun is no object ("prendre fin", "mettre un terme à Y": the subject)
    objs = [ch for ch in verb.children if ch.dep_ == "obj" and ch.i > verb.i]
    obj = objs[0] if objs and how == "verb" else None
    what = obj or next((ch for ch in verb.children if ch.dep_ in _SUBJECTS), None)
    if what is None or what.pos_ not in ("NOUN", "PROPN"):
        return None
    return target_np(st, what)


def _clause_verb(st: State, start: int, end: int) -> Token | None:
    """The first full verb of the clause (auxiliaries are skipped: "que la guerre ait
    cessé"), not a participle or relative clause inside its subject ("que la guerre menée
    par Y prenne fin")."""
    k = next(
        (
            k
            for k in range(start, end)
            if st.tv.pos[k] == "VERB" and st.tv.dep[k] not in _INSIDE_SUBJECT
        ),
        None,
    )
    return st.doc[k] if k is not None else None


def _ends(st: State, verb: Token, end: int) -> str | None:
    """Whether ``verb`` is an ending verb ("verb") or the verb of an ending locution
    ("locution": "prendre fin", "toucher à sa fin", the noun within three words after it);
    None when neither."""
    lexicon = st.c.acts.get("wished_ends") or {}
    lemma = norm(verb.lemma_)
    if lemma in (lexicon.get("verbs") or ()):
        return "verb"
    for locution in lexicon.get("locutions") or ():
        head, _, noun = locution.partition(" ")
        if lemma == head and any(
            st.low[k] == noun for k in range(verb.i + 1, min(end, verb.i + 4))
        ):
            return "locution"
    return None
