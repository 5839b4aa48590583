"""A pronoun as the object of a speaker's polar verb: "« Nous condamnons vigoureusement
cela »", "« nous le dénonçons »", "« nous la saluons »", "« je ne le tolérerai plus »".

Why: a statement often names what it judges in one sentence and judges it in the next with
a pronoun; the verb rules need a noun phrase after the verb and give no row. The
construction, whatever the verb: a verb of ``stance_verbs`` that takes a direct object, whose
object is "cela / ceci / ça" after it or a clitic "le / la / l' / les" before it, and whose
subject is the speaker's side ("nous", "je", or no written subject). The antecedent is read
only when it is unambiguous: the one actor (other than the speaker's own side) named from the
start of the previous sentence up to the pronoun, when it is a subject or a "par" agent there
(a victim or a place is never the antecedent read); with no actor there, the one issue a
stance was taken on in this or the previous sentence. Two candidates or none: no row.

Precision first: a hypothesis or a question gives nothing; a negation keeps the verb's sign
only for verbs of tolerance ("nous ne le tolérerons plus": against), and gives nothing
otherwise ("nous ne le condamnons pas").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import ordered_keys
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.hedging import asked, in_hypothesis, negated
from analysis.extract.stance.overtures import own_side
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State

_DEMONSTRATIVES = frozenset({"cela", "ceci", "ça"})
_CLITICS = frozenset({"le", "la", "l'", "les"})
_FIRST = frozenset({"nous", "je", "j'"})
# verbs whose negation is the refusal ("nous ne le tolérerons pas / plus")
_TOLERANCE = frozenset({"tolérer", "accepter", "admettre", "permettre", "cautionner"})


def anaphora(st: State, speaker: Party, span: Span, sent: Span) -> None:
    """Each polar verb of ``speaker``'s quote with a pronoun object (see the module).
    Cheap test first: a pronoun of the lists."""
    low = st.low
    for x in range(span.start, span.end):
        w = low[x]
        if w in _DEMONSTRATIVES:
            verb = _verb_before(st, x, span)
        elif w in _CLITICS and st.tv.pos[x] == "PRON":
            verb = _verb_after(st, x, span)
        else:
            continue
        if verb is not None:
            _judged_pronoun(st, speaker, verb, st.tv.tokens[x], sent)


def _verb_before(st: State, x: int, span: Span) -> Token | None:
    """ "condamnons (vigoureusement) cela": the verb right before, adverbs between."""
    for k in range(x - 1, max(span.start, x - 3) - 1, -1):
        if st.tv.pos[k] == "VERB":
            return st.tv.tokens[k]
        if st.tv.pos[k] != "ADV":
            return None
    return None


def _verb_after(st: State, x: int, span: Span) -> Token | None:
    """ "le dénonçons", "ne le tolérerons": the verb right after the clitic."""
    k = x + 1
    if k < span.end and st.tv.pos[k] in ("VERB", "AUX"):
        return st.tv.tokens[k] if st.tv.pos[k] == "VERB" else None
    return None


def _polarity(st: State, verb: Token) -> tuple[int, str] | None:
    """The sign and lemma of a direct-object polar verb."""
    for key in ordered_keys(verb, st.c):
        for cue in st.c.stance_verbs.get(key) or ():
            if not cue.preps:
                return cue.polarity, cue.lemma
    return None


def _judged_pronoun(st: State, speaker: Party, verb: Token, pron: Token, sent: Span) -> None:
    hit = _polarity(st, verb)
    if hit is None or in_hypothesis(st, verb) or asked(st, verb, sent):
        return
    sign, lemma = hit
    if negated(st, verb):
        if lemma not in _TOLERANCE or sign < 0:
            return
        sign = -1
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "expl:subj")]
    if any(st.low[s.i] not in _FIRST for s in subjects):
        return
    target = antecedent(st, speaker, pron, sent)
    if target is not None:
        st.add([speaker], target, sign, f"{lemma} ({st.low[pron.i]})", "quote-clause", verb, sent)


def antecedent(st: State, speaker: Party, pron: Token, sent: Span) -> Target | None:
    """The one actor named from the previous sentence's start to the pronoun (the speaker's
    side aside), else the one recent issue, else None."""
    s = st.article.sentence_at(pron.idx)
    if s is None:
        return None
    floor = st.article.sentences[max(0, s.id - 1)].start
    own = own_side(st, speaker) | {speaker.actor_id}
    found: dict[str, tuple[int, int]] = {}
    agents: set[str] = set()
    for start, end, aid in st.res.mentions_in(floor, pron.idx):
        if aid and aid not in own:
            found.setdefault(aid, (start, end))
            if _agent(st, start, end):
                agents.add(aid)
    if len(found) > 1:  # "le président ukrainien X": X, not also his state
        states = {st.states.get(st.res.actors.get(a, {}).get("country") or "") for a in found}
        found = {a: v for a, v in found.items() if a not in states or len(states) == 1}
    if len(found) > 1:
        return None
    if len(found) == 1:
        aid, (start, end) = next(iter(found.items()))
        if aid not in agents:
            return None  # a victim or a place ("des civils tués en Ukraine"): never judged
        return Target(st.res.actor_name(aid), aid, st.article.text[start:end], start, end)
    recent = {t.name: t for sid, t in st.issues if sid >= st.sid - 1}
    return next(iter(recent.values())) if len(recent) == 1 else None


def _agent(st: State, start: int, end: int) -> bool:
    """The mention is the subject or the "par" agent of its clause (through a title or an
    apposition: "le président ukrainien X a présenté …")."""
    span = st.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    if any(c.dep_ == "case" and st.low[c.i] == "par" for c in node.children):
        return True  # "le tir d'un missile par X": the agent of a nominalised act
    for _ in range(3):
        if node.dep_ in ("nsubj", "obl:agent"):
            return True
        if node.dep_ not in ("flat", "flat:name", "appos", "nmod", "amod") or node.head == node:
            return False
        node = node.head
    return False
