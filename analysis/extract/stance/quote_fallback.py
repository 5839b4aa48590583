"""The fallback reading of a quote that no stricter rule read: an impersonal judgement of
necessity ("« il est essentiel de rétablir le dialogue commercial »", "« c'est important que
cet engagement soit tenu »", "« il est temps de lever les restrictions »") states that the
speaker is for what is deemed necessary (+1 toward that clause, an issue).

Why: a speaker who wants something says it is needed far more often than that he supports
it, and the press quotes it in this impersonal frame across outlets and topics (dev: ten
articles). :mod:`.overtures` reads the frame when its object is an exchange with a partner
("il est essentiel de dialoguer avec Y") and :mod:`.needs` the narration's need nouns ("X a
souligné la nécessité de …"); a need of anything else in a speaker's words gave no row.

Why a fallback (only for a quote whose speaker holds no other row of its sentence, kind
``quote-fallback``, a confidence below the brief's headline bar): the target is the clause,
a looser reading than a rule's; where a stricter rule read the speaker's words, its row wins.
Session 29 also measured the broader fallback the task proposed (any quote whose lexicon
words lean one way, toward the one actor it names): of its 9 rows on dev, 1 was right, so it
was not kept.

Precision first: not under a negation, a question or a hypothesis; not a need to end or to
fight something ("il est urgent de mettre fin aux violences", "… de lutter contre …": the
need is against it, which the demand rules read), nor one whose clause holds a negative word;
of coordinated objects only the first ("prendre en compte les avis des élus et les résultats
des missions": the clause's tone is not read onto every conjunct); no clause that names an
actor ("il est indispensable que Y respecte la trêve" is a demand on Y, which the press and
the gold read as pressure, against Y: +1 toward a clause naming Y would score as a wrong
sign).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.hedging import asked, in_hypothesis, negated
from analysis.extract.stance.needs import cessation_at
from analysis.extract.stance.overtures import lexicon
from analysis.extract.stance.quote_words import quote_span, quote_speaker, term_polarity
from analysis.extract.stance.records import Row, Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import label
from analysis.resources.datacache import derived

FALLBACK = "quote-fallback"

# subjects that stand for nobody: "il est essentiel de", "c'est important que"
_IMPERSONAL = frozenset({"il", "c'", "c’", "ce", "cela", "ça"})
# how the needed clause hangs on the necessity word (the parser varies)
_COMPLEMENTS = frozenset({"dep", "xcomp", "csubj", "ccomp", "acl", "advcl"})
_MARKS = frozenset({"de", "d'", "d’", "que", "qu'", "qu’"})
# the parts of the needed clause that are no part of what is needed: its purpose and
# asides ("… pour désamorcer la crise"), a clause of its own
_ASIDES = frozenset({"advcl", "parataxis", "punct", "mark"})
# the words that open another clause inside the needed one, whatever the parse ("de rétablir
# le dialogue pour apaiser la crise": the need is the dialogue, not what it is for)
_OPENERS = frozenset({"pour", "afin", "que", "qu'", "qui", "dont", "car", "mais", "tandis"})


def fallback_rows(st: State, sent: Span, quotes: list, rows: list[Row]) -> list[Row]:
    """Per credited quote whose speaker holds none of the sentence's ``rows`` (see the
    module), each impersonal necessity inside it, held by the speaker."""
    out: list[Row] = []
    for q in quotes:
        span = quote_span(st, q)
        if span is None or not isinstance(q.speaker, str):
            continue
        speaker = quote_speaker(st, q, span)
        if not speaker.identified or any(_same(r.holder, speaker) for r in rows):
            continue
        for t in span:
            target = _needed(st, t, span, sent)
            if target is not None:
                out.append(Row(speaker, target, 1, norm(t.text), FALLBACK, t))
    return out


def _same(a: Party, b: Party) -> bool:
    """The two parties are one actor (by id, else by name)."""
    return (a.actor_id is not None and a.actor_id == b.actor_id) or a.name == b.name


def _needed(st: State, t: Token, span: Span, sent: Span) -> Target | None:
    """The clause deemed necessary by ``t`` in an impersonal frame, as an issue target."""
    if t.pos_ not in ("ADJ", "NOUN") or norm(t.lemma_) not in lexicon()["necessity"]:
        return None
    if not _impersonal(st, t) or negated(st, t) or asked(st, t, sent) or in_hypothesis(st, t):
        return None
    kids = list(t.children)
    clause = next((k for k in kids if k.dep_ in _COMPLEMENTS and _marked(st, k)), None)
    if clause is None or clause.i < t.i or negated(st, clause):
        return None
    inside = {x.i for x in span}
    toks = [x for x in _needed_tokens(clause) if x.i in inside]
    if not toks or not any(x.pos_ == "NOUN" for x in toks):
        return None  # "il est utile de rappeler que …": the need is no thing named
    if _against(st, clause, toks):
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
    if _names_someone(st, toks, start, end):
        return None  # "il est essentiel que Y respecte …": a demand on Y, no praise of it
    text = st.article.text[start:end]
    return Target(label(st, text), None, text, start, end)


def _impersonal(st: State, t: Token) -> bool:
    """``t`` is the predicate of a copula whose subject stands for nobody ("il est …",
    "c'est …")."""
    kids = list(t.children)
    return any(k.dep_ == "cop" for k in kids) and any(
        k.dep_ in ("expl:subj", "nsubj") and st.low[k.i] in _IMPERSONAL for k in kids
    )


def _against(st: State, clause: Token, toks: list[Token]) -> bool:
    """The needed clause is against something: a cessation ("mettre fin à", "que les
    combats cessent"), a negative word ("réduire les tensions") or an aim "contre"."""
    end = toks[-1].i + 1
    if cessation_at(st, toks[0].i, end) or cessation_at(st, clause.i, end):
        return True
    if any(st.low[x.i] == "contre" for x in toks):
        return True
    verbs, harms = _lessening()
    if norm(clause.lemma_) in verbs or any(norm(x.lemma_) in harms for x in toks):
        return True  # "de réduire les tensions", "de résoudre les difficultés"
    return any(p < 0 for _t, p in term_polarity(st, toks))


@derived
def _lessening() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs that lessen what they act on (``restriction_acts: relief`` of
    ``stance_acts.yaml``: "réduire", "alléger", "atténuer" …) and the nouns of a harm or a
    problem (``blame_objects`` and ``problem_nouns`` of ``stance_evaluative.yaml``): a need
    that names either is a need against something."""
    acts, ev = load_lexicon("stance_acts"), load_lexicon("stance_evaluative")
    relief = (acts.get("restriction_acts") or {}).get("relief") or []
    harms = list(ev.get("blame_objects") or []) + list(ev.get("problem_nouns") or [])
    return frozenset(norm(w) for w in relief), frozenset(norm(w) for w in harms)


def _names_someone(st: State, toks: list[Token], start: int, end: int) -> bool:
    """The needed clause names an actor, a proper name or a named entity."""
    if st.res.mentions_in(start, end) or any(x.pos_ == "PROPN" for x in toks):
        return True
    return any(e.label_ in ("LOC", "ORG", "PER") for e in st.res.ents_in(start, end))


def _marked(st: State, clause: Token) -> bool:
    """The clause is a verb opened by "de" / "que" (an infinitive or a finite clause)."""
    return clause.pos_ in ("VERB", "AUX") and any(
        k.dep_ == "mark" and st.low[k.i] in _MARKS for k in clause.children
    )


def _needed_tokens(clause: Token) -> list[Token]:
    """The clause's tokens without its asides and without a noun's later conjuncts (the
    first of coordinated objects), contiguous from its first kept token."""
    dropped: set[int] = set()
    for x in clause.subtree:
        aside = x.head.i == clause.i and x.dep_ in _ASIDES
        later_noun = x.dep_ == "conj" and x.head.pos_ in ("NOUN", "PROPN") and x.i != clause.i
        if aside or later_noun:
            dropped |= {y.i for y in x.subtree}
    kept = [x for x in clause.subtree if x.i not in dropped]
    out: list[Token] = []
    for x in kept:
        if out and (x.i != out[-1].i + 1 or x.lower_ in _OPENERS):
            break
        out.append(x)
    return out
