"""The voice table: who gets quoted and how much (one row per speaker, one for unattributed
words)."""

from __future__ import annotations

import pandas as pd

from analysis.document.frames import frame
from analysis.document.frames import rows as table_rows

VOICE_COLUMNS = [
    "speaker",
    "speaker_id",
    "quotes",
    "direct",
    "partial",
    "scare",
    "reported",
    "words",
    "share",
]
UNATTRIBUTED = "(non attribué)"


VOICE_FIELDS = ("speaker", "speaker_id", "kind", "words")


def voice_table(quotes: pd.DataFrame, article) -> pd.DataFrame:
    """Who gets quoted and how much: one row per speaker (and one for unattributed words)."""
    return frame(voice_rows(list(table_rows(quotes, *VOICE_FIELDS)), article), VOICE_COLUMNS)


def voice_rows(quotes: list[tuple], article) -> list[dict]:
    """The rows of :func:`voice_table`, from (speaker, speaker_id, kind, words) of each quote
    (the quotes step passes the rows it has just built: no table read back)."""
    if not quotes:
        return []
    total = max(1, article.n_words)
    # plain Python over the columns: a pandas group-by per speaker cost more than the whole
    # quote finder on an article-sized table
    groups: dict[tuple[str, str], dict] = {}
    for speaker, sid, kind, words in quotes:
        speaker = speaker if isinstance(speaker, str) else UNATTRIBUTED
        sid = sid if isinstance(sid, str) else ""
        g = groups.setdefault(
            (speaker, sid),
            {
                "speaker": speaker,
                "speaker_id": sid or None,
                "quotes": 0,
                "direct": 0,
                "partial": 0,
                "scare": 0,
                "reported": 0,
                "words": 0,
                "share": 0.0,
            },
        )
        g["quotes"] += 1
        if kind in ("direct", "partial", "scare", "reported"):
            g[kind] += 1
        g["words"] += int(words)
    rows = list(groups.values())
    for g in rows:
        g["share"] = round(float(g["words"]) / total, 4)
    rows.sort(key=lambda g: (-g["words"], -g["quotes"]))
    return rows
