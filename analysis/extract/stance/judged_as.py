"""What a verb of judging-as judges (session 30): its object in the active voice ("X perçoit
la démarche de Y comme une provocation"), its subject in the passive with a "par" agent ("la
démarche de Y a été perçue par X comme une provocation"), read by
:func:`analysis.extract.stance.interactions.qualification`.

Why: the qualification rule read the verb's object only, so a passive judgement ("est
considéré comme une « trahison » par X") gave no row on the judged thing, and the quotation
rules then took the judgement word itself ("trahison") for the target. The verbs of seeing
as ("percevoir", "regarder", "interpréter", ``as_verbs`` of ``stance_signs.yaml``) judge only
with "comme": without it they perceive, look or play ("percevoir une taxe", "regarder Y").

Precision first: a passive with no "par" agent gives nothing (who judges is not written);
the judged subject must be a noun written before the verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.cues import fold
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.holders import holders_of, is_named
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import target_np
from analysis.resources.gazetteer import word_set


def judged_token(st: State, verb: Token) -> Token | None:
    """The noun the judging verb judges: its noun object after it (active), else the subject
    of its passive, written before it, when a "par" agent says who judges."""
    tv = st.tv
    kids = tv.children[verb.i]
    obj = next((ch for ch in kids if tv.dep[ch] == "obj" and ch > verb.i), None)
    if obj is not None:
        return tv.tokens[obj]
    if not any(tv.dep[ch] == "aux:pass" for ch in kids):
        return None
    if _agent(st, verb) is None:
        return None  # "Y est considéré comme ...": by no one named
    subj = next((ch for ch in kids if tv.dep[ch] == "nsubj:pass" and ch < verb.i), None)
    if subj is None or tv.pos[subj] not in ("NOUN", "PROPN"):
        return None
    return tv.tokens[subj]


def _agent(st: State, verb: Token) -> Token | None:
    """The "par" agent of the passive judging verb: its ``obl:agent``, or the "par" noun the
    parser hung on the attribute when it follows it ("est considéré comme une félonie par
    X")."""
    tv = st.tv
    for ch in tv.children[verb.i]:
        if tv.dep[ch] == "obl:agent":
            return tv.tokens[ch]
    for ch in tv.children[verb.i]:
        if ch < verb.i or tv.dep[ch] not in ("xcomp", "obl", "obl:mod", "obl:arg"):
            continue
        for g in tv.children[ch]:
            if g > ch and tv.dep[g] == "nmod" and any(st.low[c] == "par" for c in tv.children[g]):
                return tv.tokens[g]
    return None


def judges(st: State, verb: Token, judged: Token) -> list[Party]:
    """Who judges: the holders of the verb (its subject) in the active voice; the named "par"
    agent of a passive whose subject is judged."""
    if judged.i > verb.i:
        return holders_of(st, verb)
    agent = _agent(st, verb)
    party = st.res.np_party(agent) if agent is not None else None
    return [party] if party is not None and is_named(party) else []


def clause_end(st: State, start: int, end: int) -> int:
    """The end of the attribute's clause: before a finite verb, or a conjunction opening one
    ("percevoir Y comme une provocation et rappeler que ..."): the words of the next clause
    are no part of the judgement, and their terms could cancel it."""
    tv = st.tv
    for m in range(start, end):
        if tv.pos[m] in ("VERB", "AUX") and "Fin" in tv.morph(m, "VerbForm"):
            return m
        if tv.pos[m] == "CCONJ" and any(tv.pos[n] in ("VERB", "AUX") for n in (m + 1, m + 2)):
            return m
    return end


def needs_as(verb: Token, comme: int | None) -> bool:
    """A verb of seeing as (``as_verbs``) with no "comme" after it judges nothing."""
    return comme is None and fold(verb.lemma_) in word_set("stance_signs", "as_verbs")


def passive_target(st: State, subj: Token, verb: Token) -> Target:
    """The judged subject's phrase, cut before the verb's first auxiliary."""
    tv = st.tv
    first = min([verb.i] + [c for c in tv.children[verb.i] if tv.dep[c].startswith("aux")])
    target = target_np(st, subj, stop=first)
    return Target(target.name, target.actor_id, target.text, target.start, target.end)
