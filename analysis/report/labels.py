"""The French labels of the reports, read from ``data/labels_fr.yaml`` (one table per coded
value: actor types, polarities, quote kinds, date precisions, place kinds, months...).

Views, figures and headlines take their words from here, so a label is changed in one place.
"""

from __future__ import annotations

import re

from analysis.resources.datacache import derived, read_yaml
from analysis.resources.paths import DATA_DIR

LABELS_FILE = DATA_DIR / "labels_fr.yaml"


@derived
def tables() -> dict[str, object]:
    """Every label table of :data:`LABELS_FILE`, by name (read at import by the constants
    below: the live preview replaces its warm kernels when this file changes)."""
    data = read_yaml(LABELS_FILE)
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
MONTHS_SHORT: tuple[str, ...] = tuple(tables()["months_short"])
BOOLEAN: dict[bool, str] = table("boolean")
TIME_UNIT: dict[str, list[str]] = table("time_unit")
TIMELINE_NOTE: dict[str, str] = table("timeline_note")
REPORT_TITLE: dict[str, str] = table("report_title")
RELATIVE_ROLES: tuple[str, ...] = tuple(tables()["relative_roles"])
EVENT_CATEGORY: dict[str, str] = table("event_category")


def label(name: str, value: object) -> str:
    """The French label of ``value`` in table ``name``; the value itself when the table has
    none (a new code shows up as is rather than disappearing), "" for missing values."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(tables()[name].get(value, value))


def timeline_note(note: object) -> str:
    """A timeline note in French (``labels_fr.yaml``: ``timeline_note`` and its patterns)."""
    text = "" if note is None else str(note).strip()
    if not text or text == "nan":
        return ""
    if text in TIMELINE_NOTE:
        return TIMELINE_NOTE[text]
    for pattern, template in tables().get("timeline_note_patterns", []):
        m = re.match(pattern, text)
        if m:
            values = m.groupdict()
            if "unit" in values and "n" in values:
                forms = TIME_UNIT.get(values["unit"], [values["unit"]] * 2)
                values["unit"] = forms[0] if int(values["n"]) < 2 else forms[1]
            return template.format(**values)
    return text


def report_title(stem: str) -> str:
    """The French name of a report from its notebook stem ("01_actors" -> "Acteurs")."""
    topic = stem.split("_", 1)[-1]
    return REPORT_TITLE.get(topic, topic.replace("_", " ").capitalize())


__all__ = [
    "ACTOR_TYPE",
    "BOOLEAN",
    "EVENT_CATEGORY",
    "RELATIVE_ROLES",
    "REPORT_TITLE",
    "TIMELINE_NOTE",
    "TIME_UNIT",
    "label",
    "report_title",
    "timeline_note",
    "CORPUS_COLUMN",
    "DATE_PRECISION",
    "MONTHS",
    "MONTHS_SHORT",
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
