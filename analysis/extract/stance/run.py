"""The stance pipeline step: the finder's rows, then the alignments and camps built from them.

Kept out of the package's ``__init__`` (which every module of the package runs first) so that
the report layer can read the stance lexicon without importing the finder and its ~175 rule
modules; the pipeline's registry imports this module."""

from __future__ import annotations

import pandas as pd

from analysis.document.context import Context, pipeline_step
from analysis.document.frames import frame
from analysis.extract.stance.camps import (
    ALIGN_COLUMNS,
    CAMP_COLUMNS,
    STANCE_FIELDS,
    alignment_rows,
    camp_rows,
)
from analysis.extract.stance.finder import DETECTORS, find
from analysis.extract.stance.learned import rows_for
from analysis.extract.stance.records import BASE_CONFIDENCE, STANCE_COLUMNS, dedupe


@pipeline_step(
    "stance", requires=("actors", "mentions", "quotes"), assigns=("stances", "alignments", "camps")
)
def step(ctx: Context) -> dict[str, pd.DataFrame]:
    """Pipeline step: ``stances``, ``alignments`` and ``camps`` (after the quotes step).

    Alignments and camps are computed from the stance rows just built (what
    :func:`alignments` and :func:`camps` would read back from the tables). The learned rows
    (:mod:`.learned`, kind ``learned``, low confidence; none while no weights are shipped)
    join the stances table only: sides and camps are weighed on the rules' rows, which a
    reader can trace to a cue."""
    found = find(ctx)
    sentences = [(s.id, s.start, s.end, s.text) for s in ctx.article.sentences]
    learned = rows_for(ctx.doc, sentences, ctx.tables, found)
    # alignments and camps weigh sides: neutral rows (polarity 0, :mod:`.neutral`) stay out
    sided = [r for r in found if r["polarity"]]
    held = [tuple(r[c] for c in STANCE_FIELDS) for r in sided]
    align = alignment_rows(held)
    pairs = [(r["a"], r["b"], r["a_id"], r["b_id"], r["score"]) for r in align]
    return {
        # stable: each sentence's rule rows keep their order, its learned rows come after
        "stances": frame(sorted(found + learned, key=lambda r: r["sentence_id"]), STANCE_COLUMNS),
        "alignments": frame(align, ALIGN_COLUMNS),
        "camps": frame(
            camp_rows([(r["holder"], r["polarity"]) for r in sided], pairs), CAMP_COLUMNS
        ),
    }


__all__ = ["BASE_CONFIDENCE", "DETECTORS", "STANCE_COLUMNS", "dedupe", "find", "step"]
