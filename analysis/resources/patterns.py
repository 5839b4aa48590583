"""One scan for many regular expressions: where any of them matches, then each one there.

The timeline's 25 date patterns and the themes' term lists are each a case-insensitive
pattern starting at a word; scanning the text once per pattern cost as much as the rest of
those steps. :class:`PatternUnion` scans once and gives each pattern exactly the matches its
own ``finditer`` would have given.
"""

from __future__ import annotations

import re
from re import _constants as sre  # the parser's node kinds, read by _Prefixes
from re import _parser as sre_parse


class PatternUnion:
    """Where any of several case-insensitive word-start patterns matches, in one scan.

    Why: each case-insensitive scan of a text costs ~30 ns per character and pattern. One
    scan finds the (few) positions where some pattern may match; the caller then runs each
    pattern's own ``match`` there only.

    That scan is a *gate*: the patterns' possible first :attr:`PREFIX` characters, as one
    regular expression shaped as a trie (``d(?:e\\s|u\\s)|l(?:e\\s|es)...``, built by
    :func:`_prefixes` from each pattern's parse). At a word start it costs a few character
    tests, where running the patterns themselves (their union as a lookahead) tried every
    alternative of every pattern: 5x dearer on the date patterns. The positions it lets
    through (about twice those where a pattern matches) are then tried with the patterns
    whose own prefixes fit there, memoised per prefix (:meth:`_candidates`).

    The gate runs without ``re.I`` on the lower-cased text (3x cheaper: literal branches are
    then skipped on their first character). That is the same test when every character of
    the text lower-cases to one character that each atom of the patterns (literal or class)
    treats without ``re.I`` as it treats the original with it (:meth:`_folds`); otherwise
    the case-insensitive union of the patterns runs on the text itself, and its empty group
    ``()`` closing alternative k tells that the patterns before k do not match there.
    """

    WORD_START = r"(?<![\w-])"
    PREFIX = 6  # characters read by the gate (6: ~2 positions tried per match, measured)
    _FINAL_SIGMA = "\u03a3"  # the one character ``str.lower`` maps according to its context

    def __init__(self, patterns: list[re.Pattern]) -> None:
        self.patterns = patterns
        bodies = []
        for rx in patterns:
            assert rx.pattern.startswith(self.WORD_START) and rx.flags & re.I
            bodies.append(re.sub(r"\(\?P<\w+>", "(?:", rx.pattern[len(self.WORD_START) :]))
        src = self.WORD_START + "(?=" + "|".join(f"(?:{b})()" for b in bodies) + ")"
        assert not re.search(r"\\[A-Z]", src), "lower-casing would change an escape"
        assert len(src.lower()) == len(src)
        self.cased = re.compile(src, re.I)
        assert self.cased.groups == len(bodies)
        self.literals = frozenset(src.lower()) | frozenset("0123456789")
        brackets = sorted(set(re.findall(r"\[(?:\\.|[^\]\\])*\]", src.lower())))
        self.classes = (*brackets, r"\w", r"\d", r"\s")
        self._safe: dict[str, bool] = {}
        self._folding: set[str] = set()  # characters known to pass _folds
        # the gate and each pattern's own prefix test, on the lower-cased text
        prefixes = [_prefixes(b.lower(), self.PREFIX) for b in bodies]
        self.gate = re.compile(self.WORD_START + "(?=" + _trie(set().union(*prefixes)) + ")")
        self._starts_with = [re.compile(_trie(p)).match for p in prefixes]
        self._cands: dict[str, tuple[int, ...]] = {}

    def each(self, text: str, pos: int = 0) -> list[list[re.Match]]:
        """For each pattern, the matches its own ``finditer(text, pos)`` would give (leftmost,
        non-overlapping), each pattern tried only where the gate found that it may match."""
        patterns = self.patterns
        out: list[list[re.Match]] = [[] for _ in patterns]
        ends = [0] * len(patterns)  # where each pattern's own scan has got to
        for p, cands in self._tries(text, pos):
            for k in cands:
                if p >= ends[k]:
                    m = patterns[k].match(text, p)
                    if m is not None:
                        out[k].append(m)
                        ends[k] = m.end()
        return out

    def _tries(self, text: str, pos: int):
        """(position, patterns to try there, in order) wherever some pattern may match."""
        chars = set(text)
        if chars <= self._folding or all(self._folds(c) for c in chars - self._folding):
            low = text.lower()
            n, memo = self.PREFIX, self._cands
            for m in self.gate.finditer(low, pos):
                p = m.start()
                key = low[p : p + n]
                cands = memo.get(key)
                if cands is None:
                    cands = self._candidates(key)
                yield p, cands
        else:
            every = range(len(self.patterns))
            for m in self.cased.finditer(text, pos):
                yield m.start(), every[m.lastindex - 1 :]

    def _candidates(self, key: str) -> tuple[int, ...]:
        """The patterns that may match a lower-cased text starting with ``key`` (memoised)."""
        if len(self._cands) > 65536:  # bounded; a corpus meets a few thousand prefixes
            self._cands.clear()
        cands = tuple(k for k, starts in enumerate(self._starts_with) if starts(key))
        self._cands[key] = cands
        return cands

    def _folds(self, c: str) -> bool:
        """Whether ``c.lower()`` matches every atom without ``re.I`` as ``c`` does with it."""
        safe = self._safe.get(c)
        if safe is None:
            if len(self._safe) > 4096:  # bounded; articles use a few hundred characters
                self._safe.clear()
                self._folding.clear()
            safe = self._safe[c] = self._check(c)
            if safe:
                self._folding.add(c)
        return safe

    def _check(self, c: str) -> bool:
        low = c.lower()
        if len(low) != 1 or c == self._FINAL_SIGMA:
            return False
        for lit in self.literals:
            if (re.fullmatch(re.escape(lit), c, re.I) is not None) != (low == lit):
                return False
        for cls in self.classes:
            if (re.fullmatch(cls, c, re.I) is None) != (re.fullmatch(cls, low) is None):
                return False
        return True


# --------------------------------------------------------------------------------------------
# Prefixes of a regular expression


class _Unknown(Exception):
    """A construct the prefix reader does not know (it then lets every position through)."""


_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}


def _prefixes(source: str, n: int) -> set[tuple[str, ...]]:
    """Tuples of one-character regular expressions ("atoms") such that every string the
    pattern ``source`` matches starts with a string of one of them (a tuple of n atoms) or
    is one (a shorter tuple).

    Lookarounds are ignored (the test may only be looser than the pattern); a construct this
    reader does not know gives ``{()}``, which every text starts with.
    """
    try:
        return _seq(sre_parse.parse(source).data, n)
    except _Unknown:
        return {()}


def _seq(items, n: int) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = {()}
    for op, av in items:
        grown = set()
        for t in out:
            if len(t) >= n:
                grown.add(t)
            else:
                grown |= {t + s for s in _item(op, av, n - len(t))}
        out = grown
    return out


def _item(op, av, n: int) -> set[tuple[str, ...]]:
    if op is sre.LITERAL:
        return {(re.escape(chr(av)),)}
    if op is sre.NOT_LITERAL:
        return {("[^" + _in_class(av) + "]",)}
    if op is sre.ANY:
        return {(".",)}
    if op is sre.IN:
        return {(_class(av),)}
    if op is sre.SUBPATTERN:
        return _seq(av[-1], n)
    if op is sre.BRANCH:
        return set().union(*(_seq(alt, n) for alt in av[1]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        out: set[tuple[str, ...]] = set()
        done = {()}  # strings of i repetitions
        for i in range(min(hi, max(lo, n) + 1) + 1):  # beyond, every string has n atoms
            out |= done if i >= lo else {t for t in done if len(t) >= n}
            done = {t + s for t in done if len(t) < n for s in _seq(sub, n - len(t))}
            if not done:
                break
        return out
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {()}
    raise _Unknown(op)


def _in_class(code: int) -> str:
    c = chr(code)
    return "\\" + c if c in "\\]^-[" else re.escape(c)


def _class(items) -> str:
    parts = []
    for op, av in items:
        if op is sre.NEGATE:
            parts.insert(0, "^")
        elif op is sre.LITERAL:
            parts.append(_in_class(av))
        elif op is sre.RANGE:
            parts.append(_in_class(av[0]) + "-" + _in_class(av[1]))
        elif op is sre.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            raise _Unknown(op)
    return "[" + "".join(parts) + "]"


def _trie(tuples: set[tuple[str, ...]]) -> str:
    """A regular expression matching where one of the atom tuples matches, with shared
    leading atoms written once (each position then tests a few atoms, not every tuple)."""
    root: dict = {}
    for t in tuples:
        node = root
        for atom in t:
            if None in node:  # a shorter tuple already matches here
                break
            node = node.setdefault(atom, {})
        else:
            node.clear()
            node[None] = {}

    def emit(node: dict) -> str:
        if None in node:
            return ""
        alts = [atom + emit(child) for atom, child in node.items()]
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" if alts else "(?!)"

    return emit(root)
