"""A harm or an attack as the object of a stance word: "dénoncer l'arrestation de X"
(against the arrest, for X), "condamner les frappes de X contre Y" (against the strikes
and X, for Y), "l'invasion de Y par X" (X is the author).

Why apart from :mod:`analysis.extract.stance.lexical`: the object of a stance word names
someone only through its complements here, and which complement is the victim and which
the author depends on the harm noun (``harm_nouns``, ``attack_nouns``), not on the cue.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import norm
from analysis.extract.quotes.speakers import DE, Party
from analysis.extract.stance.authored import authored_harm, bare_author
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import (
    is_named,
)
from analysis.extract.stance.interactions import participle_author
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State
from analysis.extract.stance.target_places import LOCATIVE_PREPS
from analysis.extract.stance.targets import (
    party_target,
    target_range,
)


def harmed_object(
    st: State,
    holders: list[Party],
    obj: Token,
    target: Target,
    polarity: int,
    cue: str,
    t: Token,
    sent: Span,
) -> bool:
    """ "dénoncer l'arrestation de X": against the arrest, for X (two rows, each target
    text naming only its own target)."""
    if _attack(st, holders, obj, polarity, cue, t, sent):
        return True
    if norm(obj.lemma_) not in st.c.harm_nouns and norm(obj.text) not in st.c.harm_nouns:
        return False
    doc = st.doc
    k = obj.i + 1
    while k < sent.end and doc[k].pos_ == "ADJ":
        k += 1
    if k >= sent.end or norm(doc[k].text) not in DE:
        return False
    rng = st.res.np_after(k + 1, sent.end)
    by = next((m for m in range(rng[0], rng[1]) if st.low[m] == "par"), None) if rng else None
    if rng and by is not None:
        rng = (rng[0], by)  # "l'invasion de Y par X": Y is the victim, X the author
    victim = st.res.party(*rng) if rng else None
    if victim is None or not victim.identified or victim.kind not in ("actor", "name"):
        return False
    if _only_the_place(st, rng, victim):
        return False
    sign = polarity if by is None and bare_author(st, obj, victim) else -polarity  # its author
    i, _j = st.res.chunk(obj, appos=False)
    issue = target_range(st, i, k, obj)
    issue = Target(issue.name, None, issue.text, issue.start, issue.end)
    st.add(holders, issue, polarity, cue, "verb", t, sent)
    st.add(
        holders,
        party_target(st, victim),
        sign,
        f"{cue} {norm(obj.text)}",
        "verb",
        t,
        sent,
    )
    author = st.res.np_after(by + 1, sent.end) if by is not None else None
    doer = st.res.party(*author) if author else None
    if doer is not None and is_named(doer):
        # "condamner l'invasion de Y par X": against X, who does the harm
        st.add(
            holders, party_target(st, doer), polarity, f"{cue} {norm(obj.text)}", "verb", t, sent
        )
    return True


def _only_the_place(st: State, rng: tuple[int, int], victim: Party) -> bool:
    """ "dénoncer la répression des opposants en Syldavie": the state named only after a
    locative preposition ("en / au / aux / à / dans") of the "de" phrase is where the harm
    happens, not whom it harms — most often its author (a state represses at home). Read as
    the victim it took the condemner's support: no row for it (the issue row stays)."""
    place = next((m for m in range(rng[0] + 1, rng[1]) if st.low[m] in LOCATIVE_PREPS), None)
    if place is None or not victim.name:
        return False
    start, cut = st.tv.idx[rng[0]], st.tv.idx[place]
    before = st.article.text[start:cut]
    return victim.name.lower() not in before.lower() and not st.res.mentions_in(start, cut)


def _attack(
    st: State, holders: list[Party], obj: Token, polarity: int, cue: str, t: Token, sent: Span
) -> bool:
    """ "condamner les frappes de X contre Y": against the attack and its author X, for its
    victim Y (``attack_nouns``; "de" names the author, "contre" the victim)."""
    if (
        norm(obj.text) not in st.words.attack_nouns
        and norm(obj.lemma_) not in st.words.attack_nouns
        and not authored_harm(st, obj, sent)  # "l'agression de X contre Y"
    ):
        return False
    i, j = st.res.chunk(obj, appos=False, pps=False)
    issue = target_range(st, i, max(j, obj.i + 1), obj)
    parties: list[tuple[Party, int]] = []
    k = obj.i + 1
    while k < sent.end and st.tv.pos[k] == "ADJ":
        k += 1
    for _ in range(2):
        if k >= sent.end or (st.low[k] not in DE and st.low[k] != "contre"):
            break
        rng = st.res.np_after(k + 1, sent.end)
        if not rng:
            break
        stop = next((m for m in range(rng[0] + 1, rng[1]) if st.tv.pos[m] == "ADP"), rng[1])
        p = st.res.party(rng[0], stop)
        if is_named(p):
            parties.append((p, -polarity if st.low[k] == "contre" else polarity))
        k = stop
    if not negated(st, t) and not any(pol == polarity for _p, pol in parties):
        # "condamner l'attentat contre Y, mené par X": the author named by a participle
        # (not under a negation: not condemning an act says nothing of its author)
        by = participle_author(st, obj, sent)
        if by is not None and all(by.actor_id != p.actor_id for p, _pol in parties):
            parties.append((by, polarity))
    if not parties:
        return False
    st.add(
        holders,
        Target(issue.name, None, issue.text, issue.start, issue.end),
        polarity,
        cue,
        "verb",
        t,
        sent,
    )
    for p, pol in parties:
        st.add(holders, party_target(st, p), pol, f"{cue} {norm(obj.text)}", "verb", t, sent)
    return True
