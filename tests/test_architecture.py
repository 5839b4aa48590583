"""The house's shape holds: small files, simple functions, layers kept (docs/architecture.md).

The import contracts themselves run as `lint-imports` in the test command; these tests keep
the size and complexity limits that a newcomer relies on to read a rule in one place."""

from __future__ import annotations

import ast
from pathlib import Path

from radon.complexity import cc_visit

PACKAGE = Path(__file__).resolve().parent.parent / "analysis"
MAX_LINES = 800
MAX_COMPLEXITY = 30
MAX_TOP_LEVEL_MODULES = 8


def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_no_module_over_800_lines():
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in _sources()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"split these by concept: {long}"


def test_no_function_more_complex_than_30():
    complex_ = {}
    for path in _sources():
        for block in cc_visit(path.read_text(encoding="utf-8")):
            if block.complexity > MAX_COMPLEXITY:
                complex_[f"{path.relative_to(PACKAGE)}:{block.fullname}"] = block.complexity
    assert not complex_, f"split these into named sub-rules: {complex_}"


def test_few_top_level_modules_and_layered_packages():
    modules = [p.name for p in PACKAGE.glob("*.py") if p.name not in ("__init__.py", "__main__.py")]
    assert len(modules) <= MAX_TOP_LEVEL_MODULES, modules
    for package in ("resources", "document", "extract", "pipeline", "corpus", "report"):
        assert (PACKAGE / package / "__init__.py").is_file(), package


def test_no_step_is_imported_from_a_string():
    for path in _sources():
        text = path.read_text(encoding="utf-8")
        assert "import_module(" not in text, path


def test_no_module_imports_another_modules_private_names():
    """A name shared between modules is public: a rule read in one place must not lean on
    another module's ``_helper``, which its author may change as private (session 23 made
    the sixteen such imports public)."""
    private = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("analysis"):
                names = [a.name for a in node.names]
                private += [
                    f"{path.relative_to(PACKAGE)}: {node.module}.{n}"
                    for n in names
                    if n.startswith("_") and not n.startswith("__")
                ]
    assert not private, f"make these public in their module: {private}"
