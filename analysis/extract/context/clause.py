"""The clause around a word: who did what, read from the dependency parse.

Shared by the timeline (the event a date expression dates) and the events step (the source
and target of a trigger): :func:`describe` writes "subject verb object" for a clause;
:func:`subjects` and :func:`noun_phrase` find its parts; :func:`morph_has` reads the
morphology of a token (tense, mood, verb form).
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.document.article import Article
from analysis.document.tokens import TokenView, view

_DROP_DEPS = frozenset(
    ("acl:relcl", "acl", "appos", "advcl", "parataxis", "dep", "punct", "obl:mod")
)


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
    deps, lower, pos, idx, end = tv.dep, tv.lower, tv.pos, tv.idx, tv.end
    h = head.i
    picked: set[int] = set()
    if pos[h] in ("VERB", "AUX"):
        for subj in subjects(tv, h):
            picked.update(noun_phrase(tv, subj, 8, conj=True))
        picked.add(h)
        for c in tv.children[h]:
            if deps[c].startswith("aux") or deps[c] in ("expl:comp", "expl:pv", "advmod:neg"):
                picked.add(c)
            if lower[c] in ("ne", "n'", "pas", "se", "s'", "jamais") and abs(c - h) < 4:
                picked.add(c)
        obj = next((c for c in tv.children[h] if deps[c] in ("obj", "xcomp", "ccomp")), None)
        if obj is not None:
            picked.update(noun_phrase(tv, obj, 7, conj=False))
    else:
        picked.update(noun_phrase(tv, h, 10, conj=False))
    space = tv.space
    toks = [i for i in sorted(picked) if not (exclude[0] <= idx[i] < exclude[1]) and not space[i]][
        :limit
    ]
    while toks and pos[toks[0]] in ("ADP", "CCONJ", "PUNCT"):
        toks.pop(0)
    while toks and pos[toks[-1]] in ("ADP", "CCONJ", "PUNCT", "DET"):
        toks.pop()
    if not toks:
        return "", 0, 0
    parts = []
    for k, t in enumerate(toks):
        word = article.text[idx[t] : end[t]]
        if k:
            prev = toks[k - 1]
            # adjacent tokens: a space exactly where the first has trailing whitespace
            parts.append(" " if prev != t - 1 or idx[t] > end[prev] else "")
        parts.append(word)
    text = "".join(parts).strip(" ,;:")
    subtree = tv.subtree(h)  # offsets grow with the token index
    return text, idx[min(subtree)], end[max(subtree)]


def subjects(tv: TokenView, i: int) -> list[int]:
    """The subjects of the verb at token i, else of the verb it depends on (up to 2 up)."""
    children, deps = tv.children, tv.dep
    for _ in range(3):
        subj = [c for c in children[i] if deps[c].startswith("nsubj")]
        if subj:
            return subj
        if deps[i] in ("conj", "xcomp", "advcl", "acl") and tv.head[i] != i:
            i = tv.head[i]
        else:
            break
    return []


def noun_phrase(tv: TokenView, i: int, limit: int, conj: bool) -> list[int]:
    """A contiguous noun phrase around token i, in text order: its pre-modifiers and first
    complements."""
    children, dep, punct = tv.children, tv.dep, tv.punct
    sub = {i}  # the subtree without the subtrees of the dropped children
    for c in children[i]:
        d = dep[c]
        if d in _DROP_DEPS or punct[c] or (not conj and d in ("conj", "cc")):
            continue
        sub.update(tv.subtree(c))
    before = sorted(j for j in sub if j < i)[-6:]
    after = []
    j = i + 1
    while j in sub and not punct[j]:  # never past the right edge: sub is inside the subtree
        after.append(j)
        j += 1
    keep = before + [i] + after
    return keep[: limit + len(before)]


# (morphology hash, field, value) -> whether the analysis has that value; a hash names one
# analysis string in every Doc, and a model has a few hundred of them
_MORPH_HAS: dict[tuple[int, str, str], bool] = {}


def morph_has(tv: TokenView, i: int, field: str, value: str) -> bool:
    """``value in tv.morph(i, field)``, memoised per analysis (``tv.morph`` decodes and looks
    up the analysis string at each call)."""
    key = (tv.morph_keys[i], field, value)
    has = _MORPH_HAS.get(key)
    if has is None:
        if len(_MORPH_HAS) > 16384:  # bounded
            _MORPH_HAS.clear()
        has = _MORPH_HAS[key] = value in tv.morph(i, field)
    return has
