"""Meetings named by a noun of talks (``stance_acts.yaml``: ``meetings``): "X a eu un
entretien avec Y", "après son tête-à-tête avec Y, X a déclaré", "lors de sa rencontre avec Y,
X …", "les deux présidents ont tenu un long entretien" — a (weak) positive stance of each side
toward the other, as a visit or a reception is (:mod:`analysis.extract.stance.visits`).

Why: an account of a visit names the talks as often as the visit ("X a eu ensuite son
tête-à-tête avec Y"), and the gold writes those talks as the two sides' (weak) stances toward
each other, as it writes a reception. The rows are of kind ``visit``: the same weak
confidence (a condemnation of the same party in the same sentence wins the dedupe), the same
sign guards ("une rencontre tendue"), an official's talks taken up by the state, and the
partner remembered for a later "vous" (:mod:`.met_partners`).

Only the noun: the verbs ("X a rencontré Y", "X et Y se sont rencontrés") were tried in
session 22 and dropped: they found no gold stance the noun did not, and the suite's
snippets use such a meeting as a neutral lead before the stance they test.

Precision first: the talks' holder is the subject of a verb that has them (``noun_verbs``:
"avoir", "tenir") or of the clause they frame (after ``noun_frames``: "après", "lors de",
"à l'issue de"); any other verb says nothing ("X a refusé une rencontre avec Y"). The partner
is a named actor of the "avec" complement or the counterpart a noun stands for ("son
homologue", :func:`~analysis.extract.stance.targets.counterpart`); with no "avec", only a
pair subject of two distinct sides ("les deux dirigeants").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, matches, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.detector import detector
from analysis.extract.stance.holders import holders_of, is_named
from analysis.extract.stance.mutual import each_other, two_sides
from analysis.extract.stance.state import State, governing
from analysis.extract.stance.targets import counterpart, party_target, prep_np


def _lists(c: Cues) -> dict:
    return c.acts.get("meetings") or {}


def _between(st: State, verb: Token, cue: str, t: Token, sent: Span) -> None:
    """Talks between the two sides of ``verb``'s subject ("X et Y se sont rencontrés", "les
    deux présidents ont tenu un long entretien"): each for the other; nothing unless exactly two
    distinct sides that are not a person and his own state."""
    parties = two_sides(st, verb)
    if parties:
        each_other(st, parties, 1, cue, "visit", t, sent)


def _named_partner(st: State, p: Party, holder: Party) -> Party | None:
    """The partner as a named party: itself when named, else the counterpart its noun
    stands for ("un entretien avec son homologue": the latest actor of the holder's kind,
    :func:`~analysis.extract.stance.targets.counterpart`); None for anything else."""
    if is_named(p):
        return p
    named = counterpart(st, party_target(st, p), holder)
    if named is None or not named.actor_id:
        return None
    return Party(named.name, named.actor_id, named.start, named.end, "actor")


def _nouns(c: Cues) -> frozenset[str]:
    return frozenset(_lists(c).get("nouns", ()))


def _noun_holders(st: State, t: Token) -> list[Party]:
    """Who holds the talks a meeting noun names: the subject of a verb that has them ("X a
    eu un entretien avec Y": ``noun_verbs``), else, for talks that frame a clause ("après
    son tête-à-tête avec Y, X a déclaré", "lors de son entretien avec Y, X a …":
    ``noun_frames``), that clause's subject. Any other verb says nothing of who met ("X a
    refusé une rencontre avec Y", "X a critiqué l'entretien de Z avec Y")."""
    m = _lists(st.c)
    gov = governing(t, frozenset({"VERB", "AUX"}), 3)
    if gov is None:
        return []
    if t.head.i == gov.i and t.dep_ == "obj":
        if matches(gov, frozenset(m.get("noun_verbs", ())), st.c):
            return [p for p in holders_of(st, gov) if is_named(p)]
        return []
    k = t.i - 1
    while (
        k > sent_start(st, t)
        and st.tv.pos[k] in ("DET", "ADJ", "ADP")
        and st.low[k]
        in ("un", "une", "son", "sa", "leur", "le", "la", "l'", "l’", "de", "d'", "d’", "du", "des")
    ):
        k -= 1
    if st.low[k] not in frozenset(m.get("noun_frames", ())):
        return []
    return [p for p in st.res.subjects(gov) if is_named(p)]


def sent_start(st: State, t: Token) -> int:
    """The first token of ``t``'s sentence."""
    return st.res.sent_start(t.i)


@detector(pos={"NOUN"}, words=_nouns, match="form")
def meeting_noun(st: State, t: Token, sent: Span) -> None:
    """ "X a eu un entretien avec Y", "après son tête-à-tête avec Y, X a déclaré": each side
    (weakly) for the other (see the module)."""
    m = _lists(st.c)
    hit = prep_np(st, t.i + 1, frozenset(m.get("with_preps", ())), sent, window=5)
    if hit is None:
        # "les deux présidents ont tenu un long entretien": the two sides of a pair subject
        gov = t.head
        if t.dep_ == "obj" and matches(gov, frozenset(m.get("noun_verbs", ())), st.c):
            _between(st, gov, norm(t.text), t, sent)
        return
    partners = [p for p in st.res.np_parties(hit[1]) if p.identified]
    for h in _noun_holders(st, t):
        for p in partners:
            named = _named_partner(st, p, h)
            if named is None or (named.actor_id and named.actor_id == h.actor_id):
                continue
            st.add([h], party_target(st, named), 1, norm(t.text), "visit", t, sent)
            st.add([named], party_target(st, h), 1, norm(t.text), "visit", t, sent)
