"""The cache is checked before it is used: a damaged entry is dropped and recomputed with one
warning line, and a pickle is never unpickled unless this cache signed it."""

from __future__ import annotations

import json
import pathlib
import pickle
import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import corpus as corpus_mod
from analysis.pipeline import Analysis, bundle
from analysis.resources import kbcache
from analysis.resources.io import UntrustedPickle, read_pickle, write_pickle
from analysis.resources.paths import ARTICLES_DIR

ARTICLE = sorted(ARTICLES_DIR.glob("*.txt"))[0]


class _Booby:
    """Unpickling it creates a file: proof that a pickle was loaded."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (pathlib.Path.touch, (self.marker,))


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("VISIT_REPORT_CACHE", str(folder))
    return folder


def _warnings(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("visit-report: warning")]


def test_a_pickle_with_a_wrong_digest_is_never_unpickled(cache, tmp_path, capsys):
    marker = tmp_path / "unpickled"
    target = bundle.bundle_path(ARTICLE, "fr_core_news_md", None)
    target.parent.mkdir(parents=True)
    target.write_bytes(pickle.dumps(_Booby(marker)))  # planted, unsigned
    assert bundle.read_cached(target) is None
    assert not marker.exists(), "an unsigned pickle was unpickled"
    assert not target.exists(), "the bad entry is dropped"
    assert len(_warnings(capsys.readouterr().err)) == 1

    write_pickle(target, _Booby(marker))  # signed ...
    data = bytearray(target.read_bytes())
    data[-1] ^= 0xFF  # ... then one byte of its digest changed
    target.write_bytes(bytes(data))
    with pytest.raises(UntrustedPickle, match="signature"):
        read_pickle(target)
    assert bundle.read_cached(target) is None
    assert not marker.exists()


def test_a_pickle_signed_under_another_cache_key_is_refused(cache, tmp_path):
    other = tmp_path / "elsewhere" / "x.pkl"
    write_pickle(other, {"a": 1})
    assert read_pickle(other) == {"a": 1}
    cache.mkdir()
    shutil.copy(other, cache / "x.pkl")  # same bytes, but this cache has its own key
    with pytest.raises(UntrustedPickle):
        read_pickle(cache / "x.pkl")


@pytest.mark.parametrize("damage", ["truncate", "garble"])
def test_a_damaged_bundle_is_dropped_and_recomputed(cache, damage, capsys):
    from analysis.document.article import load_article

    target = bundle.bundle_path(ARTICLE, "fr_core_news_md", None)
    good = Analysis(load_article(ARTICLE), {"actors": pd.DataFrame({"actor_id": ["A01"]})})
    write_pickle(target, good)
    assert bundle.read_cached(target).tables["actors"].equals(good.tables["actors"])
    data = target.read_bytes()
    target.write_bytes(data[: len(data) // 2] if damage == "truncate" else data[:40] + b"x" * 99)
    assert bundle.read_cached(target) is None
    assert not target.exists()
    assert len(_warnings(capsys.readouterr().err)) == 1


def test_a_damaged_index_pickle_is_rebuilt(cache, capsys):
    calls = []

    def build():
        calls.append(1)
        return {"built": len(calls)}

    assert kbcache.load_or_build("demo", ["v1"], build) == {"built": 1}
    path = next(cache.glob("demo-*.pkl"))
    path.write_bytes(path.read_bytes()[:-5])
    assert kbcache.load_or_build("demo", ["v1"], build) == {"built": 2}
    assert len(_warnings(capsys.readouterr().err)) == 1
    assert kbcache.load_or_build("demo", ["v1"], build) == {"built": 2}


def _fake_analysis(calls: list):
    """Writes the tables of a two-article corpus as :func:`analyze_corpus` would (Parquet)."""

    def fake(paths, out, *args, **kwargs):
        calls.append(len(paths))
        out = Path(out)
        arts = pd.DataFrame({"article_id": ["a", "b"], "publication": ["2023-01-02", None]})
        actors = pd.DataFrame({"article_id": ["a", "b"], "actor_id": ["A01", "A01"]})
        arts.to_parquet(out / "articles.parquet")
        actors.to_parquet(out / "actors.parquet")
        files = {"articles": "articles.parquet", "actors": "actors.parquet"}
        (out / "corpus.json").write_text(json.dumps({"files": files}), encoding="utf-8")

    return fake


@pytest.mark.parametrize(
    "damage",
    [
        ("actors.parquet", lambda b: b[: len(b) // 2]),  # truncated Parquet
        ("actors.parquet", lambda b: b[:8] + bytes(len(b) - 16) + b[-8:]),  # garbled inside
        ("corpus.json", lambda b: b"{garbled"),
        ("corpus.json", lambda b: b'{"files": {"actors": "../../etc/passwd"}}'),
        ("checksums.json", lambda b: b"[]"),
    ],
    ids=["truncated-parquet", "garbled-parquet", "garbled-json", "edited-json", "checksums"],
)
def test_a_damaged_corpus_cache_is_recomputed_with_one_warning(
    cache, tmp_path, monkeypatch, capsys, damage
):
    src = tmp_path / "arts"
    src.mkdir()
    shutil.copy(ARTICLE, src / "one.txt")
    calls: list[int] = []
    monkeypatch.setattr(corpus_mod, "analyze_corpus", _fake_analysis(calls))
    first = corpus_mod.load(str(src))
    assert calls == [1]
    entry = next(cache.glob("corpus-*/"))
    name, change = damage
    (entry / name).write_bytes(change((entry / name).read_bytes()))
    capsys.readouterr()
    again = corpus_mod.load(str(src))  # was: a raw pyarrow / JSON traceback, every time
    assert calls == [1, 1], "the damaged entry is analysed again"
    assert len(_warnings(capsys.readouterr().err)) == 1
    pd.testing.assert_frame_equal(again.table("actors"), first.table("actors"))
    corpus_mod.load(str(src))
    assert calls == [1, 1], "the recomputed entry is used"
