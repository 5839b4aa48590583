"""Small constructions of reported speech: a "selon" phrase whose complement is a relative
pronoun ("X, selon laquelle …"); the clitics and negation before a claimed infinitive ("X a
dit s'aligner sur …", "a assuré ne pas vouloir …", "a affirmé n'en rien savoir").

A "selon" phrase whose complement is a relative pronoun: "X, selon laquelle …".

"la ministre, selon laquelle …", "le porte-parole Y, selon qui …", "des experts, selon
lesquels …": the relative clause is the antecedent's claim, and the antecedent is the
noun phrase just before "selon" (a comma between them or not). It speaks only when that
phrase is a whole noun phrase naming a party: "la croyance de l'Iran selon laquelle …" has
"croyance" as its antecedent — the name just before "selon" hangs on a preposition ("de
l'Iran"), so nobody speaks; an unidentified antecedent ("l'idée selon laquelle …",
"l'hypothèse selon laquelle …") speaks for no one either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.extract.quotes.speakers import Party

if TYPE_CHECKING:
    from analysis.extract.quotes.base import QuoterBase

# the relative pronouns that follow "selon" / "d'après"
RELATIVES = frozenset(("lequel", "laquelle", "lesquels", "lesquelles", "qui"))


def relative_antecedent(q: QuoterBase, selon: int, lo: int) -> Party | None:
    """The party named by the noun phrase that ends right before token ``selon`` (after an
    optional comma), when it is a whole phrase (not a preposition's complement) naming an
    identified party; None otherwise."""
    tv = q.token_view
    end = selon
    if end > lo and tv.text[end - 1] == ",":
        end -= 1
    if end <= lo:
        return None
    start, stop = tv.idx[end - 1], tv.end[end - 1]
    mention = next(
        ((s, e, aid) for s, e, aid in q.res.mentions_in(start - 200, stop) if e == stop), None
    )
    if mention is None:
        return None
    k = end - 1
    while k > lo and tv.idx[k] > mention[0]:
        k -= 1
    # the phrase's own first word: a determiner, a title or a comma before the name
    b = k - 1
    while b >= lo and tv.pos[b] == "DET":
        b -= 1
    if b >= lo and tv.pos[b] == "ADP":
        return None  # "la croyance de l'Iran selon laquelle …"
    party = q.res.party(k, end)
    return party if party.identified else None


# the clitic pronouns and negation words that may stand between a speech verb and the
# infinitive of its claim ("a dit s'aligner", "a assuré ne pas vouloir", "a dit l'ignorer")
INFINITIVE_CLITICS = frozenset(
    (
        "se", "s'", "s’", "ne", "n'", "n’", "pas", "plus", "jamais", "rien", "en", "y",
        "le", "la", "les", "l'", "l’", "lui", "leur", "me", "m'", "m’", "nous", "vous",
    )
)  # fmt: skip


def clitics_before_infinitive(low: list[str], k: int, hi: int) -> int:
    """The index of the word after at most four clitics or negation words from ``k`` (the
    infinitive of a claim when there is one: the caller checks; the claim still starts at
    ``k``, negation included)."""
    v = k
    while v < hi - 1 and v - k < 4 and low[v] in INFINITIVE_CLITICS:
        v += 1
    return v


# the negation words a claim may open with ("a assuré ne pas vouloir …")
_NEGATION = frozenset(("ne", "n'", "n’", "pas", "plus", "jamais", "rien"))


def negation_start(low: list[str], k: int, verb: int) -> int:
    """``k`` moved back over the negation words right before it, never onto the speech verb
    at ``verb``: a claim keeps its "ne … pas" (its sign depends on it)."""
    while k - 1 > verb and low[k - 1] in _NEGATION:
        k -= 1
    return k


# the word right before a speech verb that negates it ("n'a pas dit", "ne dit pas", "n'a
# jamais affirmé"): its infinitive is nobody's claim
NEGATED_BEFORE = frozenset(("pas", "jamais", "plus", "guère", "ne", "n'", "n’"))
