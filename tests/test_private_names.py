"""No module of the library reads another object's private name.

Why: rule modules once read the private members of the objects they are handed (the speaker
resolver's ``_tv``, the role finder's ``_role_at``, the quoter's ``_speech_cue``…); a rename
inside the owner then broke a module nothing said depended on it. Each owner now offers those
members under public, documented names. The exceptions are private names of the standard
library and of Jupyter's libraries that have no public form, each listed with its reason.
"""

from __future__ import annotations

import ast
from pathlib import Path

import analysis
from tests.test_speaker_plugins import _private_reads

LIBRARY = Path(analysis.__file__).parent

# (module, expression): why the private name is read
ALLOWED = {
    # os._exit is the documented way out of a forked child (no cleanup of the parent's state)
    ("corpus/batch.py", "os._exit"): "standard library, documented",
    ("pipeline/warm.py", "os._exit"): "standard library, documented",
    ("report/build.py", "os._exit"): "standard library, documented",
    ("report/processes.py", "os._exit"): "standard library, documented",
    ("report/build.py", "pool._max_workers"): "ProcessPoolExecutor has no public size",
    ("report/kernels.py", "super()._async_interrupt_kernel"): "jupyter_client override",
    ("report/render.py", "super()._init_preprocessors"): "nbconvert override",
    ("resources/regexcache.py", "re._cache"): "the re module's cache, checked before use",
    ("resources/regexcache.py", "_compiler._code"): "the re compiler, checked before use",
    # Text.build fills the private fields of the instance its classmethod creates
    ("extract/actors/text.py", "t._tok_starts"): "own class, in its constructor",
    ("extract/actors/text.py", "t._tokens"): "own class, in its constructor",
    ("extract/actors/text.py", "t._wsent"): "own class, in its constructor",
}


def _reads() -> dict[tuple[str, str], list[str]]:
    found: dict[tuple[str, str], list[str]] = {}
    for path in sorted(LIBRARY.rglob("*.py")):
        module = path.relative_to(LIBRARY).as_posix()
        for read in _private_reads(ast.parse(path.read_text(encoding="utf-8"))):
            expression, line = read.rsplit(" (line ", 1)
            found.setdefault((module, expression), []).append(line.rstrip(")"))
    return found


def test_no_module_reads_another_objects_private_names() -> None:
    unexpected = {k: v for k, v in _reads().items() if k not in ALLOWED}
    assert unexpected == {}


def test_every_allowed_private_read_still_exists() -> None:
    # an exception that no longer occurs is removed from the list, so the list stays true
    assert set(ALLOWED) <= set(_reads())
