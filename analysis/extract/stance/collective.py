"""Collective and coordinated holders: "les deux dirigeants / pays" read as the pair they stand
for (named before, in the headline, or just after), and a co-subject the parser left out of a
plural verb's subject ("X, et Y, ministre de ..., ont signé").

Why apart from :mod:`analysis.extract.stance.holders`: these rules look beyond the cue's own
clause (the headline, the next sentences, the name before a conjunction) to find who a plural
stands for; the holder rules call them once the clause's own subjects are read.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from analysis.extract.cues import norm
from analysis.extract.quotes.speakers import TWO_WORD_CLASSES, Party
from analysis.extract.stance.state import State


def pair_of(st: State, head: Token) -> list[Party]:
    """ "les deux dirigeants / pays": the two actors of the kind named last before ``head``
    (:meth:`Resolver.pair`); in an opening sentence that names none before, the two the
    headline names ("X et Y signent ..." then "les deux dirigeants ont signé"), else the first
    two named after it in the next sentences. Why: a lead often refers back to its headline,
    which is not part of the analysed text."""
    pair = st.res.pair(head)
    if len(pair) == 2 or head.i < 2:
        return pair
    prev = f"{st.low[head.i - 2]} {st.low[head.i - 1]}"
    if prev not in TWO_WORD_CLASSES:
        return pair
    person = norm(head.text) in st.c.roles or norm(head.lemma_) in st.c.roles
    kinds = ("person",) if person else ("state", "organisation", "company", "group")
    found = _headline_pair(st, kinds) or _next_pair(st, head, kinds)
    return [Party(st.res.actor_name(a), a, head.idx, head.idx + len(head), "actor") for a in found]


def _headline_pair(st: State, kinds: tuple[str, ...]) -> list[str]:
    """The two actors of ``kinds`` the headline names (by name or alias), if exactly two."""
    title = f" {_words_key(st.article.title or '')} "
    if not title.strip():
        return []
    found = []
    for aid in st.res.actors:
        if st.res.actor_type(aid) not in kinds:
            continue
        names = {_words_key(a) for a in st.res.aliases(aid)}
        if any(n and f" {n} " in title for n in names):
            found.append(aid)
    return found if len(found) == 2 else []


def _words_key(text: str) -> str:
    """``text`` normalised to its words, one space apart (for whole-word lookups)."""
    return " ".join(re.findall(r"[\w-]+", norm(text)))


def _next_pair(st: State, head: Token, kinds: tuple[str, ...]) -> list[str]:
    """The first two distinct actors of ``kinds`` named after ``head`` within its sentence
    and the two after it (outside quotations), when none was named before."""
    if any(st.res.actor_type(a) in kinds for _s, _e, a in st.res.mentions_in(0, head.idx)):
        return []
    s = st.article.sentence_at(head.idx)
    if s is None:
        return []
    last = st.article.sentences[min(len(st.article.sentences) - 1, s.id + 2)].end
    seen: list[str] = []
    for start, _end, aid in st.res.mentions_in(head.idx, last):
        if st.res.actor_type(aid) in kinds and aid not in seen and not st.res.in_quote(start):
            seen.append(aid)
    return seen[:2] if len(seen) >= 2 else []


def collective_holder(st: State, holder: Party, lo: int, hi: int) -> list[Party]:
    """A holder named only by a pair noun ("dirigeants" of "les deux dirigeants", e.g. a
    quotation's speaker) stands for the pair (:func:`pair_of`), read at the first "les deux
    <noun>" between tokens ``lo`` and ``hi``; empty when the holder is no such noun."""
    if holder.actor_id or not holder.name:
        return []
    words = norm(holder.name).split()
    if not words:
        return []
    for k in range(max(lo, 2), hi):
        if st.low[k] == words[-1] and f"{st.low[k - 2]} {st.low[k - 1]}" in TWO_WORD_CLASSES:
            pair = pair_of(st, st.doc[k])
            return pair if len(pair) == 2 else []
    return []


def co_subject_before(st: State, verb: Token, found: list[Party]) -> list[Party]:
    """ "X, et Y, ministre de ..., ont signé": a plural verb with one singular subject found
    after "et" has a co-subject, the name before "et" (the parser often makes that name the
    root of the sentence). Only a name that opens the clause (the sentence start or a comma
    before it), so an object of an earlier verb is never taken."""
    if len(found) != 1 or not found[0].actor_id or st.res.is_passive(verb):
        return []
    if not _plural_verb(verb):
        return []
    span = st.doc.char_span(found[0].start, found[0].end, alignment_mode="expand")
    if span is None or span.start < 2 or span.start > verb.i:
        return []
    k = span.start - 1
    if st.low[k] != "et":
        return []
    k -= 1
    if st.low[k] == ",":
        k -= 1
    if k < verb.sent.start or st.tv.pos[k] != "PROPN":
        return []
    name = st.doc[k]
    # from the name's first word up to a title it is apposed to ("la ministre X Y")
    while name.head.i < name.i and (
        name.dep_ == "flat:name" or (name.dep_ == "appos" and norm(name.head.lemma_) in st.c.roles)
    ):
        name = name.head
    lo = st.res.chunk(name, appos=False)[0]
    if lo > verb.sent.start and st.low[lo - 1] != ",":
        return []
    p = st.res.np_party(st.doc[k])
    return [p] if is_named(p) and p.actor_id != found[0].actor_id else []


def _plural_verb(verb: Token) -> bool:
    """The verb (or its tense auxiliary) is plural ("ont signé", "signent")."""
    forms = [verb, *(ch for ch in verb.children if ch.dep_.startswith("aux"))]
    return any("Plur" in t.morph.get("Number") and "Fin" in t.morph.get("VerbForm") for t in forms)


def is_named(p: Party) -> bool:
    """``p`` is an identified actor or a name (not a common noun or a pronoun)."""
    return p.identified and p.kind in ("actor", "name")
