"""The parts of a clause, read from the dependency parse.

Shared by the timeline (the event a date expression dates, :mod:`.timeline.event`) and the
events step (the source and target of a trigger): :func:`subjects` and :func:`noun_phrase`
find a clause's parts; :func:`morph_has` reads the morphology of a token (tense, mood, verb
form).
"""

from __future__ import annotations

from analysis.document.tokens import TokenView

_DROP_DEPS = frozenset(
    ("acl:relcl", "acl", "appos", "advcl", "parataxis", "dep", "punct", "obl:mod")
)


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
