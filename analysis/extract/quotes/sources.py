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
from analysis.extract.quotes.words import DE, DOCUMENT_NOUNS


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
    tv, res = att_rules.token_view, att_rules.res
    heads, pos = tv.head, tv.pos
    k = first
    while first <= heads[k] <= last and heads[k] != k:
        k = heads[k]
    for _ in range(8):
        if (k < first or k > last) and pos[k] in ("VERB", "AUX"):
            att = att_rules.speech_governor(tv.tokens[k])
            if att is not None:
                return att
        h = heads[k]
        if h == k or res.sent_start(h) != res.sent_start(k):
            return None
        k = h
    return None


def issuer_before_colon(att_rules, colon: int, lo: int) -> Attribution | None:
    """ "X a réagi dans un communiqué de la ministre Y : « … »", "La Syldavie a suivi
    via un message du président Z sur Twitter : « … »": a document noun followed by "de" and
    a phrase naming someone, between the last verb before the colon (token ``colon``) and the
    colon, gives the words to that issuer (the clause's subject only relays them)."""
    tv, res = att_rules.token_view, att_rules.res
    k = colon - 1
    while k > lo and tv.pos[k] not in ("VERB", "AUX"):
        k -= 1
    for d in range(k + 1, colon - 2):
        if tv.low[d] not in DOCUMENT_NOUNS or tv.pos[d] != "NOUN" or tv.pos[d - 1] != "DET":
            continue  # (a determiner first: "à propos de X" is no document of X)
        e = d + 1
        while e < colon and (
            tv.pos[e] == "ADJ"
            or tv.low[e] in ("en", "et")
            or (tv.low[e - 1] == "en" and tv.pos[e] == "NOUN")
        ):
            e += 1  # "un message officiel", "un message en anglais et en russe du …"
        if e >= colon or tv.low[e] not in DE:
            continue
        rng = res.np_after(e + 1, colon)
        if rng is None:
            continue
        p = res.party(*rng)
        if p.identified and p.kind in ("actor", "name", "noun"):
            return Attribution(p, tv.lemma_low[d], "colon")
    return None
