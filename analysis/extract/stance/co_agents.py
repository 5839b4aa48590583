"""Co-agents: "X a annoncé, aux côtés de Y et de Z, la reconnaissance de W", "X, aux côtés de
Y, a condamné l'attaque", "X, à l'instar de Y, a rejeté Z", "X a dénoncé, de concert avec Y, Z".

Why: "aux côtés de Y" on the verb of an act (or on its subject, between commas) names those
who do it with the subject; the parser hangs them as an oblique or a noun complement, so
only the subject held the stance. A verb that takes sides with the same locution ("X se
tient / reste aux côtés de Y": a stance of its own, for Y, ``stance_verbs`` with the
preposition "aux côtés de") has no co-agent.

The other locutions of doing together or alike (``co_agent_locutions`` of
``stance_cues.yaml``: "à l'instar de", "tout comme", "de concert avec", "conjointement avec",
...) name a co-agent the same way; the parser hangs their noun on the verb, on the subject
or on the locution's own noun ("instar", "concert", "titre"), so the noun is taken when its
governors reach the verb or its subject within a few steps.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from analysis.extract.cues import load_lexicon, matches, norm
from analysis.extract.quotes.speakers import DE, Party
from analysis.extract.stance.collective import is_named
from analysis.extract.stance.state import State
from analysis.resources.datacache import derived

_SUBJ = ("nsubj", "nsubj:pass")
# the locution, as the stance lexicons spell a verb's preposition
_LOCUTION = "aux côtés de"


def co_agents(st: State, verb: Token, found: list[Party]) -> list[Party]:
    """The named actors after "aux côtés de" (none for a side-taking verb) or another
    co-agent locution on ``verb`` or on its subject, not already in ``found`` (see the
    module); none without a holder."""
    if not found:
        return []
    tv = st.tv
    anchors = [verb.i, *(c for c in tv.children[verb.i] if tv.dep[c] in _SUBJ)]
    sides = [
        k
        for a in anchors
        for k in tv.children[a]
        if st.low[k] == "côtés" and k > 0 and st.low[k - 1] == "aux"
    ]
    seen = {p.actor_id or p.name for p in found}
    out: list[Party] = []
    members = (
        [] if not sides or _takes_sides(st, verb) else [p for k in sides for p in _members(st, k)]
    )
    if not st.res.is_passive(verb):  # "X, tout comme Y, a été condamné par Z": Y suffers it
        members += [p for k in _locution_members(st, verb, anchors) for p in _named(st, k)]
    for p in members:
        if (p.actor_id or p.name) not in seen:
            out.append(p)
            seen.add(p.actor_id or p.name)
    return out


def _takes_sides(st: State, verb: Token) -> bool:
    """``verb`` is one of the stance verbs that take a side with "aux côtés de" (matched on
    its lemma or form: the tagger leaves some forms unlemmatised, "reste")."""
    lemmas = frozenset(
        lemma
        for lemma, cues in st.c.stance_verbs.items()
        if any(_LOCUTION in cue.preps for cue in cues)
    )
    return matches(verb, lemmas, st.c)


def _members(st: State, k: int) -> list[Party]:
    """The named parties of the "de" complements of "côtés" and their conjuncts."""
    tv = st.tv
    heads = [
        c
        for c in tv.children[k]
        if tv.dep[c] in ("nmod", "conj")  # "aux côtés du X et de Y": Y hung on "côtés"
        and c > k
        and any(st.low[x] in DE for x in tv.children[c])
    ]  # not "face à Y"
    heads += [c for h in heads for c in tv.children[h] if tv.dep[c] == "conj"]
    return [p for h in heads for p in st.res.np_parties(tv.tokens[h]) if is_named(p)]


# the words a locution may end with as the text writes them: "à l'instar du X", "qu'Y"
_LAST = {"de": DE, "que": ("que", "qu'", "qu’")}
# how many governors up from the co-agent's noun the verb or its subject may be
_REACH = 3


@derived
def _locutions() -> tuple[tuple[str, ...], ...]:
    """``co_agent_locutions`` of ``stance_cues.yaml`` as word tuples, split as the parser
    splits an elided article ("à l'instar de" is "à", "l'", "instar", "de")."""
    out = []
    for loc in load_lexicon("stance_cues").get("co_agent_locutions") or ():
        out.append(tuple(re.sub(r"(\w['’])(?=\w)", r"\1 ", norm(loc)).split()))
    return tuple(out)


def _locution_members(st: State, verb: Token, anchors: list[int]) -> list[int]:
    """The noun after each co-agent locution of the verb's sentence whose governors reach
    the verb or one of its subjects (``anchors``) within :data:`_REACH` steps."""
    tv, low = st.tv, st.low
    sent = verb.sent
    out = []
    for k in range(sent.start, sent.end):
        for words in _locutions():
            end = _matched(low, k, words, sent.end)
            if end is None:
                continue
            member = next(
                (m for m in range(end, min(end + 3, sent.end)) if tv.pos[m] in ("NOUN", "PROPN")),
                None,
            )
            if member is not None and _reaches(st, member, set(anchors)):
                out.append(member)
    return out


def _matched(low: list[str], k: int, words: tuple[str, ...], stop: int) -> int | None:
    """The index after ``words`` read from token ``k`` (None when they are not there)."""
    if k + len(words) > stop:
        return None
    for n, w in enumerate(words):
        forms = _LAST.get(w, (w,)) if n == len(words) - 1 else (w,)
        if low[k + n].replace("’", "'") not in forms:
            return None
    return k + len(words)


def _reaches(st: State, k: int, anchors: set[int]) -> bool:
    """Token ``k`` or one of its first governors is an anchor (the chain stops at a verb:
    "X a condamné Y, qui, tout comme Z, ..." hangs Z on another clause)."""
    tv = st.tv
    for _ in range(_REACH):
        h = tv.head[k]
        if h == k:
            return False
        if h in anchors:
            return True
        if tv.pos[h] in ("VERB", "AUX"):
            return False
        k = h
    return False


def _named(st: State, k: int) -> list[Party]:
    """The named parties of the noun phrase at ``k`` and of its conjuncts ("à l'instar du
    X et du Y": the parser hangs Y on X)."""
    tv = st.tv
    heads = [k, *(c for c in tv.children[k] if tv.dep[c] == "conj" and c > k)]
    return [p for h in heads for p in st.res.np_parties(tv.tokens[h]) if is_named(p)]
