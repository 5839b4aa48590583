"""Per-Doc token attributes as plain lists, computed once and shared by the rules.

Why: ``doc[i]`` builds a new Token object each time (~1 µs), and the rules look at each token
dozens of times (measured: ~45 Token objects created per token of an article across the steps,
a fifth of their run time). Scans that only need a token's text, offset or a flag read these
lists instead; the cache holds the last Doc of each thread only, so memory stays bounded by one
article per thread.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass(frozen=True)
class TokenView:
    """Token i of the Doc as list entries: its object and a few attributes."""

    tokens: list[Token]
    text: list[str]
    idx: list[int]  # start offset
    end: list[int]  # end offset (idx + len(text))
    cap: list[bool]  # first character is upper case
    alpha: list[bool]
    punct: list[bool]
    space: list[bool]

    def __len__(self) -> int:
        return len(self.tokens)

    @functools.cached_property
    def pos(self) -> list[str]:
        """Coarse part of speech of each token (``token.pos_``)."""
        return self._strings("POS")

    @functools.cached_property
    def lower(self) -> list[str]:
        """``token.lower_``."""
        return self._strings("LOWER")

    @functools.cached_property
    def lemma(self) -> list[str]:
        """``token.lemma_``."""
        return self._strings("LEMMA")

    @functools.cached_property
    def dep(self) -> list[str]:
        """Dependency label of each token (``token.dep_``)."""
        return self._strings("DEP")

    @functools.cached_property
    def head(self) -> list[int]:
        """Index of each token's head (``token.head.i``; a root is its own head)."""
        if not self.tokens:
            return []
        from spacy.attrs import HEAD

        rel = self.tokens[0].doc.to_array(HEAD).astype("int64").tolist()
        return [i + r for i, r in enumerate(rel)]

    @functools.cached_property
    def children(self) -> list[list[int]]:
        """Indices of each token's children, in text order (``token.children``: iterating it
        builds a Token per child at every call)."""
        out: list[list[int]] = [[] for _ in self.tokens]
        for i, h in enumerate(self.head):
            if h != i:
                out[h].append(i)
        return out

    @functools.cached_property
    def morph_keys(self) -> list[int]:
        """Hash of each token's morphology string ("Mood=Cnd|Number=Sing|..."), for
        :meth:`morph`."""
        if not self.tokens:
            return []
        return self.tokens[0].doc.to_array("MORPH").tolist()

    def morph(self, i: int, field: str) -> tuple[str, ...]:
        """The values of a morphological feature of token i (``token.morph.get(field)``,
        which parses the analysis at each call: ≈1.1 µs)."""
        strings = self.tokens[i].doc.vocab.strings
        return _features(strings[self.morph_keys[i]]).get(field, ())

    def subtree(self, i: int) -> list[int]:
        """Token i and its descendants, in no particular order (``token.subtree``)."""
        out = [i]
        children = self.children
        for j in out:  # grows while it is walked
            out.extend(children[j])
        return out

    @functools.cached_property
    def stop(self) -> list[bool]:
        """``token.is_stop``."""
        if not self.tokens:
            return []
        from spacy.attrs import IS_STOP

        return list(map(bool, self.tokens[0].doc.to_array(IS_STOP).tolist()))

    @functools.cached_property
    def ents(self) -> list[tuple[int, int, str]]:
        """The entities as (first token, end token exclusive, label), in text order (each
        ``doc.ents`` call walks every token and builds a Span per entity)."""
        if not self.tokens:
            return []
        return [(e.start, e.end, e.label_) for e in self.tokens[0].doc.ents]

    @functools.cached_property
    def ent_at(self) -> list[int]:
        """Index in :attr:`ents` of the entity each token belongs to, -1 outside entities."""
        out = [-1] * len(self.tokens)
        for k, (start, end, _label) in enumerate(self.ents):
            out[start:end] = [k] * (end - start)
        return out

    def _strings(self, attr: str) -> list[str]:
        # one array read, and each distinct string decoded once per process (``token.pos_``
        # decodes a new string from the StringStore at every access)
        if not self.tokens:
            return []
        doc = self.tokens[0].doc
        hashes = doc.to_array(attr).tolist()
        known = _DECODED.get(doc.vocab.strings)
        missing = [h for h in set(hashes) if h not in known]
        if missing:
            strings = doc.vocab.strings
            if len(known) > _DECODED_MAX:
                known.clear()
            known.update((h, strings[h] if h else "") for h in missing)
        return list(map(known.__getitem__, hashes))


class _Decoded(threading.local):
    """Per thread: the StringStore last read and its decoded strings (hash -> text); a
    string's hash never changes, so the memo only grows with the vocabulary."""

    def __init__(self) -> None:
        self.store: object = None
        self.memo: dict[int, str] = {}

    def get(self, store: object) -> dict[int, str]:
        if store is not self.store:
            self.store, self.memo = store, {}
        return self.memo


_DECODED = _Decoded()
_DECODED_MAX = 200_000


@functools.lru_cache(maxsize=4096)
def _features(morph: str) -> dict[str, tuple[str, ...]]:
    """ "Mood=Cnd|Number=Sing" -> {"Mood": ("Cnd",), "Number": ("Sing",)} (memoised: a model
    has a few hundred distinct analyses)."""
    out = {}
    for feat in morph.split("|") if morph else ():
        field, _, values = feat.partition("=")
        out[field] = tuple(values.split(","))
    return out


# one entry per thread (a Dask worker may analyse several articles at once in threads)
_LAST = threading.local()


def view(doc: Doc) -> TokenView:
    """The :class:`TokenView` of ``doc`` (built once per Doc and thread)."""
    if getattr(_LAST, "doc", None) is not doc:
        from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE

        toks = list(doc)
        text = [t.text for t in toks]
        cols = doc.to_array([IDX, IS_ALPHA, IS_PUNCT, IS_SPACE]).T.tolist() if toks else [[]] * 4
        idx = cols[0]
        _LAST.view = TokenView(
            tokens=toks,
            text=text,
            idx=idx,
            end=list(map(int.__add__, idx, map(len, text))),
            cap=[x[:1].isupper() for x in text],
            alpha=list(map(bool, cols[1])),
            punct=list(map(bool, cols[2])),
            space=list(map(bool, cols[3])),
        )
        _LAST.doc = doc
    return _LAST.view


STATE_KEY = "visit_report"


def doc_state(doc: Doc) -> dict[str, Any]:
    """Per-article memos (token view, cue keys, resolver index), kept on the Doc: spaCy's place
    for per-Doc state. Created with the article's Doc, shared by its steps, freed with it."""
    return doc.user_data.setdefault(STATE_KEY, {})
