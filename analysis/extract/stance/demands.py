"""Demands on a third party in a speaker's words: an obligation on Y to stop, withdraw,
comply or answer for something is pressure on Y — "« Y doit cesser ses provocations »",
"« il faut que Y retire ses troupes »", "« il est temps que Y mette fin à … »", "« nous
attendons de Y qu'il respecte ses engagements »" — a stance against Y.

Why: like "appeler Y à …" (pressure on the addressee, against it), an obligation stated on
someone else tells that it is in the wrong; officials say so far more often than they name
a fault. The construction, whatever the words: a modal of obligation ("devoir" in the
present, future or conditional; "il faut que", "il est temps / nécessaire / essentiel …
que"; "attendre / exiger de Y que") whose doer is an identified actor that is not the
speaker's side, and whose verb is a ``redress_verbs`` verb (``stance_overtures.yaml``): an
obligation to help ("Y doit soutenir …") is no reproach and gives nothing.

Precision first: never negated ("Y ne doit pas cesser"), in a hypothesis or a question,
nor for a first-person or impersonal doer.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.hedging import asked, in_hypothesis, negated
from analysis.extract.stance.holders import demonym_holders
from analysis.extract.stance.overtures import lexicon, own_side
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target
from analysis.resources.datacache import derived

_EXPECT = frozenset({"attendre", "exiger", "réclamer", "demander"})
# the arms and organs of a state that a nationality adjective names ("les troupes rwandaises
# doivent quitter …", "les autorités birmanes doivent libérer …"): the doer is that state
_STATE_ARMS = frozenset(
    {
        "troupe",
        "troupes",
        "force",
        "forces",
        "soldat",
        "soldats",
        "militaire",
        "militaires",
        "armée",
        "autorité",
        "autorités",
        "gouvernement",
        "régime",
        "junte",
        "dirigeant",
        "dirigeants",
    }
)


@derived
def redress_verbs() -> frozenset[str]:
    """The ``redress_verbs`` of ``stance_overtures.yaml``."""
    return frozenset(norm(w) for w in load_lexicon("stance_overtures").get("redress_verbs") or [])


def demands(st: State, speaker: Party, span: Span, sent: Span) -> None:
    """The demands of ``speaker`` on third parties in one of his quotes (see the module).
    Cheap test first: a redress verb."""
    tv, verbs = st.tv, redress_verbs()
    for x in range(span.start, span.end):
        if tv.pos[x] != "VERB" or norm(tv.lemma[x]) not in verbs:
            continue
        verb = tv.tokens[x]
        if norm(verb.lemma_) == "mettre" and not any(st.low[c.i] == "fin" for c in verb.children):
            continue
        doer = _obliged(st, verb, span)
        if doer is not None:
            _demand(st, speaker, verb, doer, sent)


def _obliged(st: State, verb: Token, span: Span) -> Token | None:
    """The doer put under obligation to do ``verb``: the subject of "devoir" above it, of the
    verb itself under "il faut que" / "il est temps que", or the "de Y" of "attendre de Y
    que"; None without such a frame."""
    head = verb.head
    if head.i == verb.i or not (span.start <= head.i < span.end):
        return None
    lemma = norm(head.lemma_)
    if verb.dep_ == "xcomp" and lemma == "devoir":
        if "Past" in head.morph.get("Tense") or "Imp" in head.morph.get("Tense"):
            return None  # "Y devait cesser": a report, not a demand
        return _subject(st, head)
    if verb.dep_ in ("ccomp", "dep", "csubj") and (
        lemma in lexicon()["necessity"] or lemma == "falloir"
    ):
        return _subject(st, verb)
    if verb.dep_ == "ccomp" and lemma in _EXPECT:
        return next(
            (
                ch
                for ch in head.children
                if ch.dep_ in ("obl:arg", "obl:mod", "iobj")
                and ch.i < verb.i
                and any(
                    st.low[c.i] in ("de", "du", "des", "d'", "à", "au", "aux") for c in ch.children
                )
            ),
            None,
        )
    return None


def _subject(st: State, verb: Token) -> Token | None:
    return next((ch for ch in verb.children if ch.dep_ == "nsubj" and ch.pos_ != "PRON"), None)


def _demand(st: State, speaker: Party, verb: Token, doer: Token, sent: Span) -> None:
    if negated(st, verb) or in_hypothesis(st, verb) or asked(st, verb, sent):
        return
    if st.low[doer.i] in st.words.first_person:
        return
    p = st.res.np_party(doer)
    if not (p.identified and p.actor_id) and norm(doer.lemma_) in _STATE_ARMS:
        p = next(iter(demonym_holders(st, doer)), p)  # "les troupes rwandaises doivent …"
    if not (p.identified and p.actor_id) or p.actor_id in own_side(st, speaker):
        return
    cue = f"{norm(verb.lemma_)} (exigence)"
    st.add([speaker], party_target(st, p), -1, cue, "quote-clause", verb, sent)
