"""A quoted predicate whose clause is closed by an incise: the incise's speaker says it.

"Le gouvernement ostrien « rejette toute ingérence » dans ses affaires, indique dans un
communiqué le ministère de l'Intérieur", "La coalition « ne signera pas ce texte », a déclaré
son chef de file, Y": the quotation opens with the verb of its clause and the clause's subject
stands outside the marks (the "verb in quote" rule gives the words to that subject). When the
subject is a state, a body or a group and an incise later in the sentence names its speaker,
the whole clause is the incise speaker's account: their spokesman, their ministry or their
leader chose the words quoted. The adjacent incise already reads so
(:meth:`Attributor._speaker_before_reporter`); this extends it to an incise a complement or
two further on ("« … » de la région, a affirmé X").

Kept as it was: a person as the subject ("Le président « a salué … », a indiqué son
porte-parole": the president's own words relayed), an incise naming no one, and an incise
naming the same party as the subject.
"""

from __future__ import annotations

from analysis.extract.cues import norm
from analysis.extract.quotes.base import Attribution
from analysis.extract.quotes.speakers import Party

# the attributions read from the quotation's own clause: its speech verb's subject, the
# subject of a position verb, or the subject of a verb opening the quotation
_WEAK_HOWS = frozenset(("cue", "subject", "verb in quote"))
# words that open another clause between two quotations (its own speaker may differ)
_CLAUSE_OPENERS = frozenset(("qui", "que", "qu'", "qu’", "dont", "lequel", "laquelle", "selon"))


def _collective(att_rules, p: Party) -> bool:
    """The party is a state, a body or a group: an actor of another type than a person, or
    a phrase with no actor whose first word is a noun of organisation or institution ("le
    gouvernement de X", "la coalition Y")."""
    if p.actor_id is not None:
        return att_rules.res.actor_type(p.actor_id) != "person"
    first = norm(p.name.split()[0]) if p.name and p.name.split() else ""
    return first in att_rules.c.organisations or first in att_rules.c.institutions


def incise_over_collective(att_rules, q, att: Attribution) -> Attribution:
    """``att`` (a "verb in quote" attribution of quotation ``q``), or the attribution of the
    first incise after the quotation in its sentence when ``att`` names a state, a body or a
    group and the incise names another identified speaker."""
    p = att.party
    if att.how not in _WEAK_HOWS or p is None or not p.identified or not _collective(att_rules, p):
        return att
    res = att_rules.res
    for g, verb, inc in q.incises:
        if g <= q.last:
            continue
        if _quoted_or_stop_between(att_rules, q.last + 1, g):
            return att  # the incise closes another quotation, or another sentence
        read = att_rules.read_in(q, verb, inc)
        other = read.party
        if other is None or not other.identified or other.start < q.mark.end:
            return att
        if other.actor_id is not None and (
            other.actor_id == p.actor_id or res.actor_type(other.actor_id) == "media"
        ):
            return att  # the same party, or a medium that only reports the clause
        return read
    return att


def _quoted_or_stop_between(att_rules, lo: int, hi: int) -> bool:
    """A token in [lo, hi) lies inside another quotation that is not coordinated with this
    one, or is a full stop (a sentence the splitter did not cut): the incise after it is not
    this quotation's. A quotation joined to the one before by a conjunction, a comma or a
    determiner alone ("une « vive inquiétude » et un « profond regret »", two objects of one
    verb) is part of the same clause, which the incise closes as a whole."""
    tv, res = att_rules.token_view, att_rules.res
    clause_word = False  # a verb or a relative pronoun since the last quotation
    for k in range(lo, hi):
        if tv.text[k] in (".", "!", "?"):
            return True
        if tv.punct[k]:
            continue
        if res.in_quote(tv.idx[k]):
            if clause_word:
                return True
            continue
        if tv.pos[k] in ("VERB", "AUX") or tv.low[k] in _CLAUSE_OPENERS:
            clause_word = True
    return False
