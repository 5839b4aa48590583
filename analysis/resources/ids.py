"""Row ids of the tables: a letter and a zero-padded rank (``A01``, ``Q001``, ``C0001``).

One function, so that every table numbers its rows the same way (1-based, padded so ids sort
as text in the order of their rank)."""

from __future__ import annotations


def numbered_ids(prefix: str, count: int, width: int = 2) -> list[str]:
    """``[prefix + "01", prefix + "02", ...]``: ``count`` ids, 1-based, zero-padded to
    ``width`` digits at least (more when ``count`` needs them, so they still sort as text)."""
    width = max(width, len(str(count)))
    return [f"{prefix}{n:0{width}d}" for n in range(1, count + 1)]


__all__ = ["numbered_ids"]
