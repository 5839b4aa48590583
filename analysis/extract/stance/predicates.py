"""Evaluative predicates in someone's words: "« cet accord est une erreur », a dit X", "X a
affirmé que la décision de Y était « inacceptable »", "La Chine « est un acteur majeur de la
stabilité », a insisté X".

Why: a judgement in attributed words often has no actor in its clause — the judged thing is
the subject of a copula ("la participation de Y à la fête est une erreur"), or the subject is
outside a partial quotation that holds the predicate. The speaker (of a direct, partial or
reported quote) judges the subject by the evaluative terms of the predicate
(``stance_evaluative.yaml``); a denied predicate ("n'est pas acceptable") flips them, a
pronoun subject ("c'est une erreur") is skipped: what it stands for is not read here.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.document.frames import records
from analysis.extract.cues import load_lexicon, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import is_named
from analysis.extract.stance.quoted import term_polarity
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import label, party_target, target_np
from analysis.resources.datacache import derived

_SUBJECTS = ("nsubj", "nsubj:pass")


@detector(pos={"ADJ", "NOUN", "VERB"})
def judged_subject(st: State, t: Token, sent: Span) -> None:
    """A copula predicate (``t`` has a ``cop`` child) with evaluative terms, in attributed
    words: the speaker is for/against the predicate's subject."""
    if not (st.has_child(t.i, ("cop",)) or _adjectival_passive(st, t)):
        return
    subj = next((ch for ch in t.children if ch.dep_ in _SUBJECTS), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return  # "c'est une erreur": what "ce" stands for is not read here
    speaker = _speaker(st, t)
    if speaker is None:
        return
    terms = term_polarity(st, _predicate_words(t, subj))
    if all(tok.i != t.i for tok, _p in terms):
        terms += _predicate_noun(t)
    score = sum(p for _tok, p in terms)
    if score == 0:
        return
    polarity = (1 if score > 0 else -1) * (-1 if negated(st, t) else 1)
    target = _subject_target(st, subj, t)
    if target is None:
        return
    cue = " ".join(norm(tok.text) for tok, _p in terms)
    st.add([speaker], target, polarity, f"« {cue} »", "quote-clause", t, sent)


@derived
def predicate_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """The positive and negative ``predicate_nouns`` of ``stance_evaluative.yaml``."""
    d = load_lexicon("stance_evaluative").get("predicate_nouns") or {}
    return (
        frozenset(norm(w) for w in d.get("positive") or []),
        frozenset(norm(w) for w in d.get("negative") or []),
    )


def _predicate_noun(t: Token) -> list[tuple[Token, int]]:
    """The predicate itself when it is a judging noun ("est une erreur")."""
    good, bad = predicate_nouns()
    words = (norm(t.text), norm(t.lemma_))
    if any(w in bad for w in words):
        return [(t, -1)]
    if any(w in good for w in words):
        return [(t, 1)]
    return []


# the dependents that head a clause of their own ("X est l'agresseur, Y est la victime")
_OWN_CLAUSES = frozenset(
    {"conj", "parataxis", "advcl", "ccomp", "acl", "acl:relcl", "nsubj", "obl", "obl:mod"}
)


def _predicate_words(t: Token, subj: Token) -> list[Token]:
    """The words of the predicate ``t``: its subtree without its subject, the clauses hung
    on it (each clause judges its own subject) and its circumstances ("un succès pour la
    région", "attendues d'après le ministère, qui évoque des milliards de francs")."""
    skip = {x.i for x in subj.subtree}
    for ch in t.children:
        if ch.dep_ in _OWN_CLAUSES or any(g.dep_ in ("nsubj", "cop") for g in ch.children):
            skip |= {x.i for x in ch.subtree}
    return [x for x in t.subtree if x.i not in skip]


def _adjectival_passive(st: State, t: Token) -> bool:
    """ "la décision était injustifiée": an evaluative participle the parser read as a
    passive with no agent (a real passive, "les cargaisons sont attendues", is no
    judgement)."""
    return (
        st.has_child(t.i, ("aux:pass",))
        and not st.has_child(t.i, ("obl:agent",))
        and bool(term_polarity(st, [t]))
    )


def _subject_target(st: State, subj: Token, pred: Token) -> Target | None:
    """The subject as a target: the actor it names, else its noun phrase (up to the
    predicate) as an issue."""
    party = st.res.np_party(subj)
    if is_named(party) and party.actor_id and st.tv.pos[subj.i] == "PROPN":
        return party_target(st, party)
    stop = min((x.i for x in pred.children if x.dep_ == "cop"), default=pred.i)
    target = target_np(st, subj, stop=stop, pps=True)
    # the judged thing itself ("la décision de Y"), not the actor named in its complement:
    # the words judge the act, whose author may be judged otherwise in the same sentence
    return Target(label(st, target.text), None, target.text, target.start, target.end)


def _speaker(st: State, t: Token) -> Party | None:
    """Whose words hold ``t``: the speaker of the quote (direct, partial or reported) that
    covers it, when one is credited."""
    spoken = st.speaker_at(t.idx)
    if spoken is not None:
        return spoken
    q = st.quotes
    if q is None or not len(q):
        return None
    for rec in records(q):
        name, aid = rec.get("speaker"), rec.get("speaker_id")
        if int(rec["start"]) <= t.idx < int(rec["end"]) and isinstance(name, str) and name:
            aid = aid if isinstance(aid, str) and aid else None
            return Party(
                name, aid, int(rec["start"]), int(rec["start"]), "actor" if aid else "name"
            )
    return None
