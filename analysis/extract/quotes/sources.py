"""A closing "selon X" that only reports: "Y a dit que Z doit prendre « … », selon l'agence X".

The "selon" phrase adjacent to a quotation is a strong attribution rule (it comes before the
tree walk in :meth:`Attributor.attribute`), but when a speech verb governs the quotation and
its subject, named before the quotation, is a person (or the "selon" names a medium), the
"selon" names who reports the words, and the speech verb's subject speaks — the same reading
the reported-speech rules give the claim ("X a déclaré que …, selon l'agence Y")."""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.quotes.base import Attribution
from analysis.extract.quotes.marks import Mark


def speaker_before_source(att_rules, qtoks: list[Token], mark: Mark, att: Attribution):
    """``att`` (a "selon" attribution of the quotation ``mark``), or the attribution of the
    speech verb governing the quotation when the "selon" after it only reports."""
    src = att.party
    if src is None or src.start < mark.end:
        return att
    speech = _speech_above(att_rules, qtoks[0].i, qtoks[-1].i)
    if speech is None or speech.how != "cue" or speech.party is None:
        return att
    p = speech.party
    if not p.identified or p.start >= mark.start:
        return att
    if src.actor_id is not None and p.actor_id == src.actor_id:
        return att
    res = att_rules.res
    person = p.actor_id is not None and res.actor_type(p.actor_id) == "person"
    if person or res.actor_type(src.actor_id) == "media":
        return speech
    return att


def _speech_above(att_rules, first: int, last: int) -> Attribution | None:
    """The attribution of the first speech verb met climbing from the quotation's tokens
    [first, last] (the "selon" complements on the way are passed over)."""
    tv, res = att_rules._tv, att_rules.res
    heads, pos = tv.head, tv.pos
    k = first
    while first <= heads[k] <= last and heads[k] != k:
        k = heads[k]
    for _ in range(8):
        if (k < first or k > last) and pos[k] in ("VERB", "AUX"):
            att = att_rules._speech_governor(tv.tokens[k])
            if att is not None:
                return att
        h = heads[k]
        if h == k or res.sent_start(h) != res.sent_start(k):
            return None
        k = h
    return None
