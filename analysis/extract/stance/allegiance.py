"""Allegiance in a speaker's words: "« nous sommes avec vous »", "« la France est avec le
peuple birman »", "« nous restons fermement derrière la CEDEAO »", "« l'Europe est et
restera avec l'Ukraine »" — the speaker is for Y.

Why: "être aux côtés de Y" is read by :mod:`.commitments`; its plainer spoken forms, "être
avec Y" and "être derrière Y", carry no support word at all, and they are how solidarity is
most often worded in a short statement or a tweet. The construction, whatever the words: a
verb of state (``être``, ``rester``, ``demeurer``) not in a past tense, directly followed —
adverbs aside ("pleinement", "toujours", "résolument") — by "avec" or "derrière" and a
named actor (or a people: "le peuple birman"), or "vous" standing for the one addressed;
its subject is the speaker's side: "nous", "je", a noun with a first-person possessive ("mon
pays"), or the state the speaker speaks for.

Precision first: a negation ("nous ne sommes pas avec Y"), a past or imperfect ("nous étions
avec le président à Genève": company, not allegiance), a hypothesis or a question give
nothing; so does a third party's subject ("Y est avec Z": a claim about others), a pronoun
target other than "vous" or a third person ("lui", "eux": the one actor named before it, by
:func:`.anaphora.antecedent`, else nothing), or "avec" after
anything but the verb of state ("nous sommes en contact avec Y").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.anaphora import antecedent
from analysis.extract.stance.hedging import asked, in_hypothesis, negated
from analysis.extract.stance.holders import is_named
from analysis.extract.stance.overtures import own_side
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import addressee_target, party_target, target_range

_PREPS = frozenset({"avec", "derrière"})
_STATE_VERBS = frozenset({"être", "rester", "demeurer"})
_NEGATORS = frozenset({"pas", "plus", "jamais", "guère", "point"})
_POSSESSIVES = frozenset({"notre", "nos", "mon", "ma", "mes"})
_IMPERFECT = ("ais", "ait", "ions", "iez", "aient", "été")
_THIRD = frozenset({"lui", "elle", "eux", "elles"})
_PEOPLE = frozenset({"peuple", "peuples", "population", "populations", "nation"})


def allegiance(st: State, speaker: Party, span: Span, sent: Span) -> None:
    """Each "être avec / derrière Y" of the speaker's side in ``speaker``'s quote (see the
    module). Cheap test first: the preposition."""
    for x in range(span.start + 2, span.end - 1):
        if st.low[x] not in _PREPS:
            continue
        verb = _state_verb(st, x, span)
        if verb is None or not _safe(st, verb, sent):
            continue
        if not _speaker_side(st, speaker, st.tv.tokens[x], verb):
            continue
        target = _sided_with(st, speaker, x, sent)
        if target is not None and target.actor_id not in own_side(st, speaker):
            st.add([speaker], target, 1, f"être {st.low[x]}", "quote-clause", verb, sent)


def _state_verb(st: State, x: int, span: Span) -> Token | None:
    """The verb of state right before the preposition, adverbs between; None after a
    negation word or any other word."""
    for k in range(x - 1, max(span.start, x - 4) - 1, -1):
        t = st.tv.tokens[k]
        if st.low[k] in _NEGATORS:
            return None
        if t.pos_ in ("AUX", "VERB"):
            return t if norm(t.lemma_) in _STATE_VERBS else None
        if t.pos_ not in ("ADV", "CCONJ"):
            return None
    return None


def _safe(st: State, verb: Token, sent: Span) -> bool:
    """Present or future, asserted: the tagger reads some imperfects as presents ("étions"),
    so the word's ending is checked too."""
    tense = verb.morph.get("Tense")
    if "Past" in tense or "Imp" in tense or "Part" in verb.morph.get("VerbForm"):
        return False
    if "Cnd" in verb.morph.get("Mood") or st.low[verb.i].endswith(_IMPERFECT):
        return False  # "nous serions avec Y": a hypothesis; "nous étions avec Y": company
    return not (negated(st, verb) or in_hypothesis(st, verb) or asked(st, verb, sent))


def _speaker_side(st: State, speaker: Party, prep: Token, verb: Token) -> bool:
    """The subject of the verb (or of the noun the copula hangs on) is the speaker's side."""
    nodes = [verb, prep.head] if verb.dep_ == "cop" else [verb]
    for node in nodes:
        for subj in st.res.subject_tokens(node):
            low = st.low[subj.i]
            if low in ("nous", "je", "j'"):
                return True
            if any(st.low[c.i] in _POSSESSIVES for c in subj.children):
                return True
            if subj.pos_ == "PROPN" or subj.pos_ == "NOUN":
                p = st.res.np_party(subj)
                return bool(p.actor_id) and p.actor_id in own_side(st, speaker)
    return False


def _sided_with(st: State, speaker: Party, x: int, sent: Span):
    """The actor after the preposition, "vous" as the one addressed, or a people."""
    k = x + 1
    tok = st.tv.tokens[k]
    if tok.pos_ == "PRON":
        if st.low[k] in _THIRD:  # "l'UE est avec lui": the one actor named before it
            return antecedent(st, speaker, tok, sent)
        return addressee_target(st, tok, sent)
    rng = st.res.np_after(k, sent.end)
    if not rng:
        return None
    stop = next((m for m in range(rng[0] + 1, rng[1]) if st.tv.punct[m]), rng[1])
    p = st.res.party(rng[0], stop)
    if is_named(p) and p.actor_id:
        return party_target(st, p)
    head = next((m for m in range(rng[0], stop) if st.tv.pos[m] == "NOUN"), None)
    if head is not None and st.low[head] in _PEOPLE:
        return target_range(st, rng[0], stop)
    return None
