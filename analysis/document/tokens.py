"""Per-Doc token attributes as plain lists, computed once and shared by the rules.

Why: ``doc[i]`` builds a new Token object each time (~1 µs), and the rules look at each token
dozens of times (measured: ~45 Token objects created per token of an article across the steps,
a fifth of their run time). Scans that only need a token's text, offset or a flag read these
lists instead. The view is kept in the Doc's own state (:func:`doc_state`): built once per
article, shared by its steps and threads, freed with the Doc.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span, Token


_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


@functools.lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Lower case, straight apostrophes, single spaces: the key every lexicon entry uses.

    Memoised: every detector normalises every token's text and lemma, and a news vocabulary is
    small (measured: ~150,000 calls per 15,000 words, a tenth of the stance step)."""
    return " ".join(str(text).translate(_APOS).lower().split())


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
    def _by_pos(self) -> dict[str, list[int]]:
        """Part of speech -> its token indices in text order, filled per tag on demand (see
        :meth:`with_pos`)."""
        return {}

    def with_pos(self, tag: str, start: int = 0, end: int | None = None) -> list[int]:
        """Indices of the tokens of part of speech ``tag`` in [start, end), in text order.

        Why: rules that only read verbs visit only the verbs of a sentence (listed once per
        Doc) instead of testing every token of it, once per rule."""
        found = self._by_pos.get(tag)
        if found is None:
            found = self._by_pos[tag] = [i for i, p in enumerate(self.pos) if p == tag]
        lo = bisect.bisect_left(found, start)
        hi = len(found) if end is None else bisect.bisect_left(found, end, lo)
        return found[lo:hi]

    @functools.cached_property
    def _by_low(self) -> dict[str, list[int]]:
        """Normalised form (:attr:`low`) -> its token indices in text order, one pass over
        the Doc (see :meth:`with_low`)."""
        out: dict[str, list[int]] = {}
        for i, w in enumerate(self.low):
            out.setdefault(w, []).append(i)
        return out

    def with_low(self, words: Iterable[str], start: int = 0, end: int | None = None) -> list[int]:
        """Indices of the tokens whose normalised form is one of ``words``, in [start, end),
        in text order.

        Why: a rule keyed on a few cue words (the first words of the motive locutions
        "au motif que", "sous prétexte que" of :mod:`analysis.extract.quotes.motives`)
        visits only the tokens that can start its cue instead of testing every token of
        every sentence."""
        by_low = self._by_low
        found: list[int] = []
        for w in set(words):
            at = by_low.get(w)
            if at:
                lo = bisect.bisect_left(at, start)
                hi = len(at) if end is None else bisect.bisect_left(at, end, lo)
                found += at[lo:hi]
        found.sort()
        return found

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
        h = self.morph_keys[i]
        try:  # each distinct analysis parsed once per process, looked up by its hash
            features = _MORPHS[h]
        except KeyError:
            features = _morph_features(h, self.tokens[i].doc.vocab.strings)
        return features.get(field, ())

    def subtree(self, i: int) -> list[int]:
        """Token i and its descendants, in no particular order (``token.subtree``)."""
        out = [i]
        children = self.children
        for j in out:  # grows while it is walked
            out.extend(children[j])
        return out

    @functools.cached_property
    def doc_text(self) -> str:
        """The Doc's text: each token's text and its trailing space (``doc.text`` builds a
        Token per word to join them again, at each call: ~1 µs a token)."""
        if not self.tokens:
            return ""
        from spacy.attrs import SPACY

        trailing = self.tokens[0].doc.to_array(SPACY).tolist()
        return "".join([t + " " if w else t for t, w in zip(self.text, trailing, strict=True)])

    @functools.cached_property
    def stop(self) -> list[bool]:
        """``token.is_stop``."""
        if not self.tokens:
            return []
        from spacy.attrs import IS_STOP

        return list(map(bool, self.tokens[0].doc.to_array(IS_STOP).tolist()))

    @functools.cached_property
    def ent_spans(self) -> tuple[Span, ...]:
        """``doc.ents``, asked once per Doc (each call walks every token and builds a Span per
        entity; the speaker index and :attr:`ents` both read them)."""
        return tuple(self.tokens[0].doc.ents) if self.tokens else ()

    @functools.cached_property
    def ents(self) -> list[tuple[int, int, str]]:
        """The entities as (first token, end token exclusive, label), in text order."""
        return [(e.start, e.end, e.label_) for e in self.ent_spans]

    @functools.cached_property
    def ent_at(self) -> list[int]:
        """Index in :attr:`ents` of the entity each token belongs to, -1 outside entities."""
        out = [-1] * len(self.tokens)
        for k, (start, end, _label) in enumerate(self.ents):
            out[start:end] = [k] * (end - start)
        return out

    @functools.cached_property
    def low(self) -> list[str]:
        """``norm(token.text)`` of every token (the key the lexicons use)."""
        return _normed(self.text)

    @functools.cached_property
    def lemma_low(self) -> list[str]:
        """``norm(token.lemma_)`` of every token."""
        return _normed(self.lemma)

    @functools.cached_property
    def sent_bounds(self) -> tuple[list[int], list[int]] | None:
        """(start, end) of the sentence of every token, as ``token.sent`` gives them
        (``token.sent`` walks the sentence and builds a Span at each call); None when a custom
        sentence hook decides (``token.sent`` must then be asked)."""
        if not self.tokens:
            return [], []
        doc = self.tokens[0].doc
        if doc.user_hooks or doc.user_token_hooks or doc.user_span_hooks:
            return None
        n = len(doc)
        lo, hi = [0] * n, [0] * n
        for sent in doc.sents:
            a, b = sent.start, sent.end
            lo[a:b] = [a] * (b - a)
            hi[a:b] = [b] * (b - a)
        return lo, hi

    def _strings(self, attr: str) -> list[str]:
        # one array read, and each distinct string decoded once per process (``token.pos_``
        # decodes a new string from the StringStore at every access)
        if not self.tokens:
            return []
        doc = self.tokens[0].doc
        hashes = doc.to_array(attr).tolist()
        return _decode(hashes, doc.vocab.strings)


# hash -> string, for every StringStore of the process: spaCy's string hash is a function of
# the string alone (64-bit murmurhash), so a hash decodes to the same text in any store that
# holds it and the memo is safe across models, Docs and threads (entries are only added, and
# each call reads its own copy of the entries it needs)
_DECODED: dict[int, str] = {}
_DECODED_MAX = 200_000


def _decode(hashes: list[int], strings: Any) -> list[str]:
    """The strings of ``hashes`` (0 is the empty string), each distinct hash decoded once per
    process."""
    known = _DECODED
    try:  # after the first articles, every hash is known: one lookup per token
        return list(map(known.__getitem__, hashes))
    except KeyError:  # new strings (or the memo cleared by another thread meanwhile)
        pass
    local = {h: known.get(h) for h in set(hashes)}
    missing = [h for h, text in local.items() if text is None]
    if missing:
        if len(known) > _DECODED_MAX:
            known.clear()
        for h in missing:
            local[h] = known[h] = strings[h] if h else ""
    return list(map(local.__getitem__, hashes))


# a word -> its ``norm``, for every Doc of the process (see ``_decode``: entries only added)
_NORMED: dict[str, str] = {}


def _normed(words: list[str]) -> list[str]:
    """``[norm(w) for w in words]``, each distinct word normalised once per process.

    Why: every Doc's :attr:`TokenView.low` and :attr:`TokenView.lemma_low` (read by nearly
    every rule) go through all its tokens; a plain dictionary read per token costs a third
    of the call through ``norm``'s LRU wrapper."""
    known = _NORMED
    try:  # after the first articles, every word is known
        return list(map(known.__getitem__, words))
    except KeyError:
        pass
    if len(known) > _DECODED_MAX:
        known.clear()
    local = dict.fromkeys(words)  # (read from this copy: another thread may clear ``known``)
    for w in local:
        found = known.get(w)
        local[w] = known[w] = norm(w) if found is None else found
    return list(map(local.__getitem__, words))


# morphology hash -> its features (see ``_DECODED``: a hash names the same string in any store)
_MORPHS: dict[int, dict[str, tuple[str, ...]]] = {}


def _morph_features(h: int, strings: Any) -> dict[str, tuple[str, ...]]:
    """The features of the morphology string of hash ``h``, kept in ``_MORPHS`` (a model has a
    few hundred distinct analyses; bounded all the same)."""
    if len(_MORPHS) > 4096:
        _MORPHS.clear()
    features = _MORPHS[h] = _features(strings[h] if h else "")
    return features


@functools.lru_cache(maxsize=4096)
def _features(morph: str) -> dict[str, tuple[str, ...]]:
    """ "Mood=Cnd|Number=Sing" -> {"Mood": ("Cnd",), "Number": ("Sing",)} (memoised: a model
    has a few hundred distinct analyses)."""
    out = {}
    for feat in morph.split("|") if morph else ():
        field, _, values = feat.partition("=")
        out[field] = tuple(values.split(","))
    return out


def view(doc: Doc) -> TokenView:
    """The :class:`TokenView` of ``doc`` (built once per Doc, kept in :func:`doc_state`)."""
    state = doc_state(doc)
    tv = state.get("token_view")
    if tv is None:
        tv = state["token_view"] = _build_view(doc)
    return tv


def _build_view(doc: Doc) -> TokenView:
    from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, ORTH

    toks = list(doc)
    cols = doc.to_array([ORTH, IDX, IS_ALPHA, IS_PUNCT, IS_SPACE]).T.tolist() if toks else [[]] * 5
    text = _decode(cols.pop(0), doc.vocab.strings)  # ``token.text``, each string decoded once
    idx = cols[0]
    return TokenView(
        tokens=toks,
        text=text,
        idx=idx,
        end=list(map(int.__add__, idx, map(len, text))),
        cap=[x[:1].isupper() for x in text],
        alpha=list(map(bool, cols[1])),
        punct=list(map(bool, cols[2])),
        space=list(map(bool, cols[3])),
    )


STATE_KEY = "visit_report"


def doc_state(doc: Doc) -> dict[str, Any]:
    """Per-article memos (token view, cue keys, resolver index), kept on the Doc: spaCy's place
    for per-Doc state. Created with the article's Doc, shared by its steps, freed with it."""
    data = doc.user_data
    try:  # asked ~25 times per sentence: no new empty dict for ``setdefault`` each time
        return data[STATE_KEY]
    except KeyError:
        return data.setdefault(STATE_KEY, {})
