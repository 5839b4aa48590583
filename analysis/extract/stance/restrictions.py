"""Restrictive measures and their relief, stated in the narration (``stance_acts.yaml``:
``restriction_acts``; session 13 part 2).

"X a levé / allégé / assoupli les sanctions contre Y", "X a suspendu l'embargo visant Y":
lifting a restriction is X's act for Y (+1). "X a gelé / saisi / confisqué les avoirs de
Y": taking hold of what Y owns is against Y (−1); "X a dégelé / débloqué les avoirs de Y"
gives it back (+1). The restriction's target is named by a marker ("contre", "visant",
"imposées à", "à l'encontre de"); a bare "de Y" after a sanction names who imposes it ("les
sanctions de l'UE") and is never read as the target, while after an asset it names the
owner.

Why apart from :mod:`analysis.extract.stance.acts`: there a hostile act is imposed ("X a
sanctionné Y"); here the sign depends on the verb's direction (imposing vs lifting) and the
target sits inside the object's complement. Precision first: a negated act, or one under a
verb of refusal or hindrance ("refuser de lever", "s'opposer à alléger"), gives no row.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, matches, norm
from analysis.extract.stance.agents import noun_agent
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import holders_of, is_named
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target

_DE = frozenset({"de", "du", "des", "d'"})
_DETS = frozenset(
    {
        "le",
        "la",
        "les",
        "l'",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d'",
        "ses",
        "son",
        "sa",
        "leurs",
        "leur",
        "ces",
        "ce",
        "cet",
        "cette",
        "tous",
        "toutes",
    }
)


def _lists(c: Cues) -> dict:
    return c.acts.get("restriction_acts") or {}


def _verbs(c: Cues) -> frozenset[str]:
    m = _lists(c)
    return frozenset().union(*(m.get(k, frozenset()) for k in ("relief", "freeze", "release")))


def _phrase_at(st: State, k: int, end: int, phrases: frozenset[str]) -> int:
    """The length in words of the longest phrase of ``phrases`` starting at ``k`` (0: none)."""
    best = 0
    for n in (1, 2, 3, 4):
        if k + n > end:
            break
        if norm(" ".join(st.low[k : k + n]).replace("' ", "'")) in phrases:
            best = n
    return best


def _object(st: State, t: Token, sent: Span, nouns: frozenset[str]) -> int | None:
    """The end (exclusive) of the object noun of ``t`` named in ``nouns``, found linearly
    within six words after the verb past determiners and adjectives ("les lourdes sanctions",
    "l'ensemble des avoirs"): the parser often hangs the noun elsewhere."""
    k = t.i + 1
    limit = min(sent.end, t.i + 7)
    while k < limit:
        n = _phrase_at(st, k, sent.end, nouns)
        if n:
            return k + n
        if (
            st.low[k] in _DETS
            or st.doc[k].pos_ in ("ADJ", "ADV", "DET")
            or st.low[k]
            in (
                "ensemble",
                "partie",
                "totalité",
            )
        ):
            k += 1
            continue
        return None
    return None


def _skip_adjectives(st: State, k: int, sent: Span) -> int:
    while k < sent.end and st.doc[k].pos_ == "ADJ":
        k += 1
    return k


def _target_after(st: State, k: int, sent: Span, markers: frozenset[str], owner: bool):
    """The named party after the object: behind a marker ("contre Y", "imposées à Y"), or
    for an owned thing (``owner``) its "de" complement ("les avoirs de Y")."""
    k = _skip_adjectives(st, k, sent)
    limit = min(sent.end, k + 4)
    j = k
    while j < limit:
        n = _phrase_at(st, j, sent.end, markers)
        if n:
            break
        if owner and j == k and st.low[j] in _DE:
            n = 1
            break
        j += 1
    else:
        return None
    rng = st.res.np_after(j + n, sent.end)
    other = st.res.party(*rng) if rng else None
    return other if other is not None and is_named(other) else None


def _blocked(st: State, t: Token, blocked: frozenset[str]) -> bool:
    """The act sits under a verb of refusal or hindrance ("refuser de lever")."""
    node = t
    for _ in range(2):
        if node.head is node:
            return False
        node = node.head
        if norm(node.lemma_) in blocked:
            return True
    return False


@detector(pos={"VERB", "ADJ"}, words=_verbs)
def restriction_act(st: State, t: Token, sent: Span) -> None:
    """ "X a levé les sanctions contre Y" (+1), "X a gelé les avoirs de Y" (−1), "X a
    débloqué les fonds de Y" (+1): see the module docstring."""
    m = _lists(st.c)
    key, polarity, nouns, owner = None, 0, frozenset(), False
    for kind, sign, names, owned in (
        ("relief", 1, "restrictions", False),
        ("freeze", -1, "assets", True),
        ("release", 1, "assets", True),
    ):
        key = matches(t, m.get(kind, frozenset()), st.c)
        if key:
            polarity, nouns, owner = sign, m.get(names, frozenset()), owned
            break
    if not key:
        return
    end = _object(st, t, sent, nouns)
    if end is None:
        return
    other = _target_after(st, end, sent, m.get("markers", frozenset()), owner)
    if other is None:
        return
    if negated(st, t) or _blocked(st, t, m.get("blocked", frozenset())):
        return
    st.add(holders_of(st, t), party_target(st, other), polarity, key, "act", t, sent)


def _relief_nouns(c: Cues) -> frozenset[str]:
    return _lists(c).get("relief_nouns") or frozenset()


def under_relief(st: State, t: Token) -> bool:
    """Noun ``t`` (a measure) is the complement of a relief noun before it ("la levée des
    sanctions contre Y", "l'allègement de l'embargo"): what is said is the end of the
    measure, no measure against Y."""
    k = t.i - 1
    lo = st.res.sent_start(t.i)
    while k > lo and (st.low[k] in _DETS or st.doc[k].pos_ == "ADJ"):
        k -= 1
    return k >= lo and k < t.i - 1 and st.low[k] in _relief_nouns(st.c)


@detector(pos={"NOUN"}, words=_relief_nouns, match="form")
def relief_noun(st: State, t: Token, sent: Span) -> None:
    """ "X a annoncé la levée des sanctions contre Y", "X a procédé à l'allègement de
    l'embargo visant Y", "l'assouplissement par X des restrictions imposées à Y": the
    relief verbs' nouns (``relief_nouns``), the restriction and its target after them; the
    holder is the "par" agent or the subject of the verb that carries the noun (+1). Why:
    the press names the lifting as often with the noun as with the verb, and without this
    the measure's own noun read the lifting as a stance against Y."""
    m = _lists(st.c)
    end = _object(st, t, sent, m.get("restrictions", frozenset()))
    if end is None:
        return
    other = _target_after(st, end, sent, m.get("markers", frozenset()), False)
    if other is None or negated(st, t):
        return
    agent = noun_agent(st, t, sent)
    if agent is not None:
        st.add([agent[0]], party_target(st, other), 1, norm(t.text), "act", t, sent)
        return
    gov = t.head
    if gov.pos_ not in ("VERB", "AUX") or gov.i == t.i:
        return
    if negated(st, gov) or matches(gov, m.get("blocked", frozenset()), st.c):
        return
    holders = [h for h in holders_of(st, gov) if h.actor_id != other.actor_id]
    st.add(holders, party_target(st, other), 1, norm(t.text), "act", t, sent)
