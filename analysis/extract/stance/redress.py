"""Redress: "X attend des excuses de Y", "X exige une rétractation publique de Y", "X a déposé
une vive protestation auprès de Y" — what one actor expects from (or lodges with) another
after an offence (CAMEO 10-11: demand, disapprove) makes it against that other actor
(``redress`` of ``data/lexicons/stance_interactions.yaml``).

Why: a diplomatic protest or a demand for apologies is how news reports a grievance without
a stance word; the offender is the complement of the noun ("de Y", "auprès de Y"), the
holder the subject of the verb that carries the noun. Sign safety: the redress noun must be
expected or demanded (``verbs``: not "présenter ses excuses à Y", "accepter les excuses de
Y"); a protest lodged "contre Z" with a third party is read by the stance-noun rule (its
target is Z), not here; a denied expectation is no grievance: no row.

Session 20: explanations demanded about something ("X a demandé des « éclaircissements » sur
l'autorisation accordée par Y", ``explanation_nouns``) make X against that topic, the noun's
complement after one of ``topic_preps`` right after it (the addressee, "à Y", stays the
demand rules' target).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, load_lexicon, matches, norm
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import holders_of, is_named
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target, prep_np, segment_end, target_np
from analysis.resources.datacache import derived


@dataclass(frozen=True)
class Redress:
    """The ``redress`` section of ``stance_interactions.yaml`` (see the comments there)."""

    nouns: frozenset[str]
    verbs: frozenset[str]
    protest_nouns: frozenset[str]
    explanation_nouns: frozenset[str]
    topic_preps: tuple[str, ...]


@derived
def redress_words() -> Redress:
    """The redress nouns, the verbs that expect them and the protest nouns."""
    d = load_lexicon("stance_interactions").get("redress") or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(norm(w) for w in d.get(key) or [])

    return Redress(
        words("nouns"),
        words("verbs"),
        words("protest_nouns"),
        words("explanation_nouns"),
        tuple(str(p) for p in d.get("topic_preps") or []),
    )


def _nouns(_c: Cues) -> frozenset[str]:
    w = redress_words()
    return w.nouns | w.protest_nouns | w.explanation_nouns


_FROM = ("de", "d'", "d’", "du", "des", "auprès de", "auprès d'", "auprès du", "auprès des")
_WITH = ("auprès de", "auprès d'", "auprès du", "auprès des")


@detector(pos={"NOUN"}, words=_nouns, match="form")
def redress(st: State, t: Token, sent: Span) -> None:
    """ "X attend des excuses de Y", "X a élevé une protestation auprès de Y": X against Y.
    The redress noun needs an expecting or demanding verb above it; the protest noun any
    verb (lodging, registering, handing over a protest)."""
    w = redress_words()
    key = norm(t.text)
    protest = key in w.protest_nouns
    verb = _carrier(t)
    if verb is None and key in w.explanation_nouns:
        verb = _misread_partitive(t)
    if verb is None or negated(st, verb):
        return
    if not protest and not matches(verb, w.verbs, st.c):
        return
    end = segment_end(st, t.i + 1, sent)
    if key in w.explanation_nouns:
        _topic(st, t, verb, end, sent)
    if key not in w.nouns and not protest:
        return
    hit = prep_np(st, t.i + 1, _WITH if protest else _FROM, sent, window=5)
    if hit is None or hit[0] >= end:
        return
    if protest and any(st.low[k] == "contre" for k in range(t.i + 1, end)):
        return  # "une protestation auprès de l'ONU contre Z": Z is the target (noun rule)
    offender = st.res.np_party(hit[1])
    if not is_named(offender):
        return
    holders = [h for h in holders_of(st, verb) if h.actor_id != offender.actor_id]
    cue = f"{norm(verb.lemma_)} {key}"
    st.add(holders, party_target(st, offender), -1, cue, "demand", t, sent)


def _topic(st: State, t: Token, verb: Token, end: int, sent: Span) -> None:
    """ "X a demandé à Y des « éclaircissements » sur la décision de Z": X against what the
    explanations are demanded about, the noun's topic complement in its own clause part
    (past a closing quotation mark); the addressee is read by the demand rules."""
    k = t.i + 1
    while k < end and st.low[k] in ("»", '"', "”"):
        k += 1
    hit = prep_np(st, k, redress_words().topic_preps, sent, window=1)
    if hit is None or hit[0] >= end:
        return
    target = target_np(st, hit[1])
    if target.actor_id is None and not st.is_issue(target):
        return
    if st.low[hit[0]] == "pour" and (target.actor_id or "Plur" in st.tv.morph(hit[1].i, "Number")):
        return  # "des explications pour les familles": whom they are owed to, not a topic
    holders = [h for h in holders_of(st, verb) if h.actor_id != target.actor_id or not h.actor_id]
    cue = f"{norm(verb.lemma_)} {norm(t.text)} ({st.low[hit[0]]})"
    st.add(holders, target, -1, cue, "demand", t, sent)


def _misread_partitive(t: Token) -> Token | None:
    """ "demander à Y des explications": the parser reads the partitive "des" as "de les"
    and hangs the noun on the addressee; the verb is then the addressee's head."""
    if t.dep_ != "nmod" or not any(c.lower_ == "des" for c in t.children):
        return None
    owner = t.head
    if owner.dep_ in ("obl:arg", "obj", "iobj") and owner.head.pos_ == "VERB":
        return owner.head
    return None


def _carrier(t: Token) -> Token | None:
    """The verb whose object (or subject, in a passive) the noun is, through a coordination
    ("attend des excuses et une rétractation de Y")."""
    node = t
    for _ in range(2):
        if node.dep_ in ("obj", "nsubj:pass", "obl:arg") and node.head.pos_ in ("VERB", "AUX"):
            return node.head
        if node.dep_ != "conj" or node.head.i == node.i:
            return None
        node = node.head
    return None
