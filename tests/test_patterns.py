"""PatternUnion: one scan must give each pattern exactly its own finditer matches."""

from __future__ import annotations

import random
import re

from analysis import themes, timeline
from analysis.article import load_article
from analysis.paths import ARTICLES_DIR
from analysis.patterns import PatternUnion


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
    assert _check([rx for _name, rx in timeline._patterns()]) > 100


def test_union_of_the_theme_patterns_equals_each_pattern_scan():
    assert _check(list(themes._patterns().values())) > 50
