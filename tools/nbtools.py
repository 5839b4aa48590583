"""Write and check the project's notebooks (kept as code so their cells stay reviewable).

Usage: python tools/nbtools.py strip notebooks/*.ipynb   # remove outputs and execution counts
"""

from __future__ import annotations

import sys

import nbformat


def new_notebook(cells: list[tuple[str, str]], parameters_index: int) -> nbformat.NotebookNode:
    """Cells as (kind, source); the cell at ``parameters_index`` is tagged ``parameters``."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.metadata["language_info"] = {"name": "python"}
    for i, (kind, source) in enumerate(cells):
        cell = (nbformat.v4.new_markdown_cell if kind == "md" else nbformat.v4.new_code_cell)(
            source.strip("\n")
        )
        cell["id"] = f"c{i:02d}"
        if i == parameters_index:
            cell.metadata["tags"] = ["parameters"]
        nb.cells.append(cell)
    return nb


def strip(path: str) -> None:
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
    nb.metadata.pop("papermill", None)
    nbformat.write(nb, path)


if __name__ == "__main__":
    if sys.argv[1:2] == ["strip"]:
        for p in sys.argv[2:]:
            strip(p)
