"""The French labels of the reports, read from ``data/labels_fr.yaml`` (one table per coded
value: actor types, polarities, quote kinds, date precisions, place kinds, months...).

Views, figures and headlines take their words from here, so a label is changed in one place.
"""

from __future__ import annotations

import functools

from analysis.resources.kbcache import safe_load
from analysis.resources.paths import DATA_DIR

LABELS_FILE = DATA_DIR / "labels_fr.yaml"


@functools.cache
def tables() -> dict[str, object]:
    """Every label table of :data:`LABELS_FILE`, by name."""
    with open(LABELS_FILE, encoding="utf-8") as fh:
        data = safe_load(fh)
    if not isinstance(data, dict):
        raise ValueError(f"{LABELS_FILE}: expected a mapping of label tables")
    return data


def table(name: str) -> dict:
    """The label table ``name`` (code -> French label); a copy, safe to modify."""
    return dict(tables()[name])


ACTOR_TYPE: dict[str, str] = table("actor_type")
POLARITY: dict[int, str] = table("polarity")
QUOTE_KIND: dict[str, str] = table("quote_kind")
QUOTE_KIND_LONG: dict[str, str] = table("quote_kind_long")
PARAGRAPH_KIND: dict[str, str] = table("paragraph_kind")
DATE_PRECISION: dict[str | None, str] = table("date_precision")
PHASE: dict[str, str] = table("phase")
PLACE_KIND: dict[str, str] = table("place_kind")
TABLE: dict[str, str] = table("table")
CORPUS_COLUMN: dict[str, str] = table("corpus_column")
MONTHS: tuple[str, ...] = tuple(tables()["months"])

__all__ = [
    "ACTOR_TYPE",
    "CORPUS_COLUMN",
    "DATE_PRECISION",
    "MONTHS",
    "PARAGRAPH_KIND",
    "PHASE",
    "PLACE_KIND",
    "POLARITY",
    "QUOTE_KIND",
    "QUOTE_KIND_LONG",
    "TABLE",
    "table",
    "tables",
]
