"""Row ids of the tables: a letter and a zero-padded rank (``A01``, ``Q001``, ``C0001``).

One function, so that every table numbers its rows the same way (1-based, padded so ids sort
as text in the order of their rank)."""

from __future__ import annotations


def numbered_ids(prefix: str, count: int, width: int = 2) -> list[str]:
    """``[prefix + "01", prefix + "02", ...]``: ``count`` ids, 1-based, zero-padded to
    ``width`` digits at least (more when ``count`` needs them, so they still sort as text)."""
    width = max(width, len(str(count)))
    return [f"{prefix}{n:0{width}d}" for n in range(1, count + 1)]


def unique_names(names: list[str]) -> list[str]:
    """``names`` made unique in order: a repeated name gets ``-2``, ``-3``... (the first keeps
    its own). One rule for corpus article ids and report folders, so that two inputs with one
    slug ("a b.txt", "a-b.txt") never share a folder or an id."""
    taken: set[str] = set()
    out = []
    for name in names:
        candidate, n = name, 1
        while candidate in taken:
            n += 1
            candidate = f"{name}-{n}"
        taken.add(candidate)
        out.append(candidate)
    return out


__all__ = ["numbered_ids", "unique_names"]
