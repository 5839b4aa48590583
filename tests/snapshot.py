"""Frozen behaviour: every table of ``analyze`` on the gold articles and 60 generated ones.

The redesign of the library (issue 14) must leave every table identical. This module builds
the article set, turns an analysis into plain JSON (values, column order and dtypes) and
compares it with the committed snapshot in ``tests/snapshots/``.

Regenerate only in a commit that names the rule that changed and why::

    .venv/bin/python -m tests.snapshot write
"""

from __future__ import annotations

import gzip
import json
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
GENERATED = 60
OUTLETS = ("Le Courrier du Sud", "La Gazette diplomatique", "Horizon Hebdo", "Le Quotidien")


def gold_articles() -> list[Path]:
    return sorted(ARTICLES.glob("*.txt"))


def _paragraphs(path: Path) -> tuple[str, list[str]]:
    """The lede (date header removed) and the body paragraphs of a seed-format file."""
    blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    first = blocks[0].split(" ", 3)[-1] if blocks[0].startswith(" date") else blocks[0]
    return first, [b for b in blocks[1:] if len(b.split()) > 12]


def generated_texts(n: int = GENERATED, seed: int = 14) -> dict[str, str]:
    """``n`` Markdown articles recombined from our own articles' paragraphs (no third-party
    text), with front matter, 1 to 9 body paragraphs each: short briefs to full articles."""
    ledes, body = [], []
    for path in gold_articles():
        lede, paras = _paragraphs(path)
        ledes.append(lede)
        body += paras
    rng = random.Random(seed)
    out = {}
    for i in range(n):
        day = f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        paras = [rng.choice(ledes), *rng.sample(body, k=rng.randint(1, 9))]
        out[f"gen{i:02d}"] = (
            f"---\ntitle: Article {i:02d}\ndate: {day}\nsource: {rng.choice(OUTLETS)}\n---\n\n"
            + "\n\n".join(paras)
            + "\n"
        )
    return out


def article_paths(tmp: Path) -> dict[str, Path]:
    """Name → file of every snapshot article (generated ones written under ``tmp``)."""
    paths = {p.stem: p for p in gold_articles()}
    tmp.mkdir(parents=True, exist_ok=True)
    for name, text in generated_texts().items():
        path = tmp / f"{name}.md"
        path.write_text(text, encoding="utf-8")
        paths[name] = path
    return paths


def _plain(value: object) -> object:
    if isinstance(value, float) and math.isnan(value):
        return "<NaN>"
    if value is None:
        return "<None>"
    if hasattr(value, "item"):  # numpy scalar
        return _plain(value.item())
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def tables_json(tables: dict) -> dict:
    """Tables as JSON-able data: columns, dtypes and rows, NaN and None kept apart."""
    out = {}
    for name, df in tables.items():
        out[name] = {
            "columns": [str(c) for c in df.columns],
            "dtypes": [str(t) for t in df.dtypes],
            "rows": [[_plain(v) for v in row] for row in df.itertuples(index=False, name=None)],
        }
    return json.loads(json.dumps(out, ensure_ascii=False))


def analyse(path: Path) -> dict:
    from analysis.document.article import load_article
    from analysis.pipeline import analyze

    return tables_json(analyze(load_article(path)).tables)


def snapshot_file(name: str) -> Path:
    return SNAPSHOTS / f"{name}.json.gz"


def load(name: str) -> dict:
    with gzip.open(snapshot_file(name), "rt", encoding="utf-8") as fh:
        return json.load(fh)


def first_difference(expected: dict, actual: dict) -> str | None:
    """A readable description of the first difference, or None."""
    if list(expected) != list(actual):
        return f"tables {list(expected)} != {list(actual)}"
    for name, exp in expected.items():
        act = actual[name]
        for key in ("columns", "dtypes"):
            if exp[key] != act[key]:
                return f"{name}.{key}: {exp[key]} != {act[key]}"
        if len(exp["rows"]) != len(act["rows"]):
            return f"{name}: {len(exp['rows'])} rows != {len(act['rows'])}"
        for i, (a, b) in enumerate(zip(exp["rows"], act["rows"], strict=True)):
            if a != b:
                diff = {c: (x, y) for c, x, y in zip(exp["columns"], a, b, strict=True) if x != y}
                return f"{name} row {i}: {diff}"
    return None


def write(tmp: Path) -> None:
    SNAPSHOTS.mkdir(exist_ok=True)
    for name, path in article_paths(tmp).items():
        data = json.dumps(analyse(path), ensure_ascii=False, sort_keys=False)
        with gzip.GzipFile(snapshot_file(name), "wb", mtime=0) as fh:
            fh.write(data.encode("utf-8"))
        print(name)


if __name__ == "__main__":
    import tempfile

    if sys.argv[1:] != ["write"]:
        sys.exit("usage: python -m tests.snapshot write")
    with tempfile.TemporaryDirectory() as tmp:
        write(Path(tmp))
