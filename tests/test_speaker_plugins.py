"""The speaker plug-ins read the resolver only through :class:`SpeakerContext`.

Why: the plug-ins of analysis/extract/quotes/speakers/ once read the resolver's private names
(``res._tv``, ``res._actor_party``, …); a rename inside the resolver then broke a module that
nothing said depended on it. These tests keep the interface declared: no module of the package
touches a ``_name`` of another object, every plug-in types its resolver as the protocol, and
the resolver has every member the protocol lists.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from analysis.extract.quotes import speakers
from analysis.extract.quotes.speakers import Resolver
from analysis.extract.quotes.speakers.context import SpeakerContext
from tests.helpers import parse_snippet

PACKAGE = Path(speakers.__file__).parent


def _private_reads(tree: ast.Module) -> list[str]:
    """``x._name`` where ``x`` is neither ``self``/``cls`` nor a class of the module itself
    (``Naming._latter`` in a rule table of naming.py is the class's own business)."""
    own = {n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef)} | {"self", "cls"}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        name = node.attr
        if not name.startswith("_") or name.startswith("__"):
            continue
        if isinstance(node.value, ast.Name) and node.value.id in own:
            continue
        found.append(f"{ast.unparse(node)} (line {node.lineno})")
    return found


def test_no_module_of_the_speakers_reads_another_objects_private_names() -> None:
    offenders = {}
    for path in sorted(PACKAGE.glob("*.py")):
        reads = _private_reads(ast.parse(path.read_text(encoding="utf-8")))
        if reads:
            offenders[path.name] = reads
    assert offenders == {}


def test_every_plug_in_types_its_resolver_as_the_context() -> None:
    untyped = []
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:  # module-level functions only: the methods are the resolver's
            if not isinstance(node, ast.FunctionDef) or not node.args.args:
                continue
            first = node.args.args[0]
            if first.arg == "res":
                annotation = ast.unparse(first.annotation) if first.annotation else ""
                if annotation != "SpeakerContext":
                    untyped.append(f"{path.name}:{node.name}")
    assert untyped == []


def test_the_resolver_offers_every_member_of_the_context() -> None:
    article, doc = parse_snippet("Le ministre Paul Verdan a déclaré que tout allait bien.")
    res = Resolver(article, doc)
    assert isinstance(res, SpeakerContext)
    assert res.token_view.low[: len(doc)] == [t.lower_ for t in doc]
    members = [
        name
        for name, _ in inspect.getmembers(SpeakerContext)
        if not name.startswith("_") and name not in dir(object)
    ]
    assert {"token_view", "actor_party", "recent_person", "last_speaker_since"} <= set(members)
    assert all(hasattr(res, name) for name in members)
