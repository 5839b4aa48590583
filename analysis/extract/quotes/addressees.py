"""The addressee of a speech verb as its direct object, before the "que" clause: "X a informé
l'ambassadeur que …", "X a averti Washington que …", "X a assuré son homologue que …".

Why: the reported-speech rules look for the "que" right after the verb, past adverbs, time
words and prepositional complements (:meth:`.reported.ReportedSpeech.past_complements`); a
noun phrase outside a complement stops them, as it must ("a déclaré la mesure que Y a prise":
a relative). Verbs that take the person told as a direct object (``addressee_verbs`` in
data/lexicons/quotes_verbs.yaml) put a noun phrase there, and the claim was lost. The noun
phrase is passed over only when it names a party — a proper name, a speaker's noun
("l'ambassadeur", "les autorités", "son homologue") or an actor's mention — so "prévenir les
crises que …" (the verb's other sense, with a relative) stays no claim; nor is one read when
the subject found is the addressee itself (a pronoun resolved to the person told).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.extract.cues import norm
from analysis.extract.quotes.words import ADDRESSEE_VERBS

if TYPE_CHECKING:  # reported.py imports this module
    from analysis.extract.quotes.reported import ReportedSpeech

_QUE = ("que", "qu'", "qu’")
_LONGEST = 7  # words of the addressee's noun phrase ("les hauts élus du conseil de transition")


def past_addressee(rs: ReportedSpeech, i: int, k: int, hi: int) -> tuple[int, bool]:
    """(token of the "que", True) when the verb at i is an addressee verb and doc[k:] is a
    noun phrase naming a party followed by "que" (time words and complements allowed
    between); else (k, False). ``rs`` is the :class:`~.reported.ReportedSpeech` at work."""
    tv = rs.token_view
    if k >= hi or tv.low[k] in _QUE or tv.lemma_low[i] not in ADDRESSEE_VERBS:
        return k, False
    j = k + 1 if tv.pos[k] == "DET" else k
    head = None
    while j < hi and j - k < _LONGEST and _in_phrase(tv, j, head is not None):
        if head is None and tv.pos[j] in ("NOUN", "PROPN"):
            head = j
        j += 1
    if head is None or not _names_a_party(rs, head, k, j) or _tells_itself(rs, i, head, k, j):
        return k, False
    q = rs.past_complements(j, hi) if j < hi and tv.low[j] not in _QUE else j
    if q >= hi or tv.low[q] not in _QUE:
        return k, False
    return q, True


def _in_phrase(tv, j: int, after_head: bool) -> bool:
    """Token j continues the addressee's noun phrase: a noun, a name or an adjective, or
    after its head a "de" and a determiner of its complement ("le ministre de la Défense")."""
    if tv.pos[j] in ("NOUN", "PROPN", "ADJ"):
        return True
    return after_head and tv.pos[j] in ("ADP", "DET") and tv.low[j] not in _QUE


def _names_a_party(rs: ReportedSpeech, head: int, a: int, b: int) -> bool:
    """The phrase doc[a:b] headed at ``head`` names a party: a proper name, a speaker's noun
    or a mention of an actor."""
    tv = rs.token_view
    if tv.pos[head] == "PROPN":
        return True
    if {norm(tv.text[head]), tv.lemma_low[head]} & rs.c.speaker_nouns:
        return True
    return any(True for _m in rs.res.mentions_in(tv.idx[a], tv.end[b - 1]))


def _tells_itself(rs: ReportedSpeech, i: int, head: int, a: int, b: int) -> bool:
    """The subject found for the verb at i is the actor named as its addressee doc[a:b] (a
    mention of it, or its title: the head noun among the words of its roles): a pronoun
    resolved to the person told ("Il a informé l'ambassadeur que …" read as the ambassador
    speaking); no claim rather than a speaker guessed wrong."""
    tv = rs.token_view
    told = {aid for _s, _e, aid in rs.res.mentions_in(tv.idx[a], tv.end[b - 1])}
    word = norm(tv.text[head])
    for p in rs.res.subjects(tv.tokens[i]):
        if p.actor_id is None:
            continue
        roles = str((rs.res.actors.get(p.actor_id) or {}).get("roles") or "")
        if p.actor_id in told or word in {norm(w) for w in roles.replace(";", " ").split()}:
            return True
    return False
