"""Quotes: every quoted span and every reported claim, with its speaker.

Tables:
  quotes — quote_id, speaker, speaker_id, text, kind, cue, sentence_id, start, end,
           attribution, evaluative, words
  voice  — speaker, speaker_id, quotes, direct, partial, scare, reported, words, share

Why this design: an analyst must be able to trace every position to someone's words, and must
see which words the journalist keeps at a distance. Quotation marks are found on the article
text (all French styles: « », “ ”, straight quotes), so ``text == article.text[start:end]``
and the span excludes the marks and the spaces inside them. A quote's speaker comes from the
nearest, most explicit attribution, in this order: an incise right after it ("…", a-t-elle
expliqué), a colon introduction, an attribution line under a quote-only paragraph ("…"
Name, role, à l'AFP), an agentless participle right before it (une visite qualifiée
"d'historique" → unattributed), an adjacent "selon X", the speech verb governing it in the
dependency tree, an incise further on, a "selon X" in the same clause, and last the subject of
a position verb governing it (X a décidé d'"intensifier"). Reported speech without quotation
marks ("selon X, …", "X a affirmé que …", "…, croit savoir X", "Pour X, …", "X s'est dit …")
is a quote of kind ``reported``. No speaker is ever guessed: a phrase that names nobody
("selon les parties", "une source diplomatique") leaves the quote unattributed.

Cost: one pass over the paragraphs for the marks, then per-sentence work.

Where the rules are: :mod:`.marks` (quotation marks), :mod:`.incises`, :mod:`.selon`,
:mod:`.attribution` (one quote's speaker), :mod:`.reported` (reported speech, with
:mod:`.addressees` for the person told before "que" and :mod:`.motives` for the motive of an
act, "au motif que"), :mod:`.kinds`,
:mod:`.quoter` (the finder that runs them per sentence), :mod:`.judged` (an agentless
participle on the complement of a judging act: the act's subject), :mod:`.offices` (an office
named before its holder, linked forward once all is attributed), :mod:`.voice` (the voice table),
:mod:`.speakers` (noun phrases -> parties, shared with the stance step) and :mod:`.words`
(the function words, from ``data/lexicons/quotes_grammar.yaml``).
"""

from __future__ import annotations

import pandas as pd

from analysis.document.context import Context, pipeline_step
from analysis.document.frames import frame
from analysis.extract.quotes.base import Attribution
from analysis.extract.quotes.marks import Mark, find_marks
from analysis.extract.quotes.quoter import QUOTE_COLUMNS, Quoter
from analysis.extract.quotes.voice import (
    UNATTRIBUTED,
    VOICE_COLUMNS,
    VOICE_FIELDS,
    voice_rows,
    voice_table,
)
from analysis.extract.quotes.words import PRONOUNS


@pipeline_step("quotes", requires=("actors", "mentions"), assigns=("quotes", "voice"))
def step(ctx: Context) -> dict[str, pd.DataFrame]:
    """Pipeline step: the ``quotes`` and ``voice`` tables."""
    found = Quoter(ctx).find()
    voice = voice_rows([tuple(r[c] for c in VOICE_FIELDS) for r in found], ctx.article)
    return {"quotes": frame(found, QUOTE_COLUMNS), "voice": frame(voice, VOICE_COLUMNS)}


__all__ = [
    "step",
    "find_marks",
    "voice_table",
    "voice_rows",
    "PRONOUNS",
    "QUOTE_COLUMNS",
    "VOICE_COLUMNS",
    "UNATTRIBUTED",
    "Attribution",
    "Mark",
    "Quoter",
]
