"""The event a date expression dates: "who did what" in the clause that governs it.

:func:`describe` writes the clause's subject, verb group and object in the article's own
typography, and gives the clause's character range (the timeline lists the actors named
there).
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.document.article import Article
from analysis.document.tokens import TokenView, view
from analysis.extract.context.clause import noun_phrase, subjects
from analysis.extract.context.timeline.scan import lexicon
from analysis.resources.datacache import derived


@derived
def _verb_particles() -> frozenset[str]:
    """Negation and reflexive words kept next to the verb ("ne", "pas", "se")."""
    return frozenset(lexicon()["verb_particles"])


def describe(
    head: Token | None, article: Article, exclude: tuple[int, int] = (0, 0), limit: int = 16
) -> tuple[str, int, int]:
    """ "Who did what" for the clause governed by ``head``: subject, verb group, object.

    Returns the description (original typography) and the character range of the clause,
    used to find the actors it names.
    """
    if head is None:
        return "", 0, 0
    tv = view(head.doc)
    h = head.i
    picked = (
        _verb_clause(tv, h)
        if tv.pos[h] in ("VERB", "AUX")
        else set(noun_phrase(tv, h, 10, conj=False))
    )
    toks = _trimmed(tv, picked, exclude, limit)
    if not toks:
        return "", 0, 0
    subtree = tv.subtree(h)  # offsets grow with the token index
    return _written(tv, toks, article.text), tv.idx[min(subtree)], tv.end[max(subtree)]


def _verb_clause(tv: TokenView, h: int) -> set[int]:
    """The subjects' phrases, the verb with its auxiliaries and particles, the object's
    phrase."""
    deps, lower = tv.dep, tv.lower
    particles = _verb_particles()
    picked: set[int] = set()
    for subj in subjects(tv, h):
        picked.update(noun_phrase(tv, subj, 8, conj=True))
    picked.add(h)
    for c in tv.children[h]:
        if deps[c].startswith("aux") or deps[c] in ("expl:comp", "expl:pv", "advmod:neg"):
            picked.add(c)
        if lower[c] in particles and abs(c - h) < 4:
            picked.add(c)
    obj = next((c for c in tv.children[h] if deps[c] in ("obj", "xcomp", "ccomp")), None)
    if obj is not None:
        picked.update(noun_phrase(tv, obj, 7, conj=False))
    return picked


def _trimmed(tv: TokenView, picked: set[int], exclude: tuple[int, int], limit: int) -> list[int]:
    """The picked tokens in text order, without the date expression itself (``exclude``)
    nor spaces, at most ``limit``, without dangling prepositions, conjunctions, punctuation
    (and determiners at the end)."""
    idx, space, pos = tv.idx, tv.space, tv.pos
    toks = [i for i in sorted(picked) if not (exclude[0] <= idx[i] < exclude[1]) and not space[i]]
    toks = toks[:limit]
    while toks and pos[toks[0]] in ("ADP", "CCONJ", "PUNCT"):
        toks.pop(0)
    while toks and pos[toks[-1]] in ("ADP", "CCONJ", "PUNCT", "DET"):
        toks.pop()
    return toks


def _written(tv: TokenView, toks: list[int], text: str) -> str:
    """The tokens as the article writes them: a space between tokens only where the text
    has one (or where tokens were skipped)."""
    idx, end = tv.idx, tv.end
    parts = []
    for k, t in enumerate(toks):
        if k:
            prev = toks[k - 1]
            # adjacent tokens: a space exactly where the first has trailing whitespace
            parts.append(" " if prev != t - 1 or idx[t] > end[prev] else "")
        parts.append(text[idx[t] : end[t]])
    return "".join(parts).strip(" ,;:")
