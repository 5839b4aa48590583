"""Object control: the infinitive or stance noun after "accuser Y de", "remercier Y pour" is Y's.

"X accuse Y de soutenir Z", "X a remercié Y d'avoir appuyé Z", "X félicite Y de sa
médiation": after a verb of ``object_control_verbs``, the infinitive (or the noun with a
possessive) in its "de"/"pour" complement is the act of the verb's object, so Y holds the
stance, never X. The rules answer None when they do not apply and an empty list when the
object names no actor (no holder rather than the wrong one).

Kept apart from :mod:`analysis.extract.stance.holders` because the holder is read from the
governing verb's object, not from the cue verb's subject; :mod:`.noun_cues` asks
:func:`possessor_controlled` for stance nouns too.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.cues import norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.collective import is_named
from analysis.extract.stance.relatives import relative_object
from analysis.extract.stance.state import State

# the markers of an infinitive whose subject is its governor's object ("accuser Y de ...",
# "remercier Y pour avoir ...")
_CONTROL_MARKS = frozenset({"de", "d'", "pour"})
# the heads of subordinating locutions ending in "de" ("avant de", "afin de", "au lieu de",
# "loin de", "plutôt que de"): their infinitive's subject is the main clause's, whatever the
# governing verb ("X a remercié Y avant de condamner Z": X condemns)
_SUBORDINATORS = frozenset({"avant", "afin", "lieu", "loin", "plutôt", "sans"})


def object_controlled(st: State, verb: Token) -> list[Party] | None:
    """ "X accuse Y de soutenir Z", "X a remercié Y d'avoir appuyé Z": the infinitive of an
    object-control verb (``object_control_verbs``) is the act of that verb's object, so Y
    holds the stance, never X (French object control: the accused, thanked or praised party
    acts). None when the rule does not apply; an empty list when the object names no actor
    (no holder rather than the wrong one)."""
    inf, tv = verb, st.tv
    for c in tv.children[verb.i]:  # "d'avoir soutenu": the infinitive is the auxiliary
        if tv.dep[c].startswith("aux") and "Inf" in tv.morph(c, "VerbForm"):
            inf = tv.tokens[c]
    if "Inf" not in tv.morph(inf.i, "VerbForm") or tv.head[verb.i] == verb.i:
        return None
    kids = (*tv.children[verb.i], *tv.children[inf.i])
    marks = [st.low[c] for c in kids if tv.dep[c] == "mark"]
    if not _CONTROL_MARKS.intersection(marks) or _SUBORDINATORS.intersection(marks):
        return None
    gov, obj = verb.head, None
    if gov.pos_ in ("NOUN", "PROPN") and gov.dep_ in ("obj", "iobj"):
        gov, obj = gov.head, gov  # the parser hung the infinitive on the object
    if gov.pos_ not in ("VERB", "AUX") or norm(gov.lemma_) not in st.words.object_control_verbs:
        return None
    if obj is None:
        obj = next(
            (
                ch
                for ch in gov.children
                if ch.dep_ in ("obj", "iobj", "obl:arg")
                and ch.pos_ in ("NOUN", "PROPN")
                and ch.i != verb.i
            ),
            None,
        )
    if obj is None:  # "Y, qu'il accuse de soutenir Z": the antecedent of the relative
        obj = relative_object(st, gov)
    if obj is None:
        return []
    return _named_or_inner(st, obj)


def _named_or_inner(st: State, head: Token) -> list[Party]:
    """The actor a noun phrase names ("Y", "le président Y"), or the one it is built on ("son
    voisin du Rwanda" → Rwanda); none for a phrase naming no actor."""
    p = st.res.np_party(head)
    if is_named(p):
        return [p]
    i, j = st.res.chunk(head, appos=False)
    found = st.res.mentions_in(st.tv.idx[i], st.tv.end[j - 1])
    if not found:
        return []
    start, end, aid = found[0]
    return [Party(st.res.actor_name(aid), aid, start, end, "actor")]


def possessor_controlled(st: State, noun: Token, gov: Token) -> list[Party] | None:
    """ "X a remercié Y pour son soutien à Z", "X félicite Y de sa médiation": a stance noun
    with a possessive in the "pour"/"de" complement of an object-control verb
    (``object_control_verbs``) is the object's own (Y supports Z), as its infinitive would
    be (:func:`object_controlled`). None when the rule does not apply."""
    if gov.pos_ not in ("VERB", "AUX") or norm(gov.lemma_) not in st.words.object_control_verbs:
        return None
    if noun.head.i != gov.i or not any(
        ch.dep_ == "case" and st.low[ch.i] in _CONTROL_MARKS for ch in noun.children
    ):
        return None
    obj = next(
        (ch for ch in gov.children if ch.dep_ in ("obj", "iobj") and ch.pos_ in ("NOUN", "PROPN")),
        None,
    )
    return _named_or_inner(st, obj) if obj is not None else None
