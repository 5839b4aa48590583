"""Echoes: a quotation no rule attributes that repeats words someone is quoted saying
elsewhere in the article is theirs.

Why: the press quotes a speaker at length once, then reuses a few of the same words in a
headline, a lead or a later sentence without a cue ("Le président veut « tourner la page »"
above "« Il est temps de tourner la page », a déclaré le président"). Those words are still
the speaker's; the journalist only echoes them. The test is textual and needs no parse: the
echoed words, as whole words, inside a quotation (not a reported claim) whose speaker is
identified; when the words occur in the quotations of two different speakers, nobody is
chosen. Names of acts or operations ("le « traité de bon voisinage »") are nobody's words and
are never echoed; nor is a judgement under an agentless participle or passive ("une visite
qualifiée d'« historique »"), which reports a view the article does not place.
"""

from __future__ import annotations

import re

from analysis.extract.quotes.kinds import Kinds
from analysis.extract.quotes.marks import Mark

# the attribution of a quotation no rule gave a speaker (an agentless participle or passive,
# "une visite qualifiée d'« historique »", reports someone else's judgement: not echoed)
UNATTRIBUTED_HOWS = frozenset(("none",))

# fewer letters than this in the echoed words: too common to name anyone's words
MIN_LETTERS = 4

_TYPO = str.maketrans({"’": "'", "‘": "'", "\u00a0": " ", "\u202f": " "})


def _folded(text: str) -> str:
    """Lower case, one apostrophe, single spaces: the form two quotations are compared in."""
    return " ".join(text.translate(_TYPO).lower().split())


def _speaks(row: dict) -> bool:
    """The row is a quotation (not a reported claim) with an identified speaker."""
    return row["speaker"] is not None and row["kind"] != "reported"


class Echoes(Kinds):
    """The echo rule, run once all the quotations of the article are attributed."""

    def echo_speakers(self, rows: list[dict], marks: list[Mark]) -> None:
        """Give each unattributed quotation the speaker of the one quotation elsewhere in the
        article that holds its words (rows are changed in place)."""
        by_start = {m.start: m for m in marks}
        titled = {
            r["start"]: self._titled_mark(by_start[r["start"]])
            for r in rows
            if r["speaker"] is None and r["start"] in by_start
        }
        sources = [(_folded(r["text"]), r) for r in rows if _speaks(r)]
        if not sources:
            return
        for row in rows:
            if not self._echo_candidate(row, titled):
                continue
            words = _folded(row["text"]).strip(" .,;:!?…")
            if sum(ch.isalpha() for ch in words) < MIN_LETTERS:
                continue
            rx = re.compile(r"(?<!\w)" + re.escape(words) + r"(?!\w)")
            found = {
                (src["speaker"], src["speaker_id"])
                for text, src in sources
                if src is not row and rx.search(text)
            }
            if len({sid or name for name, sid in found}) != 1:
                continue  # nobody, or two speakers use those words
            name, sid = next(iter(found))
            row.update(speaker=name, speaker_id=sid, attribution="echo", cue="écho")
            if row["kind"] == "scare":
                row["kind"] = "partial"  # someone's words, not the journalist's distance
            row["evaluative"] = self.evaluative(row["text"], row["kind"])

    def _titled_mark(self, m: Mark) -> bool:
        qtoks = self.tokens(m.start, m.end)
        return bool(qtoks) and self._titled(m, qtoks)  # type: ignore[attr-defined]

    @staticmethod
    def _echo_candidate(row: dict, titled: dict[int, bool]) -> bool:
        """A quotation no rule attributed, naming no act."""
        if row["speaker"] is not None or row["kind"] == "reported":
            return False
        return row["attribution"] in UNATTRIBUTED_HOWS and not titled.get(row["start"], False)
