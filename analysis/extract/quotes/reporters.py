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
    if p is None or not p.identified or not _collective(att_rules, p):
        return att
    for g, verb, inc in q.incises:
        if g <= q.last:
            continue
        read = att_rules._read_in(q, verb, inc)
        other = read.party
        if other is None or not other.identified or other.start < q.mark.end:
            return att
        if other.actor_id is not None and other.actor_id == p.actor_id:
            return att
        return read
    return att
