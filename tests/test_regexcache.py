"""Compiled patterns kept across processes (:mod:`analysis.resources.regexcache`): a recorded
pattern is handed to ``re.compile`` without compiling, equal to what compiling gives; anything
doubtful is compiled as before. Each check runs in a fresh interpreter (``re``'s own cache
empty), as a build's analysis process does."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from analysis.resources.paths import ROOT

# An invented pattern with groups, classes and inline flags, like the tokenizer's
SOURCE = r"(?iu)^(?:(?P<pre>anti|contre|sous)[-‐](?P<mot>[a-zàâçéèêëîïôûù]+)|l['’]\w+|\d+e)$"


def _python(code: str, cache) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "VISIT_REPORT_CACHE": str(cache)},
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


RECORD = f"""
    import re
    from analysis.resources import regexcache
    print(regexcache.record("test", [re.compile({SOURCE!r})]))
"""

# re's compiler made unusable: a pattern re.compile returns was not compiled here
SEEDED = f"""
    import re
    from re import _compiler
    from analysis.resources import regexcache

    compile_ = _compiler.compile
    print(regexcache.seed("test"))
    def refuse(p, flags=0):
        raise AssertionError("compiled: " + str(p)[:40])
    _compiler.compile = refuse
    rx = re.compile({SOURCE!r})
    _compiler.compile = compile_
    print(rx == compile_({SOURCE!r}, 0), rx.groupindex == {{"pre": 1, "mot": 2}})
    print(rx.match("Contre-vérité").group("mot"), rx.match("l'avis") is not None)
"""


def test_a_recorded_pattern_is_handed_to_re_compile_without_compiling(tmp_path):
    assert _python(RECORD, tmp_path) == "1"
    assert _python(RECORD, tmp_path) == "0"  # already recorded: not compiled again
    assert _python(SEEDED, tmp_path).splitlines() == ["1", "True True", "vérité True"]


def test_nothing_is_seeded_without_a_record_and_re_compiles_as_usual(tmp_path):
    out = _python(
        f"""
        import re
        from analysis.resources import regexcache
        print(regexcache.seed("test"), re.compile({SOURCE!r}).match("sous-sol") is not None)
        """,
        tmp_path,
    )
    assert out == "0 True"


def test_a_pattern_compiled_with_a_flags_argument_is_not_recorded(tmp_path):
    """The record stands for ``re.compile(source)`` alone: a pattern compiled with other
    flags differs from it and is left out."""
    out = _python(
        f"""
        import re
        from analysis.resources import regexcache
        print(regexcache.record("test", [re.compile({SOURCE!r}, re.MULTILINE)]))
        print(regexcache.cache_file("test").exists())
        """,
        tmp_path,
    )
    assert out.splitlines() == ["0", "False"]


def test_a_tampered_record_is_dropped_and_the_pattern_compiled(tmp_path):
    assert _python(RECORD, tmp_path) == "1"
    (path,) = tmp_path.glob("regex-test-*.pkl")
    data = bytearray(path.read_bytes())
    data[-10] ^= 0xFF
    path.write_bytes(bytes(data))
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SEEDED)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "VISIT_REPORT_CACHE": str(tmp_path)},
    )
    assert done.returncode != 0 and "compiled: " in done.stderr  # seeded nothing
    assert "removed and recomputed" in done.stderr
    assert not path.exists()


def test_records_are_kept_per_interpreter_build(tmp_path, monkeypatch):
    from analysis.resources import regexcache

    monkeypatch.setenv("VISIT_REPORT_CACHE", str(tmp_path))
    here = regexcache.cache_file("test")
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    assert regexcache.cache_file("test") != here


@pytest.mark.slow
def test_the_model_loads_its_tokenizer_patterns_recorded_and_tokenizes_the_same(tmp_path):
    """The first load records the tokenizer's patterns; the next process's load compiles none
    of the long ones (spaCy's French TOKEN_MATCH) and splits words exactly as before."""
    code = """
        import json, re
        from re import _compiler
        compile_ = _compiler.compile
        long = []
        def counting(p, flags=0):
            if isinstance(p, str) and len(p) > 100_000:
                long.append(len(p))
            return compile_(p, flags)
        _compiler.compile = counting
        from analysis.document.nlp import load_model
        nlp = load_model()
        text = "Aujourd'hui l'ex-ministre et le porte-parole sont à Saint-Jean-de-Luz"
        text += " (cf. www.exemple.fr/a-b)."
        print(json.dumps([len(long), [t.text for t in nlp.make_doc(text)]]))
    """
    first, tokens = json.loads(_python(code, tmp_path))
    assert first >= 1 and list(tmp_path.glob("regex-spacy-tokenizer-*.pkl"))
    again, same = json.loads(_python(code, tmp_path))
    assert again == 0
    assert same == tokens
