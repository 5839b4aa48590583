"""Incises inside the guillemets: « Phrase un, a-t-il dit. Phrase deux. » — French press often
leaves the marks open across the incise. The quotation is cut in two at the incise: the part
before it is attributed by the incise like any quote followed by one, and the part after the
incise's full stop takes the same speaker (it is the same person still speaking)."""

from __future__ import annotations

from analysis.extract.quotes.base import QuoterBase
from analysis.extract.quotes.marks import SPACES, TERMINAL, Mark

# an incise is short: a verb, a subject and a circumstance ("lors d'une visite à X")
_MAX_INCISE_TOKENS = 25


class InnerIncises(QuoterBase):
    """Quotations cut at an incise written inside their marks."""

    def split_inner_incises(self, marks: list[Mark]) -> list[Mark]:
        """Every mark, those with an inner incise replaced by their two quoted parts."""
        out: list[Mark] = []
        for m in marks:
            out.extend(self._split(m))
        return out

    def _split(self, m: Mark) -> list[Mark]:
        """The parts of one mark: itself, or (before the incise, after its full stop)."""
        cut = self._inner_incise(m)
        if cut is None:
            return [m]
        comma, stop = cut
        text = self.article.text
        first_end = comma
        while first_end > m.start and text[first_end - 1] in SPACES:
            first_end -= 1
        parts = [Mark(m.start, first_end, m.open_at, comma)]
        rest = stop + 1
        while rest < m.end and text[rest] in SPACES:
            rest += 1
        if rest < m.end:
            parts.append(Mark(rest, m.end, rest - 1, m.close_at, m.runs_on, follows=m.start))
        return parts

    def _inner_incise(self, m: Mark) -> tuple[int, int] | None:
        """(offset of the comma, offset of the full stop) of an incise inside the mark: a
        comma, then a finite speech verb with an inverted subject (a "-t-il" clitic or a proper
        name before the stop), then a sentence-final stop followed by more quoted text or by
        the closing mark."""
        toks = self.tokens(m.start, m.end)
        tv = self._tv
        for t in toks:
            i = t.i
            if not self.speech_cue(i) or tv.pos[i] not in ("VERB", "AUX"):
                continue
            g = self.res.verb_group_start(t)
            if g - 1 < toks[0].i or tv.text[g - 1] != "," or "Inf" in tv.morph(i, "VerbForm"):
                continue
            stop = self._incise_stop(i, toks[-1].i, m)
            if stop is not None and self._inverted(g, i, stop):
                return tv.idx[g - 1], tv.idx[stop]
        return None

    def _incise_stop(self, i: int, last: int, m: Mark) -> int | None:
        """The token index of the stop ending the incise that starts at verb i, if it comes
        within a few words (no other comma-free clause may follow it)."""
        tv = self._tv
        for k in range(i + 1, min(last + 1, i + _MAX_INCISE_TOKENS)):
            if tv.text[k] in TERMINAL or tv.text[k] == "...":
                return k
            if tv.text[k] in ("«", "»", '"', "“", "”", ":", ";"):
                return None
        return None

    def _inverted(self, g: int, i: int, stop: int) -> bool:
        """The verb's subject follows it: a "-t-il"/"-elle" clitic in its group (from token g),
        or a proper name (or a determiner opening a noun phrase) before the stop."""
        tv = self._tv
        if any(tv.text[k].startswith("-") for k in range(g, min(i + 2, stop))):
            return True
        return any(tv.pos[k] == "PROPN" for k in range(i + 1, stop)) or (
            i + 1 < stop and tv.pos[i + 1] == "DET"
        )
