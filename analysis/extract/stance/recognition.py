"""Recognition and non-recognition of a party, stated in the narration (``stance_acts.yaml``:
``recognition``; session 15).

"X a reconnu Y comme président par intérim", "Y a été reconnu comme seul représentant
légitime par X": X is for Y (+1); "X ne reconnaît pas Y comme président" is against Y (−1).
"X ne reconnaît pas Y" (Y a named state, territory or body, not a person): a
non-recognition, against Y (−1). "Y, un État non reconnu par X": X against Y (−1).

Why apart from :mod:`analysis.extract.stance.lexical`: there "reconnaître" is a cue only
with a recognised thing as object ("la souveraineté", "le jugement") or a state actor; a
person recognised is a stance only through "comme" + a title of legitimacy ("reconnaître
l'agresseur" identifies, "reconnaître Y comme responsable" blames: neither is support), and
a negated participle ("non reconnu") is read nowhere else. Precision first: a "comme" phrase
must name a legitimate function (``recognition.titles``), never a fault.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import holders_of, is_named
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target

_SKIP = frozenset(
    {"«", '"', "“", "le", "la", "les", "l'", "un", "une", "son", "sa", "ses", "leur", "seul"}
)
_SKIP |= frozenset({"seule", "seuls", "seules", "nouveau", "nouvelle", "nouveaux", "unique"})


def _lists(c: Cues) -> dict:
    return c.acts.get("recognition") or {}


def _words(c: Cues) -> frozenset[str]:
    return frozenset(_lists(c).get("verbs", ()))


def _as_title(st: State, k: int, sent: Span, titles: frozenset[str]) -> bool:
    """A "comme" at ``k`` followed by a legitimate function ("comme président", "comme le
    seul représentant légitime", "comme chef de l'État")."""
    if k >= sent.end or st.low[k] != "comme":
        return False
    j = k + 1
    while j < sent.end and j < k + 4 and st.low[j] in _SKIP:
        j += 1
    return j < sent.end and st.low[j] in titles


def _object(st: State, t: Token) -> Token | None:
    for ch in t.children:
        if ch.dep_ in ("obj", "nsubj:pass") and ch.pos_ in ("PROPN", "NOUN", "PRON"):
            return ch
        if ch.dep_ == "xcomp" and ch.pos_ == "PROPN" and ch.i > t.i:
            return ch  # "a reconnu Y comme président": Y misread as a predicate
    return None


def _comme_after(st: State, obj: Token, t: Token, sent: Span) -> int | None:
    """The "comme" after the object's head (inside its phrase, where the parser hangs "comme
    président", or after it), before any punctuation or verb; for a passive, after the
    verb."""
    start = max(obj.i, t.i) + 1
    for k in range(start, min(sent.end, max(obj.right_edge.i, t.i) + 4)):
        if st.low[k] == "comme":
            return k
        if st.tv.pos[k] in ("PUNCT", "VERB", "AUX", "SCONJ"):
            return None
    return None


def _agent(st: State, t: Token, sent: Span) -> list[Party]:
    agent = st.res.agent_token(t)
    if agent is None:
        for k in range(t.i + 1, min(sent.end, t.i + 10)):
            if st.low[k] == "par":
                rng = st.res.np_after(k + 1, sent.end)
                p = st.res.party(*rng) if rng else None
                return [p] if p is not None and is_named(p) else []
        return []
    p = st.res.np_party(agent)
    return [p] if is_named(p) else []


@detector(pos={"VERB", "ADJ"}, words=_words)
def recognition(st: State, t: Token, sent: Span) -> None:
    """ "X a reconnu Y comme président" (+1), "X ne reconnaît pas Y" (−1), "Y, non reconnu
    par X" (−1): see the module docstring."""
    m = _lists(st.c)
    if norm(t.lemma_) not in frozenset(m.get("verbs", ())) and st.low[t.i] not in frozenset(
        m.get("participles", ())
    ):
        return
    if t.i > sent.start and st.low[t.i - 1] == "non":
        _not_recognised(st, t, sent)
        return
    obj = _object(st, t)
    if obj is None:
        return
    k = _comme_after(st, obj, t, sent)
    if k is not None and k > obj.i:
        target = st.res.party(obj.left_edge.i, k, obj)  # not "comme président du Y"
    else:
        target = st.res.np_party(obj)
    if not is_named(target):
        return
    passive = st.res.is_passive(t)
    holders = _agent(st, t, sent) if passive else holders_of(st, t)
    if k is not None and _as_title(st, k, sent, frozenset(m.get("titles", ()))):
        sign = -1 if negated(st, t) else 1
        st.add(holders, party_target(st, target), sign, "reconnaître comme", "act", t, sent)
        return
    if passive or not negated(st, t) or obj.pos_ == "PRON":
        return
    if target.actor_id and st.res.actor_type(target.actor_id) == "person":
        return  # "X ne reconnaît pas Y" for a person: identifying, not a stance
    st.add(holders, party_target(st, target), -1, "ne pas reconnaître", "act", t, sent)


def _not_recognised(st: State, t: Token, sent: Span) -> None:
    """ "Y, un État non reconnu par X", "le gouvernement non reconnu par X": the noun the
    participle qualifies, or the named party that noun is apposed to."""
    holders = _agent(st, t, sent)
    if not holders:
        return
    noun = t.head if t.head.i != t.i else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return
    target = _apposed_to(st, noun, sent)
    if target is None:
        target = st.res.np_party(noun)
    if not is_named(target):
        return
    st.add(holders, party_target(st, target), -1, "non reconnu", "act", t, sent)


def _apposed_to(st: State, noun: Token, sent: Span) -> Party | None:
    """ "Y, un État non reconnu par X": the named party a common noun is apposed to, by the
    parse (appos) or by the words (a proper name, then a comma, right before the noun's
    phrase: the parser may make both subjects)."""
    if noun.pos_ != "NOUN":
        return None
    if noun.dep_ == "appos":
        p = st.res.np_party(noun.head)
        return p if is_named(p) else None
    k = noun.left_edge.i - 1
    if k - 1 < sent.start or st.low[k] != "," or st.tv.pos[k - 1] != "PROPN":
        return None
    tok = st.doc[k - 1]
    while tok.dep_.startswith("flat") and tok.head.i != tok.i:
        tok = tok.head
    p = st.res.np_party(tok)
    return p if is_named(p) else None
