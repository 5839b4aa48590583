"""The kind of a quotation (direct, partial, scare) and whether it is evaluative."""

from __future__ import annotations

import re

from analysis.extract.cues import norm
from analysis.extract.quotes.base import Attribution, QuoterBase
from analysis.extract.quotes.marks import SPACES, TERMINAL, Mark

_WORD = re.compile(r"\w+")
_EVAL_WORD = re.compile(r"[\w'-]+")


class Kinds(QuoterBase):
    """Kind and evaluative flag of a quotation."""

    def kind(self, mark: Mark, att: Attribution, sent) -> str:
        text = self.article.text[mark.start : mark.end]
        words = len(_WORD.findall(text))
        lead = self.article.text[sent.start_char : mark.open_at].strip(SPACES + "—–-")
        starts_upper = text[:1].isupper() or text.startswith(("…", "(…", "..."))
        terminal = text.rstrip()[-1:] in TERMINAL
        if starts_upper and (terminal or (words >= 5 and (not lead or lead.endswith(":")))):
            return "direct"
        if starts_upper and att.how in ("incise", "line", "colon") and (words >= 5 or not lead):
            return "direct"
        if (
            words <= 4
            and (att.party is None or not att.party.identified)
            and att.how
            in (
                "none",
                "participle",
                "passive",
            )
        ):
            return "scare"
        return "partial"

    def evaluative(self, text: str, kind: str) -> bool:
        words = _EVAL_WORD.findall(norm(text))
        if kind in ("direct", "reported") or len(words) > 6:
            return False
        if kind == "scare":
            return True
        rx = self.c.evaluative_rx
        return bool(rx is not None and rx.search(" ".join(words)))
