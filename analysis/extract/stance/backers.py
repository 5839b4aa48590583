"""Backing stated as the means of a clause (``stance_acts.yaml``: ``backers``; round 23,
snarr): "avec l'appui de X, les forces de Y ont repris la ville", "Y a repris la présidence
grâce au concours de X", "Y, à la faveur de l'appui naval xien, tient la côte": X backs the
clause's active subject (+1).

Why: the press states who backs whom in the narration through these locutions of means
as often as through a verb ("X soutient Y"). The broker rule
(:func:`analysis.extract.stance.brokers.mediation`) reads the same locutions for what came
about (the outcome); a support noun also names whom the support goes to: the party that
acts with it, the clause's subject. Each backer is read from the "de" complement ("l'appui
de X") or from a nationality adjective on the noun ("l'appui xien" → Xie), which the
broker rule does not read.

Precision first: only support nouns (``nouns``: not "médiation" or "égide", whose broker
stands between two sides), only after a locution of means (``before``), only a subject that
names an actor (a person, state, body or group, not "le déploiement"); a negated or supposed
clause, a subject that is the backer itself, or a state backing one of its own bodies
(its own side) give no row.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, load_lexicon, norm
from analysis.extract.quotes.speakers import DE, Party
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import in_hypothesis, negated
from analysis.extract.stance.holders import demonym_holders, is_named
from analysis.extract.stance.state import State, heads_above
from analysis.extract.stance.targets import party_target
from analysis.resources.datacache import derived


@derived
def _words() -> dict[str, frozenset[str]]:
    """The ``backers`` lists of ``stance_acts.yaml`` as sets."""
    d = load_lexicon("stance_acts").get("backers") or {}
    return {k: frozenset(norm(w) for w in d.get(k) or []) for k in ("nouns", "before")}


def _nouns(c: Cues) -> frozenset[str]:
    return _words()["nouns"]


def _introduced(st: State, i: int, sent: Span) -> bool:
    """The noun at ``i`` follows a locution of means: "avec l'", "grâce au", "à la faveur
    d'un", "fort du" (the locution, then at most a determiner; "au" / "du" end the locution
    itself)."""
    before = _words()["before"]
    ends = [i - 1]
    if i - 1 >= sent.start and st.tv.pos[i - 1] == "DET":
        ends.append(i - 2)
    for k in ends:
        for width in (1, 2, 3, 4):
            lo = k - width + 1
            if lo < sent.start:
                break
            if " ".join(st.low[lo : k + 1]) in before:
                return True
    return False


def _backers(st: State, t: Token, sent: Span) -> list[Party]:
    """The named party of "l'appui de X" after the noun (past its adjectives), else the
    state of a nationality adjective on it ("un appui naval xien")."""
    k = t.i + 1
    while k < sent.end and (st.tv.pos[k] in ("ADJ", "ADV") or _participle(st.doc[k])):
        k += 1  # "l'appui résolu de X" (the tagger reads some epithets as participles)
    if k < sent.end and st.low[k] in DE:
        rng = st.res.np_after(k + 1, sent.end)
        p = st.res.party(*rng) if rng else None
        if p is not None and p.identified and is_named(p):
            return [p]
    return [p for p in demonym_holders(st, t) if is_named(p)]


def _participle(t: Token) -> bool:
    return t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm")


def _own_person(st: State, backer: Party, backed: Party) -> bool:
    """A state backing one of its own bodies ("avec l'appui du Y, l'armée yenne"). Bodies
    only: their country is in their name, while a person's may be guessed from the states
    named around them (the backer among them)."""
    if not backer.actor_id or not backed.actor_id:
        return False
    if st.res.actor_type(backed.actor_id) == "person":
        return False
    country = st.res.actors.get(backed.actor_id, {}).get("country")
    return isinstance(country, str) and st.states.get(country) == backer.actor_id


def _backed(st: State, verb: Token) -> list[Party]:
    """Who acts with the support: the subject of an active clause, when its head itself
    names an actor ("Y a repris", "le gouvernement de Y a repris": not "les forces loyales
    au Y, reconnu par Z": a name inside the subject's modifiers is no subject). None for a
    passive: its subject may be who undergoes the act ("Y a été sanctionné avec l'appui de
    X": X is with the unnamed agent, not with Y)."""
    if st.res.is_passive(verb):
        return []
    out = []
    for head in st.res.subject_tokens(verb):
        p = st.res.np_party(head)
        if p.actor_id and p.start <= st.tv.idx[head.i] < p.end:
            out.append(p)
    return out


@detector(pos={"NOUN"}, words=_nouns, match="form")
def means_backing(st: State, t: Token, sent: Span) -> None:
    """ "avec l'appui de X, Y a …": X for Y (see the module docstring)."""
    if not _introduced(st, t.i, sent):
        return
    backers = _backers(st, t, sent)
    if not backers:
        return
    verb = next((h for h in heads_above(t, 3) if h.pos_ in ("VERB", "AUX")), None)
    if verb is None or negated(st, verb) or in_hypothesis(st, verb):
        return
    for backed in _backed(st, verb):
        if backed is None or not backed.identified or not backed.actor_id:
            continue
        for b in backers:
            if b.actor_id == backed.actor_id or _own_person(st, b, backed):
                continue
            st.add([b], party_target(st, backed), 1, f"{norm(t.text)} de", "interaction", t, sent)
