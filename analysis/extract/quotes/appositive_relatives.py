"""Where a relative clause set off by commas after the sentence's subject ends.

"Le ministre X, qui estime que la frontière doit rester ouverte, a protesté contre Y": the
relative clause says what X thinks, and the comma before "a protesté" closes it; the verb after
that comma is the main verb of the sentence, whose subject is X. Two rules misread it when
the parser hangs the main verb inside the relative clause (as the complement of "estime"):

* the claim of "qui estime que …" ran on past the comma into the main clause ("…, a protesté
  contre Y" became part of what X thinks);
* the main verb, a speech verb after a comma, was read as an incise closing a reported claim
  ("…, a protesté lundi contre la décision de Y": Y spoke the whole subject phrase).

The clause is found from the words, as the parse is what goes wrong: a relative subject
pronoun right after a comma, no finite verb between the sentence start and that comma (the
words before it are the subject's phrase), then the first comma (outside quotations) followed
by a finite verb group with no subject of its own. Commas inside the clause come in pairs (an
incise: "que la frontière, fermée depuis mars, doit rouvrir"): the closing comma is the first
candidate after an even number of commas, else the last candidate.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.document.tokens import TokenView

# relative pronouns that are the subject of their clause
RELATIVE_SUBJECTS = frozenset(("qui", "lequel", "laquelle", "lesquels", "lesquelles"))
# what may stand between a subject and its finite verb: negation and clitic pronouns
_BEFORE_VERB = frozenset(
    ("ne", "n'", "se", "s'", "lui", "leur", "l'", "le", "la", "les", "y", "en", "me", "m'")
)
# words of a verb group between the relative pronoun and the verb ("qui a notamment estimé")
_IN_GROUP = frozenset(("AUX", "ADV", "PRON", "PART"))


def relative_of_verb(tv: TokenView, i: int, lo: int) -> int | None:
    """The relative pronoun that is the subject of the verb at token i ("qui estime", "qui a
    notamment affirmé", "qui lui a dit"), when it opens a relative clause set off by a comma
    after the sentence's subject (see module); else None."""
    r = i - 1
    while r > lo and tv.low[r] not in RELATIVE_SUBJECTS and tv.pos[r] in _IN_GROUP:
        r -= 1
    if r <= lo or tv.low[r] not in RELATIVE_SUBJECTS:
        return None
    return r if opens_subject_relative(tv, r, lo) else None


def opens_subject_relative(tv: TokenView, r: int, lo: int) -> bool:
    """The relative pronoun at token r follows a comma, and the words from the sentence
    start to that comma hold no finite verb (a noun phrase, the sentence's subject)."""
    if r - 1 <= lo or tv.text[r - 1] != ",":
        return False
    return not any(_finite(tv, k) for k in range(lo, r - 1))


def clause_close(
    tv: TokenView, r: int, hi: int, in_quote: Callable[[int], bool] | None = None
) -> int | None:
    """The comma that closes the relative clause opened by the pronoun at token r, before
    the main verb (see module); None when no comma before ``hi`` is followed by a verb group
    with no subject of its own. ``in_quote(offset)``: whether a character lies inside a
    quotation (its commas are the quotation's own)."""
    candidates: list[int] = []
    commas = 0
    for c in range(r + 1, hi - 1):
        if tv.text[c] != "," or (in_quote is not None and in_quote(tv.idx[c])):
            continue
        if _verb_group_after(tv, c + 1, hi):
            if commas % 2 == 0:
                return c
            candidates.append(c)
        commas += 1
    return candidates[-1] if candidates else None


def _verb_group_after(tv: TokenView, k: int, hi: int) -> bool:
    """A finite verb group opens at token k: negation and clitics, then a finite verb or
    auxiliary ("a protesté", "n'a pas", "s'est dit", "reste")."""
    while k < hi and tv.low[k] in _BEFORE_VERB and tv.pos[k] != "VERB":
        k += 1
    return k < hi and _finite(tv, k)


def _finite(tv: TokenView, k: int) -> bool:
    """Token k is a finite verb or auxiliary."""
    return tv.pos[k] in ("VERB", "AUX") and "Fin" in tv.morph(k, "VerbForm")
