"""The per-Doc indexes of the token view give the answers of the scans they replace, on
invented snippets (whatever the parse)."""

from __future__ import annotations

from types import SimpleNamespace

from analysis.document.tokens import norm, view
from analysis.extract.quotes.motives import _FIRST_WORDS, _frame_at
from analysis.extract.stance.purposes import _locution_at, _locutions

SNIPPETS = [
    "Le ministre Aubrac a expulsé deux agents au motif que leurs activités gênaient Valdor.",
    "Sous prétexte qu'une route était fermée, la délégation de Morvanie est repartie. "
    "Elle a rappelé son envoyé avec pour motif que le dialogue avançait peu.",
    "Pour Lérins, au contraire, rien ne presse ; au Sud, avec calme, on attend.",
]


def test_with_low_is_the_scan_of_the_normalised_forms(nlp):
    for text in SNIPPETS:
        doc = nlp(text)
        tv = view(doc)
        for words in ({"au"}, {"au", "avec", "pour", "sous"}, {"absent"}, set()):
            assert tv.with_low(words) == [t.i for t in doc if norm(t.text) in words]
            for sent in doc.sents:
                want = [t.i for t in sent[1:-1] if norm(t.text) in words]
                assert tv.with_low(words, sent.start + 1, sent.end - 1) == want


def test_motive_locutions_start_only_at_their_first_words(nlp):
    """The motive rule tries only the tokens :func:`with_low` gives: every token where a
    locution starts is one of them."""
    found = 0
    for text in SNIPPETS:
        doc = nlp(text)
        tv = view(doc)
        starts = [k for k in range(len(doc)) if _frame_at(tv.low, k, len(doc))]
        assert starts == [k for k in tv.with_low(_FIRST_WORDS) if _frame_at(tv.low, k, len(doc))]
        found += len(starts)
    # "au motif que", "Sous prétexte qu'", "avec pour motif que" and its "pour motif que"
    assert found == 4


def test_purpose_locutions_by_first_word_are_the_scan_of_all(nlp):
    """``_locution_at`` tries only the purpose locutions opening with the token's word: the
    same answer as trying every locution, longest first."""
    every = sorted(
        (seq for group in _locutions().values() for seq in group), key=lambda q: (-len(q), q)
    )

    def scan(low: list[str], k: int, end: int) -> int | None:
        for seq in every:
            if tuple(low[k : min(end, k + len(seq))]) == seq:
                return k + len(seq)
        return None

    text = (
        "Valdor coopère avec Morvanie en vue de contrer les trafics, afin d'agir vite, "
        "de manière à rassurer Lérins, et pour cela dans le but de signer."
    )
    st = SimpleNamespace(low=view(nlp(text)).low)
    n = len(st.low)
    got = [(k, _locution_at(st, k, end)) for k in range(n) for end in (n, k + 2)]
    assert got == [(k, scan(st.low, k, end)) for k in range(n) for end in (n, k + 2)]
    assert sum(after is not None for _k, after in got) >= 4
