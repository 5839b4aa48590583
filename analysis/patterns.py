"""One scan for many regular expressions: where any of them matches, then each one there.

The timeline's 25 date patterns and the themes' term lists are each a case-insensitive
pattern starting at a word; scanning the text once per pattern cost as much as the rest of
those steps. :class:`PatternUnion` scans once and gives each pattern exactly the matches its
own ``finditer`` would have given.
"""

from __future__ import annotations

import re


class PatternUnion:
    """Where any of several case-insensitive word-start patterns matches, in one scan.

    Why: each case-insensitive scan of a text costs ~30 ns per character and pattern. One
    scan of the patterns' union, as a lookahead, finds the (few) positions where some pattern
    matches; the caller then runs each pattern's own ``match`` there only. The empty group
    ``()`` closing alternative k tells that the patterns before k do not match there.

    The union runs without ``re.I`` on the lower-cased text (3x cheaper: literal branches are
    then skipped on their first character). That is the same match when every character of
    the text lower-cases to one character that each atom of the patterns (literal or class)
    treats without ``re.I`` as it treats the original with it (:meth:`_folds`); otherwise
    the case-insensitive union runs on the text itself.
    """

    WORD_START = r"(?<![\w-])"
    _FINAL_SIGMA = "\u03a3"  # the one character ``str.lower`` maps according to its context

    def __init__(self, patterns: list[re.Pattern]) -> None:
        self.patterns = patterns
        bodies = []
        for rx in patterns:
            assert rx.pattern.startswith(self.WORD_START) and rx.flags & re.I
            body = re.sub(r"\(\?P<\w+>", "(?:", rx.pattern[len(self.WORD_START) :])
            bodies.append(f"(?:{body})()")
        src = self.WORD_START + "(?=" + "|".join(bodies) + ")"
        assert not re.search(r"\\[A-Z]", src), "lower-casing would change an escape"
        assert len(src.lower()) == len(src)
        self.folded, self.cased = re.compile(src.lower()), re.compile(src, re.I)
        assert self.folded.groups == self.cased.groups == len(bodies)
        self.literals = frozenset(src.lower()) | frozenset("0123456789")
        brackets = sorted(set(re.findall(r"\[(?:\\.|[^\]\\])*\]", src.lower())))
        self.classes = (*brackets, r"\w", r"\d", r"\s")
        self._safe: dict[str, bool] = {}

    def starts(self, text: str, pos: int = 0) -> list[tuple[int, int]]:
        """(position, first pattern that matches there) wherever some pattern matches."""
        if all(self._folds(c) for c in set(text)):
            matches = self.folded.finditer(text.lower(), pos)
        else:
            matches = self.cased.finditer(text, pos)
        return [(m.start(), m.lastindex - 1) for m in matches]

    def _folds(self, c: str) -> bool:
        """Whether ``c.lower()`` matches every atom without ``re.I`` as ``c`` does with it."""
        safe = self._safe.get(c)
        if safe is None:
            if len(self._safe) > 4096:  # bounded; articles use a few hundred characters
                self._safe.clear()
            safe = self._safe[c] = self._check(c)
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

    def each(self, text: str, pos: int = 0) -> list[list[re.Match]]:
        """For each pattern, the matches its own ``finditer(text, pos)`` would give (leftmost,
        non-overlapping), each pattern tried only where the union found that some pattern
        matches."""
        out: list[list[re.Match]] = [[] for _ in self.patterns]
        ends = [0] * len(self.patterns)  # where each pattern's own scan has got to
        for p, first in self.starts(text, pos):
            for k in range(first, len(self.patterns)):
                if p >= ends[k]:
                    m = self.patterns[k].match(text, p)
                    if m is not None:
                        out[k].append(m)
                        ends[k] = m.end()
        return out
