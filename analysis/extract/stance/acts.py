"""Acts that show a stance without a stance word (``stance_acts.yaml``).

Agreements and rapprochement ("X et Y ont signé un accord", "relancer la coopération avec
Y"), ruptures ("rompre ses relations avec Y"), diplomatic acts ("rappeler son ambassadeur"),
joint actions ("un fonds commun"), frictions ("tension entre X et Y"), visits and
invitations ("X s'est rendu à Y", "X a reçu Y").
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, matches, norm
from analysis.extract.quotes.speakers import DE, Party
from analysis.extract.stance.agents import circumstance_holders, noun_agent
from analysis.extract.stance.collective import typed_pair
from analysis.extract.stance.detector import detector
from analysis.extract.stance.exhortations import exhorted
from analysis.extract.stance.hedging import negated, refused
from analysis.extract.stance.holders import (
    demonym_holders,
    holders_of,
    is_named,
    last_state_before,
    pair_subject,
    state_of,
)
from analysis.extract.stance.mutual import theirs
from analysis.extract.stance.neutral import invitation_is_a_call
from analysis.extract.stance.postings import post_start
from analysis.extract.stance.records import Target
from analysis.extract.stance.relations import friction as friction
from analysis.extract.stance.relations import sides_of
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import (
    find_forward,
    is_place_name,
    is_time_at,
    object_of,
    party_target,
    place_after,
    preceding_np,
    prep_np,
    segment_end,
    target_range,
)
from analysis.resources.gazetteer import country_of_adjective


def _agreement_verbs(c: Cues) -> frozenset[str]:
    acts = c.acts
    return frozenset().union(
        acts["agreements"]["verbs"],
        acts["rapprochement"]["verbs"],
        acts["partnership_verbs"],
        acts["ruptures"]["verbs"],
    )


@detector(pos={"VERB", "AUX"}, words=_agreement_verbs)
def agreement(st: State, t: Token, sent: Span) -> None:
    """ "X et Y ont signé un accord", "relancer la coopération avec Y", "coopérer avec Y":
    the parties support each other; "rompre ses relations avec Y": the subject is against
    its partner. The parties are the subjects and the "avec" complement."""
    kind, objects = _agreement_kind(st, t)
    if kind is None:
        return
    obj = _stated_object(st, t, sent)
    if kind == "agreement" and _names(obj, st.c.acts["ruptures"]["nouns"] | st.c.cessation_nouns):
        return  # "X a négocié la fin / la suspension de l'accord avec Y": no agreement
    if objects is not None and not _names(obj, objects):
        obj = find_forward(st, t, sent, objects, 12)
        if obj is None:
            return
    if kind == "agreement" and _ill_qualified(st, obj):
        return  # "entretenir des relations difficiles avec Y": the quality says it
    parties = holders_of(st, t)
    if len(parties) < 2:
        parties = _pair_or(st, t, parties)
    partners = _partners(st, t, sent, obj)
    joint = obj is not None and any(norm(x.text) in st.c.joint_markers for x in obj.subtree)
    polarity = _act_sign(st, t, kind)
    if polarity == 0:
        return
    cue = norm(t.lemma_) + (f" {norm(obj.lemma_)}" if obj is not None else "")
    if kind == "agreement" and polarity > 0:
        _signed(st, t, sent, parties, obj, cue)
    signing = objects is st.c.acts["agreements"]["objects"]
    if obj is not None and objects is not None and not signing:
        _relation_issue(st, sent, parties, obj, polarity, cue, t)
    if not partners and kind == "agreement" and polarity > 0 and obj is not None:
        between = between_sides(st, obj, sent)
        if between:  # "il a été convenu de développer la coopération entre les deux pays"
            _each_other(st, between, polarity, cue, kind, t, sent)
            return
    if partners:
        _with_partners(st, t, sent, parties, partners, polarity, cue, kind)
    elif len(parties) >= 2 and (kind == "agreement" or joint or theirs(st, obj)):
        _each_other(st, parties, polarity, cue, kind, t, sent)
    elif len(parties) == 1:
        _lone_party(st, t, sent, parties, objects, polarity, cue, kind)


def _with_partners(
    st: State,
    t: Token,
    sent: Span,
    parties: list[Party],
    partners: list[Party],
    polarity: int,
    cue: str,
    kind: str,
) -> None:
    """Each party toward each "avec" partner; an agreement is mutual (a refusal is the
    subject's alone)."""
    for h in parties:
        for p in partners:
            st.add([h], party_target(st, p), polarity, cue, kind, t, sent)
            if kind == "agreement" and polarity > 0:
                st.add([p], party_target(st, h), polarity, cue, kind, t, sent)


def _act_sign(st: State, t: Token, kind: str) -> int:
    """The sign of an agreement (+1) or rupture (-1) verb; denied: none ("X n'a pas rompu
    avec Y", "X n'a pas signé": no act, no stance), except a refusal ("X a refusé de signer
    avec Y") and a lasting relation denied ("X n'entretient aucune relation avec Y"): -1."""
    if not negated(st, t):
        return -1 if kind == "rupture" else 1
    if kind == "rupture":
        return 0
    if refused(st, t) or matches(t, st.c.acts["relation_state_verbs"], st.c):
        return -1
    return 0


def _ill_qualified(st: State, obj: Token | None) -> bool:
    """The relation object carries a negative quality ("des relations tendues")."""
    if obj is None:
        return False
    bad = st.c.acts["relation_qualities"]["oppose"]
    return any(
        ch.dep_ == "amod" and (norm(ch.text) in bad or norm(ch.lemma_) in bad)
        for ch in obj.children
    )


def _relation_issue(
    st: State, sent: Span, parties: list[Party], obj: Token, polarity: int, cue: str, t: Token
) -> None:
    """ "X veut renforcer la coopération sécuritaire", "Y a rompu ses relations avec Z": the
    subject is for (against) the relation itself, an issue whose words the row keeps
    ("la coopération franco-lettone", "ses relations avec Z")."""
    i, j = st.res.chunk(obj, appos=False)
    end = max(j, obj.i + 1)
    hit = prep_np(st, end, ("avec", "entre"), sent, window=1)
    if hit is not None:
        end = max(end, st.res.chunk(hit[1])[1])
    target = target_range(st, i, complements_end(st, end, sent), obj)
    issue = Target(target.name, None, target.text, target.start, target.end)
    st.add(parties, issue, polarity, cue, "agreement", t, sent)


def _pair_or(st: State, t: Token, parties: list[Party]) -> list[Party]:
    """ "les deux responsables vont signer", "les deux pays prévoient de signer": the two
    actors the pair noun stands for, else the parties found."""
    pair = pair_subject(st, t)
    return pair if len(pair) == 2 else parties


def _signed(
    st: State, t: Token, sent: Span, parties: list[Party], obj: Token | None, cue: str
) -> None:
    """ "X et Y ont signé un protocole d'accord de coopération", "les deux dirigeants ont
    signé une série d'accords": the signatories are for what they sign (an agreement noun,
    not a relation they renew)."""
    if obj is None or not _names(obj, st.c.acts["agreements"]["objects"]):
        return
    signers = parties if len(parties) >= 2 else pair_subject(st, t) or parties
    i, j = st.res.chunk(obj, appos=False)
    target = target_range(st, i, complements_end(st, max(j, obj.i + 1), sent), obj)
    target = Target(target.name, None, target.text, target.start, target.end)
    for h in signers:
        st.add([h], target, 1, cue, "signature", t, sent)


# the prepositions of what an agreement is about ("accord de coopération", "accord sur X")
_ABOUT = frozenset({"de", "d'", "du", "des", "sur"})


def complements_end(st: State, j: int, sent: Span) -> int:
    """The end of the "de"/"sur" complements after an agreement noun ("protocole d'accord
    de coopération militaire"), without the circumstances that follow ("à l'occasion de")."""
    pos, low = st.tv.pos, st.low
    while j < sent.end and low[j] in _ABOUT:
        k = j + 1
        while k < sent.end and pos[k] in ("DET", "ADJ"):
            k += 1
        if k >= sent.end or pos[k] not in ("NOUN", "PROPN"):
            break
        k += 1
        while k < sent.end and pos[k] == "ADJ":
            k += 1
        j = k
    return j


def _agreement_kind(st: State, t: Token) -> tuple[str | None, frozenset[str] | None]:
    """Which act the verb names, and the object nouns it needs (None: none needed)."""
    acts, c = st.c.acts, st.c
    if matches(t, acts["agreements"]["verbs"], c):
        return "agreement", acts["agreements"]["objects"]
    if matches(t, acts["rapprochement"]["verbs"], c):
        return "agreement", acts["rapprochement"]["objects"]
    if matches(t, acts["partnership_verbs"], c):
        return "agreement", None
    if matches(t, acts["ruptures"]["verbs"], c):
        return "rupture", acts["ruptures"]["objects"]
    return None, None


def _stated_object(st: State, t: Token, sent: Span) -> Token | None:
    """The verb's object, or the subject of a passive ("que la coopération avec X soit
    suspendue")."""
    if st.res.is_passive(t):
        # "l'accord a été signé par X": the subject, not the agent (read as an object)
        subj = next((ch for ch in t.children if ch.dep_ == "nsubj:pass"), None)
        if subj is not None:
            return subj
    return object_of(st, t, sent)


def _names(tok: Token | None, words: frozenset[str]) -> bool:
    """``tok`` is one of ``words`` (its lemma or its text)."""
    return tok is not None and (norm(tok.lemma_) in words or norm(tok.text) in words)


def _partners(st: State, t: Token, sent: Span, obj: Token | None) -> list[Party]:
    """The "avec" complement anywhere in the clause ("a signé jeudi à X un accord sur A et B
    avec Y"), or inside the object ("la coopération avec Y"), or the antecedent of "avec
    qui"."""
    partners: list[Party] = []
    hit = prep_np(st, t.i + 1, ("avec",), sent, window=30)
    if hit is None and obj is not None and obj.i < t.i:
        hit = prep_np(st, obj.i + 1, ("avec",), sent, window=6)
    if hit is not None:
        partners = [p for p in st.res.np_parties(hit[1]) if p.identified]
    if not partners:
        partners = _avec_qui(st, t, sent)
    if not partners and norm(t.lemma_) in ("rapprocher", "allier"):
        # "X s'est rapproché de Y", "X s'allie à Y"
        hit = prep_np(st, t.i + 1, ("de", "du", "des", "d'", "à", "au", "aux"), sent, window=3)
        if hit is not None:
            partners = [p for p in st.res.np_parties(hit[1]) if is_named(p)]
    return partners


def between_sides(st: State, noun: Token, sent: Span) -> list[Party]:
    """The two sides of an "entre X et Y" complement right after a relation noun ("la
    coopération militaire entre X et Y", "des relations futures entre X et Y"), or of "entre
    les deux pays" (the two actors of the kind named last before it); empty unless there are
    exactly two. Why: the
    press names the parties of a relation this way as often as with a subject and "avec"."""
    hit = prep_np(st, noun.i + 1, ("entre",), sent, window=4)
    if hit is None:
        return []
    k = hit[0] + 1
    while k < sent.end and st.tv.text[k] not in (",", ";", ".", ":", "(") and k < hit[0] + 14:
        k += 1
    sides = sides_of(st, hit[0] + 1, k)
    if len(sides) != 2:
        # the two named before it only (never guessed from the next sentences)
        sides = typed_pair(st, hit[1]) if st.low[hit[1].i - 1] == "deux" else []
    if len(sides) != 2 or sides[0].actor_id == sides[1].actor_id:
        return []
    return sides


def _avec_qui(st: State, t: Token, sent: Span) -> list[Party]:
    """ "X, avec qui elle a signé": the partner is the antecedent of "avec qui"."""
    doc = st.doc
    for k in range(max(sent.start, t.i - 6), t.i):
        if norm(doc[k].text) == "avec" and k + 1 < t.i and norm(doc[k + 1].text) == "qui":
            head = t.head if t.dep_ in ("acl:relcl", "acl") and t.head.i < k else None
            if head is None and doc[k - 1].text == ",":
                head = preceding_np(st, k, sent)
            if head is not None:
                return [p for p in st.res.np_parties(head) if p.identified]
            return []
    return []


def _each_other(
    st: State, parties: list[Party], polarity: int, cue: str, kind: str, t: Token, sent: Span
) -> None:
    """Every party toward every other one."""
    for h in parties:
        for p in parties:
            if h is not p:
                st.add([h], party_target(st, p), polarity, cue, kind, t, sent)


def _lone_party(
    st: State,
    t: Token,
    sent: Span,
    parties: list[Party],
    objects: frozenset[str] | None,
    polarity: int,
    cue: str,
    kind: str,
) -> None:
    """One subject and no "avec": a coordinated pair subject ("X et Y"), else for a
    rapprochement ("Paris entend relancer une relation") the other state the story is
    about, i.e. the last one named before the cue."""
    pair = pair_subject(st, t)
    if len(pair) == 2 and kind == "agreement":
        a, b = pair
        st.add([a], party_target(st, b), polarity, cue, kind, t, sent)
        st.add([b], party_target(st, a), polarity, cue, kind, t, sent)
    elif objects is not None and objects is st.c.acts["rapprochement"]["objects"]:
        other = last_state_before(st, t, parties[0])
        if other is not None:
            st.add(parties, party_target(st, other), polarity, cue, "implicit", t, sent)


@detector(pos={"VERB"}, words=lambda c: c.acts["hostile_acts"]["diplomat_verbs"])
def diplomatic_act(st: State, t: Token, sent: Span) -> None:
    """ "X a rappelé son ambassadeur à Y", "X a expulsé/convoqué l'ambassadeur de Y": a
    rupture with Y."""
    acts = st.c.acts["hostile_acts"]
    if not matches(t, acts["diplomat_verbs"], st.c) or negated(st, t):
        return  # "X n'a pas rappelé son ambassadeur": no act
    stated = _stated_object(st, t, sent)
    if stated is None or stated.pos_ not in ("NOUN", "PROPN"):
        stated = _noun_after(st, t, sent)  # the parse may take an adjective for the object
    obj = diplomat(st, stated, sent) if stated is not None else None
    if obj is None or stated is None:
        return
    if _recalled(st, t, obj, stated, sent):
        return
    other = diplomat_state(st, obj, sent)
    if other is None:
        return
    holders = holders_of(st, t) or _par_agent(st, t, sent)
    holders = [h for h in holders if h.actor_id is None or h.actor_id != other.actor_id]
    cue = f"{norm(t.lemma_)} {norm(stated.text)}"
    st.add(holders, party_target(st, other), -1, cue, "rupture", t, sent)


def _recalled(st: State, t: Token, obj: Token, stated: Token, sent: Span) -> bool:
    """ "L'ambassadeur de X en Y a été rappelé pour consultations", "l'ambassadeur syldave
    à Y a été rappelé": a recall with no agent is the diplomat's own state's act (only a
    state recalls its envoy), against the state of the post. True when the row is made."""
    if norm(t.lemma_) != "rappeler" or not st.res.is_passive(t) or stated.i > t.i:
        return False
    if st.res.agent_token(t) is not None or _par_agent(st, t, sent):
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
    if _names(noun, acts["diplomat_objects"]):
        return noun
    if not _names(noun, acts["diplomat_staff"]):
        return None
    hit = prep_np(st, noun.i + 1, ("de", "du", "des", "d'"), sent, window=2)
    return hit[1] if hit is not None and _names(hit[1], acts["missions"]) else None


def _noun_after(st: State, t: Token, sent: Span) -> Token | None:
    """The first noun right after the verb, past determiners and numbers ("a expulsé trois
    diplomates syldaves")."""
    k = t.i + 1
    while k < sent.end and st.tv.pos[k] in ("DET", "NUM"):
        k += 1
    return st.doc[k] if k < sent.end and st.tv.pos[k] == "NOUN" else None


def _par_agent(st: State, t: Token, sent: Span) -> list[Party]:
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
    syldaves, les déclarant ...": the parser may hang it elsewhere), as a named state."""
    k = obj.i + 1
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
    diplomatic = _names(t, acts["hostile_acts"]["diplomat_nouns"])
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
    elif _names(obj, ruptures["objects"]):
        other = _partner_after(st, obj, sent)
    else:
        return
    if other is None or not is_named(other):
        return
    cue = f"{norm(t.text)} {norm(obj.text)}"
    # "l'expulsion de Y par X", "l'annonce, par X, de la rupture avec Y": X's act
    agent = noun_agent(st, t, sent) or noun_agent(st, obj, sent) or _agent_past(st, obj, sent)
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


def _agent_past(st: State, obj: Token, sent: Span) -> tuple[Party, int] | None:
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


@detector(pos={"VERB", "AUX"})
def joint_action(st: State, t: Token, sent: Span) -> None:
    """ "X et Y ont annoncé la création d'un fonds commun": mutual support (any verb whose
    object holds a joint marker, ``joint_markers``)."""
    if not st.has_child(t.i, ("nsubj",)):
        return
    obj = object_of(st, t, sent)
    low, markers = st.low, st.c.joint_markers
    if obj is None or not any(low[x] in markers for x in st.tv.subtree(obj.i)):
        return
    parties = holders_of(st, t)
    if len(parties) < 2 and _plural_subject(st, t):
        parties = pair_subject(st, t)  # "les deux pays", not "le président kényan"
    if len({p.actor_id or p.name for p in parties}) < 2 or _one_side(st, parties):
        return
    marker = next(norm(x.text) for x in obj.subtree if norm(x.text) in st.c.joint_markers)
    _each_other(st, parties, 1, f"{norm(t.lemma_)} … {marker}", "agreement", t, sent)


def _plural_subject(st: State, t: Token) -> bool:
    """The subject of ``t`` is plural ("les deux dirigeants"): a singular one names one
    side, whatever actors came before."""
    subj = next((c for c in st.tv.children[t.i] if st.tv.dep[c] == "nsubj"), None)
    return subj is not None and "Plur" in st.tv.morph(subj, "Number")


def _one_side(st: State, parties: list[Party]) -> bool:
    """The parties are a person and the state he speaks for (one side, named twice)."""
    ids = {p.actor_id for p in parties}
    return len(parties) == 2 and any(state_of(st, a, st.states) in ids for a in ids)


# where a visit goes: "à Y", "au Y", "aux Y", "en Y"
DESTINATION_PREPS = ("à", "au", "aux", "en")


@detector(pos={"NOUN"}, words=lambda c: c.acts["visits"]["nouns"], match="form")
def visit_noun(st: State, t: Token, sent: Span) -> None:
    """ "la visite à Y de X", "X a entamé une visite en Y": the visitor is (weakly) for the
    destination, a state or a place."""
    if not _names(t, st.c.acts["visits"]["nouns"]):
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
    visitors = visitors or circumstance_holders(st, t)  # "X, en visite à Y, a déclaré"
    st.add(visitors, party_target(st, dest), 1, norm(t.text), "visit", t, sent)


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
        st.has_child(obj.i, ("case",)) or _names(obj, st.c.acts["visits"]["time_words"])
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
        if st.tv.pos[k] not in ("NOUN", "PROPN") or _names(st.doc[k], times):
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
    if _names(obj, visits["guests"]) or _names(obj, visits["nouns"]):
        return False  # "X a reçu la visite de Y": Y is the guest
    k = obj.i + 1
    while k < len(st.doc) and st.tv.pos[k] == "ADJ":
        k += 1
    return k < len(st.doc) and (st.tv.pos[k] == "ADP" or st.low[k] in ("du", "des"))


def _se_rendre(st: State, t: Token, sent: Span) -> None:
    """ "X s'est rendu à Y": for a named destination."""
    hit = prep_np(st, t.i + 1, DESTINATION_PREPS, sent, window=4)
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
    hosts = [st.res.np_party(ag)] if ag is not None else _par_agent(st, t, sent)
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
    if not _names(t, st.c.acts["visits"]["invitation_nouns"]):
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
