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

"Devoir" with a redress as its object counts too (session 18: "« Y doit des excuses à Z »",
"X a estimé que Y devait une explication au monde"). A verb with a redress object counts too
(``redress_objects``, session 15: "Y doit présenter des excuses", "Y doit faire marche
arrière"), and in reported words the imperfect is the sequence of tenses of the present ("X a
estimé que Y devait se retirer", session 15).

Precision first: never negated ("Y ne doit pas cesser"), in a hypothesis or a question,
nor for a first-person or impersonal doer; an imperfect "devait" in the speaker's own
words is a report ("Y devait cesser le feu à midi").
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


@derived
def redress_objects() -> dict[str, frozenset[str]]:
    """The ``redress_objects`` of ``stance_overtures.yaml``: verb lemma -> the object nouns
    that make it a redress ("présenter des excuses")."""
    d = load_lexicon("stance_overtures").get("redress_objects") or {}
    return {norm(v): frozenset(norm(w) for w in ws or []) for v, ws in d.items()}


def _redress(st: State, x: int) -> bool:
    """The verb at ``x`` is a redress: a ``redress_verbs`` verb ("mettre" only with "fin"),
    or a verb with one of its ``redress_objects`` within three words ("présenter des
    excuses", "faire marche arrière")."""
    lemma = norm(st.tv.lemma[x])
    if lemma in redress_verbs():
        return lemma != "mettre" or any(st.low[c] == "fin" for c in st.tv.children[x])
    objects = redress_objects().get(lemma)
    if not objects:
        return False
    return any(st.low[k] in objects for k in range(x + 1, min(len(st.low), x + 4)))


def demands(st: State, speaker: Party, span: Span, sent: Span) -> None:
    """The demands of ``speaker`` on third parties in one of his quotes (see the module).
    Cheap test first: a redress verb."""
    tv = st.tv
    for x in range(span.start, span.end):
        if tv.low[x] in _OWING_FORMS:
            _owed(st, speaker, tv.tokens[x], span, sent)
            continue
        if tv.pos[x] != "VERB" or not _redress(st, x):
            continue
        verb = tv.tokens[x]
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
        tense = head.morph.get("Tense")
        if "Past" in tense or ("Imp" in tense and not _reported(st, span)):
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


def _reported(st: State, span: Span) -> bool:
    """The words are reported in a "que" clause ("X a estimé que Y devait se retirer"): the
    imperfect is the sequence of tenses of the present "doit", still a demand."""
    k = span.start - 1
    while k >= 0 and st.low[k] in ('"', "«", "“"):
        k -= 1
    return k >= 0 and st.low[k] in ("que", "qu'") or st.low[span.start] in ("que", "qu'")


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


# session 18: "devoir" as a main verb with a redress as its object: "« Y doit des excuses à
# Z »", "« Y nous doit une explication »", "« Y devra rendre des comptes »" is the modal
# above; here the debt itself. The forms of "devoir" (a set test before the parse).
_OWING_FORMS = frozenset(
    {"doit", "doivent", "devrait", "devraient", "devra", "devront", "devait", "devaient"}
)
# what is owed when one is in the wrong (forms)
_OWED = frozenset(
    {
        "excuses",
        "explication",
        "explications",
        "éclaircissements",
        "réparation",
        "réparations",
        "comptes",
        "dédommagement",
        "dédommagements",
    }
)


def _owed(st: State, speaker: Party, verb: Token, span: Span, sent: Span) -> None:
    """ "« Y doit des excuses au peuple de Z »", "X a estimé que Y devait une explication":
    a debt of redress owed by a third party is a demand on it, against it. Not in the past
    ("Y devait des excuses" in the speaker's own words is a report), nor negated, in a
    hypothesis or a question (:func:`_demand`)."""
    # the parser reads the debt as the object, or as an argument with no preposition
    owed = [
        ch
        for ch in verb.children
        if ch.dep_ in ("obj", "obl:arg")
        and st.low[ch.i] in _OWED
        and not any(g.dep_ == "case" for g in ch.children)
    ]
    if not owed:
        return
    tense = verb.morph.get("Tense")
    if "Past" in tense or ("Imp" in tense and not _reported(st, span)):
        return
    doer = _subject(st, verb)
    if doer is not None:
        _demand(st, speaker, verb, doer, sent)
