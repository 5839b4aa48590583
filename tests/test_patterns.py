"""PatternUnion: one scan must give each pattern exactly its own finditer matches."""

from __future__ import annotations

import random
import re

from analysis.document.article import load_article
from analysis.extract.context import themes, timeline
from analysis.resources.paths import ARTICLES_DIR
from analysis.resources.patterns import PatternUnion


def _texts() -> list[str]:
    texts = [load_article(p).nlp_text for p in sorted(ARTICLES_DIR.glob("*.txt"))]
    rng = random.Random(7)
    base = " ".join(texts)[:6000]
    # random casing, and characters whose lower case is not one plain character (fallback)
    texts.append("".join(c.upper() if rng.random() < 0.3 else c for c in base))
    texts.append(base.replace("e", "İ", 3).replace("s", "ſ", 3) + " ΣΑΣ le 3 mars 2021")
    texts.append("Le 1er MARS 2021, puis mi-avril et l'été 2019 ; il y a deux ans, hier.")
    return texts


def _check(patterns: list[re.Pattern]) -> int:
    union = PatternUnion(patterns)
    found = 0
    for text in _texts():
        for pos in (0, 17):
            got = union.each(text, pos)
            for rx, matches in zip(patterns, got, strict=True):
                want = [(m.start(), m.end()) for m in rx.finditer(text, pos)]
                assert [(m.start(), m.end()) for m in matches] == want, rx.pattern[:60]
                found += len(want)
    return found


def test_union_of_the_date_patterns_equals_each_pattern_scan():
    assert _check([rx for _name, rx in timeline.patterns()]) > 100


def test_union_of_the_theme_patterns_equals_each_pattern_scan():
    assert _check(list(themes._patterns().values())) > 50


def test_prefix_gate_lets_through_every_match_of_assorted_constructs():
    """Every string a pattern matches starts with one of its prefix tuples (the gate may let
    more through, never less): repeats, optional parts, classes, branches, lookarounds."""
    from analysis.resources.patterns import _prefixes, _trie

    sources = [
        r"a(?:bc|b)?d",
        r"[0-3]?\d/[01]?\d",
        r"(?:x\s+)?y{2,}z",
        r"(?:ab)*c",
        r"(?:a?){3}b",
        r"[^a]b|\w\s*c",
        r"(?<!a)b(?=c)c.",
        r"(?:le|la)\s+(?:1er|[12][0-9])(?![\w-])",
    ]
    rng = random.Random(3)
    chunks = [*"abcdxyz0123/ -", "le", "la", "1er", "ab", "bc", "yy", "  "]
    texts = ["".join(rng.choices(chunks, k=rng.randint(0, 7))) for _ in range(40000)]
    for src in sources:
        rx = re.compile(src)
        matched = [s for s in texts if rx.match(s)]
        assert len(matched) > 3, src
        for n in (1, 2, 4, 6):
            gate = re.compile(_trie(_prefixes(src, n)))
            assert all(gate.match(s) for s in matched), (src, n)


def test_an_unknown_construct_lets_every_position_through():
    from analysis.resources.patterns import _prefixes, _trie

    assert _prefixes(r"(a)\1", 4) == {()}
    assert re.compile(_trie({()})).match("anything")
