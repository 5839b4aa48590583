"""The actors and places steps read token lists instead of spaCy objects: each fast path must
give what the spaCy call it replaces gives, on every token of the gold articles."""

from __future__ import annotations

import functools

import pytest

from analysis.document.article import load_article
from analysis.document.nlp import parse
from analysis.document.tokens import view
from analysis.extract.actors.relations import _SKIP_VERBS, _span_root, _verb_between
from analysis.extract.actors.text import Text
from analysis.resources.paths import ARTICLES_DIR

ARTICLES = sorted(ARTICLES_DIR.glob("*.txt"))


@functools.cache
def _parsed(path):
    art = load_article(path)
    return art, parse(art)


@pytest.fixture(params=ARTICLES, ids=lambda p: p.stem)
def parsed(request):
    return _parsed(request.param)


def _verb_between_tokens(a, b):
    """The former implementation, on spaCy Tokens."""
    seen = {t.i for t in [a, *a.ancestors]}
    lca = next((t for t in [b, *b.ancestors] if t.i in seen), None)
    if lca is None:
        return None
    node, hops = lca, 0
    while node.pos_ != "VERB" and node.head.i != node.i and hops < 3:
        node, hops = node.head, hops + 1
    if node.pos_ != "VERB" or node.lemma_.lower() in _SKIP_VERBS:
        return None
    return node.lemma_.lower()


def test_entity_and_stop_lists_match_the_doc(parsed):
    _art, doc = parsed
    tv = view(doc)
    assert tv.ents == [(e.start, e.end, e.label_) for e in doc.ents]
    assert tv.stop == [t.is_stop for t in doc]
    for i, k in enumerate(tv.ent_at):
        inside = [n for n, e in enumerate(doc.ents) if e.start <= i < e.end]
        assert k == (inside[0] if inside else -1)


def test_pos_index_and_entity_spans_match_the_doc(parsed):
    """``with_pos`` gives the tokens of a part of speech in a range, in order, as a scan of
    ``token.pos_`` would; ``ent_spans`` are ``doc.ents``."""
    _art, doc = parsed
    tv = view(doc)
    assert [(e.start, e.end, e.label_) for e in tv.ent_spans] == [
        (e.start, e.end, e.label_) for e in doc.ents
    ]
    for tag in ("VERB", "NOUN", "PROPN", "SYM"):
        assert tv.with_pos(tag) == [t.i for t in doc if t.pos_ == tag]
        for sent in doc.sents:
            want = [t.i for t in sent if t.pos_ == tag]
            assert tv.with_pos(tag, sent.start, sent.end) == want


def test_text_word_lists_match_the_words_and_tokens(parsed):
    art, doc = parsed
    t = Text.build(art, doc)
    for i, w in enumerate(t.ws):
        assert t.keys[i] == w.key and t.caps[i] == w.capitalised
        assert t.word_tok[i] == t.token_index(w.start) == t.token_at(w.start).i
    assert t.key(-1) == t.key(len(t.ws)) == "" and not t.is_cap(len(t.ws))


def test_span_root_matches_char_span_root(parsed):
    art, doc = parsed
    tv = view(doc)
    n = len(doc.text)
    words = Text.build(art, doc).ws
    spans = [(w.start, w.end) for w in words]
    spans += [(a.start, b.end) for a, b in zip(words, words[3:], strict=False)]
    spans += [(e.start_char, e.end_char) for e in doc.ents]
    spans += [(e.start_char + 1, e.end_char + 1) for e in doc.ents]  # from inside a token
    spans += [(t.idx + len(t), t.idx + len(t) + 2) for t in doc if t.whitespace_]
    for start, end in spans:
        sp = doc.char_span(start, end, alignment_mode="expand")
        assert _span_root(tv, start, end, n) == (None if sp is None else sp.root.i)


def test_verb_between_matches_the_token_walk(parsed):
    _art, doc = parsed
    tv = view(doc)
    for sent in doc.sents:
        toks = list(sent)[:25]
        for a in toks:
            for b in toks:
                assert _verb_between(tv, a.i, b.i) == _verb_between_tokens(a, b)
