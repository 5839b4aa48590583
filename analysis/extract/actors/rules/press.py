"""A body named without a cue that reports like the press is a medium.

"a rapporté le Figaro citant l'AFP", "L'Observateur titre ce matin", "Le Matin, citant des
sources diplomatiques": a capitalised name that is the subject (inverted or not) of a verb of
reporting or headlining (``press_verbs``), or that cites a source, is a newspaper, an agency
or a broadcaster — whatever its name. Organisations publish and announce, they do not
headline nor "rapporter" a fact in the third person.
"""

from __future__ import annotations

from analysis.document.tokens import view
from analysis.extract.actors.finder import Finder
from analysis.resources.gazetteer import fold, word_set


def reports_like_press(f: Finder, i: int, j: int) -> bool:
    """The name at words [i, j) reports as the press does (see module)."""
    t = f.t
    verbs = word_set("actors_words", "press_verbs")
    v = view(t.doc)
    k = i - 1
    if t.key(k) in ("le", "la", "l", "les") and not f.punct_before(i):
        k -= 1
    if k >= 0 and t.same_sentence(k, i) and not f.punct_before(k + 1):
        if v.pos[t.word_tok[k]] == "VERB" and fold(v.lemma[t.word_tok[k]]) in verbs:
            return True  # "a rapporté le Figaro": the inverted subject
    if j < len(t.ws) and t.same_sentence(i, j) and not f.punct_before(j):
        nxt = t.word_tok[j]
        if fold(v.lemma[nxt]) in verbs and v.pos[nxt] == "VERB":
            return True  # "le Figaro citant l'AFP", "Le Matin rapporte"
        if t.key(j).endswith("e") and t.key(j)[:-1] + "er" in verbs:
            return True  # "Le Matin titre ce lundi": the parser often reads a noun
    return False
