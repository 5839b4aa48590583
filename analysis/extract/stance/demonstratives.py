"""A verdict on "this" in a speaker's words: "« Y a déployé des navires. C'est une
provocation »", "« c'est inacceptable »", "« cela constitue une ingérence »", "« c'est une
bonne nouvelle »" — the speaker judges the one who did what "ce / cela" stands for.

Why: a reaction names the act in one clause or sentence (often the journalist's) and judges
it in the next with a demonstrative subject; the verdict rules (:mod:`.verdicts`) need an
act noun with its agent as the subject, and the quotation rules take the predicate noun
itself ("provocation") as what is judged. The construction, whatever the words: "ce / c' /
cela / ceci / ça" opening a clause, a copula or a verb of being a kind of thing ("être",
"constituer", "représenter", "rester"), and a predicate of the evaluative lists
(the evaluative terms the quotation rules read, ``verdict_positive`` /
``verdict_negative`` of ``stance_overtures.yaml``) within five words. What "ce" stands for
is read by :func:`.anaphora.antecedent`: the one actor (the speaker's side aside) named as a
subject or a "par" agent from the previous sentence's start, else the one issue judged
there; two candidates or none give nothing, and so does an actor quoted there (a speaker is
the subject of his speech verb, not what "ce" judges).

Precision first: a conditional ("ce serait une erreur"), a hypothesis, a question, a negated
negative verdict ("ce n'est pas une provocation") give nothing (a negated positive one is
negative: "ce n'est pas acceptable"); so does an impersonal construction ("c'est
inacceptable que Y …", "c'est important de …": its clause is what is judged, read elsewhere).
"""

from __future__ import annotations

from spacy.tokens import Span

from analysis.extract.cues import norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.anaphora import antecedent
from analysis.extract.stance.hedging import asked, in_hypothesis
from analysis.extract.stance.state import State
from analysis.extract.stance.verdicts import verdict_words

_DEMONSTRATIVES = frozenset({"c'", "ce", "cela", "ceci", "ça"})
_OPENERS = frozenset({"«", '"', "“", ".", ";", ":", ",", "!", "et", "mais", "car", "donc", "or"})
_VERBS = frozenset(
    {"est", "était", "sera", "a", "reste", "constitue", "constituait", "représente", "fut"}
)
_STOPS = frozenset({",", ".", ";", ":", "!", "?", "»", "”", '"', "qui", "car", "mais", "et"})
_NEGATORS = frozenset({"pas", "plus", "jamais", "guère", "point"})


def demonstratives(st: State, speaker: Party, span: Span, sent: Span) -> None:
    """Each "c'est / cela constitue + verdict" of ``speaker``'s quote (see the module).
    Cheap test first: the demonstrative."""
    low = st.low
    for x in range(span.start, span.end - 2):
        if low[x] not in _DEMONSTRATIVES:
            continue
        if x > span.start and low[x - 1] not in _OPENERS:
            continue
        k, negative = x + 1, False
        if low[k] in ("ne", "n'"):
            k, negative = k + 1, True
        if k >= span.end or low[k] not in _VERBS:
            continue
        if low[k] == "a" and not (k + 1 < span.end and low[k + 1] == "été"):
            continue
        k += 2 if low[k] == "a" else 1
        if negative:
            if k >= span.end or low[k] not in _NEGATORS:
                continue
            k += 1
        sign = _predicate(st, k, span)
        tok = st.tv.tokens[x]
        if not sign or in_hypothesis(st, tok) or asked(st, tok, sent):
            continue
        if negative:
            if sign < 0:
                continue  # "ce n'est pas une provocation": no verdict
            sign = -1
        target = antecedent(st, speaker, tok, sent)
        if target is None or _a_voice(st, target, tok.idx):
            continue
        if _last_subject_is(st, target, x):
            cue = f"{low[x]} … (verdict)"
            st.add([speaker], target, sign, cue, "appreciation", tok, sent)


def _last_subject_is(st: State, target, x: int) -> bool:
    """The last subject before "ce" is the antecedent's mention: "ce" resumes the nearest
    clause ("L'Afrique n'est pas un fournisseur, c'est un partenaire": Africa, whatever was
    named in the sentence before)."""
    doc = st.doc
    floor = st.article.sentence_at(doc[x].idx)
    lo = st.article.sentences[max(0, floor.id - 1)].start if floor is not None else 0
    for k in range(x - 1, -1, -1):
        if doc[k].idx < lo:
            return False
        if st.tv.dep[k] in ("nsubj", "nsubj:pass") and st.tv.pos[k] in ("NOUN", "PROPN"):
            return target.start <= doc[k].idx < target.end or _same_actor(st, target, k)
    return False


def _same_actor(st: State, target, k: int) -> bool:
    """The subject at ``k`` names the target's actor (another mention of it)."""
    if not target.actor_id:
        return False
    p = st.res.np_party(st.tv.tokens[k])
    return p.actor_id == target.actor_id


def _a_voice(st: State, target, offset: int) -> bool:
    """The antecedent is someone quoted just before ("« … », a dit Y. « Ce n'est pas sérieux
    », a réagi X"): a speaker named beside his words is not what "ce" judges."""
    s = st.article.sentence_at(offset)
    floor = st.article.sentences[max(0, s.id - 1)].start if s is not None else offset
    return any(p.actor_id == target.actor_id and floor <= a < offset for a, _b, p in st.voiced)


def _predicate(st: State, k: int, span: Span) -> int:
    """The sign of the first evaluative word within five words from ``k`` (the predicate's
    head comes first: "une violation de notre souveraineté" is negative); 0 for an
    impersonal "… que / de" after an adjective."""
    vpos, vneg = verdict_words()
    pos_terms, neg_terms = st.c.positive_terms, st.c.negative_terms
    low, lemma, tags = st.low, st.tv.lemma, st.tv.pos
    end = min(span.end, k + 5)
    sign = 0
    m = k
    while m < end and low[m] not in _STOPS:
        if low[m] in ("que", "qu'") or (
            low[m] in ("de", "d'")
            and m > k
            and tags[m - 1] == "ADJ"
            and tags[m + 1 : m + 2]
            and tags[m + 1] in ("VERB", "AUX")
        ):
            return 0
        forms = {low[m], norm(lemma[m])}
        if m + 1 < end:
            forms.add(f"{low[m]} {low[m + 1]}")
        if forms & neg_terms or forms & vneg:
            sign = sign or -1
        elif forms & pos_terms or forms & vpos:
            sign = sign or 1
        m += 1
    return sign
