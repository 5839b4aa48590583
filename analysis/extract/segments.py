"""The ``segments`` table: the article's non-content lines, listed so a reader can check them.

Title, dateline, byline, photo credits and captions, agency credits, share/comment/newsletter
prompts and "Lire aussi" teasers are recognised when the article is read
(:mod:`analysis.document.segments`, lexicon ``data/lexicons/clutter_fr.yaml``): they stay in
``Article.text`` but are neither sentences nor headings and are blanked in the text spaCy sees,
so no other table can take anything from them. This step only lists them.
"""

from __future__ import annotations

from analysis.document.context import Context, Tables, pipeline_step
from analysis.document.frames import frame

COLUMNS = ["segment_id", "kind", "start", "end", "text"]


@pipeline_step("segments", assigns=("segments",))
def step(ctx: Context) -> Tables:
    rows = [
        {"segment_id": f"S{i:02d}", "kind": s.kind, "start": s.start, "end": s.end, "text": s.text}
        for i, s in enumerate(ctx.article.segments, 1)
    ]
    return {"segments": frame(rows, COLUMNS)}
