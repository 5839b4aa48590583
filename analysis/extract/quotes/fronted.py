"""A participle clause opening the sentence speaks with the main clause's subject.

"Saluant l'« X », le ministre a quitté la ville", "Faisant part de sa « X », il a ajouté …",
"Après avoir dénoncé une « X », la présidente a convoqué …": in French a participle (or
gerund) clause detached at the head of the sentence has no subject of its own; its subject is
the main clause's (the rule of the "participe détaché", whatever the main verb says). When
that participle is a speech cue and the quotation lies inside the clause, the quotation is the
main subject's words, even when the main verb is an act ("a quitté", "a signé"), not speech.

The parser often hangs the fronted clause elsewhere (the participle as the root, the main
verb as its dependant), and the tree walk then finds no subject: this rule reads the clause
linearly (the participle first, the comma that closes the clause after the quotation) and
takes the subject of the first verb of the main clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.extract.cues import matches
from analysis.extract.quotes.base import Attribution
from analysis.extract.quotes.words import EXPRESSING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span

    from analysis.extract.quotes.base import QuoterBase
    from analysis.extract.quotes.speakers import Party

# words that may come before the participle of a fronted clause: the gerund's "en" / "tout
# en", the reflexive pronoun ("se félicitant"), "après avoir" (a past participle then)
_LEADS = frozenset(("en", "tout", "se", "s'", "s’", "après", "avoir"))

_PRONOUNS = frozenset(("il", "elle", "ils", "elles"))

# the clause is at most this many tokens long (a longer one holds clauses of its own)
MAX_CLAUSE_TOKENS = 40


def fronted_participle(q: QuoterBase, sent: Span, first: int, last: int) -> Attribution | None:
    """The main subject of the sentence when the quotation (tokens first..last) lies in a
    participle clause of speech opening it (see the module docstring), else None."""
    tv = q.token_view
    k = sent.start
    while k < first and tv.punct[k]:
        k += 1  # a dash or a mark before the clause
    while k < first and tv.low[k] in _LEADS:
        k += 1
    if k >= first or not _participle(tv, k):
        return None
    cue = q.speech_cue(k) or matches(tv.tokens[k], EXPRESSING_VERBS)  # "faisant part de"
    if not cue:
        return None
    comma = _closing_comma(q, last, min(sent.end, k + MAX_CLAUSE_TOKENS))
    if comma is None:
        return None
    verb = _main_verb(q, comma + 1, sent.end)
    if verb is None:
        return None
    party = _main_subject(q, verb, comma)
    if party is None:
        return None
    return Attribution(party, cue, "fronted participle")


def _main_subject(q: QuoterBase, verb: int, comma: int) -> Party | None:
    """The identified subject of the main verb, after the comma. A subject pronoun ("…, il
    a noté") goes on with the speaker quoted last, as an incise's would: the fronted clause
    is his, and the sentences before it name him."""
    tv = q.token_view
    for c in tv.children[verb]:
        if tv.dep[c] == "nsubj" and tv.pos[c] == "PRON" and tv.low[c] in _PRONOUNS and c > comma:
            party = q.res.pronoun(tv.tokens[c], incise=True)
            return party if party is not None and party.identified else None
    parties = [p for p in q.res.subjects(tv.tokens[verb]) if not q.res.in_quote(p.start)]
    if len(parties) != 1 or not parties[0].identified:
        return None
    if parties[0].start < tv.idx[comma]:
        return None  # the subject must be the main clause's, after the comma
    return parties[0]


def _participle(tv, k: int) -> bool:
    """Token k is a present participle or a gerund ("saluant"), or a past participle after
    "après avoir" ("après avoir dénoncé")."""
    form = tv.morph(k, "VerbForm")
    if tv.low[k].endswith("ant") and tv.pos[k] in ("VERB", "ADJ", "AUX"):
        return True
    if "Ger" in form or ("Part" in form and "Pres" in tv.morph(k, "Tense")):
        return True
    return k >= 2 and tv.low[k - 1] == "avoir" and tv.low[k - 2] == "après" and "Part" in form


def _closing_comma(q: QuoterBase, last: int, hi: int) -> int | None:
    """The first comma after the quotation, outside any quotation, that closes the clause
    (a finite verb or a full stop before it: the quotation is not in a fronted clause)."""
    tv = q.token_view
    for j in range(last + 1, hi):
        if q.res.in_quote(tv.idx[j]):
            continue
        if tv.text[j] == ",":
            return j
        if tv.text[j] in (".", ";", ":", "!", "?") or "Fin" in tv.morph(j, "VerbForm"):
            return None
    return None


def _main_verb(q: QuoterBase, lo: int, hi: int) -> int | None:
    """The first finite verb (or the participle its auxiliary carries) after the comma."""
    tv = q.token_view
    for j in range(lo, min(hi, lo + 15)):
        if q.res.in_quote(tv.idx[j]):
            return None
        if tv.pos[j] in ("VERB", "AUX") and "Fin" in tv.morph(j, "VerbForm"):
            if tv.pos[j] == "AUX" and tv.dep[j].startswith("aux"):
                return tv.head[j]
            return j
    return None
