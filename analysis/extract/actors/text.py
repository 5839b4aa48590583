"""Word-level view of an article for the actor rules.

spaCy gives tokens, a parse and entities; the rules also need a simpler, robust view: the
words of the body (apostrophes and hyphens separate words, so "l'Algérie" is ["l",
"algerie"] and "Maison-Blanche" is ["maison", "blanche"]), what lies between two words (a
comma, a parenthesis, a quote), and which characters are already claimed by an actor
mention. :class:`Text` bundles these, with lookups that cost O(log n).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from analysis.document.article import Article, blank_read_through
from analysis.document.tokens import view
from analysis.resources.gazetteer import Word, article_words

QUOTES = '«»"“”„'


@dataclass
class Text:
    """The article's words with offsets, sentence ids, tokens and a claim map."""

    article: Article
    doc: Doc
    ws: list[Word] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    claimed: bytearray = field(default_factory=bytearray)
    nlp: str = ""  # Article.nlp_text, computed once (it is a property that rebuilds it)
    _tok_starts: list[int] = field(default_factory=list)
    # sentence id of each word (-1 between sentences) and memoised phrases: the cue rules
    # ask for the same few words before every capitalised word, for each vocabulary
    _wsent: list[int] = field(default_factory=list)
    _phrases: dict[tuple[int, int], str] = field(default_factory=dict)
    _sids: dict[int, int | None] = field(default_factory=dict)
    # per word, as plain lists for the hot rules: folded key, capitalised, and the
    # :meth:`token_index` of its start
    keys: list[str] = field(default_factory=list)
    caps: list[bool] = field(default_factory=list)
    word_tok: list[int] = field(default_factory=list)
    _tokens: list[Token] = field(default_factory=list)

    @classmethod
    def build(cls, article: Article, doc: Doc) -> Text:
        nlp = blank_read_through(article.nlp_text)  # "chargé d'affaires a.i. de X": one title
        # Keep the original characters (curly apostrophes...) in Word.text.
        ws = article_words(nlp, article.body_start, article.text)
        starts = [w.start for w in ws]
        t = cls(article, doc, ws, starts, bytearray(len(article.text)), nlp)
        tv = view(doc)
        t._tok_starts = tv.idx
        t._tokens = tv.tokens
        t._wsent = _sentence_ids(article, starts)
        t.keys = [w.key for w in ws]
        t.caps = [w.text[:1].isupper() for w in ws]
        t.word_tok = _token_indices(tv.idx, starts)
        return t

    # --- words -------------------------------------------------------------------------

    def index_at(self, offset: int) -> int | None:
        """Index of the word starting exactly at ``offset``."""
        i = bisect.bisect_left(self.starts, offset)
        return i if i < len(self.ws) and self.ws[i].start == offset else None

    def first_index_from(self, offset: int) -> int:
        """Index of the first word starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def words_in(self, start: int, end: int) -> range:
        """Word indices inside [start, end)."""
        i = bisect.bisect_left(self.starts, start)
        j = i
        while j < len(self.ws) and self.ws[j].end <= end:
            j += 1
        return range(i, j)

    def gap(self, i: int) -> str:
        """The characters between word i-1 and word i (punctuation, spaces)."""
        if i <= 0 or i >= len(self.ws):
            return ""
        return self.nlp[self.ws[i - 1].end : self.ws[i].start]

    def same_sentence(self, i: int, j: int) -> bool:
        if not (0 <= i < len(self.ws) and 0 <= j < len(self.ws)):
            return False
        a = self._wsent[i]
        return a >= 0 and a == self._wsent[j]

    def sentence_id(self, offset: int) -> int | None:
        """Id of the sentence at ``offset`` (memoised: the tables ask for each mention's
        sentence several times)."""
        try:
            return self._sids[offset]
        except KeyError:
            s = self.article.sentence_at(offset)
            sid = self._sids[offset] = s.id if s else None
            return sid

    def key(self, i: int) -> str:
        return self.keys[i] if 0 <= i < len(self.keys) else ""

    def is_cap(self, i: int) -> bool:
        """Word i exists and starts with an upper-case letter."""
        return 0 <= i < len(self.caps) and self.caps[i]

    def prev_phrase(self, i: int, n: int) -> str:
        """The n words before word i joined by spaces ("" if out of the sentence)."""
        key = (i, n)
        phrase = self._phrases.get(key)
        if phrase is None:
            if i - n < 0 or not self.same_sentence(i - n, i):
                phrase = ""
            else:
                phrase = " ".join(self.keys[i - n : i])
            self._phrases[key] = phrase
        return phrase

    def after_source(self, i: int) -> bool:
        """Word i starts a phrase introduced by "selon" / "d'après" (a source), possibly
        after a cue ("Selon l'agence Tass, ..."): looked for up to 6 words back, in the
        sentence, without punctuation in between."""
        for x in range(i - 1, max(-1, i - 7), -1):
            if not self.same_sentence(x, i) or (x < i - 1 and is_punct(self.gap(x + 1))):
                return False
            if self.key(x) == "selon" or (self.key(x) == "apres" and self.key(x - 1) == "d"):
                return True
        return False

    def span_text(self, i: int, j: int) -> str:
        """Article text from word i to word j-1 inclusive."""
        return self.article.text[self.ws[i].start : self.ws[j - 1].end]

    # --- tokens ------------------------------------------------------------------------

    def token_index(self, offset: int) -> int:
        """Index of the token at ``offset`` (the last token starting at or before it)."""
        return max(0, bisect.bisect_right(self._tok_starts, offset) - 1)

    def token_at(self, offset: int) -> Token:
        return self._tokens[self.token_index(offset)]

    def span(self, start: int, end: int) -> Span:
        sp = self.doc.char_span(start, end, alignment_mode="expand")
        if sp is None:  # pragma: no cover - expand never fails inside the text
            a = self.token_at(start).i
            sp = self.doc[a : a + 1]
        return sp

    # --- claims ------------------------------------------------------------------------

    def free(self, start: int, end: int) -> bool:
        return not any(self.claimed[start:end])

    def claim(self, start: int, end: int) -> None:
        self.claimed[start:end] = b"\x01" * (end - start)


def _token_indices(tok_starts: list[int], starts: list[int]) -> list[int]:
    """``Text.token_index(offset)`` for increasing ``starts``, in one walk over the tokens."""
    out = []
    k, n = 0, len(tok_starts)
    for offset in starts:
        while k + 1 < n and tok_starts[k + 1] <= offset:
            k += 1
        out.append(k)
    return out


def _sentence_ids(article: Article, starts: list[int]) -> list[int]:
    """``article.sentence_at(offset).id`` (-1 between sentences) for increasing ``starts``,
    in one walk over the sentences instead of a search per word."""
    out = []
    sents = article.sentences
    k, n = 0, len(sents)
    for offset in starts:
        while k < n and sents[k].end <= offset:
            k += 1
        out.append(sents[k].id if k < n and sents[k].start <= offset else -1)
    return out


def quoted_mask(text: str) -> bytearray:
    """1 for each character inside quotation marks (« », “ ”, or straight double quotes
    paired within a paragraph), 0 elsewhere: the words of a quotation are the speaker's,
    not the narrator's. A mark left open closes at the end of its paragraph.

    Only the marks and line breaks are visited (a regex finds them); the characters between
    two of them take the state the first one left."""
    mask = bytearray(len(text))
    depth, straight, since = 0, False, 0
    for hit in _QUOTE_EVENTS.finditer(text):
        k = hit.start()
        if (depth or straight) and k > since:
            mask[since:k] = b"\x01" * (k - since)
        c = text[k]
        if c == "\n":
            depth, straight = 0, False
        elif c in "«“":
            depth += 1
        elif c in "»”":
            depth = max(0, depth - 1)
        else:  # '"'
            straight = not straight
        since = k  # the mark itself takes the state it leaves
    if depth or straight:
        mask[since:] = b"\x01" * (len(text) - since)
    return mask


# what changes the state of :func:`quoted_mask`: a line break or a quotation mark
_QUOTE_EVENTS = re.compile('[\n«“»”"]')


@functools.lru_cache(maxsize=64)
def phrase_edges(vocab: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(first words, last words) of the space-separated phrases of ``vocab``, memoised per
    vocabulary (a frozenset keeps its hash): a rule looking for a phrase that starts or ends
    at a word first checks that word, without building the candidate phrases (most words
    start or end none)."""
    split = [p.split(" ") for p in vocab]
    return frozenset(w[0] for w in split), frozenset(w[-1] for w in split)


_PUNCT = frozenset(",;:.()[]!?/" + QUOTES + "–—")
_PUNCT_STRICT = frozenset(";:.()[]!?" + QUOTES)


# second letters of the dotted honorifics "S.E.", "S.M.", "S.A." before a dignitary's name
_HONORIFIC_LETTERS = ("e", "m", "a")


def dotted_honorific(t: Text, i: int) -> bool:
    """Words i and i+1 are the abbreviated honorific of address "S.E." (Son Excellence),
    "S.M." (Sa Majesté) or "S.A." (Son Altesse), with or without a space between the letters
    ("S. E. Mme X", "S.E.M. Y": the "M." after them is the civility). The words split the
    dots off, so the honorific is two one-letter capitals each followed by a dot; initials
    of a name ("S. E. Dupont") are rare in the press beside this form of address."""
    if t.key(i) != "s" or t.key(i + 1) not in _HONORIFIC_LETTERS:
        return False
    dotted = all(t.nlp[t.ws[k].end : t.ws[k].end + 1] == "." for k in (i, i + 1))
    return dotted and all(t.ws[k].text.isupper() and len(t.ws[k].text) == 1 for k in (i, i + 1))


def is_punct(gap: str) -> bool:
    """A gap holding punctuation that separates phrases (not apostrophes or hyphens)."""
    return not _PUNCT.isdisjoint(gap)


def is_punct_strict(gap: str) -> bool:
    """A gap holding punctuation that ends a clause (a comma, a slash or a dash do not)."""
    return not _PUNCT_STRICT.isdisjoint(gap)
