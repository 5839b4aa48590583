"""Holders read from the clause around the cue when its own subject says nothing: the
antecedent of a relative "qui" (past an apposed title), the main subject of a present
participle that opens the sentence.

Why apart from :mod:`analysis.extract.stance.holders`: these rules read the linear shape of the
sentence (a comma, the phrase before ", qui", the first finite verb after a participle's
clause) where the parser's attachments are least reliable; the holder rules call them.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.cues import norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.agents import authority_state
from analysis.extract.stance.collective import is_named
from analysis.extract.stance.state import State

_VERBS = frozenset({"VERB", "AUX"})


def relative_subject(st: State, verb: Token) -> list[Party]:
    """ "X, ministre des Affaires étrangères, qui avait critiqué Y", "la décision a été prise
    par le gouvernement letton, qui a dénoncé Y": the subject "qui" of a relative stands for
    the noun phrase before it: a title apposed to a name is that name's (the parser hangs the
    relative on the title), and a relative the parser did not attach to its noun (read as
    an adverbial clause) takes the phrase right before ", qui". Empty when that phrase names
    no actor (the resolver's reading stands)."""
    tv = st.tv
    qui = [tv.tokens[c] for c in tv.children[verb.i] if tv.dep[c] == "nsubj" and st.low[c] == "qui"]
    if not qui or st.res.in_quote(qui[0].idx):
        return []
    q = qui[0]
    ante = verb.head if verb.dep_ in ("acl:relcl", "acl") else None
    if ante is None or not (q.i - 12 <= ante.i < q.i) or ante.pos_ not in ("NOUN", "PROPN"):
        k = q.i - 1
        if k > verb.sent.start and st.low[k] == ",":
            k -= 1
        if k < verb.sent.start or st.tv.pos[k] not in ("NOUN", "PROPN", "ADJ"):
            return []
        ante = st.doc[k]
        while ante.pos_ == "ADJ" and ante.head.i < ante.i:
            ante = ante.head
    for _ in range(4):
        if ante.dep_ in ("appos", "flat:name") and ante.head.i < ante.i:
            ante = ante.head  # "X, ministre de ..., qui": X
        elif ante.dep_ == "nmod" and norm(ante.head.lemma_) in st.c.roles:
            ante = ante.head  # "le ministre des Affaires étrangères, qui": the minister
        else:
            break
    p = authority_state(st, st.res.np_party(ante))
    return [p] if is_named(p) else []


def fronted_participle_holders(st: State, verb: Token) -> list[Party]:
    """ "Saluant l'accord, X a appelé à ...", "Tout en dénonçant Y, X a ...": a present
    participle that opens its sentence says what the subject of the main clause (after the
    participle's comma) does; the parser often hangs it anywhere."""
    tv = st.tv
    if "Part" not in tv.morph(verb.i, "VerbForm") or "Pres" not in tv.morph(verb.i, "Tense"):
        return []
    lo, hi = verb.sent.start, verb.sent.end
    if any(tv.pos[k] != "PRON" and st.low[k] not in _OPENERS for k in range(lo, verb.i)):
        return []
    comma = next((k for k in range(verb.i + 1, hi) if tv.text[k] == ","), None)
    if comma is None:
        return []
    main = next(
        (
            tv.tokens[k]
            for k in range(comma + 1, hi)
            if tv.pos[k] in _VERBS and "Fin" in tv.morph(k, "VerbForm")
        ),
        None,
    )
    if main is None:
        return []
    if tv.dep[main.i].startswith("aux") and main.head.i != main.i:
        main = main.head  # "X a appelé": the participle carries the subject
    return [p for p in st.res.subjects(main) if is_named(p) and not st.res.in_quote(p.start)]


# the words a fronted participle clause may open with ("Tout en saluant ...", "« Saluant")
_OPENERS = frozenset({"tout", "en", "«", '"', "“", "-", "—", "–"})
