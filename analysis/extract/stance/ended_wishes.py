"""A wish that something end: "X espère que les frappes de Y cesseront", "X souhaite que
l'occupation prenne fin", "X espère que Y mettra fin à son blocus", "X souhaite voir cesser
les tirs", "X souhaite la levée du blocus".

Why: the wish rule (:func:`analysis.extract.stance.feelings.wish`) reads what is wished (a
clause, an infinitive phrase, an object) as the holder's support for it; when that says
something ends, the support, read on a target whose words name what ends, comes out as
support for the strikes or the occupation. The end of a thing wished is opposition to that
thing: the row is -1 toward what ends. What ends: the object of an ending verb ("que Y cesse
ses tirs"), its infinitive ("que Y cesse de bombarder Z"), the "à" complement of "mettre fin
à", else the subject of an ending that happens ("que la guerre cesse", "que l'occupation
prenne fin"), never an actor that stops (what it stops is not named: no row). Predicates of
ending: ``wished_ends`` in ``stance_light.yaml``; nouns of ending: the ``cessation`` nouns
of ``stance_cues.yaml`` (those the demand rules read).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import norm
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import (
    object_of,
    prep_np,
    segment_end,
    target_np,
    target_range,
)

# the subject relations of the ending verb
_SUBJECTS = ("nsubj", "nsubj:pass")
# the relations of a verb that qualifies a noun of the clause rather than heading it
_INSIDE = frozenset({"acl", "acl:relcl", "amod"})
# verbs of perception before the ending infinitive ("souhaiter voir la guerre cesser")
_SEE = frozenset({"voir", "entendre"})
_OF = ("de", "d'", "d’", "du", "des")
_TO = ("à", "au", "aux")

# (whether the wish is for an end, what ends): (False, None) lets the wish rule go on
Ended = tuple[bool, Target | None]


def wished_end(st: State, t: Token, k: int, sent: Span) -> Ended:
    """Whether what the wish verb ``t`` wishes (from token ``k``) is an end, and the target
    that ends (None: an end with nothing named, no row)."""
    end = segment_end(st, k + 1, sent)
    if st.low[k] in ("que", "qu'", "qu’"):
        return _ended_clause(st, k + 1, end, sent)
    if st.tv.pos[k] == "VERB" and norm(st.doc[k].lemma_) in _SEE:
        return _ended_clause(st, k + 1, end, sent, seen=st.doc[k])
    return _ended_noun(st, t, sent)


def _ended_clause(st: State, start: int, end: int, sent: Span, seen: Token | None = None) -> Ended:
    """A clause (or a perceived infinitive, ``seen``: "voir la guerre prendre fin") whose
    verb is a predicate of ending."""
    verb = _clause_verb(st, start, end)
    how = _ends(st, verb, end) if verb is not None else None
    if verb is None or how is None:
        return False, None
    if how == "to":  # "que Y mette fin à son blocus"
        hit = prep_np(st, verb.i + 1, _TO, sent, window=4)
        return True, (target_np(st, hit[1]) if hit is not None else None)
    if how == "verb":
        done = _done(st, verb, end)
        if done is not None:
            return True, done
    subj = next((ch for ch in verb.children if ch.dep_ in _SUBJECTS), None)
    if subj is None and seen is not None:  # "voir la guerre prendre fin": voir's object
        subj = next((ch for ch in seen.children if ch.dep_ == "obj"), None)
    if subj is None or subj.pos_ != "NOUN" or st.res.np_party(subj).actor_id is not None:
        return True, None  # "que Y s'arrête": an actor stops, what it stops is not named
    return True, target_np(st, subj)


def _done(st: State, verb: Token, end: int) -> Target | None:
    """What an ending verb stops: its object ("cesse ses tirs"), else its infinitive
    ("cesse de bombarder Z")."""
    for ch in verb.children:
        if ch.i > verb.i and ch.i < end and ch.dep_ == "obj" and ch.pos_ in ("NOUN", "PROPN"):
            return target_np(st, ch)
    for ch in verb.children:
        if ch.i > verb.i and ch.dep_ in ("xcomp", "ccomp") and ch.pos_ == "VERB":
            sub = list(ch.subtree)
            return target_range(st, ch.i, min(sub[-1].i + 1, end), ch)
    return None


def _ended_noun(st: State, t: Token, sent: Span) -> Ended:
    """ "X souhaite la fin de l'occupation", "X espère la levée du blocus": a noun of ending
    (the ``cessation`` nouns) after the wish verb; what ends is its "de" complement."""
    noun = object_of(st, t, sent)
    if noun is None or noun.i < t.i or noun.pos_ != "NOUN":
        return False, None
    k = noun.i
    if norm(noun.lemma_) not in st.c.cessation_nouns and st.low[k] not in st.c.cessation_nouns:
        return False, None
    hit = prep_np(st, k + 1, _OF, sent, window=2)
    return True, (target_np(st, hit[1]) if hit is not None else None)


def _clause_verb(st: State, start: int, end: int) -> Token | None:
    """The first full verb of the clause (auxiliaries are skipped: "que la guerre ait
    cessé"), not a participle or relative clause inside its subject ("que la guerre menée
    par Y prenne fin")."""
    k = next(
        (k for k in range(start, end) if st.tv.pos[k] == "VERB" and st.tv.dep[k] not in _INSIDE),
        None,
    )
    return st.doc[k] if k is not None else None


def _ends(st: State, verb: Token, end: int) -> str | None:
    """How ``verb`` says an end: "verb" (an ending verb: "cesser"), "locution" (its subject
    ends: "prendre fin", "toucher à sa fin"), "to" (its "à" complement ends: "mettre fin
    à"); the locution's noun within three words after the verb. None when neither."""
    lexicon = st.c.acts.get("wished_ends") or {}
    lemma = norm(verb.lemma_)
    if lemma in (lexicon.get("verbs") or ()):
        return "verb"
    for key, how in (("locutions", "locution"), ("to_locutions", "to")):
        for locution in lexicon.get(key) or ():
            head, _, noun = locution.partition(" ")
            if lemma == head and noun in st.low[verb.i + 1 : min(end, verb.i + 4)]:
                return how
    return None
