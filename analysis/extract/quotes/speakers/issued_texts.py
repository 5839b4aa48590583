"""A definite text noun as a speaker ("…, ajoute le texte", "Le rapport dénonce « … »") speaks
for the issuer of the document named in the two sentences before, never for itself.

Why: the naming rules give a definite document noun of ``document`` ("le communiqué", "la
note") to the issuer of the last document named before, and else to the last speaker; the
other nouns of a text (``text_nouns``: "le texte", "le document", "la résolution", "le
rapport") named no one, so their words had no speaker, or the subject of a verb inside them.
The press names a text first with its issuer ("Dans un communiqué, le ministère X …", "La
commission a adopté une résolution …", "Le groupe a présenté son rapport …") and then calls
it "le texte". Only that issuer is taken (no fall back on the last speaker: "le rapport" may be
anyone's); bilateral instruments ("le traité", "l'accord") are left out, they have two
parties; a phrase naming its own issuer ("le rapport de X") is read by the naming rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.extract.quotes.speakers.base import Party
from analysis.extract.quotes.words import DE, DOCUMENT_NOUNS, INDEFINITE, ISSUING_VERBS, TEXT_NOUNS

if TYPE_CHECKING:  # the resolver imports these modules
    from analysis.extract.quotes.speakers.context import SpeakerContext
    from analysis.extract.quotes.speakers.naming import Phrase

# instruments of two or more parties: no one issuer
_BILATERAL = frozenset(("traité", "traités", "accord", "accords"))
# nouns heading a text not yet adopted ("le projet de résolution", "la proposition de loi")
_DRAFTS = frozenset(("projet", "projets", "proposition", "propositions", "avant-projet"))


def issued_text(res: SpeakerContext, ph: Phrase) -> Party | None:
    """The issuer a definite text noun phrase ``ph`` speaks for (see the module), or None."""
    tv = res.token_view
    h = ph.head.i
    if tv.low[h] not in TEXT_NOUNS and tv.lemma_low[h] not in TEXT_NOUNS:
        return None
    if tv.low[h] in _BILATERAL or tv.lemma_low[h] in _BILATERAL:
        return None
    if tv.pos[ph.i] != "DET" or tv.low[ph.i] in INDEFINITE:
        return None
    if any(tv.low[k] in DE for k in range(h + 1, ph.j - 1)):
        return None  # "le rapport de X": the naming rules read its issuer
    if _last_text_is_bilateral(res, ph.i):
        return None  # "Les deux pays ont signé un accord. Le texte prévoit …": no one issuer
    return res.recent_issuer(ph.i) or _adopted_before(res, ph.i)


def _window_start(res: SpeakerContext, i: int) -> int:
    """The first token of the sentence two sentences before token i's."""
    lo = res.sent_start(i)
    for _ in range(2):
        lo = res.sent_start(lo - 1) if lo > 0 else lo
    return lo


def _last_text_is_bilateral(res: SpeakerContext, i: int) -> bool:
    """The last text named before token i, in its sentence or the two before, is a treaty or
    an agreement ("le texte" then refers to it, which no one party issued)."""
    tv = res.token_view
    for k in range(i - 1, _window_start(res, i) - 1, -1):
        w = tv.low[k]
        if w in _BILATERAL:
            return True
        if w in TEXT_NOUNS or w in DOCUMENT_NOUNS:
            return False
    return False


def _adopted_before(res: SpeakerContext, i: int) -> Party | None:
    """The identified subject of an issuing verb ("adopter", "publier", "présenter" …) whose
    object is a text noun, in the two sentences before token i ("La commission a adopté la
    proposition de résolution"): that text's issuer."""
    tv = res.token_view
    for k in range(i - 2, _window_start(res, i) - 1, -1):
        w = tv.low[k]
        if w not in TEXT_NOUNS and w not in DOCUMENT_NOUNS or w in _BILATERAL:
            continue
        node = tv.head[k]
        if tv.low[k - 1] in DE and tv.low[node] in _DRAFTS:
            node = tv.head[node]  # "la proposition de résolution": the draft's verb
        if tv.pos[node] not in ("VERB", "AUX") or tv.lemma_low[node] not in ISSUING_VERBS:
            continue
        parties = res.subjects(tv.tokens[node])
        if parties and parties[0].identified:
            return parties[0]
    return None
