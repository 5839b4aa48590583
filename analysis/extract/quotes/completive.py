"""A quotation inside a "que" clause the parser cut from its speech verb.

"X a souligné qu'avec ce texte, « on croirait lire un tract »": the words quoted complete the
speech verb before "que" (French: the completive of a verb of saying is the speaker's
account), but the parser often makes the quoted verb the sentence's root and hangs the speech
verb under it, so the climb from the quotation never meets it. Read linearly instead: the last
"que" before the opening mark, right after a speech verb (adverbs and the subject's clitics
between them allowed), with no other verb outside quotation marks in between."""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.extract.quotes.base import Attribution

if TYPE_CHECKING:
    from analysis.extract.quotes.attribution import Attributor

_QUE = ("que", "qu'", "qu’")
# words allowed between the speech verb and "que" ("a souligné hier que", "a dit alors que")
_BETWEEN = ("ADV", "NOUN", "PROPN", "DET", "ADP", "PUNCT")


def speech_before_completive(att: Attributor, first: int, lo: int) -> Attribution | None:
    """The speaker of a quotation starting at token ``first`` (sentence starting at ``lo``)
    whose "que" clause hangs on a speech verb before it, or None."""
    tv = att.token_view
    k = first - 1
    while k > lo and tv.low[k] not in _QUE:
        if tv.pos[k] in ("VERB", "AUX") and not att.res.in_quote(tv.idx[k]):
            return None  # another clause between "que" and the quotation
        k -= 1
    if k <= lo or tv.low[k] not in _QUE:
        return None
    v = k - 1
    while v > lo and v >= k - 4 and tv.pos[v] in _BETWEEN and tv.text[v] not in (",", ";", ":"):
        v -= 1
    if tv.pos[v] != "VERB" or att.res.in_quote(tv.idx[v]):
        return None
    cue = att.is_speech(att.doc[v])
    if cue is None:
        return None
    parties = [p for p in att.res.subjects(att.doc[v]) if not att.res.in_quote(p.start)]
    if not parties or not parties[0].identified:
        return None
    return Attribution(parties[0], cue, "cue")
