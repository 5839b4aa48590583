"""Who is pressed by a demand: the addressee of "appeler X à …", "réclamer des excuses de X".

Split from ``attitudes.py`` (its size limit): the demand rules find the verb and the
object; these two functions find the one the demand is addressed to, after the object or
after its complement, and say when there is none (a released person, a place, a demanded
act).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import norm
from analysis.extract.quotes.speakers import DE, Party
from analysis.extract.stance.holders import is_named
from analysis.extract.stance.state import State


def addressee_object(st: State, obj: Token, sent: Span) -> Party | None:
    """ "appeler X à ...", "sommer X de ...": the object, when "à"/"de" follows it (or
    follows its last conjunct: "appeler X et Y à ...", the conjuncts added later); never a
    phrase behind a preposition ("appeler à l'intégration de X à Y": what is called for)."""
    if any(ch.dep_ == "case" for ch in obj.children):
        return None
    i, j = st.res.chunk(obj)
    j = max([j] + [st.res.chunk(c)[1] for c in obj.children if c.dep_ == "conj"])
    if j < sent.end and norm(st.doc[j].text) in ("à", "au", "aux", "de", "d'"):
        p = st.res.party(i, j, obj)
        if is_named(p):
            return p
    return None


def addressee_after_object(st: State, obj: Token, sent: Span) -> Party | None:
    """ "réclamer des excuses de X", "exiger « des garanties » auprès de X": the "de"/"à"/
    "auprès de" complement after the object (and after a quotation inside it)."""
    doc = st.doc
    i, j = st.res.chunk(obj, appos=False)
    k = j
    while k < sent.end and doc[k].text in ('"', "»", "”", "«", "“"):
        k += 1
    for x in range(i, j):
        if doc[x].text in ('"', "«", "“") and x > obj.i:
            k = x
            while k < sent.end and doc[k].text not in ('"', "»", "”") or k == x:
                k += 1
            k += 1
            break
    if k + 1 < sent.end and "Inf" in doc[k + 1].morph.get("VerbForm"):
        return None  # "demander à X de trouver une solution ...": a demanded act, no one
    if norm(obj.lemma_) in st.words.release_nouns:
        return None  # "la libération de X", "l'adhésion de X à Y": whom it is for, and where
    part = next((x for x in range(obj.i + 1, j) if _on_behalf(st, x)), None)
    k = k if part is None else part  # "exiger des clarifications de la part de X"
    w = norm(doc[k].text) if k < sent.end else ""
    skip = 4 if part is not None else 2 if w == "auprès" else 1
    if w in ("de", "d'", "du", "à", "au", "auprès"):
        rng = st.res.np_after(k + skip, sent.end)
        if rng:
            p = st.res.party(*rng)
            if is_named(p):
                return p
    return None


def _on_behalf(st: State, x: int) -> bool:
    """ "de la part de X" starts at ``x``."""
    return st.low[x] in DE and [st.low[m] for m in range(x + 1, min(x + 3, len(st.low)))] == [
        "la",
        "part",
    ]
