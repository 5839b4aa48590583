"""A claim denied as untrue, in any tense: "les accusations de Y ne reflètent pas la
réalité", "… n'ont jamais reflété la réalité", "… ne reposaient sur aucun fondement", "…
n'a jamais eu le moindre fondement" (``denied_claims`` of ``stance_evaluative.yaml``).

Why: the evaluative lexicon lists these denials word for word in the present ("ne reflète
pas la réalité"), so a past, future or compound tense ("n'a jamais reflété", "ne
correspondait pas") or another negator ("jamais", "plus", "nullement") was no term at all.
Here the phrase is read on the verb's lemma: "ne" (or "n'"), an auxiliary when the tense is
compound, the verb, the negators, then the listed words. A negator or a void word ("aucun",
"rien") must be there: "ne … que" restricts, it denies nothing ("cela ne reflète que la
réalité").
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.stance.state import State
from analysis.resources.datacache import derived

_NE = frozenset({"ne", "n'"})
_NEGATORS = frozenset({"pas", "jamais", "plus", "nullement", "aucunement", "guère", "point"})
_VOID = frozenset({"aucun", "aucune", "rien"})
_AUXILIARIES = frozenset({"avoir", "être"})


@derived
def denied_claims() -> tuple[frozenset[str], int]:
    """The ``denied_claims`` (verb lemma and the words after it), and the most words after
    the verb one of them has."""
    entries = [norm(e) for e in load_lexicon("stance_evaluative").get("denied_claims") or []]
    width = max((len(e.replace("'", "' ").split()) - 1 for e in entries), default=0)
    return frozenset(entries), width


def _join(words: list[str]) -> str:
    """Words as the lexicon writes them (no space after an elided word)."""
    out = ""
    for w in words:
        out += w if not out or out.endswith("'") else " " + w
    return out


def _verb_at(st: State, tokens: list[Token], j: int) -> int | None:
    """Index in ``tokens`` of the verb after "ne": the word right after it, or the
    participle after an auxiliary and its negators ("n'a jamais reflété")."""
    if j >= len(tokens):
        return None
    k = tokens[j].i
    if st.tv.pos[k] == "AUX" and norm(st.tv.lemma[k]) in _AUXILIARIES:
        m = j + 1
        while m < len(tokens) and st.low[tokens[m].i] in _NEGATORS:
            m += 1
        # the participle (the tagger reads some as finite: "reflété"), or a verb the
        # auxiliary hangs on
        if m < len(tokens) and (
            "Part" in st.tv.morph(tokens[m].i, "VerbForm") or st.tv.head[k] == tokens[m].i
        ):
            return m
    return j


def denial_at(st: State, tokens: list[Token], i: int) -> bool:
    """``tokens[i]`` is the "ne" of a denied claim (see the module)."""
    if st.low[tokens[i].i] not in _NE:
        return False
    v = _verb_at(st, tokens, i + 1)
    if v is None:
        return False
    negator = any(st.low[tokens[m].i] in _NEGATORS for m in range(i + 1, v))
    r = v + 1
    while r < len(tokens) and st.low[tokens[r].i] in _NEGATORS:
        negator, r = True, r + 1
    entries, width = denied_claims()
    lemma = norm(st.tv.lemma[tokens[v].i])
    rest = [st.low[tok.i] for tok in tokens[r : r + width]]
    for n in range(len(rest), 0, -1):
        if (negator or _VOID.intersection(rest[:n])) and _join([lemma, *rest[:n]]) in entries:
            return True
    return False
