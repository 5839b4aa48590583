"""Corpus mode (issue 8): many articles, one set of tables, local pool = Dask = in-process."""

from __future__ import annotations

import concurrent.futures as cf
import concurrent.futures.process  # noqa: F401 - cf.process, without a pool run first
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis import corpus as corpus_mod
from analysis.cli import _parser, main
from analysis.corpus import (
    TableWriter,
    analyze_corpus,
    article_ids,
    batch,
    crossref,
    executors,
    iter_article_paths,
    read_tables,
    writers,
)
from analysis.corpus.crossref import CorpusResult, IdentityIndex, name_key
from analysis.document.article import load_article
from analysis.errors import ArticleError
from analysis.report.views import corpus as corpus_views
from analysis.resources.paths import ARTICLES_DIR

GANTZ = ARTICLES_DIR / "2021-11-24_gantz-rabat.txt"
BAD = {
    "english.txt": (
        b" date 2024-01-02 The minister said that the talks were useful and that the two "
        b"countries have agreed to meet again in the spring, which was welcomed by the press.\n"
    ),
    "empty.txt": b"   \n",
    "binary.txt": b"\x00\x01\x02PK\x03\x04" * 200,
}


def _paragraphs(path: Path) -> list[str]:
    art = load_article(path)
    return [p.text for p in art.paragraphs if p.kind in ("lede", "paragraph")]


# Four bundled articles: the default one and the first three others.
BUNDLED = [GANTZ, *[p for p in sorted(ARTICLES_DIR.glob("*.txt")) if p != GANTZ][:3]]
IDS = [p.stem for p in BUNDLED]


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory) -> Path:
    """Four bundled articles, two Markdown articles recombined from them (with an outlet and a
    URL; the second repeats paragraphs of the default article), and three bad files."""
    root = tmp_path_factory.mktemp("corpus")
    for path in BUNDLED:
        shutil.copy(path, root / path.name)
    mixes = [
        (
            "2022-03-01",
            "Le Quotidien",
            None,
            _paragraphs(GANTZ)[:3] + _paragraphs(BUNDLED[1])[:2],
        ),
        ("2022-06-15", None, "https://www.exemple-presse.fr/a/1", _paragraphs(GANTZ)[1:5]),
    ]
    for i, (date, source, url, paras) in enumerate(mixes, 1):
        head = [f"title: Article recombiné {i}", f"date: {date}"]
        head += [f"source: {source}"] if source else []
        head += [f"url: {url}"] if url else []
        body = "\n\n".join(paras)
        (root / "presse").mkdir(exist_ok=True)
        (root / "presse" / f"mix-{i}.md").write_text(
            "---\n" + "\n".join(head) + "\n---\n\n" + body + "\n", encoding="utf-8"
        )
    (root / "bad").mkdir()
    for name, raw in BAD.items():
        (root / "bad" / name).write_bytes(raw)
    return root


@pytest.fixture(scope="module")
def paths(corpus_dir) -> list[Path]:
    return iter_article_paths([corpus_dir])


# The tables must not depend on where an article was analysed, nor on the per-process hash salt
# (code that takes the first hit while iterating a set of strings would). Each run below
# analyses in processes with a different PYTHONHASHSEED — the local pool 1, the CLI run 2, Dask's
# workers the 6640 that distributed gives them — and the tests compare their tables.
CLI_SEED = {**os.environ, "PYTHONHASHSEED": "2"}


@pytest.fixture(scope="module")
def seeded_env():
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PYTHONHASHSEED", "1")  # inherited by the spawned pool workers
        yield


@pytest.fixture(scope="module")
def local_run(paths, tmp_path_factory, seeded_env):
    out = tmp_path_factory.mktemp("local")
    summary = analyze_corpus(paths, out, fmt="parquet", jobs=2, batch_size=2)
    return summary, read_tables(out)


@pytest.fixture(scope="module")
def dask_run(paths, tmp_path_factory):
    from distributed import LocalCluster

    out = tmp_path_factory.mktemp("dask")
    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    try:
        summary = analyze_corpus(
            paths, out, fmt="parquet", scheduler=cluster.scheduler_address, batch_size=2
        )
    finally:
        cluster.close()
    return summary, read_tables(out)


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=CLI_SEED, timeout=600
    )


@pytest.fixture(scope="module")
def cli_run(corpus_dir, tmp_path_factory):
    """`visit-report analyze DIR --jobs 1 --format csv` in a fresh process (in-process run)."""
    out = tmp_path_factory.mktemp("cli")
    proc = _run(
        "-m",
        "analysis",
        "analyze",
        str(corpus_dir),
        "--out",
        str(out),
        "--jobs",
        "1",
        "--format",
        "csv",
    )
    return proc, read_tables(out)


@pytest.fixture(scope="module")
def single_run(tmp_path_factory):
    """The single-article analysis (pipeline.analyze, as the notebooks' bundle does) and
    `visit-report analyze ARTICLE`, in one fresh process."""
    out = tmp_path_factory.mktemp("single")
    script = (
        "import sys\n"
        "from analysis.document.article import load_article\n"
        "from analysis.cli import main\n"
        "from analysis.pipeline import analyze\n"
        "analyze(load_article(sys.argv[1])).write_csv(sys.argv[2] + '/pipeline')\n"
        "sys.exit(main(['analyze', sys.argv[1], '--out', sys.argv[2] + '/cli']))\n"
    )
    proc = _run("-c", script, str(GANTZ), str(out))
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc, out


def _sorted(df: pd.DataFrame) -> pd.DataFrame:
    """Rows in a canonical order: by article, ids and offsets, then every other cell as text."""
    keys = [
        c
        for c in ("article_id", "actor_id", "corpus_actor_id", "quote_id", "sentence_id", "start")
        if c in df.columns
    ]
    order = _text(df[keys + [c for c in df.columns if c not in keys]])
    for c in ("sentence_id", "start"):
        if c in order.columns:
            order[c] = pd.to_numeric(df[c].reset_index(drop=True), errors="coerce")
    idx = order.sort_values(list(order.columns), kind="stable").index
    return df.reset_index(drop=True).loc[idx].reset_index(drop=True)


def _cell(value: object) -> str:
    text = writers._text(value) or ""
    try:  # numbers compare by value: "-2.0" (CSV text) == -2.0 (Parquet float)
        return repr(float(text)) if text.strip() else ""
    except ValueError:
        return text


def _text(df: pd.DataFrame) -> pd.DataFrame:
    """Every cell as text ('' for missing), to compare CSV with Parquet or in-memory tables."""
    return df.apply(lambda s: s.map(_cell)).reset_index(drop=True)


# --------------------------------------------------------------------------------------------
# Which files


def test_paths_from_globs_directories_and_files(corpus_dir, monkeypatch):
    from_dir = iter_article_paths(corpus_dir)
    assert len(from_dir) == 9 and all(p.is_absolute() for p in from_dir)
    assert (corpus_dir / "presse" / "mix-1.md").resolve() in from_dir  # recursive, .md kept
    (corpus_dir / ".hidden").mkdir(exist_ok=True)
    (corpus_dir / ".hidden" / "x.txt").write_text("caché", encoding="utf-8")
    assert iter_article_paths(corpus_dir) == from_dir  # hidden directories skipped
    globbed = iter_article_paths([str(corpus_dir / "*.txt"), str(corpus_dir / "**" / "*.md")])
    assert len(globbed) == 6
    again = iter_article_paths([str(corpus_dir / "*.txt"), str(GANTZ), corpus_dir / "*.txt"])
    assert len(again) == 5, "duplicates are dropped"
    monkeypatch.chdir(corpus_dir / "bad")  # relative specs also resolve from the project root
    assert len(iter_article_paths("data/articles/*.txt")) == len(list(ARTICLES_DIR.glob("*.txt")))
    assert iter_article_paths("2021-11-24_gantz-rabat.txt") == [GANTZ.resolve()]
    with pytest.raises(ArticleError, match="no article file matches"):
        iter_article_paths(["data/articles/*.txt", "nulle-part/*.txt"])


def test_article_ids_are_unique_slugs():
    ids = article_ids([Path("a/Été 2021.txt"), Path("b/ete-2021.md"), Path("c/x.txt")])
    assert ids == ["ete-2021", "ete-2021-2", "x"]
    assert article_ids([Path("a.txt"), Path("b/a.txt"), Path("a-2.txt")]) == ["a", "a-2", "a-2-2"]


def test_auto_format_and_scheduler_flag():
    assert corpus_mod._format("auto", 50) == "csv"
    assert corpus_mod._format("auto", 51) == "parquet"
    with pytest.raises(ArticleError):
        corpus_mod._format("xlsx", 3)
    args = _parser().parse_args(["analyze", "x", "--out", "o", "--scheduler"])
    assert args.scheduler == "local" and args.format == "auto"
    args = _parser().parse_args(["analyze", "x", "--out", "o", "--scheduler", "tcp://h:8786"])
    assert args.scheduler == "tcp://h:8786"
    assert _parser().parse_args(["analyze", "x", "--out", "o"]).scheduler is None


# --------------------------------------------------------------------------------------------
# A real run: local pool, Dask LocalCluster, in-process


@pytest.mark.slow
def test_local_pool_writes_every_table_with_article_id(local_run):
    summary, tables = local_run
    assert summary.executor == "local" and summary.workers == 2
    assert summary.articles == 6 and summary.failed == 3
    assert {"articles", "errors", "actors", "corpus_actors", "actor_identity"} <= set(tables)
    for name, df in tables.items():
        if name != "corpus_actors":
            assert "article_id" in df.columns and df.columns[0] == "article_id", name
    assert sorted(tables["articles"]["article_id"]) == sorted([*IDS, "mix-1", "mix-2"])
    arts = tables["articles"].set_index("article_id")
    assert arts.loc["mix-1", "source"] == "Le Quotidien"
    assert arts.loc["mix-2", "publication"] == "2022-06-15"
    assert int(arts["words"].sum()) == summary.words
    meta = json.loads((Path(summary.out) / "corpus.json").read_text(encoding="utf-8"))
    assert meta["articles"] == 6 and meta["files"]["actors"] == "actors.parquet"


@pytest.mark.slow
def test_bad_articles_are_reported_and_skipped(local_run):
    _, tables = local_run
    errors = tables["errors"].set_index(tables["errors"]["path"].map(lambda p: Path(p).name))
    assert set(errors.index) == set(BAD)
    assert "French" in errors.loc["english.txt", "reason"]
    assert "empty" in errors.loc["empty.txt", "reason"]
    assert "binary" in errors.loc["binary.txt", "reason"]
    for name in ("actors", "mentions", "quotes"):
        if name in tables:
            assert not set(tables[name]["article_id"]) & {"english", "empty", "binary"}


@pytest.mark.slow
def test_offsets_index_each_article_text(local_run, paths):
    _, tables = local_run
    texts = {
        aid: load_article(p).text
        for aid, p in zip(article_ids(paths), paths, strict=True)
        if p.parent.name != "bad"
    }
    mentions = tables["mentions"]
    assert len(mentions) > 50
    for row in mentions.itertuples():
        assert texts[row.article_id][row.start : row.end] == row.text


@pytest.mark.slow
def test_dask_cluster_gives_the_local_pool_tables(local_run, dask_run):
    (ls, local), (ds, dask) = local_run, dask_run
    assert ds.executor.startswith("dask") and ds.workers == 2
    assert set(local) == set(dask)
    for name in local:
        pd.testing.assert_frame_equal(_sorted(local[name]), _sorted(dask[name]), obj=name)
    assert ls.tables == ds.tables


@pytest.mark.slow
def test_in_process_csv_run_gives_the_same_tables(local_run, cli_run):
    (_, local), (proc, inline) = local_run, cli_run
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "6 article(s) analysed, 3 skipped" in proc.stdout and "inline" in proc.stdout
    assert proc.stderr.count("warning: skipped") == 3 and "binary.txt" in proc.stderr
    assert set(local) == set(inline)
    for name in local:
        if name == "errors":
            continue
        a, b = _text(_sorted(local[name])), _text(_sorted(inline[name]))
        pd.testing.assert_frame_equal(a, b, obj=name)


@pytest.mark.slow
def test_corpus_rows_equal_the_single_article_analysis(local_run, single_run):
    _, tables = local_run
    proc, out = single_run
    for path in sorted((out / "pipeline").glob("*.csv")):
        single = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
        name = path.stem
        mine = tables[name][tables[name]["article_id"] == "2021-11-24_gantz-rabat"]
        mine = mine.drop(columns=["article_id"])
        assert list(mine.columns) == list(single.columns), name
        pd.testing.assert_frame_equal(_text(mine), _text(single), obj=name)
        cli = pd.read_csv(out / "cli" / path.name, dtype=str, keep_default_na=False, na_values=[""])
        assert list(cli.columns) == ["article_id", *single.columns], name
        assert set(cli["article_id"]) <= {"2021-11-24_gantz-rabat"}
        pd.testing.assert_frame_equal(_text(cli.drop(columns=["article_id"])), _text(single))
    assert "1 article(s) analysed" in proc.stdout


@pytest.mark.slow
def test_identity_is_merged_across_articles(local_run):
    _, tables = local_run
    link = tables["actor_identity"]
    actors = tables["actors"].merge(link, on=["article_id", "actor_id"])
    assert actors["corpus_actor_id"].notna().all()
    # The recombined articles repeat the Rabat article's actors: one identity each.
    rabat = actors[actors["article_id"] == "2021-11-24_gantz-rabat"]
    mix = actors[actors["article_id"] == "mix-2"]
    shared = set(rabat["corpus_actor_id"]) & set(mix["corpus_actor_id"])
    assert len(shared) >= 3
    corpus_actors = tables["corpus_actors"].set_index("corpus_actor_id")
    assert (corpus_actors.loc[list(shared), "articles"] >= 2).all()
    assert corpus_actors.index.is_unique and len(corpus_actors) < len(tables["actors"])


# --------------------------------------------------------------------------------------------
# CLI


def test_cli_single_bad_article_is_an_error(corpus_dir, tmp_path, capsys):
    assert main(["analyze", str(corpus_dir / "bad" / "english.txt"), "--out", str(tmp_path)]) == 2
    assert "does not look French" in capsys.readouterr().err


# --------------------------------------------------------------------------------------------
# Streaming: writers, bounded in-flight batches, crashed workers


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_writer_unifies_schemas_across_batches(tmp_path, fmt, monkeypatch):
    monkeypatch.setattr(writers, "FLUSH_ROWS", 2)  # write early, so widening rewrites
    w = TableWriter("t", tmp_path, fmt)
    w.append(pd.DataFrame({"article_id": ["a", "a"], "n": [1, 2], "x": [None, None]}))
    w.append(pd.DataFrame({"article_id": ["b", "b"], "n": [3.5, None], "x": ["s", None]}))
    w.append(pd.DataFrame({"article_id": ["c"], "n": ["trois"], "y": [True]}))
    w.append(pd.DataFrame({"article_id": ["d"], "x": [["l1", "l2"]]}))
    w.append(pd.DataFrame(columns=["article_id", "n"]))
    path = w.close()
    assert path == tmp_path / f"t.{fmt}" and not list(tmp_path.glob(".*part*"))
    df = pd.read_parquet(path) if fmt == "parquet" else pd.read_csv(path, dtype=str)
    assert list(df.columns) == ["article_id", "n", "x", "y"]
    assert list(df["article_id"]) == ["a", "a", "b", "b", "c", "d"]
    assert list(df["n"].fillna("")) == ["1", "2", "3.5", "", "trois", ""]
    assert list(df["x"].fillna("")) == ["", "", "s", "", "", "l1; l2"]
    if fmt == "parquet":
        import pyarrow.parquet as pq

        schema = pq.read_schema(path)
        assert str(schema.field("n").type) == "string" and str(schema.field("y").type) == "bool"


def test_csv_tables_read_back_with_their_kinds(tmp_path):
    w = TableWriter("events", tmp_path, "csv")
    w.append(pd.DataFrame({"article_id": ["a"], "cameo": ["040"], "n": [3], "ok": [True]}))
    meta = {"files": {"events": w.close().name}, "schemas": {"events": w.schema}}
    (tmp_path / "corpus.json").write_text(json.dumps(meta), encoding="utf-8")
    df = read_tables(tmp_path)["events"]
    assert df.loc[0, "cameo"] == "040" and df.loc[0, "n"] == 3 and bool(df.loc[0, "ok"])


def test_writer_keeps_integers_integers(tmp_path):
    w = TableWriter("t", tmp_path, "parquet")
    w.append(pd.DataFrame({"start": [1, 2], "score": [0.5, 1.0], "who": [None, "A01"]}))
    w.append(pd.DataFrame({"start": [3.0, None], "score": [1.0, 1.0], "who": [None, None]}))
    df = pd.read_parquet(w.close())
    assert (
        str(df["start"].dtype) == "Int64"
        or df["start"].dtype.kind == "i"
        or df["start"].isna().any()
    )
    assert df["start"].dropna().tolist() == [1, 2, 3]
    assert df["score"].tolist() == [0.5, 1.0, 1.0, 1.0]


class _FakeExecutor:
    """Runs a fake batch function; records how many futures are in flight."""

    def __init__(self, workers: int, crash_on: str | None = None) -> None:
        self.workers = workers
        self.crash_on = crash_on
        self.pending: list[cf.Future] = []
        self.max_inflight = 0
        self.recovered = 0

    def submit(self, fn, batch, *args):
        future: cf.Future = cf.Future()
        self.pending = [f for f in self.pending if not f.done()] + [future]
        self.max_inflight = max(self.max_inflight, len(self.pending))
        if self.crash_on and any(item[0] == self.crash_on for item in batch):
            future.set_exception(cf.process.BrokenProcessPool("worker died"))
        else:
            rows = [{"article_id": a, "words": 1} for a, _, _ in batch]
            future.set_result(corpus_mod.BatchResult({}, rows, []))
        return future

    def result(self, future):
        return future.result()

    def recover(self) -> None:
        self.recovered += 1


def _items(n: int) -> list[list[tuple[str, str, bytes]]]:
    return [[(f"a{i}-{j}", f"/x/a{i}-{j}.txt", b"") for j in range(3)] for i in range(n)]


def test_stream_bounds_the_batches_in_flight_and_keeps_order():
    ex = _FakeExecutor(workers=2)
    results = list(executors.stream(ex, iter(_items(50)), ("m", None, None)))
    assert ex.max_inflight <= 4
    order = [r["article_id"] for res in results for r in res.articles]
    assert order == [f"a{i}-{j}" for i in range(50) for j in range(3)]


def test_a_crashed_worker_costs_only_its_article():
    ex = _FakeExecutor(workers=2, crash_on="a3-1")
    results = list(executors.stream(ex, iter(_items(6)), ("m", None, None)))
    done = {r["article_id"] for res in results for r in res.articles}
    errors = [e for res in results for e in res.errors]
    assert done == {f"a{i}-{j}" for i in range(6) for j in range(3)} - {"a3-1"}
    assert [e["article_id"] for e in errors] == ["a3-1"]
    assert errors[0]["stage"] == "worker" and "worker died" in errors[0]["reason"]
    assert ex.recovered >= 1


def test_silencing_dask_reaches_children_with_their_own_level():
    import logging

    import distributed.batched  # noqa: F401 - the logger that printed a traceback in CI

    child = logging.getLogger("distributed.batched")
    child.setLevel(logging.INFO)  # as distributed's logging configuration may set it
    former = executors._silence("distributed")
    try:
        # was: only .client, .comm and .core were quieted; a lost scheduler printed
        # "Batched Comm Closed" with a traceback at INFO
        assert not child.isEnabledFor(logging.INFO)
        assert not logging.getLogger("distributed.client").isEnabledFor(logging.ERROR)
    finally:
        for name, level in former.items():
            logging.getLogger(name).setLevel(level)
    assert child.level == logging.INFO


# --------------------------------------------------------------------------------------------
# Identities and cross-article views (synthetic tables: no spaCy)


def _actors(rows: list[tuple]) -> pd.DataFrame:
    cols = ["article_id", "actor_id", "name", "type", "country", "aliases", "mentions"]
    return pd.DataFrame(rows, columns=cols)


def test_french_dates_at_their_precision():
    assert corpus_views.fr_date("2021-11-24") == "24 novembre 2021"
    assert corpus_views.fr_date("2021-08-01") == "1er août 2021"
    assert corpus_views.fr_date("2021-04") == "avril 2021"
    assert corpus_views.fr_date(None) == "date inconnue"
    assert corpus_views.from_to("2021-04", "2024-05") == "d'avril 2021 à mai 2024"
    assert corpus_views.from_to("2021-03-02", "2021-03-02") == "le 2 mars 2021"


def test_name_key_ignores_accents_case_and_punctuation():
    assert name_key("Israël") == name_key("ISRAEL") == "israel"
    assert name_key("  Côte-d’Ivoire ") == "cote d ivoire"


def test_identity_merges_names_aliases_and_states():
    actors = _actors(
        [
            ("a1", "A01", "Benny Gantz", "person", "IL", "Benny Gantz; Gantz", 4),
            ("a2", "A03", "Gantz", "person", "IL", "Gantz", 2),
            ("a2", "A01", "Israël", "state", "IL", "Israël", 3),
            ("a3", "A02", "israel", "state", "IL", "", 1),
            ("a3", "A05", "État hébreu", "state", "IL", "", 1),
            ("a3", "A04", "Gantz", "organisation", None, "", 1),  # other type: not merged
            ("a4", "A01", "Ruth Gantz", "person", "IL", "Ruth Gantz; Gantz", 1),
        ]
    )
    merged = crossref.merge_actors(actors)
    cid = dict(
        zip(
            zip(merged["article_id"], merged["actor_id"], strict=True),
            merged["corpus_actor_id"],
            strict=True,
        )
    )
    assert cid[("a1", "A01")] == cid[("a2", "A03")], "alias of one = name of the other"
    assert cid[("a2", "A01")] == cid[("a3", "A02")] == cid[("a3", "A05")], "accents; country"
    assert cid[("a3", "A04")] != cid[("a2", "A03")], "types must agree"
    assert cid[("a4", "A01")] != cid[("a1", "A01")], "two full names never merge"
    index = IdentityIndex()
    index.add(actors.iloc[::-1])  # order does not matter
    table = index.resolve().set_index("name")
    assert (
        table.loc["Benny Gantz", "mentions"] == 6
        and "Gantz" in table.loc["Benny Gantz", "variants"]
    )
    first = IdentityIndex()
    first.add(actors)
    pd.testing.assert_frame_equal(first.resolve(), index.resolve())


def _synthetic() -> CorpusResult:
    articles = pd.DataFrame(
        {
            "article_id": ["a1", "a2", "a3"],
            "path": ["/c/a1.txt", "/c/a2.md", "/c/a3.md"],
            "title": ["t1", "t2", "t3"],
            "publication": ["2021-11", "2022-03-01", "2023-06-15"],
            "source": [None, "Le <b>Monde</b>", "Le Quotidien"],
            "url": [None, None, None],
            "words": [100, 200, 300],
        }
    )
    actors = _actors(
        [
            ("a1", "A01", "Maroc", "state", "MA", "Maroc; Rabat", 5),
            ("a1", "A02", "Isra*l <script>", "state", "IL", "", 2),
            ("a2", "A01", "maroc", "state", "MA", "", 3),
            ("a2", "A02", "Isra*l <script>", "state", "IL", "", 1),
            ("a3", "A07", "Maroc", "state", "MA", "", 1),
            ("a3", "A08", "Isra*l <script>", "state", "IL", "", 1),
        ]
    ).assign(first_sentence=[0, 2, 1, 4, 0, 3])
    stances = pd.DataFrame(
        {
            "article_id": ["a1", "a2", "a3", "a3"],
            "holder": ["Maroc", "maroc", "Maroc", "Maroc"],
            "holder_id": ["A01", "A01", "A07", "A07"],
            "target": ["Israël", "Israël", "Israël", "Israël"],
            "target_id": ["A02", "A02", "A08", "A08"],
            "polarity": [-1, -1, 1, 1],
            "cue": ["dénoncer", "critiquer", "saluer", "soutenir"],
            "hedged": [False, False, False, True],
            "sentence_id": [3, 5, 7, 8],
        }
    )
    quotes = pd.DataFrame(
        {
            "article_id": ["a1", "a2", "a3", "a3"],
            "quote_id": ["Q001", "Q001", "Q001", "Q002"],
            "speaker": ["Maroc", "le Maroc", "Maroc", None],
            "speaker_id": ["A01", "A01", "A07", None],
            "text": ["x", "y", "z", "w"],
            "sentence_id": [1, 2, 3, 4],
        }
    )
    timeline = pd.DataFrame(
        {
            "article_id": ["a1", "a2", "a3"],
            "date": ["2020-12-10", "2020-12-10", "2021-11-24"],
            "date_end": [None, None, None],
            "precision": ["day", "day", "day"],
            "text": ["10 décembre 2020", "le 10 décembre 2020", "24 novembre"],
            "event": ["normalisation", "Normalisation", "visite"],
            "sentence_id": [6, 9, 1],
        }
    )
    tables = {
        "articles": articles,
        "actors": actors,
        "stances": stances,
        "quotes": quotes,
        "timeline": timeline,
        "errors": pd.DataFrame(columns=["article_id", "path", "stage", "error", "reason"]),
    }
    return CorpusResult.from_tables(tables)


def test_cross_article_views():
    res = _synthetic()
    across = crossref.actors_across(res).set_index("name")
    assert across.loc["Maroc", "articles"] == 3 and across.loc["Maroc", "mentions"] == 9
    assert across.loc["Maroc", "first"] == "2021-11" and across.loc["Maroc", "last"] == "2023-06-15"
    pairs = crossref.stance_pairs(res)
    p = pairs.iloc[0]
    assert (p["holder"], p["target"], p["stances"], p["articles"]) == (
        "Maroc",
        "Isra*l <script>",
        4,
        3,
    )
    assert p["polarity"] == 0 and p["trend"] == 2.0
    quotes = crossref.quotes_by_speaker(res)
    assert quotes.loc["Maroc", "total"] == 3 and quotes.loc["Maroc", "articles"] == 3
    assert quotes.loc["Maroc", "non précisé"] == 1 and quotes.loc["Maroc", "Le Quotidien"] == 1
    tl = crossref.merged_timeline(res)
    first = tl.iloc[0]
    assert first["date"] == "2020-12-10" and first["articles"] == 2 and first["outlets"] == 2
    assert first["evidence"] == "a1: 6; a2: 9"
    matrix = crossref.presence(res)
    assert matrix.loc["Maroc"].tolist() == [5, 3, 1]
    focus = corpus_views.focus(res, "MAROC")
    assert focus["name"] == "Maroc" and len(focus["tables"]["Ses positions"]) == 4


def test_date_range_keeps_articles_of_the_period():
    res = _synthetic()
    assert list(res.between("2022", "").articles["article_id"]) == ["a2", "a3"]
    assert list(res.between("", "2021-11").articles["article_id"]) == ["a1"]
    assert list(res.between("2022-03-01", "2022-03-01").articles["article_id"]) == ["a2"]
    assert set(res.between("2023", "").table("actors")["article_id"]) == {"a3"}


def test_headlines_cite_article_and_sentence_and_escape_names():
    lines = corpus_views.headlines(_synthetic())
    text = "\n".join(lines)
    # plural agreement from the count; sentences shown from 1 (sentence_id 0 is "phrase 1")
    assert "3\u00a0articles** de 3\u00a0médias, de novembre 2021 au 15 juin 2023" in text
    assert "(article a1, phrase 1)" in text  # first appearance of the most present actor
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "Isra\\*l" in text  # Markdown specials escaped
    assert any("se réchauffe" in line and "(article a3, phrase 9)" in line for line in lines)
    assert any(
        "La date la plus reprise, **le 10 décembre 2020**" in line
        and "(article a1, phrase 7)" in line
        for line in lines
    )


@pytest.mark.slow
def test_corpus_load_is_cached_by_content(tmp_path, monkeypatch, local_run):

    monkeypatch.setenv("VISIT_REPORT_CACHE", str(tmp_path / "cache"))
    src = tmp_path / "arts"
    src.mkdir()
    shutil.copy(GANTZ, src / GANTZ.name)
    calls = []
    real_out = Path(local_run[0].out)

    def fake(paths, out, *args, **kwargs):  # the real analysis is tested above
        calls.append([p.name for p in paths])
        for f in real_out.iterdir():
            shutil.copy(f, Path(out) / f.name)

    monkeypatch.setattr(corpus_mod, "analyze_corpus", fake)
    res = corpus_mod.load(str(src / "*.txt"))
    assert calls == [[GANTZ.name]]
    assert len(res.articles) == 6 and not res.table("actors").empty
    assert corpus_views.headlines(res)[0].startswith("Le corpus compte **6\u00a0articles**")
    again = corpus_mod.load(str(src / "*.txt"))
    assert len(calls) == 1, "the cached corpus is not analysed again"
    pd.testing.assert_frame_equal(again.table("actors"), res.table("actors"))
    (src / "other.txt").write_text(GANTZ.read_text(encoding="utf-8"), encoding="utf-8")
    corpus_mod.load(str(src / "*.txt"))
    assert len(calls) == 2, "new content, new key"
    assert not list((tmp_path / "cache").glob(".corpus-*")), "no temporary directory left"


def test_small_corpora_share_the_single_article_cache(tmp_path, monkeypatch):
    """In-process runs reuse the notebooks' per-article bundles instead of parsing again."""
    from analysis.pipeline import Analysis, bundle
    from analysis.resources.io import write_pickle

    monkeypatch.setenv("VISIT_REPORT_CACHE", str(tmp_path))
    art = load_article(GANTZ)
    cached = Analysis(art, {"actors": pd.DataFrame({"actor_id": ["A01"], "name": ["X"]})})
    key = bundle.bundle_key(GANTZ, "fr_core_news_md", None)
    write_pickle(tmp_path / f"{key}.pkl", cached)  # signed with this cache's key

    def no_parse(*args, **kwargs):
        raise AssertionError("a cached article must not be parsed")

    monkeypatch.setattr(batch, "_parse_isolated", no_parse)
    items = [("gantz", str(GANTZ), GANTZ.read_bytes())]
    result = corpus_mod.analyze_batch(items, "fr_core_news_md", None, None, True)
    assert result.tables["actors"].to_dict("records") == [
        {"article_id": "gantz", "actor_id": "A01", "name": "X"}
    ]
    assert result.articles[0]["article_id"] == "gantz" and not result.errors
    with pytest.raises(AssertionError, match="must not be parsed"):
        corpus_mod.analyze_batch(items, "fr_core_news_md", None, None, False)


def _kind_by_dropna(s: pd.Series) -> str:
    """The definition of a column's kind, through pandas (the writer's fast version must agree)."""
    values = s.dropna()
    if values.empty:
        return "null"
    if pd.api.types.is_bool_dtype(s.dtype):
        return "bool"
    if pd.api.types.is_integer_dtype(s.dtype):
        return "int"
    if pd.api.types.is_float_dtype(s.dtype):
        return "int" if bool((values == values.round()).all()) else "float"
    types = {type(v) for v in values}
    if types <= {bool}:
        return "bool"
    if types <= {int} or all(writers._is_int(v) for v in values):
        return "int"
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return "float"
    return "string"


@pytest.mark.parametrize(
    "values",
    [
        [],
        [None, None],
        ["a", None],
        [1, 2],
        [1, None],
        [1.0, float("nan")],
        [1.5, None],
        [True, None],
        [True, False],
        [1, "a"],
        [1, 2.5, None],
        [np.int64(3), None],
        [pd.NA, "x"],
        [float("nan"), None],
        [["a"], None],
    ],
)
def test_column_kind_agrees_with_pandas_dropna(values):
    for series in (pd.Series(values, dtype=object), pd.Series(values)):
        assert writers._kind(series) == _kind_by_dropna(series), (values, series.dtype)


def test_numbered_ids_pad_to_sort_as_text():
    from analysis.resources.ids import numbered_ids

    assert numbered_ids("C", 3, width=4) == ["C0001", "C0002", "C0003"]
    assert numbered_ids("A", 2) == ["A01", "A02"]
    assert numbered_ids("A", 120)[-1] == "A120" and numbered_ids("Q", 0) == []
