"""``analysis.resources.datacache``: an edited data file drops exactly what was derived from it.

The live preview keeps one rules process warm across lexicon edits, so every value the rules
derive from ``data/`` must be cached through this module and nowhere else: the last test runs
the whole pipeline on an invented article and fails if a :func:`functools.cache` (or a
module-level constant) sits between a data file and the rules.
"""

from __future__ import annotations

import functools
import importlib
import json
import os
import pkgutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import analysis
from analysis.resources import datacache
from analysis.resources.paths import DATA_DIR, KB_DIR, LEXICON_DIR, ROOT


def _save(path: Path, text: str) -> None:
    """Write ``text`` so that the file's stamp surely changes (size or mtime_ns)."""
    before = path.stat().st_mtime_ns if path.exists() else None
    path.write_text(text, encoding="utf-8")
    while before is not None and path.stat().st_mtime_ns == before:
        time.sleep(0.01)
        path.write_text(text, encoding="utf-8")


@pytest.fixture
def files(tmp_path):
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    _save(a, "mots: [accord, traité]\n")
    _save(b, "mots: [sommet]\n")
    yield a, b
    datacache.invalidate([a, b])


def test_an_edit_drops_exactly_the_values_derived_from_the_edited_file(files):
    a, b = files
    calls: list[str] = []

    @datacache.derived
    def words(path: str) -> frozenset[str]:
        calls.append(Path(path).stem)
        return frozenset(datacache.read_yaml(path)["mots"])

    @datacache.derived
    def both() -> frozenset[str]:  # derived from a and b, through another derived function
        calls.append("both")
        return words(str(a)) | words(str(b))

    assert both() == {"accord", "traité", "sommet"}
    assert calls == ["both", "a", "b"]
    assert datacache.drop_stale() == set()  # nothing changed: nothing dropped
    assert both() == {"accord", "traité", "sommet"} and calls == ["both", "a", "b"]

    _save(a, "mots: [accord, visite]\n")
    assert datacache.drop_stale() == {a.absolute()}
    assert words(str(b)) == {"sommet"} and calls == ["both", "a", "b"]  # kept
    assert both() == {"accord", "visite", "sommet"}
    assert calls == ["both", "a", "b", "both", "a"]  # a and what used a: recomputed once

    _save(b, "mots: [sommet, crise]\n")
    assert datacache.drop_stale() == {b.absolute()}
    assert words(str(a)) == {"accord", "visite"}
    assert calls[-1] == "a" and len(calls) == 5  # a's value survived b's edit
    assert both() == {"accord", "visite", "sommet", "crise"}


def test_a_value_built_from_a_cached_value_depends_on_its_files(files):
    """A derived function whose inner derived call is answered from the cache still records
    the inner value's files (the cached function's fast path notes them too)."""
    a, _b = files

    @datacache.derived
    def words() -> frozenset[str]:
        return frozenset(datacache.read_yaml(a)["mots"])

    @datacache.derived
    def count() -> int:
        return len(words())

    assert words() == {"accord", "traité"}  # cached before ``count`` asks for it
    assert count() == 2
    _save(a, "mots: [accord, traité, visite]\n")
    assert datacache.drop_stale() == {a.absolute()}
    assert count() == 3
    words.cache_clear()
    assert words() == {"accord", "traité", "visite"}


def test_module_tables_are_refilled_in_place(files):
    a, _ = files
    namespace: dict[str, object] = {}
    datacache.tables(namespace, lambda: {"MOTS": set(datacache.read_yaml(a)["mots"])})
    imported = namespace["MOTS"]  # what ``from module import MOTS`` holds
    assert imported == {"accord", "traité"}
    _save(a, "mots: [communiqué]\n")
    datacache.drop_stale()
    assert namespace["MOTS"] is imported and imported == {"communiqué"}


def test_a_removed_file_counts_as_changed(files):
    a, _ = files

    @datacache.derived
    def first() -> str:
        return datacache.read_yaml(a)["mots"][0]

    assert first() == "accord"
    a.unlink()
    assert datacache.drop_stale() == {a.absolute()}
    with pytest.raises(FileNotFoundError):
        first()


def test_a_file_that_no_longer_parses_is_named_and_read_again_once_fixed(files):
    from analysis.errors import SetupError

    a, _ = files
    namespace: dict[str, object] = {}
    datacache.tables(namespace, lambda: {"MOTS": set(datacache.read_yaml(a)["mots"])})
    _save(a, "mots: [accord\n  visite: : ]\n")
    with pytest.raises(SetupError) as caught:
        datacache.drop_stale()
    assert str(a.absolute()) in str(caught.value) and "YAML" in str(caught.value)
    assert namespace["MOTS"] == {"accord", "traité"}  # the tables stay as they were
    _save(a, "mots: [accord, visite]\n")
    assert datacache.drop_stale() == {a.absolute()}
    assert namespace["MOTS"] == {"accord", "visite"}


def test_a_parsed_file_is_kept_for_the_next_process_until_it_is_edited(
    files, tmp_path, monkeypatch
):
    """The next process reads the pickle of an unchanged file instead of parsing it (YAML's
    scalar resolution is slow); an edited file is parsed again and its old pickle removed."""
    monkeypatch.setenv("VISIT_REPORT_CACHE", str(tmp_path / "cache"))
    a, _ = files
    assert datacache.read_yaml(a)["mots"] == ["accord", "traité"]
    assert len(list((tmp_path / "cache" / "yaml").glob("a-*.pkl"))) == 1

    def no_parse(data: object) -> object:
        raise AssertionError("an unchanged file was parsed again")

    datacache.invalidate([a])  # as a new process: nothing parsed in memory
    with monkeypatch.context() as m:
        m.setattr(datacache, "safe_load", no_parse)
        assert datacache.read_yaml(a)["mots"] == ["accord", "traité"]
    _save(a, "mots: [visite]\n")
    datacache.invalidate([a])
    assert datacache.read_yaml(a)["mots"] == ["visite"]
    assert len(list((tmp_path / "cache" / "yaml").glob("a-*.pkl"))) == 1


def _cached_functions() -> dict[object, str]:
    """The code objects of every functools-cached function of the library -> its name."""
    codes: dict[object, str] = {}
    for info in pkgutil.walk_packages(analysis.__path__, "analysis."):
        if info.name.endswith(("__main__", "document.nlp")):  # keep the loaded model
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, functools._lru_cache_wrapper):  # cache and lru_cache alike
                code = getattr(value.__wrapped__, "__code__", None)
                if code is not None and code.co_filename == module.__file__:
                    codes[code] = f"{info.name}.{name}"
                    value.cache_clear()  # so this run goes through it again
    return codes


def test_no_other_cache_holds_data_read_by_the_rules(monkeypatch):
    """Every read of ``data/`` made while analysing an article (and by the report and
    comparison helpers) is recorded by a derived function before any functools cache or
    module constant can keep it: otherwise a warm process would keep the old lexicon."""
    from analysis.corpus.coverage import framing
    from analysis.extract.stance.lexicon import stance_words
    from analysis.pipeline import analyze
    from analysis.report import labels
    from tests.helpers import parse_snippet

    codes = _cached_functions()
    boundaries = {datacache._compute.__code__, datacache.tables.__code__}
    boundaries.add(datacache._refill.__code__)
    leaks: set[str] = set()
    note = datacache._note

    def checked(paths) -> None:
        paths = list(paths)
        if any(Path(p).is_relative_to(DATA_DIR) for p in paths):
            frame = sys._getframe(1)
            while frame is not None and frame.f_code not in boundaries:
                code = frame.f_code
                if code in codes:
                    leaks.add(codes[code])
                elif code.co_name == "<module>" and "/analysis/" in code.co_filename:
                    leaks.add(code.co_filename)
                frame = frame.f_back
        note(paths)

    monkeypatch.setattr(datacache, "_note", checked)
    datacache.clear()
    text = (
        "Visite du ministre de Valdorie à Lisbonne\n\n"
        "Le ministre des Affaires étrangères de la Valdorie, Paul Ardent, est arrivé mardi "
        "14 mars à Lisbonne pour une visite de deux jours. « Nous voulons renforcer notre "
        "coopération », a déclaré M. Ardent lors d'une conférence de presse au palais "
        "présidentiel.\n\n"
        "Le gouvernement portugais a salué un accord historique sur la sécurité, tandis que "
        "l'opposition a dénoncé une trahison. Selon l'AFP, les deux pays signeront un traité "
        "en juin prochain à Bruxelles, au siège de l'Union européenne."
    )
    article, doc = parse_snippet(text)
    result = analyze(article, doc=doc)
    assert len(result.tables["quotes"]) and len(result.tables["actors"])
    framing._lexicon()
    stance_words()
    labels.tables()
    assert not leaks, f"data read under a cache that datacache cannot drop: {sorted(leaks)}"
    read = datacache.cached_files()
    assert any(p.is_relative_to(LEXICON_DIR) for p in read)
    assert any(p.is_relative_to(KB_DIR) for p in read)


_WARM_UP_READS = """
import builtins, io, json, pathlib, sys
read = []
_open, _read_bytes = builtins.open, pathlib.Path.read_bytes
def record(path):
    read.append(str(path))
def opened(file, *args, **kwargs):
    record(file)
    return _open(file, *args, **kwargs)
def read_bytes(self):
    record(self)
    return _read_bytes(self)
builtins.open = io.open = opened
pathlib.Path.read_bytes = read_bytes
from analysis.report.kernels import WARM_UP
exec(WARM_UP.replace("module://matplotlib_inline.backend_inline", "agg"))
from analysis.pipeline import bundle
fingerprint = bundle.library_fingerprint.cache_info().currsize
print("RESULT " + json.dumps({"read": read, "fingerprint": fingerprint}))
"""


def test_a_warm_kernel_has_read_no_lexicon_when_its_notebook_starts():
    """The preview keeps its warm kernels across a lexicon edit: that is only right if their
    warm-up (:data:`analysis.report.kernels.WARM_UP`) reads no lexicon or knowledge-base file
    and computes no content key (the notebook then reads them as they are when it runs)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MPLBACKEND": "agg"}
    done = subprocess.run(
        [sys.executable, "-c", _WARM_UP_READS], env=env, capture_output=True, text=True
    )
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("RESULT ")]
    assert done.returncode == 0 and lines, done.stderr[-3000:]
    result = json.loads(lines[0].removeprefix("RESULT "))
    data = [p for p in result["read"] if Path(p).is_relative_to(DATA_DIR)]
    assert data  # the recording works: the labels are read at import
    assert not [p for p in data if Path(p).is_relative_to(LEXICON_DIR)], data
    assert not [p for p in data if Path(p).is_relative_to(KB_DIR)], data
    assert result["fingerprint"] == 0
