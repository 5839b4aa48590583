"""Breaches in a speaker's words: "« Y n'a pas respecté ses engagements »", "« Y ne respecte
pas le droit international »", "X a déclaré que Y n'avait jamais honoré ses promesses", "« Y
n'a pas tenu parole »", "« Y a manqué à ses obligations »", "« Y a manqué de respect à nos
autorités »" — the speaker is against Y (session 18).

Why: failing one's word or the law is the commonest reproach of diplomatic speech, and it
carries no evaluative word: "respecter" is no stance verb, and under a negation its tone is
lost. The construction, whatever the words (``stance_evaluative.yaml``, "session 18"):

* a compliance verb (``breach_verbs``: respecter, honorer, appliquer, se conformer …)
  negated, any object; "tenir" and "remplir" only with an obligation noun
  (``breach_objects``: engagement, promesse, parole, obligation …);
* "manquer à" an obligation noun, or "manquer de respect", not negated;

and its subject an identified third party (not the speaker's side): against it.

Precision first: a hypothesis ("si Y ne respecte pas …": a warning, read by :mod:`.threats`),
a question, a first-person or own-state subject (a confession or a refusal, not a reproach),
and an intention denied ("Y ne cherchait pas à manquer à sa parole") give nothing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.hedging import asked, in_hypothesis, negated
from analysis.extract.stance.holders import is_named
from analysis.extract.stance.overtures import own_side
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target
from analysis.resources.datacache import derived

# the verbs that need an obligation noun as object ("tenir parole", "remplir ses
# obligations"); the others breach whatever they fail to respect
_NEEDS_OBJECT = frozenset({"tenir", "remplir"})


@derived
def breach_words() -> tuple[frozenset[str], frozenset[str]]:
    """``breach_verbs`` (lemmas) and ``breach_objects`` (noun forms)."""
    lex = load_lexicon("stance_evaluative")
    return (
        frozenset(norm(w) for w in lex.get("breach_verbs") or []),
        frozenset(norm(w) for w in lex.get("breach_objects") or []),
    )


def breaches(st: State, speaker: Party, span: Span, sent: Span) -> None:
    """Each breach in ``speaker``'s quote (see the module). Cheap test first: a verb whose
    lemma is a compliance verb or "manquer"."""
    verbs, _objects = breach_words()
    pos, lemma, toks = st.tv.pos, st.tv.lemma, st.tv.tokens
    for x in range(span.start, span.end):
        if pos[x] != "VERB":
            continue
        lm = norm(lemma[x])
        if lm == "manquer":
            cue = _failing(st, toks[x], sent)
        elif lm in verbs and negated(st, toks[x]):
            cue = _not_complying(st, toks[x], lm, sent)
        else:
            continue
        if cue is None or in_hypothesis(st, toks[x]) or asked(st, toks[x], sent):
            continue
        if _denied_intent(st, toks[x]):
            continue  # "Y ne cherchait pas à manquer à sa parole": no reproach
        party = _third_party(st, toks[x], speaker)
        if party is not None:
            st.add([speaker], party_target(st, party), -1, cue, "quote-clause", toks[x], sent)


def _not_complying(st: State, verb: Token, lemma: str, sent: Span) -> str | None:
    """ "ne respecte pas X", "n'a pas tenu parole": the cue, or None."""
    if lemma in _NEEDS_OBJECT:
        objects = breach_words()[1]
        end = min(sent.end, verb.i + 5)
        if not any(st.low[k] in objects for k in range(verb.i + 1, end)):
            return None
    return f"ne pas {lemma}"


def _failing(st: State, verb: Token, sent: Span) -> str | None:
    """ "manquer à ses obligations", "manquer de respect": the cue, or None (not negated)."""
    if negated(st, verb):
        return None
    low, objects = st.low, breach_words()[1]
    k = verb.i + 1
    if k + 1 < sent.end and low[k] in ("de", "d'") and low[k + 1] == "respect":
        return "manquer de respect"
    if k < sent.end and low[k] in ("à", "aux"):
        end = min(sent.end, k + 4)
        if any(low[m] in objects for m in range(k + 1, end)):
            return "manquer à"
    return None


def _denied_intent(st: State, verb: Token) -> bool:
    """The breach is the infinitive of a negated verb ("ne cherchait pas à manquer de …")."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.i != verb.i and negated(st, head)


def _third_party(st: State, verb: Token, speaker: Party) -> Party | None:
    """The one identified subject of ``verb`` (of the verb it is the infinitive of: "a voulu
    manquer de respect"), neither first person nor the speaker's side."""
    node = verb
    if verb.dep_ == "xcomp" and verb.head.i != verb.i and not st.res.subject_tokens(verb):
        node = verb.head
    subj = st.res.subject_tokens(node)
    if not subj or st.low[subj[0].i] in st.words.first_person:
        return None
    i, _j = st.res.chunk(subj[0], pps=False, appos=False)
    if st.low[min(i, subj[0].i)] in st.words.first_person:
        return None  # "notre pays n'a pas respecté …": a confession
    parties = [p for p in st.res.subjects(node) if is_named(p) and p.actor_id]
    if not parties:  # "Y, qui n'a jamais respecté …": the relative's antecedent
        p = st.res.np_party(subj[0])
        parties = [p] if is_named(p) and p.actor_id else []
    if len(parties) != 1 or parties[0].actor_id in own_side(st, speaker):
        return None
    return parties[0]
