"""The notebooks a build runs and the parameters they take: which notebooks, what each declares
(its ``parameters`` cell, its ``visit_report`` metadata), and the command line's ``KEY=VALUE``
values checked and typed against them before any work starts."""

from __future__ import annotations

import ast
import functools
import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

from analysis.errors import ParameterError
from analysis.resources.io import write_text
from analysis.resources.paths import NOTEBOOKS_DIR, cache_dir


def notebook_paths(
    names: Sequence[str] | None = None, directory: Path = NOTEBOOKS_DIR
) -> list[Path]:
    """Notebooks to build; ``names`` match a stem ('NN_topic') or its part ('topic', 'NN')."""
    available = sorted(p for p in directory.glob("*.ipynb") if not p.name.startswith("."))
    if not names:
        return available
    chosen: list[Path] = []
    for name in names:
        if name.endswith(".ipynb") and Path(name).is_file():  # a notebook outside notebooks/
            chosen.append(Path(name).resolve())
            continue
        hits = [p for p in available if name in (p.stem, p.name) or name in p.stem.split("_", 1)]
        if not hits:
            raise ParameterError(
                f"unknown notebook {name!r}",
                where="--notebooks",
                fix="choose among " + ", ".join(p.stem for p in available),
            )
        chosen.extend(h for h in hits if h not in chosen)
    return chosen


def declared_parameters(notebook: Path) -> dict[str, dict[str, object]]:
    """Parameters of the notebook's ``parameters`` cell (papermill.inspect_notebook).

    Cached by the notebook's content hash: importing papermill alone costs more than the
    one second a no-op rebuild may take.
    """
    digest = hashlib.sha256(notebook.read_bytes()).hexdigest()[:24]
    cached = cache_dir() / "parameters" / f"{digest}.json"
    if cached.is_file():
        try:
            return json.loads(cached.read_text(encoding="utf-8"))
        except ValueError:
            pass
    import papermill

    params = papermill.inspect_notebook(str(notebook))
    write_text(cached, json.dumps(params, default=str))
    return params


def notebook_spec(notebook: Path) -> dict[str, object]:
    """What the notebook declares for the build in its metadata, ``"visit_report"``:

    * ``needs``: ``"corpus"`` for a report about many articles; the build analyses the corpus
      named by its ``corpus`` parameter beforehand, reruns the report when a
      file of the corpus changes, and does not date or source it after the article built;
      ``"comparison"`` for one report comparing the articles given together
      (``build --compare``): the build passes them in its ``articles`` parameter, analyses
      them beforehand and reruns the report when one changes
      (:mod:`analysis.report.compare`);
    * ``title``: the report's title, instead of the article's.

    A notebook without it is a report on one article."""
    stat = notebook.stat()
    return dict(_notebook_spec(str(notebook), stat.st_mtime_ns, stat.st_size))


@functools.lru_cache(maxsize=64)
def _notebook_spec(path: str, mtime_ns: int, size: int) -> tuple[tuple[str, object], ...]:
    try:
        meta = json.loads(Path(path).read_text(encoding="utf-8")).get("metadata", {})
    except (OSError, ValueError):
        return ()
    spec = meta.get("visit_report")
    return tuple(spec.items()) if isinstance(spec, dict) else ()


CORPUS = "corpus"
COMPARISON = "comparison"
# The parameter in which a multi-article notebook takes its articles (a path, glob or
# ``;``-separated list), by what it needs.
INPUT_PARAMETERS = {CORPUS: "corpus", COMPARISON: "articles"}


def needs(notebook: Path) -> str:
    """What the notebook reports on beyond one article: "corpus", "comparison" or ""."""
    return str(notebook_spec(notebook).get("needs") or "")


def needs_corpus(notebook: Path) -> bool:
    return needs(notebook) == CORPUS


def input_parameter(notebook: Path) -> str | None:
    """The parameter holding a multi-article notebook's articles (None for one article)."""
    return INPUT_PARAMETERS.get(needs(notebook))


ARTICLE_PARAMETER = "article"


def article_from_parameters(
    articles: Sequence[object], parameters: dict[str, object]
) -> list[object]:
    """The articles to build, ``-p article=FILE`` included.

    Every notebook declares ``article``, so ``-p article=FILE`` reads naturally as "build
    FILE": it is taken as the positional argument (and removed from ``parameters``, which
    would otherwise send FILE's name to the notebooks while the folder, title and freshness
    followed the default article). Given together with positional articles it is ambiguous
    and refused."""
    if ARTICLE_PARAMETER not in parameters:
        return list(articles)
    value = parameters.pop(ARTICLE_PARAMETER)
    if articles:
        raise ParameterError(
            "the article is given twice, as a positional argument and as -p article=...",
            where="-p article",
            fix="give the articles as positional arguments only: visit-report build FILE...",
        )
    return [str(value)]


def parse_assignments(items: Sequence[str]) -> dict[str, str]:
    """``KEY=VALUE`` strings from the command line."""
    out: dict[str, str] = {}
    for item in items:
        if "=" not in item:
            raise ParameterError(
                f"{item!r} is not KEY=VALUE", where="-p", fix="write for example -p min_mentions=2"
            )
        key, value = item.split("=", 1)
        out[key.strip()] = value
    return out


def coerce(name: str, value: object, type_name: str, where: str) -> object:
    """Convert a command-line string to the type the notebook's default has."""
    if not isinstance(value, str):
        return value
    t = (type_name or "None").lower()
    try:
        if t == "int":
            return int(value)
        if t == "float":
            return float(value)
        if t == "bool":
            low = value.strip().lower()
            if low in ("true", "1", "yes", "oui"):
                return True
            if low in ("false", "0", "no", "non"):
                return False
            raise ValueError(value)
    except ValueError:
        raise ParameterError(
            f"parameter {name!r} expects a value of type {t}, got {value!r}",
            where=where,
            fix=f"give {name}=<{t}>",
        ) from None
    return value


def _type_name(spec: dict[str, object]) -> str:
    """The parameter's type: its annotation, else the type of its default value."""
    declared = str(spec.get("inferred_type_name") or "None")
    if declared != "None":
        return declared
    try:
        default = ast.literal_eval(str(spec.get("default")))
    except (ValueError, SyntaxError):
        return "None"
    return type(default).__name__ if isinstance(default, (bool, int, float)) else "None"


def validate_parameters(
    notebooks: Sequence[Path], given: dict[str, object]
) -> dict[Path, dict[str, object]]:
    """Check ``given`` against every notebook; return each notebook's own parameters.

    A key must be declared by at least one selected notebook; it is passed only to the
    notebooks that declare it (so changing it re-runs only those).
    """
    declared = {nb: declared_parameters(nb) for nb in notebooks}
    valid = sorted({k for params in declared.values() for k in params})
    for key in given:
        if key not in valid:
            raise ParameterError(
                f"unknown parameter {key!r}",
                where="-p",
                fix="valid parameters of the selected notebooks: " + ", ".join(valid),
            )
    per_notebook: dict[Path, dict[str, object]] = {}
    for nb, params in declared.items():
        mine: dict[str, object] = {}
        for key, value in given.items():
            if key in params:
                type_name = _type_name(params[key])
                mine[key] = coerce(key, value, type_name, where=f"-p {key} ({nb.stem})")
        per_notebook[nb] = mine
    return per_notebook
