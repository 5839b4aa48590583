"""The memos of session 27's speed work give the answers of what they replace, on invented
snippets: the normalised token forms, the padded role strings, the issue words and the cue
phrases' last words."""

from __future__ import annotations

import re

from analysis.document.tokens import _normed, norm, view
from analysis.extract.actors.finder import CUE_VOCABS, _last_words
from analysis.extract.actors.text import phrase_edges
from analysis.extract.actors.vocab import vocab
from analysis.extract.stance.lexicon import names_an_issue, stance_words
from analysis.extract.stance.voices import padded

WORDS = ["Le", "PRÉSIDENT", "aujourd’hui", "l’", "Morvanie", "", "  deux  mots ", "Lérins"]


def test_normed_is_norm_of_each_word_twice_over():
    assert _normed(WORDS) == [norm(w) for w in WORDS]
    assert _normed(WORDS) == [norm(w) for w in WORDS]  # (now read from the memo)
    assert _normed([]) == []


def test_low_and_lemma_low_are_norm_of_each_token(nlp):
    doc = nlp("L’ambassadeur de Morvanie a salué aujourd’hui l'accord conclu à Lérins.")
    tv = view(doc)
    assert tv.low == [norm(t.text) for t in doc]
    assert tv.lemma_low == [norm(t.lemma_) for t in doc]


def _padded_scan(text: object) -> str:
    if not isinstance(text, str):
        return " "
    words = re.findall(r"[\w'’]+", norm(text).replace("-", " "))
    return f" {' '.join(words)} "


def test_padded_is_the_padding_it_memoises():
    for text in [*WORDS, "porte-parole du ministère valdorien des Marées", None, 3.0]:
        assert padded(text) == _padded_scan(text)
        assert padded(text) == _padded_scan(text)


def test_names_an_issue_reads_the_words_as_before():
    skip = stance_words().not_targets
    for text in ["l'accord de Lérins", "Où", "cela", "le", "la route", "", None]:
        if not isinstance(text, str):
            want = False
        else:
            found = re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*['’]?", text)
            want = any(len(w) > 1 and w not in skip for w in map(norm, found))
        assert names_an_issue(text) is want
        assert names_an_issue(text) is want


def test_cue_last_words_are_the_union_of_the_vocabularies_last_words():
    words = vocab()
    vocabs = tuple(words[name] for _kind, name in CUE_VOCABS)
    assert _last_words(vocabs) == frozenset().union(*(phrase_edges(v)[1] for v in vocabs))
    invented = (frozenset({"haut conseil", "garde"}), frozenset({"comité de veille"}))
    assert _last_words(invented) == {"conseil", "garde", "veille"}
