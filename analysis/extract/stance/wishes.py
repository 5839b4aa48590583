"""Wishes named by a noun after a verb of expressing (``stance_cues.yaml``: ``wish_nouns``,
``wish_carriers``; session 17, narr).

"X a exprimé le souhait que le dialogue reprenne", "X et Y ont formulé le vœu d'une paix
durable", "X a fait part de son espoir de voir la crise se régler", "X a dit son désir de
renforcer la coopération": the subject is for what it wishes — the "que" clause, the "de" /
"à" infinitive phrase or the "de" noun phrase — as with the verbs of
:func:`analysis.extract.stance.feelings.wish` ("X souhaite que …").

Why apart: there the wish is the verb; here it is the object of a light verb of expressing,
whose subject holds it. Precision first: the noun must be the object of one of
``wish_carriers`` (a negated carrier gives nothing); a "de" complement that names an actor
is the wisher ("le vœu du Y"), never what is wished; a clause whose subject is a named actor
("le souhait que Y revoie sa position") says nothing of the sign toward Y, and one naming
a harm or a friction ("l'espoir de voir la crise finir") would read as support for it: no
row.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import load_lexicon, matches, norm
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import holders_of, is_named, state_of
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import segment_end, target_range
from analysis.resources.datacache import derived

_MARKS = frozenset({"de", "d'", "à"})


@derived
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    """(wish nouns, carriers), from ``stance_cues.yaml``."""
    cues = load_lexicon("stance_cues")
    return (
        frozenset(norm(w) for w in cues.get("wish_nouns") or ()),
        frozenset(norm(w) for w in cues.get("wish_carriers") or ()),
    )


@detector(pos={"NOUN"}, words=lambda c: _lists()[0], match="form")
def wish_noun(st: State, t: Token, sent: Span) -> None:
    """ "X a exprimé le souhait que …", "X a formulé le vœu d'une paix durable": X is for
    the clause, the infinitive phrase or the noun phrase after the noun."""
    nouns = _lists()[0]
    if st.low[t.i] not in nouns and norm(t.lemma_) not in nouns:
        return
    verb = _carrier(st, t)
    if verb is None or negated(st, verb):
        return
    k = t.i + 1
    while k < sent.end and st.tv.pos[k] in ("ADJ", "ADV"):
        k += 1
    holders = holders_of(st, verb)
    own = {p.actor_id for p in holders if p.actor_id}
    own |= {state_of(st, a, st.states) for a in list(own)} - {None}
    target = _wished(st, k, sent, frozenset(own))
    if target is None:
        return
    st.add(holders, target, 1, norm(t.lemma_), "noun", t, sent)


def _carrier(st: State, t: Token) -> Token | None:
    """The verb of expressing whose object the noun is ("exprimer le souhait", "faire part
    de son espoir"): its head, else (a parse that left the noun unattached) the first verb
    before it, past a determiner, adjectives and a date set off by commas ("ont exprimé,
    lundi 3 mai, le souhait que")."""
    head = t.head
    if head.i == t.i or head.i > t.i or head.pos_ not in ("VERB", "AUX"):
        k = t.i - 1
        while k > t.sent.start and t.i - k <= 9 and st.tv.pos[k] not in ("VERB", "AUX"):
            k -= 1
        head = st.doc[k]
    if t.i - head.i > 9 or head.pos_ not in ("VERB", "AUX"):
        return None
    if any(st.tv.pos[k] in ("VERB", "AUX") for k in range(head.i + 1, t.i)):
        return None
    if matches(head, _lists()[1], st.c):
        return head
    if norm(head.lemma_) == "faire" and any(st.low[k] == "part" for k in range(head.i, t.i)):
        return head
    return None


def _wished(st: State, k: int, sent: Span, own: frozenset) -> Target | None:
    """What the noun at ``k - 1`` wishes: a "que" clause, a "de" / "à" infinitive phrase or
    a "de" noun phrase naming no actor."""
    if k >= sent.end:
        return None
    low = st.low[k]
    if low in ("que", "qu'"):
        return _clause(st, k + 1, segment_end(st, k + 1, sent), own)
    if low not in _MARKS and low not in ("du", "des"):
        return None
    nxt = k + 1
    if nxt >= sent.end:
        return None
    if st.tv.pos[nxt] == "VERB" and "Inf" in st.tv.morph(nxt, "VerbForm"):
        if _hostile(st, nxt):
            return None  # "son désir de punir Y": no support for what it names
        start = nxt + 1 if st.low[nxt] == "voir" else nxt
        return _clause(st, start, segment_end(st, nxt, sent), own)
    if low == "à":
        return None
    rng = st.res.np_after(nxt, sent.end)
    if not rng or is_named(st.res.party(*rng)):
        return None  # "le vœu du Y": Y wishes, the phrase names no wish
    return _clause(st, rng[0], segment_end(st, rng[0], sent), own)


def _hostile(st: State, k: int) -> bool:
    """The infinitive at ``k`` is an act against someone (a stance verb of negative sign, a
    harm or a cessation)."""
    c = st.c
    lemma = norm(st.tv.lemma_low[k])
    if lemma in c.harm_verbs or lemma in c.cessation_verbs:
        return True
    return any(v.polarity < 0 for v in c.stance_verbs.get(lemma, ()))


def _clause(st: State, a: int, b: int, own: frozenset) -> Target | None:
    """The wished clause or phrase as an issue; None when it opens on a named actor other
    than the wisher or its state ("le souhait que Y comprenne …": a wish about Y's conduct,
    whose sign toward Y is unsaid; "le souhait de voir son pays servir de pont" is read)."""
    # the wish ends before its purpose ("… soient convoquées pour résoudre la crise")
    b = next((k for k in range(a + 1, b) if st.low[k] in ("pour", "afin")), b)
    if b <= a:
        return None
    tg = target_range(st, a, b)
    if tg.actor_id is not None and tg.actor_id not in own:
        return None
    c = st.c
    bad = c.negative_terms | c.harm_nouns | c.acts["frictions"]["nouns"]
    if any(st.low[k] in bad or norm(st.tv.lemma_low[k]) in bad for k in range(a, b)):
        return None  # "l'espoir de voir la crise se résoudre": no support for the crisis
    name = tg.text if tg.actor_id is not None else tg.name  # the clause, not the wisher's side
    return Target(name, None, tg.text, tg.start, tg.end)
