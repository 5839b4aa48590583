"""A noun phrase after a fronted adverbial that ends on a name is the main clause's subject.

"À l'issue de son entretien avec X, le porte-parole du gouvernement a dénoncé ...": the
comma after X closes an adverbial phrase put first (X completes a noun inside it), and the
title that follows opens the subject of the main verb: it is not X's apposition. A reader
sees it from the syntax: X hangs on a noun of a phrase attached to the verb by a
preposition (or X itself has a preposition: "avec X"), and the title is that verb's only
subject. "Paul Dupont, le ministre des Finances, a annoncé ..." stays an apposition (no
preposition, no noun before the name), and so does "La visite de X, le ministre, a été
reportée" (the chain ends on the subject, not on an adverbial).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from analysis.extract.actors.roles import Role
    from analysis.extract.actors.text import Text

_ADVERBIAL = ("obl", "obl:mod", "advcl")
_SUBJECT = ("nsubj", "nsubj:pass")


def fronted_subject(t: Text, app: Role) -> bool:
    """The role phrase ``app`` read after a name's comma is the subject of the verb the
    name's adverbial phrase is attached to (see the module's docstring)."""
    s = t.index_at(app.start)
    if s is None:
        return False
    k = s
    while k > 1 and s - k < 3 and "," not in t.gap(k):
        k -= 1  # "Paul Dupont, le haut-commissaire": back over the determiner to the comma
    if k < 1 or "," not in t.gap(k):
        return False
    return fronted_name(t, t.ws[k - 1].start, app.start)


def fronted_name(t: Text, name: int, title: int) -> bool:
    """The name at offset ``name`` completes a noun of a fronted adverbial phrase and the
    title at offset ``title``, after it, is the subject of the verb that phrase is attached
    to: two persons ("Lors de sa rencontre avec X, la ministre a ...": not X)."""
    n = t.token_at(name)
    for _ in range(4):  # "Paul Dupont": the name's parts hang on its first word
        if not n.dep_.startswith("flat") or n.head.i == n.i:
            break
        n = n.head
    if not _has_preposition(n):
        return False  # "X, le ministre, a dit": no preposition before the name
    if n.dep_ in _ADVERBIAL:
        x = n  # "avec X" read as the verb's complement: the preposition says it anyway
    elif n.dep_ == "nmod":
        x = n.head
        for _ in range(4):  # "à l'issue de son entretien avec X": a chain of complements
            if x.dep_ != "nmod" or x.head.i == x.i:
                break
            x = x.head
    else:
        return False
    if x.dep_ not in _ADVERBIAL or x.i > n.i or not _has_preposition(x):
        return False
    verb = x.head
    if sum(c.dep_ in _SUBJECT for c in verb.children) != 1:
        return False  # "Avec X, la ministre, nous avons ...": the subject is elsewhere
    h = t.token_at(title)
    for _ in range(3):  # "le nouveau porte-parole": from a modifier to the noun
        if h.dep_ in _SUBJECT or h.head.i == h.i:
            break
        h = h.head
    return h.dep_ in _SUBJECT and h.head.i == verb.i and h.i > n.i


def _has_preposition(tok: Token) -> bool:
    """The word opens a prepositional phrase ("avant l'entretien", "avec X")."""
    return any(c.dep_ == "case" for c in tok.children)
