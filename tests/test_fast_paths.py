"""The speed-ups must not change results: batched parsing, table helpers, token views, the
pickled knowledge-base indexes, and the build's analysis in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import numpy as np
import pandas as pd
import pytest

from analysis.document.article import load_article
from analysis.document.frames import frame, records, rows
from analysis.document.nlp import parse, parse_many
from analysis.document.tokens import norm, view
from analysis.errors import ArticleError, BuildError, ParameterError
from analysis.report.build import _run_in_child
from analysis.resources import kbcache
from analysis.resources.paths import ARTICLES_DIR, ROOT

ARTICLES = sorted(ARTICLES_DIR.glob("*.txt"))


def _signature(doc):
    return [
        (
            t.text,
            t.idx,
            t.pos_,
            t.dep_,
            t.head.i,
            t.lemma_,
            t.ent_iob_,
            t.ent_type_,
            t.is_sent_start,
        )
        for t in doc
    ]


def test_batched_parse_gives_each_article_its_own_parse(nlp):
    arts = [load_article(p) for p in ARTICLES[:3]]
    many = parse_many(arts, nlp)
    assert len(many) == 3
    for art, doc in zip(arts, many, strict=True):
        assert doc.text == art.nlp_text
        assert _signature(doc) == _signature(parse(art, nlp))


@pytest.mark.parametrize(
    "rows_in",
    [
        [{"a": 1, "b": "x", "c": True, "d": 0.5, "e": None}],
        [{"a": 1, "b": None, "c": False, "d": 1.0, "e": "y"}, {"a": 2, "b": "z"}],
        [{"a": 1, "b": "x"}, {"a": None, "b": 3}],  # int + None, str + int: pandas decides
        [{"a": np.int64(4), "b": 1.5}, {"a": 2, "b": 2}],
    ],
)
def test_frame_matches_pandas_values_and_dtypes(rows_in):
    cols = ["a", "b", "c", "d", "e"]
    pd.testing.assert_frame_equal(
        frame(rows_in, cols), pd.DataFrame(rows_in, columns=cols), check_index_type=True
    )


def test_empty_frame_has_the_columns_as_objects():
    df = frame([], ["x", "y"])
    assert list(df.columns) == ["x", "y"] and len(df) == 0
    assert all(str(dt) == "object" for dt in df.dtypes)


def test_rows_and_records_read_python_values():
    df = pd.DataFrame({"i": [1, 2], "s": ["a", None], "f": [0.5, np.nan]})
    assert list(rows(df, "i", "s")) == [(1, "a"), (2, None)]
    assert all(type(i) is int for (i,) in rows(df, "i"))
    rec = records(df)
    assert rec[0] == {"i": 1, "s": "a", "f": 0.5} and np.isnan(rec[1]["f"])
    assert list(rows(None, "i")) == [] and records(pd.DataFrame()) == []


def test_token_view_agrees_with_the_doc():
    doc = parse(load_article(ARTICLES[0]))
    tv = view(doc)
    assert len(tv) == len(doc)
    for i in range(len(doc)):
        t = doc[i]
        assert tv.tokens[i].i == i and tv.text[i] == t.text and tv.idx[i] == t.idx
        assert tv.end[i] == t.idx + len(t.text)
        assert (tv.alpha[i], tv.punct[i], tv.space[i]) == (t.is_alpha, t.is_punct, t.is_space)
        assert tv.cap[i] == t.text[:1].isupper()
        assert (tv.pos[i], tv.lower[i], tv.lemma[i]) == (t.pos_, t.lower_, t.lemma_)
        assert (tv.dep[i], tv.head[i]) == (t.dep_, t.head.i)
        assert tv.children[i] == [c.i for c in t.children]
        assert sorted(tv.subtree(i)) == [x.i for x in t.subtree]
        assert (tv.low[i], tv.lemma_low[i]) == (norm(t.text), norm(t.lemma_))
        for field in ("VerbForm", "Mood", "Tense", "Polarity", "Person"):
            assert tv.morph(i, field) == tuple(t.morph.get(field))
    assert tv.doc_text == doc.text
    other = parse(load_article(ARTICLES[1]))
    assert view(other).tokens[0].doc is other  # a new Doc gets a new view


def test_token_strings_decode_alike_with_and_without_the_process_memo(monkeypatch):
    """The decoded strings of a view's columns come from a process-wide memo: a hash met for
    the first time, beside known ones, decodes as the Doc's own strings do."""
    from analysis.document import tokens

    doc = parse(load_article(ARTICLES[0]))
    hashes = doc.to_array("LEMMA").tolist()
    expected = [t.lemma_ for t in doc]
    monkeypatch.setattr(tokens, "_DECODED", {})
    half = hashes[: len(hashes) // 2]
    assert tokens._decode(half, doc.vocab.strings) == expected[: len(half)]  # all new
    assert tokens._decode(hashes, doc.vocab.strings) == expected  # known and new mixed
    assert tokens._decode(hashes, doc.vocab.strings) == expected  # all known
    assert tokens._decode([0, hashes[0]], doc.vocab.strings) == ["", expected[0]]


def test_analyze_many_freezes_what_it_loaded_and_gives_analyze_s_tables():
    """After its first batch, ``analyze_many`` moves the loaded model, lexicons and indexes
    out of the garbage collector's reach and collects rarely from then on, as the build's
    processes do; the tables are those of ``analyze``."""
    import gc

    from analysis.pipeline import analyze, analyze_many
    from analysis.resources.collector import GC_THRESHOLDS

    arts = [load_article(p) for p in ARTICLES[:2]]
    many = list(analyze_many(arts, batch_size=1))
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == GC_THRESHOLDS
    for art, an in zip(arts, many, strict=True):
        one = analyze(art)
        assert list(an.tables) == list(one.tables)
        for name, table in an.tables.items():
            pd.testing.assert_frame_equal(table, one.tables[name])


def test_token_view_and_cue_memo_are_per_thread():
    """A Dask worker may analyse two articles at once in threads: one thread's Doc must not
    evict or replace another's cached view."""
    import threading

    from analysis.extract.cues import lemma_keys

    a, b = (parse(load_article(p)) for p in ARTICLES[:2])
    first = view(a)
    keys_a = lemma_keys(a[3])
    seen = {}

    def other():
        seen["view"] = view(b)
        seen["keys"] = lemma_keys(b[3])

    t = threading.Thread(target=other)
    t.start()
    t.join()
    assert seen["view"].tokens[0].doc is b
    assert view(a) is first  # still cached for this thread, not rebuilt
    assert lemma_keys(a[3]) == keys_a


def test_per_article_memos_live_on_the_doc_and_follow_the_tables():
    """The token view, the cue keys and the speaker index are kept in the Doc's state; the
    speaker index is reused only with the very tables it was built from (compared by
    identity, so a rebuilt table, even an equal one, gets a new index)."""
    from analysis.document.tokens import doc_state
    from analysis.extract.cues import cues, lemma_keys
    from analysis.extract.quotes.speakers import Resolver

    art = load_article(ARTICLES[0])
    doc = parse(art)
    state = doc_state(doc)
    tv = view(doc)
    assert state["token_view"] is tv
    lemma_keys(doc[3])
    assert any(c is cues() for c, _memo in state["cue_keys"])
    actors = pd.DataFrame({"actor_id": ["A1"], "name": ["X"], "type": ["person"]})
    mentions = pd.DataFrame({"start": [0], "end": [1], "actor_id": ["A1"]})
    first = Resolver(art, doc, {"actors": actors, "mentions": mentions})
    again = Resolver(art, doc, {"actors": actors, "mentions": mentions})
    assert again._m is first._m  # shared: same Doc, same tables
    rebuilt = Resolver(art, doc, {"actors": actors.copy(), "mentions": mentions})
    assert rebuilt._m is not first._m and rebuilt._m == first._m
    assert state["resolver_index"].key[2] is not actors


def test_kb_index_is_built_once_then_read_and_rebuilt_when_inputs_change(tmp_path, monkeypatch):
    monkeypatch.setenv("VISIT_REPORT_CACHE", str(tmp_path))
    source = tmp_path / "source.yaml"
    source.write_text("a: 1\n")
    calls = []

    def build():
        calls.append(1)
        return {"built": len(calls)}

    assert kbcache.load_or_build("demo", [source, "v1"], build) == {"built": 1}
    assert kbcache.load_or_build("demo", [source, "v1"], build) == {"built": 1}
    assert len(calls) == 1  # read from the pickle
    source.write_text("a: 2\n")
    assert kbcache.load_or_build("demo", [source, "v1"], build) == {"built": 2}
    assert len(list(tmp_path.glob("demo-*.pkl"))) == 1  # the stale pickle is removed
    next(tmp_path.glob("demo-*.pkl")).write_bytes(b"not a pickle")
    assert kbcache.load_or_build("demo", [source, "v1"], build) == {"built": 3}


def _raise_parameter_error():
    raise ParameterError("bad value", where="parameter x", fix="use 2")


def _die():
    os._exit(3)


def _ok(path):
    with open(path, "w") as fh:
        fh.write("done")


def test_child_errors_reach_the_parent_whole(tmp_path):
    with pytest.raises(ParameterError) as info:
        _run_in_child(_raise_parameter_error)
    assert (info.value.what, info.value.where, info.value.fix) == (
        "bad value",
        "parameter x",
        "use 2",
    )
    with pytest.raises(BuildError, match="stopped unexpectedly"):
        _run_in_child(_die)
    _run_in_child(_ok, str(tmp_path / "flag"))
    assert (tmp_path / "flag").read_text() == "done"


def test_errors_survive_pickling():
    import pickle

    err = pickle.loads(pickle.dumps(ArticleError("empty file", where="a.txt", fix="add text")))
    assert isinstance(err, ArticleError)
    assert str(err) == "a.txt: empty file. add text."


@pytest.mark.slow
def test_the_build_process_never_loads_spacy(tmp_path):
    """The analysis runs in a child process, so the parent's memory stays small."""
    script = textwrap.dedent(
        f"""
        import sys
        from analysis.report.build import build
        result = build(notebooks=["00_briefing"], formats=("html",), out={str(tmp_path)!r},
                       progress=False, echo=lambda *a: None)
        assert result.ok and result.executed, result
        print("spacy" in sys.modules, "analysis.extract.actors" in sys.modules)
        """
    )
    env = {**os.environ, "VISIT_REPORT_CACHE": str(tmp_path / "cache")}
    proc = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.split() == ["False", "False"]


def _quoted_mask_per_character(text: str) -> bytearray:
    """The plain reading of :func:`quoted_mask`'s rule, character by character (the reference
    its faster walk over the marks must agree with)."""
    mask = bytearray(len(text))
    depth, straight = 0, False
    for k, c in enumerate(text):
        if c == "\n":
            depth, straight = 0, False
        elif c in "«“":
            depth += 1
        elif c in "»”":
            depth = max(0, depth - 1)
        elif c == '"':
            straight = not straight
        if depth or straight:
            mask[k] = 1
    return mask


def _guillemet_spans_per_character(text: str) -> list[tuple[int, int]]:
    """The plain reading of the « … » spans (nested quotes inside the outer one)."""
    out, depth, opened = [], 0, 0
    for k, c in enumerate(text):
        if c == "«":
            if depth == 0:
                opened = k
            depth += 1
        elif c == "»" and depth:
            depth -= 1
            if depth == 0:
                out.append((opened, k + 1))
    return out


def test_quote_masks_walk_the_marks_as_the_character_rule_reads():
    """The quotation masks of the actor rules visit only the marks: on invented texts (nested,
    unbalanced, straight quotes, quotes left open at a paragraph's end) and on random strings
    of marks they give what the character-by-character rule gives."""
    import random

    from analysis.extract.actors.identity import _quoted_spans
    from analysis.extract.actors.text import quoted_mask

    texts = [
        "",
        "Aucune citation ici.",
        "Il a dit « nous « refusons » tout » puis s'est tu.",
        "« Jamais » a-t-il lancé, « sauf “peut-être” ».\nUn « mot ouvert\nfermé » plus loin.",
        'Selon lui "la paix" est proche, "dit-il.\nNouvelle ligne "ouverte',
        "»« inversées », “ouvert sans fin",
    ]
    rng = random.Random(7)
    texts += [
        "".join(rng.choice('ab «»“”"\n ') for _ in range(rng.randint(1, 60))) for _ in range(3000)
    ]
    for text in texts:
        assert quoted_mask(text) == _quoted_mask_per_character(text), text
        assert _quoted_spans(text) == _guillemet_spans_per_character(text), text


def test_demonym_countries_are_read_once_per_doc_and_gazetteer():
    """The places step asks for the article's nationality words twice: the second answer is the
    first one (a copy the caller may change), and another gazetteer is never served it."""
    from types import SimpleNamespace

    from analysis.extract.context.places import gazetteer
    from analysis.extract.context.places.mentions import demonym_countries
    from tests.helpers import parse_snippet

    _, doc = parse_snippet("La ministre malienne a reçu son homologue sénégalais.")
    gz = gazetteer()
    first = demonym_countries(doc, gz)
    assert first == ["ML", "SN"]
    first.append("XX")
    assert demonym_countries(doc, gz) == ["ML", "SN"]
    other = SimpleNamespace(demonyms={"malienne": "QQ"})
    assert demonym_countries(doc, other) == ["QQ"]
