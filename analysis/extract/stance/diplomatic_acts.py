"""Diplomatic acts and ruptures stated in the narration (``stance_acts.yaml``:
``hostile_acts``, ``ruptures``): "X a rappelé son ambassadeur à Y", "Y a expulsé deux
diplomates de X", "la rupture des relations entre X et Y", with the readers of a
diplomat's state ("l'ambassadeur de X", "le chargé d'affaires x-ien") other rules share.

Why apart from :mod:`analysis.extract.stance.acts`: an act on a diplomat names its parties
through the diplomat's post, not through a subject and a partner as agreements do.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, matches, norm
from analysis.extract.quotes.speakers import DE, Party
from analysis.extract.stance.acts import names_in, stated_object
from analysis.extract.stance.agents import noun_agent
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import (
    demonym_holders,
    holders_of,
    is_named,
    pair_subject,
)
from analysis.extract.stance.mutual import each_other
from analysis.extract.stance.postings import past_title, post_start
from analysis.extract.stance.relations import friction as friction
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import (
    is_time_at,
    party_target,
    prep_np,
)
from analysis.resources.gazetteer import country_of_adjective


@detector(pos={"VERB"}, words=lambda c: c.acts["hostile_acts"]["diplomat_verbs"])
def diplomatic_act(st: State, t: Token, sent: Span) -> None:
    """ "X a rappelé son ambassadeur à Y", "X a expulsé/convoqué l'ambassadeur de Y": a
    rupture with Y."""
    acts = st.c.acts["hostile_acts"]
    if not matches(t, acts["diplomat_verbs"], st.c) or negated(st, t):
        return  # "X n'a pas rappelé son ambassadeur": no act
    stated = stated_object(st, t, sent)
    if stated is None or stated.pos_ not in ("NOUN", "PROPN"):
        stated = _noun_after(st, t, sent)  # the parse may take an adjective for the object
    obj = diplomat(st, stated, sent) if stated is not None else None
    if obj is None:
        # "X a rappelé, dès jeudi soir, son ambassadeur en Y": the parse hangs the
        # object past the incise on the verb as a circumstance
        stated = _noun_after_incise(st, t, sent)
        obj = diplomat(st, stated, sent) if stated is not None else None
    if obj is None:
        stated = diplomat_ahead(st, t, sent)
        obj = diplomat(st, stated, sent) if stated is not None else None
    if obj is None or stated is None or _addressed(st, stated, t):
        return
    if _recalled(st, t, obj, stated, sent):
        return
    other = diplomat_state(st, obj, sent)
    if other is None:
        _mutual(st, t, stated, sent)
        return
    holders = holders_of(st, t) or par_agent(st, t, sent)
    holders = [h for h in holders if h.actor_id is None or h.actor_id != other.actor_id]
    cue = f"{norm(t.lemma_)} {norm(stated.text)}"
    st.add(holders, party_target(st, other), -1, cue, "rupture", t, sent)


def _mutual(st: State, t: Token, stated: Token, sent: Span) -> None:
    """ "X et Y ont rappelé leurs ambassadeurs (respectifs)", "les deux pays ont expulsé
    leurs diplomates": two subjects acting each on their own diplomats with no post named
    act each against the other. Why: "leurs" on the diplomats of two coordinated states
    is the press's mutual form of the act (a post would name the other side)."""
    if not any(st.low[ch.i] == "leurs" for ch in stated.children):
        return
    parties = [p for p in holders_of(st, t) if is_named(p)]
    if len(parties) < 2:
        parties = pair_subject(st, t)
    if len(parties) == 2 and parties[0].actor_id != parties[1].actor_id:
        each_other(st, parties, -1, f"{norm(t.lemma_)} {norm(stated.text)}", "rupture", t, sent)


def _recalled(st: State, t: Token, obj: Token, stated: Token, sent: Span) -> bool:
    """ "L'ambassadeur de X en Y a été rappelé pour consultations", "l'ambassadeur syldave
    à Y a été rappelé": a recall with no agent is the diplomat's own state's act (only a
    state recalls its envoy), against the state of the post. True when the row is made."""
    if norm(t.lemma_) != "rappeler" or not st.res.is_passive(t) or stated.i > t.i:
        return False
    if st.res.agent_token(t) is not None or par_agent(st, t, sent):
        return False
    own = demonym_holders(st, obj) or adjective_state(st, obj, sent)
    if not own:
        hit = prep_np(st, obj.i + 1, ("de", "du", "d'", "d’"), sent, window=1)
        own = [st.res.np_party(hit[1])] if hit is not None else []
    hit = prep_np(st, obj.i + 1, ("en", "à", "au", "aux", "auprès de", "auprès du"), sent, 5)
    post = None
    if hit is not None and hit[0] < t.i:
        i, j = st.res.chunk(hit[1], appos=False)  # not "Y, Paul Otieno" (the envoy)
        post = st.res.party(i, j, hit[1])
    if not own or post is None or not is_named(own[0]) or not is_named(post):
        return False
    if own[0].actor_id == post.actor_id:
        return False
    cue = f"rappeler {norm(stated.text)}"
    st.add(own[:1], party_target(st, post), -1, cue, "rupture", t, sent)
    return True


def diplomat(st: State, noun: Token, sent: Span) -> Token | None:
    """The token that says whose diplomat ``noun`` is: the noun itself when it names a
    diplomat ("l'ambassadeur de Y"), the mission when it names staff of one ("trois membres
    de l'ambassade syldave", "le personnel du consulat de Y"); else None. Why: an expelled
    or summoned member of an embassy is that embassy's state's, whatever their rank."""
    acts = st.c.acts["hostile_acts"]
    if names_in(noun, acts["diplomat_objects"]):
        return noun
    if not names_in(noun, acts["diplomat_staff"]):
        return None
    hit = prep_np(st, noun.i + 1, ("de", "du", "des", "d'"), sent, window=2)
    return hit[1] if hit is not None and names_in(hit[1], acts["missions"]) else None


def _noun_after(st: State, t: Token, sent: Span) -> Token | None:
    """The first noun right after the verb, past determiners and numbers ("a expulsé trois
    diplomates syldaves")."""
    k = t.i + 1
    while k < sent.end and st.tv.pos[k] in ("DET", "NUM"):
        k += 1
    if k < sent.end and past_title(st, k + 1, sent) > k + 1:
        return st.doc[k]  # "la chargée d'affaires": the tagger reads a participle
    return st.doc[k] if k < sent.end and st.tv.pos[k] == "NOUN" else None


def _noun_after_incise(st: State, t: Token, sent: Span) -> Token | None:
    """The first noun after an incise set off by commas right after the verb ("a rappelé,
    dès jeudi soir, son ambassadeur", "a convoqué, vendredi soir, la chargée d'affaires"), when
    the parser made it a dependent of the verb; None otherwise."""
    if t.i + 1 >= sent.end or st.tv.text[t.i + 1] != ",":
        return None
    close = next((k for k in range(t.i + 2, min(sent.end, t.i + 10)) if st.tv.text[k] == ","), None)
    if close is None:
        return None
    noun = _noun_after(st, st.doc[close], sent)
    return noun if noun is not None and noun.head.i == t.i else None


# the words that end the search for a diplomat after an act verb: the clause ends, or a
# complement clause or a quotation starts ("a rappelé que l'ambassadeur ...")
_AHEAD_STOPS = frozenset({";", ":", ".", "«", "que", "qu'", "qu’", "qui", "dont", "où", "et"})


def diplomat_ahead(st: State, t: Token, sent: Span, n: int = 10) -> Token | None:
    """The first diplomat noun (or staff noun of a mission) after the act verb in its
    clause, past the complements the press puts first: the capital a diplomat is recalled
    to ("X a rappelé à Klow son ambassadeur en Y"), "en consultation", a date ("samedi 3
    mai"), an adverb. Why: a verb of a diplomatic act keeps its object even when the
    parser hangs it elsewhere, and the complements before it vary with every outlet. A
    diplomat after a preposition is no object ("a rappelé à l'ambassadeur que ...": a
    reminder; "avec l'ambassadeur"): not taken."""
    acts = st.c.acts["hostile_acts"]
    words = acts["diplomat_objects"] | acts["diplomat_staff"]
    low, pos = st.low, st.tv.pos
    for k in range(t.i + 1, min(sent.end, t.i + n + 1)):
        # "le chargé d'affaires": the tagger may read "chargé" as a participle
        titled = names_in(st.doc[k], words) and past_title(st, k + 1, sent) > k + 1
        if low[k] in _AHEAD_STOPS or (pos[k] in ("VERB", "AUX") and not titled):
            return None
        if not titled and (pos[k] not in ("NOUN", "PROPN") or not names_in(st.doc[k], words)):
            continue
        return None if _addressed(st, st.doc[k], t) else st.doc[k]
    return None


def _addressed(st: State, noun: Token, t: Token) -> bool:
    """The diplomat noun follows a preposition (past its determiners, numbers and
    adjectives): an addressee or a circumstance, not the object of the act ("le ministre a
    rappelé à l'ambassadeur de Y que ...": a reminder, no recall; "avec l'ambassadeur")."""
    low, pos = st.low, st.tv.pos
    m = noun.i - 1
    while m > t.i and (pos[m] in ("DET", "NUM", "ADJ") or low[m] in ("tous", "toutes")):
        m -= 1
    return m > t.i and (pos[m] == "ADP" or low[m] in ("au", "aux", "du", "des"))


def par_agent(st: State, t: Token, sent: Span) -> list[Party]:
    """The "par" agent of a passive the parse did not attach ("l'ambassadeur a été convoqué
    jusqu'à trois fois par le gouvernement syldave"), within a few words of the verb."""
    if not st.res.is_passive(t):
        return []
    hit = prep_np(st, t.i + 1, ("par",), sent, window=6)
    agent = st.res.np_party(hit[1]) if hit is not None else None
    return [agent] if agent is not None and is_named(agent) else []


def diplomat_state(st: State, obj: Token, sent: Span) -> Party | None:
    """Whose diplomat: the "de"/"à"/"en" complement ("l'ambassadeur de Y", "son ambassadeur
    en Y") or a nationality adjective ("un diplomate afghan", "l'ambassadeur britannique a
    été convoqué"). The adjective wins over an "à"/"en" complement: in "l'ambassadeur
    syldave à Klow" the complement is the post, where the diplomat serves."""
    k = post_start(st, obj.i + 1, sent)  # past epithets, "accrédité", "en poste" (:mod:`.postings`)
    demonym = demonym_holders(st, obj) or adjective_state(st, obj, sent)
    preps = ("de", "du", "d'") if demonym else ("à", "au", "aux", "en", "de", "du", "d'", "auprès")
    if k < sent.end and norm(st.doc[k].text) in preps:
        rng = st.res.np_after(k + 1 + (st.low[k] == "auprès"), sent.end)
        other = st.res.party(*rng) if rng else None
        if other is not None and other.identified and other.kind in ("actor", "name"):
            return other
    return demonym[0] if demonym else None


def adjective_state(st: State, obj: Token, sent: Span) -> list[Party]:
    """The nationality adjective right after ``obj`` read linearly ("trois diplomates
    syldaves, les déclarant ...": the parser may hang it elsewhere), as a named state; after
    "chargé d'affaires", after "affaires"."""
    k = past_title(st, obj.i + 1, sent)
    if k >= sent.end or not st.tv.text[k][:1].islower():
        return []
    iso = country_of_adjective(st.tv.text[k])
    aid = st.states.get(iso) if iso else None
    if not aid:
        return []
    return [Party(st.res.actor_name(aid), aid, st.tv.idx[k], st.tv.end[k], "actor")]


def _rupture_nouns(c: Cues) -> frozenset[str]:
    return c.acts["ruptures"]["nouns"] | c.acts["hostile_acts"]["diplomat_nouns"]


@detector(pos={"NOUN"}, words=_rupture_nouns, match="form")
def rupture_noun(st: State, t: Token, sent: Span) -> None:
    """ "X a annoncé la suspension du traité conclu avec Y", "X a décidé le rappel de son
    ambassadeur en Y": the noun of a rupture (of a relation, an agreement) or of a diplomatic
    act, carried by a verb whose subject is X: X is against Y (the "avec" partner of the
    broken relation, or the post of the recalled diplomat)."""
    acts = st.c.acts
    diplomatic = names_in(t, acts["hostile_acts"]["diplomat_nouns"])
    ruptures = acts["ruptures"]
    hit = prep_np(st, t.i + 1, ("de", "du", "des", "d'"), sent, window=3)
    if hit is None:
        return
    obj = hit[1]
    if diplomatic:
        whose = diplomat(st, obj, sent)
        if whose is None:
            return
        # "le rappel de son ambassadeur en Y": the post; "l'expulsion de l'ambassadeur de
        # Y", "des membres de l'ambassade syldave": the diplomat's state
        other = _post_of(st, obj, sent) or diplomat_state(st, whose, sent)
    elif names_in(obj, ruptures["objects"]):
        other = _partner_after(st, obj, sent)
    else:
        return
    if other is None or not is_named(other):
        return
    cue = f"{norm(t.text)} {norm(obj.text)}"
    # "l'expulsion de Y par X", "l'annonce, par X, de la rupture avec Y": X's act
    agent = noun_agent(st, t, sent) or noun_agent(st, obj, sent) or agent_past(st, obj, sent)
    if agent is not None:
        if not negated(st, t):
            st.add([agent[0]], party_target(st, other), -1, cue, "rupture", t, sent)
        return
    gov = _past_date(st, t)
    if gov.pos_ not in ("VERB", "AUX") or t.dep_ not in ("obj", "obl:arg", "obl:mod", "nmod"):
        return
    if negated(st, gov) or negated(st, t):
        return  # "X n'a pas annoncé la suspension du traité": no rupture, and no support
    st.add(holders_of(st, gov), party_target(st, other), -1, cue, "rupture", t, sent)


def agent_past(st: State, obj: Token, sent: Span) -> tuple[Party, int] | None:
    """ "la convocation de l'ambassadeur de Y par X": the "par" agent after the whole object
    phrase, its own "de Y" included (no verb nor punctuation between)."""
    for k in range(obj.i + 1, min(sent.end - 1, obj.i + 8)):
        if st.low[k] in (",", ";", ":", "(") or st.tv.pos[k] in ("VERB", "AUX"):
            return None
        if st.low[k] == "par":
            rng = st.res.np_after(k + 1, sent.end)
            p = st.res.party(*rng) if rng else None
            return (p, rng[1]) if p is not None and is_named(p) else None
    return None


def _past_date(st: State, t: Token) -> Token:
    """The word that governs noun ``t``, past a date the parser hung it on ("X a annoncé ce
    lundi 31 mars l'expulsion de ...": "expulsion" read as a complement of "mars"). Why: a
    date between a verb and its object is common in news writing and the act belongs to
    the verb, not to the day."""
    gov = t.head
    for _ in range(3):
        if gov.pos_ in ("VERB", "AUX") or gov.head.i == gov.i:
            return gov
        if not (is_time_at(st, gov.i) or gov.pos_ == "NUM") or gov.i > t.i:
            return gov
        gov = gov.head
    return gov


def _partner_after(st: State, obj: Token, sent: Span) -> Party | None:
    """The first "avec Y" after the broken relation, through its relative clause ("le traité
    qu'elle a conclu en 2002 avec Y"), within the sentence part."""
    low = st.low
    for k in range(obj.i + 1, min(sent.end, obj.i + 30)):
        if low[k] in (";", ":", "."):
            return None
        if low[k] == "avec":
            rng = st.res.np_after(k + 1, sent.end)
            if not rng:
                return None
            # "avec Y par des raisons de sécurité": the partner, not the circumstances
            stop = next(
                (
                    m
                    for m in range(rng[0] + 1, rng[1])
                    if st.tv.pos[m] == "ADP" and low[m] not in DE
                ),
                rng[1],
            )
            return st.res.party(rng[0], stop)
    return None


def _post_of(st: State, obj: Token, sent: Span) -> Party | None:
    """ "son ambassadeur en Y / à Y / au Y": where the recalled diplomat serves."""
    hit = prep_np(st, obj.i + 1, ("à", "au", "aux", "en"), sent, window=2)
    return st.res.np_party(hit[1]) if hit is not None else None
