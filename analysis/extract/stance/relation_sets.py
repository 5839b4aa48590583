"""Membership in the set a relation noun names (``stance_targets.yaml``, ``relation_sets``).

"X fait partie des plus fidèles alliés de Y", "X compte parmi les soutiens de Y", "X figure
parmi les détracteurs de Y", "X reste l'un des principaux alliés de Y", "X, l'un des
adversaires de Y, ...": belonging to Y's allies (rivals) is being Y's ally (rival), the same
stance as "X est l'allié de Y" (:func:`analysis.extract.stance.attitudes.relation`).

Why read on the words rather than the parse: before a plural relation noun the parser often
takes an epithet for the head ("des plus fidèles alliés": "fidèles" the noun, "alliés" a
participle) and hangs "parmi" on the noun; the words "partie des", "parmi les", "l'un des"
right before the noun and its epithets are a surer sign.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import load_lexicon, matches, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import holders_of, is_named
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import preceding_np
from analysis.resources.datacache import derived

# intensifiers of an epithet: the word after them is an epithet whatever its tag
_INTENSIFIERS = frozenset({"plus", "moins", "très", "si", "aussi"})
# quote marks around an epithet or the noun ("l'un des « partenaires clés » de Y")
_QUOTES = frozenset({'"', "«", "»", "“", "”"})


@derived
def relation_sets() -> tuple[frozenset[str], frozenset[str]]:
    """The ``relation_sets`` of ``stance_targets.yaml``: (verbs, pronouns "un")."""
    d = load_lexicon("stance_targets").get("relation_sets") or {}
    return (
        frozenset(norm(w) for w in d.get("verbs") or []),
        frozenset(norm(w) for w in d.get("one") or []),
    )


def _before_epithets(st: State, t: Token, sent: Span) -> int:
    """The index of the word before the relation noun's epithets ("des plus fidèles |
    alliés": the index of "des")."""
    pos, low = st.tv.pos, st.low
    k = t.i - 1
    while k > sent.start and (
        pos[k] in ("ADJ", "ADV")
        or low[k] in _INTENSIFIERS
        or low[k] in _QUOTES
        or low[k - 1] in _INTENSIFIERS
    ):
        k -= 1
    return k


def set_member_holders(st: State, t: Token, sent: Span) -> list[Party] | None:
    """Who belongs to the set the plural relation noun ``t`` names, or None when ``t`` is
    not read as a set one belongs to: the subject of "faire partie des", of "compter /
    figurer / se trouver parmi les", of "être / rester l'un des"; the noun phrase before the
    comma of "X, l'un des ...". The verb stands right before "parmi": in "Y compte X parmi les
    alliés de Z" the member is the object, and the words are not read as a set."""
    verbs, one = relation_sets()
    low, doc = st.low, st.doc
    k = _before_epithets(st, t, sent)
    if k - 1 <= sent.start or low[k] not in ("des", "les"):
        return None
    before = k - 1
    if (
        low[k] == "des"
        and low[before] == "partie"
        and matches(doc[before - 1], verbs, st.c) == "faire"
    ):
        return _subject_of(st, doc[before - 1])
    if low[k] == "les" and low[before] == "parmi":
        verb = doc[before - 1]
        if verb.pos_ in ("VERB", "AUX") and matches(verb, verbs, st.c):
            return _subject_of(st, verb)
        return None
    if low[k] == "des" and low[before] in one:
        return _one_of(st, doc[before], sent)
    return None


def _subject_of(st: State, verb: Token) -> list[Party]:
    """The member: the verb's subject, unless the verb is denied ("X ne fait pas partie des
    alliés de Y": not being an ally is no stance)."""
    if negated(st, verb):
        return []
    return [h for h in holders_of(st, verb) if is_named(h)]


def _one_of(st: State, one: Token, sent: Span) -> list[Party]:
    """The member named by "l'un des": the subject of its copula or of the copula-like
    verb it completes ("X reste l'un des ..."), or the noun phrase before its comma ("X,
    l'un des ...")."""
    verbs, _one = relation_sets()
    first = one.i - 1 if one.i > sent.start and st.low[one.i - 1] in ("l'", "l’", "l") else one.i
    if first > sent.start and st.doc[first - 1].text == ",":
        head = preceding_np(st, first, sent)
        p = st.res.np_party(head) if head is not None else None
        return [p] if p is not None and is_named(p) else []
    if negated(st, one) or negated(st, one.head):
        return []
    if any(ch.dep_ == "cop" for ch in one.children):
        return [h for h in holders_of(st, one) if is_named(h)]
    if one.dep_ in ("xcomp", "obj") and matches(one.head, verbs, st.c):
        return [h for h in holders_of(st, one.head) if is_named(h)]
    return []
