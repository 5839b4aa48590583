"""The kind of a quotation (direct, partial, scare) and whether it is evaluative."""

from __future__ import annotations

import re

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.quotes.base import Attribution, QuoterBase
from analysis.extract.quotes.marks import SPACES, TERMINAL, Mark

WORD = re.compile(r"\w+")
_EVAL_WORD = re.compile(r"[\w'-]+")


class Kinds(QuoterBase):
    """Kind and evaluative flag of a quotation."""

    def kind(self, mark: Mark, att: Attribution, sent) -> str:
        text = self.article.text[mark.start : mark.end]
        words = len(WORD.findall(text))
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
                "name",
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
        if rx is None:
            return False
        joined = " ".join(words)
        return any(not _money(joined, m) for m in rx.finditer(joined))


def _money(words: str, m: re.Match) -> bool:
    """The evaluative match is a currency word naming money ("300 milliards de francs cfa",
    "en francs"): a number, a quantity or an article before it, or a currency qualifier
    after it (``currency_senses`` of ``stance_evaluative.yaml``, the stance step's test)."""
    senses = load_lexicon("stance_evaluative").get("currency_senses") or {}
    if m.group(0) not in {norm(w) for w in senses.get("words") or []}:
        return False
    before = words[: m.start()].split()[-2:]
    after = words[m.end() :].split()[:1]
    quantities = {norm(w) for w in senses.get("quantities") or []}
    articles = {norm(w) for w in senses.get("articles") or []}
    qualifiers = {norm(w) for w in senses.get("qualifiers") or []}
    last = before[-1] if before else ""
    if last.isdigit() or last in articles or last in quantities:
        return True
    first = before[0] if len(before) == 2 else ""
    if last in ("de", "d'") and (first.isdigit() or first in quantities):
        return True
    return bool(after and after[0] in qualifiers)
