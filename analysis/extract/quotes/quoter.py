"""The quote finder: marks, incises and "selon" phrases per sentence, each mark attributed and
classified, reported claims added; rows in text order."""

from __future__ import annotations

import bisect

import pandas as pd

from analysis.document.frames import frame
from analysis.extract.quotes.attribution import Attributor
from analysis.extract.quotes.base import Attribution
from analysis.extract.quotes.incises import Incises
from analysis.extract.quotes.inner import InnerIncises
from analysis.extract.quotes.kinds import _WORD, Kinds
from analysis.extract.quotes.marks import SPACES, Mark, find_marks
from analysis.extract.quotes.reported import ReportedSpeech
from analysis.extract.quotes.selon import SelonPhrases

QUOTE_COLUMNS = [
    "quote_id",
    "speaker",
    "speaker_id",
    "text",
    "kind",
    "cue",
    "sentence_id",
    "start",
    "end",
    "attribution",
    "evaluative",
    "words",
]


def _identified(att: Attribution) -> bool:
    return att.party is not None and att.party.identified


class Quoter(Attributor, InnerIncises, Incises, SelonPhrases, ReportedSpeech, Kinds):
    """Finds and attributes the quotes of one article."""

    def run(self) -> pd.DataFrame:
        return frame(self.find(), QUOTE_COLUMNS)

    def find(self) -> list[dict]:
        """The rows of the quotes table, in table order."""
        art, doc, text = self.article, self.doc, self.article.text
        marks = self.split_inner_incises(find_marks(text, art.paragraphs))
        self.res.set_quote_spans([(m.open_at, m.close_at + 1) for m in marks])
        by_sent: dict[int, list[Mark]] = {}
        for m in marks:
            s = art.sentence_at(m.start)
            if s is not None:
                by_sent.setdefault(s.id, []).append(m)
        rows = []
        by_start: dict[int, Attribution] = {}
        for s in art.sentences:
            span = doc.char_span(s.start, s.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            incises = self.incises(span)
            selons = self.selon_phrases(span)
            items = []
            for m in by_sent.get(s.id, []):
                att = self.attribute(m, span, incises, selons)
                if m.runs_on and (att.party is None or not att.party.identified):
                    att = self._continued(m, marks, by_sent) or att
                if m.follows is not None and not _identified(att):
                    att = by_start.get(m.follows, att)  # the rest of a quote cut by an incise
                if att.how == "none":
                    att = self._continuing(m) or att
                by_start[m.start] = att
                kind = self.kind(m, att, span)
                items.append((m.start, m.end, att, kind))
            for a, b, att in self.reported(span, incises, selons, by_sent.get(s.id, [])):
                items.append((a, b, att, "reported"))
            items.sort(key=lambda x: x[0])
            for a, b, att, kind in items:
                party = att.party if att.party is not None and att.party.identified else None
                quote = text[a:b]
                rows.append(
                    {
                        "speaker": party.name if party else None,
                        "speaker_id": party.actor_id if party else None,
                        "text": quote,
                        "kind": kind,
                        "cue": att.cue,
                        "sentence_id": s.id,
                        "start": a,
                        "end": b,
                        "attribution": att.how,
                        "evaluative": self.evaluative(quote, kind),
                        "words": len(_WORD.findall(quote)),
                    }
                )
                if party is not None:
                    self.res.note_speaker(a, party)
        for i, row in enumerate(rows):
            row["quote_id"] = f"Q{i + 1:03d}"
        return rows

    def _continuing(self, m: Mark) -> Attribution | None:
        """A quotation no rule attributes continues the last speaker's words ("X a souligné
        que … « … ». Elle vise « … »"): when that speaker was quoted earlier in the same
        paragraph, or in the paragraph just before when the quotation opens its own
        (communiqués and speeches quoted paragraph after paragraph). A short term (four words
        or fewer) may be the journalist's own scare quote: never continued."""
        if len(_WORD.findall(self.article.text[m.start : m.end])) <= 4:
            return None
        last = self.res.last_speaker(m.open_at)
        if last is None or not self.res.speakers:
            return None
        offset = max(off for off, p in self.res.speakers if off < m.open_at)
        para = bisect.bisect_right(self._para_starts, m.open_at) - 1
        where = bisect.bisect_right(self._para_starts, offset) - 1
        opens = not self.article.text[self._para_starts[para] : m.open_at].strip(SPACES)
        if where == para or (opens and where == para - 1):
            return Attribution(last, "suite", "continued")
        return None
