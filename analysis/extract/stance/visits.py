"""Visits and invitations stated in the narration (``stance_acts.yaml``: ``visits``): "X
s'est rendu à Y", "la visite de X en Y", "X a reçu Y", "l'invitation de X à Y" — a
(weak) positive stance between the visitor and the host.

Why apart from :mod:`analysis.extract.stance.acts`: a visit's parties are a visitor and a
destination or host, read from the preposition of place and the guest of "recevoir", not
from a subject and a partner as agreements are.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, matches, norm
from analysis.extract.quotes.speakers import DE, Party
from analysis.extract.stance.acts import names_in
from analysis.extract.stance.agents import circumstance_holders
from analysis.extract.stance.detector import detector
from analysis.extract.stance.diplomatic_acts import par_agent
from analysis.extract.stance.exhortations import exhorted
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import (
    holders_of,
    is_named,
)
from analysis.extract.stance.neutral import invitation_is_a_call
from analysis.extract.stance.relations import friction as friction
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import (
    is_place_name,
    object_of,
    party_target,
    place_after,
    prep_np,
    segment_end,
)

# where a visit goes: "à Y", "au Y", "aux Y", "en Y"
DESTINATION_PREPS = ("à", "au", "aux", "en")


@detector(pos={"NOUN"}, words=lambda c: c.acts["visits"]["nouns"], match="form")
def visit_noun(st: State, t: Token, sent: Span) -> None:
    """ "la visite à Y de X", "X a entamé une visite en Y": the visitor is (weakly) for the
    destination, a state or a place."""
    if not names_in(t, st.c.acts["visits"]["nouns"]):
        return
    # past the visit's qualifiers ("une visite d'amitié et de travail au Y", "une visite
    # d'État de trois jours à Y")
    hit = prep_np(st, t.i + 1, DESTINATION_PREPS, sent, window=8)
    if hit is None:
        return
    dest = st.res.np_party(hit[1])
    if not is_place_name(st, dest, hit[1]):
        return
    visitors = _visitor_after(st, t, sent, dest, hit[0])
    if not visitors:
        gov = t.head
        if gov.pos_ in ("VERB", "AUX") and t.dep_ in ("obj", "nsubj:pass"):
            visitors = holders_of(st, gov)
        elif _copular_visit(t):
            visitors = holders_of(st, t)  # "X est en visite (de travail) au Y"
        else:
            carrier = _carrier_verb(st, t, sent)
            visitors = holders_of(st, carrier) if carrier is not None else []
    if _denied_stay(st, t):
        return  # "X n'est pas (plus, jamais) en visite au Y"
    visitors = visitors or circumstance_holders(st, t)  # "X, en visite à Y, a déclaré"
    st.add(visitors, party_target(st, dest), 1, norm(t.text), "visit", t, sent)


def _copular_visit(t: Token) -> bool:
    """ "X est en visite au Y": the noun is the predicate of "être" (a copula and a subject
    of its own), the subject the visitor. Why: the parser makes the noun the clause's head,
    so no verb's subject reaches it."""
    deps = {c.dep_ for c in t.children}
    return "cop" in deps and "nsubj" in deps and any(c.dep_ == "case" for c in t.children)


def _denied_stay(st: State, t: Token) -> bool:
    """ "X n'est pas (plus, jamais) en visite au Y": "ne", a form of "être", the negation's
    second word and "en" right before the noun. Read on the words, not the parse, because
    the parser hangs "visite" on "est", on the noun itself or on "plus" depending on the
    negation word, so no one dependency reaches the "ne"."""
    k = t.i - 1
    if k < 1 or st.low[k] != "en":
        return False
    k -= 1
    while k > 0 and st.low[k] in st.c.negators:
        k -= 1  # "pas", "plus", "jamais", "guère"
    return norm(st.doc[k].lemma_) == "être" and k > 0 and st.low[k - 1] in st.c.negators


def _carrier_verb(st: State, t: Token, sent: Span) -> Token | None:
    """The visit verb before the noun across a date or a time phrase ("X a effectué les lundi
    3 et mardi 4 mai une visite au Y", "X a entamé ce mardi 6 juin une visite à Y"). Why: the
    parser hangs the noun on the date ("mai", "juin") and the verb's subject, the visitor,
    is lost; only dates, numbers, determiners, "et" and time adverbs may stand between."""
    verbs = st.c.acts["visits"]["verbs"]
    times = st.c.acts["visits"]["time_words"]
    k = t.i - 1
    while k > sent.start and st.tv.pos[k] in ("DET", "ADJ"):
        k -= 1  # "une", "une première"
    for _ in range(10):
        if k <= sent.start:
            return None
        tok = st.doc[k]
        if tok.pos_ == "VERB":
            return tok if matches(tok, verbs, st.c) else None
        if not (
            st.tv.pos[k] in ("DET", "NUM", "CCONJ", "ADV")
            or st.low[k] in times
            or st.low[k] in ("depuis", "dès", "ce", "cette", ",")
        ):
            return None
        k -= 1
    return None


def _visitor_after(st: State, t: Token, sent: Span, dest: Party, stop: int) -> list[Party]:
    """The "de X" complement of the visit noun ("la visite du président X"), not the
    destination (whose preposition is at ``stop``), up to the next verb or comma."""
    doc = st.doc
    for k in range(t.i + 1, min(sent.end, t.i + 12)):
        if (
            norm(doc[k].text) in ("du", "de", "d'", "des")
            and k + 1 < sent.end
            and (doc[k + 1].pos_ != "NOUN" or doc[k + 1].text[:1].islower())
            and norm(doc[k + 1].text) not in ("état",)
        ):
            rng = st.res.np_after(k + 1, stop if stop > k else sent.end)
            if rng:
                p = st.res.party(*rng)
                if p.identified and p.actor_id != dest.actor_id:
                    return [p] if _heads(st, p, rng[0]) else []
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (",", ";"):
            break
    return []


def _heads(st: State, p: Party, i: int) -> bool:
    """``p`` is an actor, or a name that is the phrase starting at token ``i`` itself, not the
    complement of its head ("un ministre de la Défense" names no visitor "Défense"), nor a
    common noun ("la Défense")."""
    if p.actor_id:
        return True
    if p.kind == "noun":
        return False
    before = norm(st.article.text[st.tv.idx[i] : p.start]).split()
    return not DE.intersection(before)


def _visit_verbs(c: Cues) -> frozenset[str]:
    return frozenset({"rendre", "visiter"}) | c.acts["visits"]["hosts"]


@detector(pos={"VERB"}, words=_visit_verbs)
def visit_verb(st: State, t: Token, sent: Span) -> None:
    """ "X s'est rendu à Y", "X a visité Y": the visitor is (weakly) for the destination;
    "X a reçu Y", "Y a été invité par X" (``hosts``): the host is (weakly) for the guest."""
    if negated(st, t):
        return  # "X ne s'est pas rendu à Y", "Y n'a pas été reçu par X": no visit, no stance
    lemma = norm(t.lemma_)
    if lemma == "rendre" and any(
        norm(x.text) in st.words.reflexive for x in st.doc[max(0, t.i - 3) : t.i]
    ):
        _se_rendre(st, t, sent)
        return
    if lemma == "visiter":
        obj = object_of(st, t, sent)
        if obj is not None:
            dest = st.res.np_party(obj)
            if dest.actor_id and is_place_name(st, dest, obj):
                st.add(holders_of(st, t), party_target(st, dest), 1, "visiter", "visit", t, sent)
        return
    host_lemma = matches(t, st.c.acts["visits"]["hosts"], st.c)
    if not host_lemma or (host_lemma == "inviter" and invitation_is_a_call(st, t, sent)):
        return  # "inviter Y à négocier" calls on Y (the demand detector, :mod:`.neutral`)
    if st.res.is_passive(t):
        _hosted(st, t, sent, host_lemma)
        return
    guest = _guest(st, t, sent)
    if guest is None:
        return
    hosts = holders_of(st, t)
    if host_lemma == "inviter" and exhorted(st, hosts, guest, t, sent):
        return  # "inviter Y à respecter …": no welcome (:mod:`.exhortations`)
    st.add(hosts, party_target(st, guest), 1, host_lemma, "host", t, sent)
    if host_lemma != "inviter":
        # the guest who comes is (weakly) for the host too
        for h in hosts:
            if is_named(h):
                st.add([guest], party_target(st, h), 1, "reçu par", "visit", t, sent)


def _guest(st: State, t: Token, sent: Span) -> Party | None:
    """Whom "X reçoit (samedi à Paris) Y" receives: the object, or the first actor named
    after the verb in its clause that no preposition introduces ("à Paris" is the place)."""
    obj = object_of(st, t, sent)
    if obj is not None and (
        st.has_child(obj.i, ("case",)) or names_in(obj, st.c.acts["visits"]["time_words"])
    ):
        obj = _bare_noun_after(st, obj, sent)
    if obj is not None and obj.pos_ in ("PROPN", "NOUN") and not st.has_child(obj.i, ("case",)):
        if _received_thing(st, obj):
            return None  # "Y a reçu un avis d'expulsion du X": a thing of X, no guest
        guest = st.res.np_party(obj)
        if guest.identified and guest.kind in ("actor", "name"):
            return guest
    end = segment_end(st, t.i + 1, sent)
    if end <= t.i + 1:
        return None
    for start, stop, aid in st.res.mentions_in(st.tv.idx[t.i + 1], st.tv.end[end - 1]):
        k = bisect.bisect_left(st.tv.idx, start)
        if k > 0 and (st.tv.pos[k - 1] == "ADP" or st.low[k - 1] in ("au", "aux")):
            continue
        return Party(st.res.actor_name(aid), aid, start, stop, "actor")
    return None


def _bare_noun_after(st: State, tok: Token, sent: Span) -> Token | None:
    """The first noun after ``tok`` (a circumstance the parser took for the object: "a reçu
    en audience ce vendredi le ministre Y") that no preposition introduces and that is no
    date, within the clause."""
    times = st.c.acts["visits"]["time_words"]
    for k in range(tok.i + 1, segment_end(st, tok.i + 1, sent)):
        if st.tv.pos[k] not in ("NOUN", "PROPN") or names_in(st.doc[k], times):
            continue
        before = k - 1
        while before > tok.i and st.tv.pos[before] in ("DET", "ADJ", "NUM"):
            before -= 1
        if st.tv.pos[before] == "ADP" or st.low[before] in ("au", "aux", "du", "des"):
            continue
        return st.doc[k]
    return None


def _received_thing(st: State, obj: Token) -> bool:
    """The received object is a thing whose complement names an actor ("un avis
    d'expulsion du X", "une lettre de X"): a common noun that is no role or group word,
    followed by a preposition. Why: hosting needs a guest; "recevoir" also means getting
    something, and reading the thing's author as a guest gives a false friendly stance."""
    if obj.pos_ != "NOUN" or not obj.text[:1].islower():
        return False
    c = st.c
    if any(w in c.roles or w in c.groups for w in (norm(obj.text), norm(obj.lemma_))):
        return False
    visits = st.c.acts["visits"]
    if names_in(obj, visits["guests"]) or names_in(obj, visits["nouns"]):
        return False  # "X a reçu la visite de Y": Y is the guest
    k, n = obj.i + 1, len(st.doc)
    # past its adjectives, coordinated ones too ("une réplique nette et mesurée de la part
    # de X": X is who answers, no guest; the tagger reads some as participles)
    while k < n and (
        _epithet(st, k) or (st.low[k] in ("et", ",") and k + 1 < n and _epithet(st, k + 1))
    ):
        k += 1
    return k < n and (st.tv.pos[k] == "ADP" or st.low[k] in ("du", "des"))


def _epithet(st: State, k: int) -> bool:
    """Token k is an adjective or a participle (an epithet after a noun)."""
    tv = st.tv
    return tv.pos[k] == "ADJ" or (tv.pos[k] == "VERB" and "Part" in tv.morph(k, "VerbForm"))


def _se_rendre(st: State, t: Token, sent: Span) -> None:
    """ "X s'est rendu à Y": for a named destination."""
    times = st.c.acts["visits"]["time_words"]
    k = t.i + 1  # past a leading date ("s'est rendu ce lundi 3 mai 2021 au Y")
    while k < sent.end and (st.tv.pos[k] in ("DET", "NUM") or st.low[k] in times):
        k += 1
    hit = prep_np(st, t.i + 1, DESTINATION_PREPS, sent, window=4 + k - t.i - 1)
    while hit is not None and (hit[1].pos_ == "NUM" or names_in(hit[1], times)):
        # a date's bound, not the destination ("se rendra du 3 au 5 mai en Y"): on past it
        hit = prep_np(st, hit[1].i + 1, DESTINATION_PREPS, sent, window=4)
    if hit is not None:
        dest = st.res.np_party(hit[1])
        if dest.identified and dest.kind != "noun":
            st.add(holders_of(st, t), party_target(st, dest), 1, "se rendre", "visit", t, sent)


def _hosted(st: State, t: Token, sent: Span, host_lemma: str) -> None:
    """ "Y a été reçu par X": the agent hosts the passive subjects; "Y a été invité en Z":
    the place hosts them."""
    heads = [c for c in t.children if c.dep_ in ("nsubj:pass", "nsubj")]
    if t.dep_ == "acl:relcl" and any(st.low[h.i] == "qui" for h in heads):
        heads = [t.head]  # "Y, qui avait été reçu par X, ...": the relative's antecedent
    if not heads:
        h = st.res.np_before(st.res.verb_group_start(t))
        heads = [h] if h is not None else []
    guests = [p for h in heads for p in st.res.np_parties(h) if p.identified]
    ag = st.res.agent_token(t)
    hosts = [st.res.np_party(ag)] if ag is not None else par_agent(st, t, sent)
    if hosts and ag is None:
        ag = t  # "Y a été reçu en mai au Caire par X": the agent past the circumstances
    if not hosts and host_lemma == "inviter":
        d = place_after(st, t, sent)
        if d is not None:
            hosts = [d]
    for g in guests:
        st.add(hosts, party_target(st, g), 1, host_lemma, "host", t, sent)
        if host_lemma != "inviter" and ag is not None:
            # the guest who comes is (weakly) for the host too, as in the active voice
            for h in hosts:
                if is_named(h) and h.actor_id != g.actor_id:
                    st.add([g], party_target(st, h), 1, "reçu par", "visit", t, sent)


@detector(pos={"NOUN"}, words=lambda c: c.acts["visits"]["invitation_nouns"], match="form")
def invitation(st: State, t: Token, sent: Span) -> None:
    """ "À l'invitation de X, Y entame une visite": X hosts Y (a weak positive stance of the
    host toward the guest, the subject of the clause)."""
    low = st.low
    if not names_in(t, st.c.acts["visits"]["invitation_nouns"]):
        return
    if t.i < sent.start + 2 or low[t.i - 1] not in ("l'", "la"):
        return
    if low[t.i - 2] not in ("à", "sur") and st.tv.text[t.i - 2] != "A":
        return  # a capital "À" is often written "A"
    hit = prep_np(st, t.i + 1, ("de", "du", "des", "d'"), sent, window=1)
    if hit is None:
        return
    i, j = st.res.chunk(hit[1], appos=False)
    host = st.res.party(i, j, hit[1])
    gov = t.head
    for _ in range(3):
        if gov.pos_ in ("VERB", "AUX") or gov.head.i == gov.i:
            break
        gov = gov.head
    if not is_named(host) or gov.pos_ not in ("VERB", "AUX"):
        return
    guests = [g for g in holders_of(st, gov) if g.identified and g.actor_id != host.actor_id]
    for g in guests:
        st.add([host], party_target(st, g), 1, "invitation", "host", t, sent)
