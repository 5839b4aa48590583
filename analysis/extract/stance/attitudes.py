"""Readiness, demands, relations and appreciations (``stance_cues.yaml``).

"X est prêt à ...", "appeler X à accepter un cessez-le-feu" (pressure on X, support for the
cease-fire), "exiger le retrait de Y", "principal allié de Y", "jugent positivement X".
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, matches, norm, ordered_keys
from analysis.extract.quotes.speakers import DE, Party
from analysis.extract.stance.addressees import addressee_after_object, addressee_object
from analysis.extract.stance.attitude_adjectives import passive_subjects
from analysis.extract.stance.demanded_issues import issue_of_actor
from analysis.extract.stance.detector import detector
from analysis.extract.stance.diplomatic_acts import adjective_state
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import demonym_holders, holders_of, is_named
from analysis.extract.stance.interaction_words import interactions
from analysis.extract.stance.naming import names_it
from analysis.extract.stance.neutral import invitation_is_a_call, neutral_call, parties_called
from analysis.extract.stance.predicates import predicate_nouns
from analysis.extract.stance.purposes import adverbial_noun, ended_object, purpose_infinitive
from analysis.extract.stance.quote_words import term_polarity
from analysis.extract.stance.records import Target
from analysis.extract.stance.redress import redress_words
from analysis.extract.stance.relation_sets import set_member_holders
from analysis.extract.stance.respected import respect_asked
from analysis.extract.stance.restraint import avoidance_verbs, restraint_call
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import (
    clitic_issue,
    object_of,
    party_target,
    preceding_np,
    prep_np,
    relation_target,
    segment_end,
    target_np,
    target_range,
)


def _ready_words(c: Cues) -> frozenset[str]:
    return c.ready_support | c.ready_oppose


@detector(pos=None, words=_ready_words, match="form")
def readiness(st: State, t: Token, sent: Span) -> None:
    """ "X est prêt à ...", "X est opposé à ...", "X y est favorable": the subject of the
    adjective's clause is for/against what follows "à" (or the issue the clitic stands
    for)."""
    w, lem = norm(t.text), norm(t.lemma_)
    if w in st.c.ready_support or lem in st.c.ready_support:
        polarity = 1
    elif w in st.c.ready_oppose or lem in st.c.ready_oppose:
        polarity = -1
    else:
        return
    doc = st.doc
    if _ready_noun(st, t, sent, polarity):
        return
    if (w in st.c.ready_infinitive or lem in st.c.ready_infinitive) and not (
        t.i + 2 < sent.end and st.tv.pos[t.i + 2] in ("VERB", "AUX") and st.low[t.i + 1] == "à"
    ):
        return  # "le conflit n'était pas résolu à l'amiable": a participle, no resolve
    anaphoric = None
    if t.i + 1 >= sent.end or norm(doc[t.i + 1].text) not in ("à", "au", "aux"):
        # "X y est favorable": the clitic stands for an issue already discussed
        anaphoric = clitic_issue(st, t, ("à",), sent)
        if anaphoric is None:
            return
    holders, node = _ready_holders(st, t)
    if not holders:  # "X est opposé à Y": read by the parser as an agentless passive
        holders = passive_subjects(st, t)
    if not holders:
        return
    if anaphoric is not None:
        target = anaphoric
    else:
        a = t.i + 2
        b = segment_end(st, a, sent)
        if b <= a:
            return
        target = target_range(st, a, b)
    if negated(st, node) or negated(st, t):
        polarity = -polarity
    st.add(holders, target, polarity, f"{w} à", "readiness", t, sent)


def _ready_noun(st: State, t: Token, sent: Span, polarity: int) -> bool:
    """ "la disponibilité de X à fournir des moyens à Y": a readiness noun whose "de"
    complement names the holder, then "à" and what X is ready to do."""
    if st.tv.pos[t.i] != "NOUN" or t.i + 1 >= sent.end or st.low[t.i + 1] not in DE:
        return False
    end = min(sent.end - 1, t.i + 10)
    a = next((k for k in range(t.i + 3, end) if st.low[k] in ("à", ",", ";")), None)
    if a is None or st.low[a] != "à":
        return False
    holder = st.res.party(t.i + 2, a)
    if not is_named(holder):
        return False
    b = segment_end(st, a + 1, sent)
    if b <= a + 1:
        return False
    target = target_range(st, a + 1, b)
    st.add([holder], target, polarity, f"{norm(t.text)} à", "readiness", t, sent)
    return True


def _ready_holders(st: State, t: Token) -> tuple[list[Party], Token]:
    """The subject of the clause of the readiness word, and the word of the clause that has
    it (its negation counts too): up to four heads up."""
    holders: list[Party] = []
    node = t
    for _ in range(4):
        if (
            any(ch.dep_ in ("nsubj", "nsubj:pass", "expl:subj") for ch in node.children)
            or node.dep_ in ("xcomp", "conj")
            or node.pos_ in ("VERB", "AUX")
        ):
            holders = holders_of(st, node)
            if holders:
                break
        if node.head.i == node.i:
            break
        node = node.head
    return holders, node


_INVITING = frozenset({"inviter", "convier"})


@detector(pos={"VERB"}, words=lambda c: c.demand_verbs)
def demand(st: State, t: Token, sent: Span) -> None:
    """ "appeler X à ...", "réclamer des excuses de X": pressure on the addressee X (or on
    the "contre" complement: "appeler l'UE à adopter des sanctions contre X"); and what is
    demanded (:func:`_demanded`)."""
    lemma = matches(t, st.c.demand_verbs, st.c)
    if not lemma or negated(st, t):
        return  # "X ne demande pas le départ de Y": no demand, no stance either way
    if lemma == "appeler" and names_it(st, t):
        return  # "ce qu'il appelle une provocation": naming, no call (:mod:`.naming`)
    if lemma in _INVITING and not invitation_is_a_call(st, t, sent):
        return  # "inviter Y à Paris": an invitation (acts.visit), no call (:mod:`.neutral`)
    obj = object_of(st, t, sent)
    addressee = None
    if lemma not in st.words.demand_addressee_verbs:  # "appeler à Y" calls for Y
        addressee = _addressee_oblique(st, obj, sent)
    if addressee is not None:
        obj = None  # "demander (de la retenue) à Y": Y is asked, not what is asked for
    elif obj is not None and obj.i > t.i:
        if lemma in st.words.demand_addressee_verbs:
            addressee = addressee_object(st, obj, sent)
        else:
            addressee = addressee_after_object(st, obj, sent)
    if addressee is None:
        addressee = _addressee_a_de(st, t, sent)
    if addressee is None and parties_called(st, t, obj, lemma, sent):
        obj = None  # "appeler les parties au calme": neutral toward them (:mod:`.neutral`)
    _demanded(st, t, obj, addressee, sent)
    if addressee is None:
        return
    holders = holders_of(st, t)
    if obj is not None and norm(obj.lemma_) in interactions().help_nouns:
        # "demander une aide à Y": an appeal for aid trusts Y (CAMEO 02), it does not press Y
        st.add(holders, party_target(st, addressee), 1, lemma, "demand", t, sent)
        return
    if _asks_for_help(st, t, sent):
        # "appeler X à aider à ...": an appeal for aid trusts X (CAMEO 02, cooperative)
        if _asks_for_aid(st, t, sent):
            st.add(holders, party_target(st, addressee), 1, lemma, "demand", t, sent)
        return
    if restraint_call(st, t, sent, segment_end(st, t.i + 1, sent)):
        # "appeler X et Y à la retenue": no blame on either, a neutral row (:mod:`.neutral`)
        return neutral_call(st, holders, addressee, lemma, t, sent)
    third = _pressure_against(st, t, sent)
    st.add(
        holders,
        party_target(st, addressee if third is None else third),
        -1,
        lemma,
        "demand",
        t,
        sent,
    )


def _addressee_oblique(st: State, obj: Token | None, sent: Span) -> Party | None:
    """ "X a demandé jeudi « plus de retenue » à Y": when the parse leaves the demanded thing
    unattached and the only complement found is the "à" one, that complement is the
    addressee (the one pressed), never what is demanded (which would read as support)."""
    if obj is None or not any(
        ch.dep_ == "case" and norm(ch.text) in ("à", "au", "aux") for ch in obj.children
    ):
        return None
    i, j = st.res.chunk(obj, appos=False)
    p = st.res.party(i, j, obj)
    if not is_named(p) or not p.start <= obj.idx < max(p.end, obj.idx + 1):
        return None  # "à une réunion de Y": a thing of Y's, no addressee
    return p


_QUOTE_MARKS = frozenset({'"', "«", "»", "“", "”"})


def _released(st: State, t: Token, thing: Token, polarity: int, end: int, sent: Span) -> None:
    """ "appeler à la libération de X", "exiger le retour de X": for X (``release_nouns``)."""
    if polarity <= 0 or norm(thing.lemma_) not in st.words.release_nouns:
        return
    k = thing.i + 1
    while k < end and (st.tv.pos[k] == "ADJ" or st.tv.text[k] in _QUOTE_MARKS):
        k += 1  # "la « libération immédiate » de X"
    if k >= end or st.low[k] not in DE:
        return
    rng = st.res.np_after(k + 1, end)
    if not rng:
        return
    # the released themselves, not a place or a jailer named after them ("des soldats
    # détenus en X")
    stop = next(
        (
            m
            for m in range(rng[0] + 1, rng[1])
            if st.tv.pos[m] in ("ADP", "PUNCT")
            or ("Part" in st.tv.morph(m, "VerbForm") and "Past" in st.tv.morph(m, "Tense"))
        ),
        rng[1],
    )
    who = st.res.party(rng[0], stop)
    if not is_named(who):
        who = _titled_person(st, rng, end, sent) or who
    if is_named(who):
        lemma = matches(t, st.c.demand_verbs, st.c) or norm(t.lemma_)
        st.add(holders_of(st, t), party_target(st, who), 1, lemma, "demand", t, sent)


def _titled_person(st: State, rng: tuple[int, int], end: int, sent: Span) -> Party | None:
    """ "la libération de l'ancien président du Mali, X" (the title's complement and its
    apposition after the comma): the person the title names."""
    spans = [rng]
    if end + 1 < sent.end and st.tv.text[end] == ",":
        after = st.res.np_after(end + 1, sent.end)
        spans += [after] if after else []
    for i, j in spans:
        p = st.res.party(i, j)
        if p.actor_id and st.res.actor_type(p.actor_id) == "person":
            return p
    return None


def _addressee_a_de(st: State, t: Token, sent: Span) -> Party | None:
    """ "X a demandé à Y de retirer ses troupes", "exiger de Y qu'il ...": the "à" (or "de")
    complement right after the verb, when an infinitive or a "que" clause follows it."""
    k = t.i + 1
    while k < sent.end and st.tv.pos[k] == "ADV":
        k += 1
    if k >= sent.end or st.low[k] not in ("à", "au", "aux"):
        return None
    a = k + 1 if st.low[k] == "à" else k
    rng = st.res.np_after(a, sent.end) if st.low[k] == "à" else _np_from_contracted(st, k, sent)
    if not rng:
        return None
    # the phrase may run on over "de + infinitive": cut it there
    j = next((m for m in range(rng[0] + 1, rng[1]) if st.low[m] in ("de", "d'")), rng[1])
    while j < sent.end and st.tv.text[j] in (",", "«", '"', "“"):
        j += 1
    if j + 1 >= sent.end or st.low[j] not in ("de", "d'"):
        return None
    m = j + 1
    while m < sent.end and st.tv.pos[m] in ("PRON", "ADV") and m < j + 3:
        m += 1  # "de l'aider", "de ne pas ..."
    if m >= sent.end or "Inf" not in st.doc[m].morph.get("VerbForm"):
        return None
    p = st.res.party(rng[0], j)
    return p if is_named(p) else None


def _np_from_contracted(st: State, k: int, sent: Span) -> tuple[int, int] | None:
    """The noun phrase of "au X" / "aux X" (the article is in the preposition)."""
    m = k + 1
    while m < sent.end and st.tv.pos[m] in ("ADJ", "NOUN", "PROPN", "NUM"):
        m += 1
    return (k + 1, m) if m > k + 1 else None


def _asks_for_help(st: State, t: Token, sent: Span) -> bool:
    """ "appeler X à aider à ...", "exhorter X à soutenir Y": asking X to help or support is
    no pressure against X (the demanded infinitive is a support verb or a partnership
    verb)."""
    doc = st.doc
    for k in range(t.i + 1, min(segment_end(st, t.i + 1, sent), t.i + 14)):
        v = doc[k]
        if v.pos_ == "VERB" and "Inf" in v.morph.get("VerbForm"):
            keys = ordered_keys(v, st.c)
            support = any(e.polarity > 0 for key in keys for e in st.c.stance_verbs.get(key, ()))
            return support or bool(matches(v, st.c.acts["partnership_verbs"], st.c))
    return False


def _asks_for_aid(st: State, t: Token, sent: Span) -> bool:
    """The first infinitive the demand governs asks for aid (``help_verbs`` of
    ``stance_interactions.yaml``: "appeler X à aider à ...", not "à soutenir Z")."""
    for k in range(t.i + 1, min(segment_end(st, t.i + 1, sent), t.i + 14)):
        v = st.doc[k]
        if v.pos_ == "VERB" and "Inf" in v.morph.get("VerbForm"):
            return bool(matches(v, interactions().help_verbs, st.c))
    return False


def _pressure_against(st: State, t: Token, sent: Span) -> Party | None:
    """ "appeler l'UE à adopter des sanctions contre X": the pressure is on X, not the UE."""
    for k in range(t.i + 1, segment_end(st, t.i + 1, sent)):
        if norm(st.doc[k].text) == "contre" and k + 1 < sent.end:
            rng = st.res.np_after(k + 1, sent.end)
            third = st.res.party(*rng) if rng else None
            if third is not None and third.identified:
                return third
    return None


def _demanded(st: State, t: Token, obj: Token | None, addressee: Party | None, sent: Span) -> None:
    """What a demand asks for: "appeler X à accepter un cessez-le-feu" and "réclamer un
    cessez-le-feu" are for the cease-fire; "exiger le retrait de Y", "appeler à cesser
    les combats" are against what is to end. Never on a span naming an actor (the
    pressure on an actor is the addressee row)."""
    end = segment_end(st, t.i + 1, sent)
    thing, polarity, asked = _demanded_action(st, t, sent, end)
    if thing is None and obj is not None and obj.i > t.i and addressee is None and not asked:
        thing = obj  # "réclamer un cessez-le-feu" (not "appeler le pays voisin à ...")
    if thing is None or thing.pos_ not in ("NOUN", "PROPN"):
        return
    respect = respect_asked(st, thing)  # "appeler au respect de Y" (:mod:`.respected`)
    if not respect and (
        norm(thing.lemma_) in st.c.stance_nouns or norm(thing.text) in st.c.stance_nouns
    ):
        return  # "appeler à des sanctions contre Y": the row against Y says it
    if norm(thing.text) in redress_words().nouns:
        return  # "exiger des excuses de Y": against Y (:mod:`redress`), not for the excuses
    ended = norm(thing.lemma_) in st.c.cessation_nouns and polarity == 1
    if ended:
        # "exiger la fin des combats": against what follows "de"
        target = _what_is_to_end(st, thing, end, sent.end)
        if target is None:
            return
        polarity = -1
        _ending_state(st, t, target, sent)
    else:
        target = target_np(st, thing, pps=respect)
        _released(st, t, thing, polarity, end, sent)
    if (_names_an_actor(st, target) or thing.pos_ == "PROPN") and not issue_of_actor(
        st, thing, target, asked, polarity
    ):
        if not ended:
            return  # "exiger du Y qu'il ...": a name is the addressee, not what is asked
        # "exiger le départ des militaires de X": against X, whose forces are to leave
        target = _named_actor_target(st, target)
    lemma = matches(t, st.c.demand_verbs, st.c) or norm(t.lemma_)
    st.add(holders_of(st, t), target, polarity, lemma, "demand", t, sent)


def _demanded_action(st: State, t: Token, sent: Span, end: int) -> tuple[Token | None, int, bool]:
    """ "appeler (X) à accepter Y", "exiger de cesser Y", "appeler X à chercher à améliorer
    Y": the object of the demanded infinitive (of the last of a chain of infinitives; None
    if it has none), -1 if that verb ends something (``cessation``), and whether an
    infinitive was found at all."""
    doc = st.doc
    for k in range(t.i + 1, min(end, t.i + 14)):
        if norm(doc[k].text) in ("à", "de", "d'") and k + 1 < end:
            m = k + 1
            # "appeler X à ne pas ...", "appeler X à se départir de ...": adverbs and clitics
            while m < end and (doc[m].pos_ == "ADV" or norm(doc[m].text) in st.words.reflexive):
                m += 1
            v = doc[m] if m < end else None
            if v is not None and v.pos_ == "VERB" and "Inf" in v.morph.get("VerbForm"):
                v = _last_infinitive(v)
                aim = purpose_infinitive(st, v, end)  # "coopérer en vue de contrecarrer Y"
                own = object_of(st, v, sent)
                if own is not None and adverbial_noun(st, own.i):
                    own = None  # "travailler ensemble (afin de …)": no object of its own
                if aim is not None and own is None:
                    v = _last_infinitive(aim)
                    own = object_of(st, v, sent)
                ended = ended_object(st, own, end) if own is not None else None
                if ended is not None:  # "mettre fin aux violences": against them
                    return ended, -1, True
                if norm(v.lemma_) in st.words.motion_verbs:
                    return None, 1, True  # "de quitter le pays": a place, nothing asked for
                ends = matches(v, st.c.cessation_verbs, st.c)
                polarity = -1 if ends or norm(v.lemma_) in avoidance_verbs() else 1
                return own, polarity, True
    return None, 1, False


def _last_infinitive(v: Token) -> Token:
    """ "chercher à améliorer Y", "tenter de relancer Y": the last infinitive of a chain
    (the verbs before it only say how the demanded thing is to be pursued)."""
    for _ in range(3):
        inner = [
            ch
            for ch in v.children
            if ch.dep_ == "xcomp" and ch.pos_ == "VERB" and "Inf" in ch.morph.get("VerbForm")
        ]
        if not inner:
            break
        v = inner[0]
    return v


def _what_is_to_end(st: State, thing: Token, end: int, sent_end: int) -> Target | None:
    """ "la fin des combats": the noun phrase after "de" (after an incise between commas:
    "le retrait, dans un délai d'un mois, de la force X")."""
    k = thing.i + 1
    while k < end and st.tv.pos[k] == "ADJ":
        k += 1
    if k < sent_end and st.low[k] == ",":
        m = next((x for x in range(k + 1, min(sent_end, k + 12)) if st.low[x] == ","), None)
        if m is not None and m + 1 < sent_end and st.low[m + 1] in DE:
            k, end = m + 1, segment_end(st, m + 1, st.doc[thing.i].sent)
    if k < end and norm(st.doc[k].text) in DE:
        rng = st.res.np_after(k + 1, end)
        if rng is None:
            return None
        return target_range(st, rng[0], rng[1])
    return None


def _ending_state(st: State, t: Token, ended: Target, sent: Span) -> None:
    """ "exiger le départ des troupes syldaves", "la fin des frappes syldaves": the state of
    the nationality adjective on what is to end or leave is under pressure (CAMEO 10,
    demand): the demand is against it too."""
    span = st.doc.char_span(ended.start, ended.end, alignment_mode="expand")
    noun = next((x for x in span if x.pos_ == "NOUN"), None) if span is not None else None
    if noun is None:
        return
    state = demonym_holders(st, noun) or adjective_state(st, noun, sent)
    if not state or not state[0].actor_id:
        return
    lemma = matches(t, st.c.demand_verbs, st.c) or norm(t.lemma_)
    holders = [h for h in holders_of(st, t) if h.actor_id != state[0].actor_id]
    st.add(holders, party_target(st, state[0]), -1, lemma, "demand", t, sent)


def _named_actor_target(st: State, target: Target) -> Target | None:
    """``target`` bound to the first actor its span mentions (its words kept); None when
    that actor is reached through another preposition than "de" ("la fin des frappes
    contre X" is for X, not against it)."""
    tv = st.tv
    for s, _e, aid in st.res.mentions_in(target.start, target.end):
        between = range(bisect.bisect_left(tv.idx, target.start), bisect.bisect_left(tv.idx, s))
        if any(tv.pos[k] == "ADP" and st.low[k] not in DE for k in between):
            return None
        return Target(st.res.actor_name(aid), aid, target.text, target.start, target.end)
    return target


def _names_an_actor(st: State, target: Target) -> bool:
    """The target's span mentions an actor (a state, person, organisation, group or
    company)."""
    return any(
        st.res.actor_type(aid) in ("state", "person", "organisation", "group", "company")
        for _s, _e, aid in st.res.mentions_in(target.start, target.end)
    )


def _relation_nouns(c: Cues) -> frozenset[str]:
    return c.relation_support | c.relation_oppose


@detector(pos={"NOUN", "VERB", "ADJ"}, words=_relation_nouns, match="text")
def relation(st: State, t: Token, sent: Span) -> None:
    """ "X, principal allié de Y", "X est l'ennemi de Y": X is for/against Y (the noun in
    apposition to X, or the attribute of X)."""
    w = norm(t.text)
    members = set_member_holders(st, t, sent)  # "X fait partie des alliés de Y"
    if st.tv.pos[t.i] != "NOUN" and t.dep_ not in ("conj", "appos") and members is None:
        # a participle ("alliée") counts only coordinated with a relation noun or in
        # apposition ("X, proche allié de Y", the tagger reading "allié" as a verb; "X,
        # alliée de Y," which it parses as a participle clause on X)
        if not (t.dep_ == "acl" and _after_comma(st, t, sent)):
            return
    if w in st.c.relation_support:
        polarity = 1
    elif w in st.c.relation_oppose:
        polarity = -1
    else:
        return
    k = _after_qualities(st, t, sent)
    if k + 1 >= sent.end or (st.low[k] not in DE and (st.low[k] != "pour" or polarity < 0)):
        return
    rng = st.res.np_after(k + 1, sent.end)
    if not rng:
        return
    other = st.res.party(rng[0], _name_end(st, *rng))
    if is_named(other):
        target = party_target(st, other)
    elif st.low[k] == "pour" and st.tv.pos[rng[0]] != "PRON":
        # "un partenaire loyal pour le peuple X": for whom it is one, named or not
        target = target_range(st, rng[0], _name_end(st, *rng))
    else:
        return
    if _denied_relation(st, t):
        return
    holders = members if members is not None else _relation_holders(st, t, sent)
    if not holders and t.dep_ == "conj" and norm(t.head.text) in _relation_nouns(st.c):
        # "X, rivale de Y et alliée de Z": the second noun shares the first one's holder
        holders = _relation_holders(st, t.head, sent)
    st.add(holders, target, polarity, w, "relation", t, sent)
    if w in st.words.symmetric_relations and is_named(other):
        # "X est un partenaire de Y": Y is X's partner too
        for h in holders:
            if is_named(h) and h.actor_id != other.actor_id:
                st.add([other], party_target(st, h), polarity, w, "relation", t, sent)


def _denied_relation(st: State, t: Token) -> bool:
    """ "X n'est pas l'allié de Y", "X ne restera pas un partenaire de Y", "X n'est pas vu
    comme un rival de Y": a denied relation says no stance (not being an ally is not being
    against), so no row rather than a doubtful sign."""
    if any(ch.dep_ == "cop" for ch in t.children):
        return negated(st, t)
    if t.dep_ in ("obj", "xcomp"):
        return negated(st, t.head)
    return False


def _after_qualities(st: State, t: Token, sent: Span) -> int:
    """The index after the adjectives that qualify a relation noun ("un partenaire crédible
    et loyal pour Y", "principal allié de Y"), and after the epithets the tagger reads as a
    verb ("ennemi juré de Y", ``relation_epithets``)."""
    pos, low = st.tv.pos, st.low
    epithets = st.c.acts.get("relation_epithets") or ()
    k = t.i + 1
    end = min(sent.end - 1, t.i + 8)
    while k < end and (
        pos[k] in ("ADJ", "ADV") or (low[k] == "et" and pos[k + 1] == "ADJ") or low[k] in epithets
    ):
        k += 1
    return k


def _name_end(st: State, i: int, j: int) -> int:
    """The end of the name after a relation noun, before a coordinated or circumstantial
    continuation ("rivale de Y en Afrique et alliée de Z": Y only)."""
    for k in range(i + 1, j):
        if st.low[k] in ("et", "ou", "en", "dans", ",", "depuis"):
            return k
    return j


def _relation_holders(st: State, t: Token, sent: Span) -> list[Party]:
    """Who is the ally / the rival: the noun phrase the relation noun is in apposition to
    ("X, principal allié de Y"), or the subject of its copula ("X est l'allié de Y")."""
    doc = st.doc
    k = t.i - 1
    while k >= sent.start and doc[k].pos_ in ("ADJ", "DET"):
        k -= 1
    if k >= sent.start and doc[k].text == ",":
        head = preceding_np(st, k + 1, sent)
        if head is None and t.dep_ == "appos" and t.head.pos_ in ("NOUN", "PROPN"):
            head = t.head  # "Xi Jinping, proche allié de Y": a name the tagger read as X
        return [st.res.np_party(head)] if head is not None else []
    if _apposed_conjunct(st, t):
        # "X, issu du parti Z et grand allié de Y": the second member of an apposition
        p = st.res.np_party(t.head)
        return [p] if is_named(p) else []
    if any(ch.dep_ == "cop" for ch in t.children):
        return holders_of(st, t)
    if t.dep_ in ("obj", "xcomp") and norm(t.head.lemma_) in st.words.relation_copulas:
        # "X restera un partenaire de Y", "X entend rester l'allié de Y"
        return holders_of(st, t.head)
    regarded_as = t.dep_ in ("xcomp", "obl:mod", "obl:arg") and t.head.pos_ in ("VERB", "AUX")
    if regarded_as and any(norm(ch.text) == "comme" for ch in t.children):
        # "X, considéré comme un partenaire de Y", "X est vu comme l'allié de Y": the
        # subject of the passive is the one so regarded
        subj = [ch for ch in t.head.children if ch.dep_ == "nsubj:pass"]
        if subj:
            return [st.res.np_party(subj[0])]
        return _regarded(st, t.head, sent)
    return []


def _after_comma(st: State, t: Token, sent: Span) -> bool:
    """A comma is right before ``t`` and its adjectives ("X, fidèle alliée de Y")."""
    k = t.i - 1
    while k > sent.start and st.tv.pos[k] in ("ADJ", "DET"):
        k -= 1
    return k >= sent.start and st.low[k] == ","


def _apposed_conjunct(st: State, t: Token) -> bool:
    """The relation noun, with no determiner, is coordinated with the name its apposition
    follows ("X, issu du parti Z et grand allié de Y"; the parser hangs it on the name).
    Why: a bare noun coordinated after an apposition describes the same person ("et
    l'allié de Y" with a determiner may be someone else, so it is left alone)."""
    head = t.head
    if t.dep_ != "conj" or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(ch.dep_ == "det" for ch in t.children):
        return False
    commas = [k for k in range(head.i + 1, t.i) if st.low[k] == ","]
    finite = any("Fin" in st.tv.morph(k, "VerbForm") for k in range(head.i, t.i))
    return bool(commas) and not finite


def _regarded(st: State, part: Token, sent: Span) -> list[Party]:
    """Who is regarded as the ally / rival when the participle has no subject of its own:
    the noun it modifies ("X, considéré comme un partenaire de Y") or, in an absolute
    participle clause, the noun phrase just before it ("..., X étant considéré comme un
    partenaire de Y")."""
    if part.dep_ == "acl" and part.head.pos_ in ("NOUN", "PROPN"):
        p = st.res.np_party(part.head)
        return [p] if is_named(p) else []
    first = min(
        [part, *(ch for ch in part.children if ch.dep_.startswith("aux"))], key=lambda x: x.i
    )
    head = preceding_np(st, first.i, sent)
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return []
    p = st.res.np_party(head)
    return [p] if is_named(p) else []


@detector(pos={"VERB"}, words=lambda c: c.appreciation_verbs)
def appreciation(st: State, t: Token, sent: Span) -> None:
    """ "jugent positivement X", "voient d'un bon œil", "jugent X dangereux": an
    appreciation verb with an evaluative adverb or attribute adjective."""
    if not matches(t, st.c.appreciation_verbs, st.c):
        return
    # "jugent positivement X" (adverb) / "jugent positive X", "jugent X dangereux"
    # (attribute adjective of the object)
    near = [
        x
        for x in st.doc[t.i + 1 : min(sent.end, t.i + 3)]
        if x.pos_ == "ADV" or (x.pos_ == "ADJ" and x.dep_ in ("xcomp", "obj", "ccomp"))
    ]
    near += [ch for ch in t.children if ch.pos_ == "ADJ" and ch.dep_ == "xcomp" and ch not in near]
    polarity, word = 0, None
    for a in near:
        w = norm(a.text)
        if w in st.c.appreciation_support:
            polarity, word = 1, a
        elif w in st.c.appreciation_oppose:
            polarity, word = -1, a
    attribute = False
    if not polarity or word is None:
        polarity, word = _attribute(st, t, sent)
        attribute = True
    if not polarity or word is None or (attribute and negated(st, t)):
        return  # "X ne juge pas Y inacceptable" denies a verdict, it gives none
    obj = object_of(st, t, sent)
    if obj is None or obj.i == word.i:
        # "a jugé « inacceptables » les propos de Y": the object is not the adjective
        obj = next(
            (
                x
                for x in st.doc[t.i + 1 : segment_end(st, t.i + 1, sent)]
                if x.pos_ in ("NOUN", "PROPN") and x.i != word.i
            ),
            None,
        )
    if obj is None:
        return
    if negated(st, t):
        polarity = -polarity
    stop = word.i if word.i > obj.i else None
    st.add(
        holders_of(st, t),
        relation_target(st, obj, sent) or target_np(st, obj, stop=stop),
        polarity,
        f"{norm(t.lemma_)} {norm(word.text)}",
        "appreciation",
        t,
        sent,
    )


def _attribute(st: State, t: Token, sent: Span) -> tuple[int, Token | None]:
    """ "X juge la décision de Y inacceptable", "X estime cette attaque injustifiée": the
    evaluative adjective that closes the appreciation verb's clause is the object's
    attribute, whatever the parser hung it on (an evaluative term or a predicate adjective
    of ``stance_evaluative.yaml``; a "que" clause is read elsewhere)."""
    end = segment_end(st, t.i + 1, sent)
    if end - t.i > 12 or any(st.low[k] in ("que", "qu'") for k in range(t.i + 1, end)):
        return 0, None
    last = end - 1
    while last > t.i and st.tv.punct[last]:
        last -= 1
    a = st.doc[last]
    participle = a.pos_ == "VERB" and "Part" in a.morph.get("VerbForm")
    if last <= t.i + 1 or not (a.pos_ == "ADJ" or participle):
        return 0, None
    good, bad = predicate_nouns()
    forms = {norm(a.text), norm(a.lemma_)}
    sign = sum(p for _tok, p in term_polarity(st, [a])) + (1 if forms & good else 0)
    sign -= 1 if forms & bad else 0
    return (1 if sign > 0 else -1 if sign < 0 else 0), a


def _emotion_words(c: Cues) -> frozenset[str]:
    from analysis.extract.stance.lexicon import stance_words

    w = stance_words()
    return w.emotion_support | w.emotion_oppose


@detector(pos=None, words=_emotion_words, match="text")
def emotion(st: State, t: Token, sent: Span) -> None:
    """ "X est satisfait de Y", "Mécontent des propos de Y, X a annoncé ...": the one who
    feels it is for / against what follows "de" (or "par"). The tagger often reads these
    adjectives as verbs, so the rule reads the words linearly."""
    w = st.low[t.i]
    if w in st.words.emotion_support:
        polarity = 1
    elif w in st.words.emotion_oppose:
        polarity = -1
    else:
        return
    # "reconnaissant envers Y", "furieux contre Y": the feeling's addressee ("contre" says
    # anger, never gladness)
    preps = _FEELING_PREPS + (("contre",) if polarity < 0 else ())
    hit = prep_np(st, t.i + 1, preps, sent, window=1)
    if hit is None or hit[1].pos_ not in ("NOUN", "PROPN"):
        return
    target = target_np(st, hit[1])
    holders = _detached_holders(st, t, sent) or _attribute_holders(st, t)
    # no one feels something about a phrase that names them ("il a été honoré par la
    # rencontre du président X": "il" is not X, whatever the pronoun resolver says)
    named = {aid for _s, _e, aid in st.res.mentions_in(target.start, target.end)}
    holders = [h for h in holders if not (h.actor_id and h.actor_id in named)]
    if not holders:
        return
    surprise = w in st.words.emotion_surprise
    if (surprise or polarity < 0) and negated(st, t):
        # "X ne s'est pas dit surpris / froissé par Y": expected, or a hurt denied: no row
        return
    if negated(st, t) or (surprise and st.low[t.i - 1] in st.words.emotion_pleasantly):
        polarity = -polarity  # "agréablement surpris par Y": glad
    st.add(holders, target, polarity, f"{w} {st.low[hit[0]]}", "readiness", t, sent)


# what a feeling adjective is about: "satisfait de Y", "honoré par Y", "reconnaissant envers Y"
_FEELING_PREPS = ("de", "du", "des", "d'", "par", "envers", "à l'égard de", "vis-à-vis de")


def _detached_holders(st: State, t: Token, sent: Span) -> list[Party]:
    """ "Mécontent de Y, X a annoncé ...": a detached adjective at the head of the sentence
    qualifies the subject of the first finite verb after the comma."""
    if t.i > sent.start and st.low[t.i - 1] not in (",", '"', "«"):
        return []
    comma = segment_end(st, t.i + 1, sent)
    if comma >= sent.end or st.low[comma] != ",":
        return []
    for k in range(comma + 1, min(sent.end, comma + 15)):
        v = st.doc[k]
        if v.pos_ in ("VERB", "AUX") and (
            "Fin" in v.morph.get("VerbForm") or any(ch.dep_.startswith("aux") for ch in v.children)
        ):
            verb = v.head if v.pos_ == "AUX" and v.dep_.startswith("aux") else v
            # the phrase before the verb group: the parser often makes the detached
            # adjective itself the subject
            head = st.res.np_before(st.res.verb_group_start(verb))
            if head is None or head.i <= comma:
                return []
            return [p for p in st.res.np_parties(head) if is_named(p)]
    return []


def _attribute_holders(st: State, t: Token) -> list[Party]:
    """ "X est / s'est dit satisfait de Y": the subject of the copula or of the verb the
    adjective is the attribute of."""
    reporter = _reporting_subject(st, t)
    if reporter:
        return reporter
    if any(ch.dep_ == "cop" for ch in t.children):
        return holders_of(st, t)
    if any(ch.dep_ == "aux:pass" for ch in t.children):
        return holders_of(st, t)  # "X a été honoré par Y": the tagger reads a passive
    if t.dep_ in ("xcomp", "acl") and t.head.pos_ in ("VERB", "AUX"):
        return holders_of(st, t.head)
    return []


# the subject pronouns that, in a "que" clause of a speech verb, stand for its speaker
_SELF_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})


def _reporting_subject(st: State, t: Token) -> list[Party]:
    """ "X a déclaré qu'il avait été honoré par Y": a third-person subject pronoun of a "que"
    clause under a speech verb is that verb's subject (the speaker reports their own
    feeling), not the last name the pronoun resolver meets (often Y, named just after)."""
    subj = next((ch for ch in t.children if ch.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None or st.low[subj.i] not in _SELF_PRONOUNS or t.dep_ != "ccomp":
        return []
    if not matches(t.head, st.c.speech, st.c):
        return []
    return [p for p in holders_of(st, t.head) if is_named(p)]
