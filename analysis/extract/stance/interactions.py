"""Interactions: acts between two actors read from the dependency parse
(``data/lexicons/stance_interactions.yaml``, a CAMEO-like table of classes with their signs).

Why: most stances in news writing carry no stance word; they are implied by what one actor
does to or asks of another. Three general shapes of French syntax are read here:

* a demand whose addressee is the subject of a "que" clause ("X exige que Y libère les
  otages", "X a demandé que Y retire ses troupes", "exiger de Y qu'il ..."): the holder is
  the subject of the demand verb, the target the addressee; the sign comes from the class of
  the demand verb and of the demanded verb (:func:`demand_clause`);
* an agreement noun between two sides ("l'accord entre X et Y"): each side is for the other,
  unless a breaker governs the noun ("la suspension de l'accord entre X et Y")
  (:func:`accord_between`);
* a hostile act noun with its author and its victim ("les frappes syldaves visant Y",
  "l'offensive de X contre Y"): the author is against the victim (:func:`hostile_act`).

Rows of the last two are of kind ``interaction`` (a lower confidence than a stance word: the
act implies the stance, it does not state it), so the brief never shows them as the clearest
stance of an article on their own.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, matches, norm
from analysis.extract.quotes.speakers import DE, Party
from analysis.extract.stance import judged_as
from analysis.extract.stance.acts import between_sides
from analysis.extract.stance.agents import noun_agent
from analysis.extract.stance.detector import detector
from analysis.extract.stance.diplomatic_acts import diplomat, diplomat_state
from analysis.extract.stance.hedging import denied, negated
from analysis.extract.stance.holders import demonym_holders, holders_of, is_named
from analysis.extract.stance.interaction_words import interactions
from analysis.extract.stance.quote_words import term_polarity
from analysis.extract.stance.records import Target
from analysis.extract.stance.side_leaders import side_leaders
from analysis.extract.stance.signed_sides import signed_sides
from analysis.extract.stance.state import State, governing, heads_above
from analysis.extract.stance.summons import fronted_place, place_state
from analysis.extract.stance.targets import (
    party_target,
    prep_np,
    segment_end,
    target_np,
    target_range,
)
from analysis.extract.stance.territories import struck_state
from analysis.extract.stance.threats import counter_move, named_in


def _demand_words(_c: Cues) -> frozenset[str]:
    w = interactions()
    return w.strong_demands | w.appeals


_QUE = frozenset({"que", "qu'", "qu’"})
_SUBJECTS = ("nsubj", "nsubj:pass")


# the "de" prepositions as a tuple (what :func:`prep_np` takes)
_DE_PREPS = ("de", "d'", "d’", "du", "des")


@detector(pos={"VERB"}, words=_demand_words)
def recall_order(st: State, t: Token, sent: Span) -> None:
    """ "X a demandé à ses représentants diplomatiques en Y de rentrer", "X a ordonné à son
    ambassadeur au Y de regagner le pays": ordering one's own envoys posted in Y home is a
    recall (CAMEO 16): X against Y. Denied: no row."""
    w = interactions()
    lemma = matches(t, w.strong_demands | w.appeals, st.c)
    if not lemma or negated(st, t):
        return
    envoys = st.c.acts["hostile_acts"]["diplomat_objects"]
    for ch in t.children:
        if not (ch.pos_ == "NOUN" and ch.dep_.startswith(("obl", "iobj")) and ch.i > t.i):
            continue
        own = any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in ch.children)
        if not own or (norm(ch.lemma_) not in envoys and norm(ch.text) not in envoys):
            continue
        back = [v for v in (*ch.children, *t.children) if v.pos_ == "VERB"]
        if any(matches(v, w.return_verbs, st.c) for v in back):
            _recalled_from(st, t, ch, lemma, sent)
        return


def _recalled_from(st: State, t: Token, envoy: Token, lemma: str, sent: Span) -> None:
    """The row of :func:`recall_order`: against the state where the envoy is posted (the
    "en/à/au Y" complement of the envoy)."""
    post = next(
        (
            c
            for c in envoy.children
            if c.dep_ == "nmod"
            and any(m.dep_ == "case" and st.low[m.i] in _POSTED for m in c.children)
        ),
        None,
    )
    where = st.res.np_party(post) if post is not None else None
    if where is None or not is_named(where):
        return
    holders = [h for h in holders_of(st, t) if not h.actor_id or h.actor_id != where.actor_id]
    st.add(holders, party_target(st, where), -1, f"{lemma} rappel", "rupture", t, sent)


_POSTED = frozenset({"en", "à", "au", "aux"})


@detector(pos={"VERB"}, words=_demand_words)
def demand_clause(st: State, t: Token, sent: Span) -> None:
    """ "X exige que Y libère les otages", "X a demandé que Y retire ses troupes", "exiger
    de Y qu'il ...": X against Y (pressure, CAMEO 10), or for Y when X asks Y for help;
    a plain request counts only when it asks Y to stop, withdraw or release. A negated
    demand says nothing sure: no row."""
    w = interactions()
    lemma = matches(t, w.strong_demands | w.appeals, st.c)
    if not lemma or negated(st, t):
        return
    clause = _que_clause(st, t, sent)
    if clause is None:
        if lemma in w.strong_demands:
            _addressed_demand(st, t, lemma, sent)
        return
    polarity = _demand_sign(st, lemma, clause)
    if polarity == 0:
        return
    addressee = _clause_subject(st, clause) or _de_addressee(st, t, clause, sent)
    if addressee is None:
        return
    holders = [h for h in holders_of(st, t) if h.actor_id != addressee.actor_id]
    st.add(holders, party_target(st, addressee), polarity, lemma, "demand", t, sent)


def _addressed_demand(st: State, t: Token, lemma: str, sent: Span) -> None:
    """ "X exige de Y des excuses", "X réclame au Y le retrait de ses troupes", "X a ordonné
    à Y de quitter le pays": a strong demand (an order, CAMEO 10) addressed to Y by a "de" or
    "à" complement right after the verb, then what is demanded: X against Y, whatever is
    demanded (unless help: :func:`_demand_sign` reads that only in a clause)."""
    k = t.i + 1
    while k < sent.end and st.tv.pos[k] == "ADV":
        k += 1
    if k >= sent.end - 2 or st.low[k] not in _ADDRESSING:
        return
    head = next(
        (
            ch
            for ch in t.children
            if ch.pos_ in ("PROPN", "NOUN")
            and ch.dep_.startswith(("obl", "iobj"))
            and any(c.i == k and c.dep_ == "case" for c in ch.children)
        ),
        None,
    )
    if head is None:
        return
    stop = head.i + 1
    while stop < sent.end and st.tv.pos[stop] in ("PROPN", "ADJ"):
        stop += 1
    if stop >= sent.end or st.tv.pos[stop] not in ("DET", "ADP", "NOUN", "NUM", "PRON"):
        return  # nothing demanded after the addressee ("exiger de toute urgence")
    if st.low[stop] in ("de", "d'", "d’") and _helps(st, stop, sent):
        return  # "demander à Y de l'aider": an appeal for help, not pressure
    who = st.res.np_party(head)
    if not is_named(who):
        return
    holders = [h for h in holders_of(st, t) if not h.actor_id or h.actor_id != who.actor_id]
    st.add(holders, party_target(st, who), -1, lemma, "demand", t, sent)


# the prepositions that name the addressee of a demand ("exiger de Y", "ordonner à Y")
_ADDRESSING = frozenset({"de", "d'", "d’", "du", "à", "au", "aux"})


def _helps(st: State, k: int, sent: Span) -> bool:
    """The infinitive after "de" at ``k`` (a pronoun or a negation skipped) asks for help."""
    m = k + 1
    while m < sent.end and m < k + 4 and st.tv.pos[m] in ("PRON", "ADV"):
        m += 1
    return m < sent.end and bool(matches(st.doc[m], interactions().help_verbs, st.c))


def _que_clause(st: State, t: Token, sent: Span) -> Token | None:
    """The verb of the "que" clause the demand governs; for "exiger de Y qu'il ...", often
    parsed as a relative clause on Y, the verb whose pronoun subject follows the "que"."""
    for ch in t.children:
        if ch.dep_ == "ccomp" and ch.i > t.i and ch.pos_ in ("VERB", "AUX"):
            if any(norm(m.text) in _QUE for m in ch.children):
                return ch
    que = next((k for k in range(t.i + 1, min(sent.end, t.i + 9)) if st.low[k] in _QUE), None)
    if que is None or que + 1 >= sent.end:
        return None
    pron = st.doc[que + 1]
    if pron.pos_ != "PRON" or pron.dep_ not in _SUBJECTS or pron.head.pos_ not in ("VERB", "AUX"):
        return None
    return pron.head


def _demand_sign(st: State, lemma: str, clause: Token) -> int:
    """+1 when help is asked, -1 for a strong demand or a request to stop, withdraw or
    release, 0 otherwise (the sign of a plain request depends on what is asked)."""
    w = interactions()
    verbs = [clause, *(ch for ch in clause.children if ch.dep_ in ("conj", "xcomp"))]
    if any(matches(v, w.help_verbs, st.c) for v in verbs):
        return 1
    if lemma in w.strong_demands:
        return -1
    if any(matches(v, w.withdrawal_verbs, st.c) for v in verbs):
        return -1
    return 0


def _clause_subject(st: State, clause: Token) -> Party | None:
    """The named actor subject of the "que" clause (not a pronoun: "qu'il" is read from the
    addressee before it)."""
    for ch in clause.children:
        if ch.dep_ in _SUBJECTS and ch.pos_ in ("PROPN", "NOUN"):
            p = st.res.np_party(ch)
            if is_named(p) and p.actor_id:
                return p
    return None


def _de_addressee(st: State, t: Token, clause: Token, sent: Span) -> Party | None:
    """ "exiger de Y qu'il ...", "exiger du Y qu'il ...": the "de" complement between the
    verb and the "que" (a pronoun subject in the clause stands for it)."""
    if not any(ch.dep_ in _SUBJECTS and ch.pos_ == "PRON" for ch in clause.children):
        return None
    que = next((k for k in range(t.i + 1, clause.i) if st.low[k] in _QUE), None)
    if que is None or que - t.i > 8:
        return None
    k = t.i + 1
    while k < que and st.tv.pos[k] == "ADV":
        k += 1
    if k >= que or st.low[k] not in DE:
        return None
    start = k + 1 if st.low[k] in ("de", "d'", "d’") else k
    if st.low[k] in ("du", "des"):
        start = k + 1
    p = st.res.party(start, que)
    return p if is_named(p) and p.actor_id else None


def _accord_words(_c: Cues) -> frozenset[str]:
    return interactions().accord_nouns


@detector(pos={"NOUN"}, words=_accord_words, match="form")
def accord_between(st: State, t: Token, sent: Span) -> None:
    """ "l'accord (surprise) entre X et Y", "le traité de paix entre X et Y": the two sides of
    an agreement are for each other — unless a breaker governs the noun ("la suspension de
    l'accord entre X et Y", "X menace l'accord") or the noun is denied."""
    w = interactions()
    if norm(t.text) not in w.accord_nouns and norm(t.lemma_) not in w.accord_nouns:
        return
    if _broken(st, t) or denied(st, t):
        return
    sides = between_sides(st, t, sent) or signed_sides(st, t, sent)
    if not sides:
        return
    a, b = sides
    cue = f"{norm(t.text)} entre"
    st.add([a], party_target(st, b), 1, cue, "interaction", t, sent)
    st.add([b], party_target(st, a), 1, cue, "interaction", t, sent)
    for leader, other in side_leaders(st, t, (a, b)):  # "les deux chefs d'État ont évoqué ..."
        st.add([leader], party_target(st, other), 1, cue, "interaction", t, sent)


def _broken(st: State, t: Token) -> bool:
    """A word above the agreement noun undoes it (``accord_breakers``), within three heads."""
    breakers = interactions().accord_breakers
    return any(
        norm(h.lemma_) in breakers or norm(h.text) in breakers or matches(h, breakers, st.c)
        for h in heads_above(t, 3)
    )


def _hostile_words(_c: Cues) -> frozenset[str]:
    return interactions().hostile_nouns | interactions().verbal_nouns


@detector(pos={"NOUN"}, words=_hostile_words, match="form")
def hostile_act(st: State, t: Token, sent: Span) -> None:
    """ "les frappes syldaves visant Y", "l'offensive de X contre Y": the author (a
    nationality adjective or the "de" complement) is against the victim (the "contre"
    complement or the object of "visant"). Both must be named actors."""
    w = interactions()
    if norm(t.text) in w.verbal_nouns or norm(t.lemma_) in w.verbal_nouns:
        _verbal_act(st, t, sent)
        return
    if norm(t.text) not in w.hostile_nouns and norm(t.lemma_) not in w.hostile_nouns:
        return
    if _agent_and_object(st, t, sent):
        return
    authors = demonym_holders(st, t) or _de_author(st, t, sent)
    if not authors:
        by = participle_author(st, t, sent)
        authors = [by] if by is not None else []
    if not authors:
        _imposed(st, t, sent)
        return
    victim = _victim(st, t, sent)
    if victim is None or any(a.actor_id == victim.actor_id for a in authors):
        return
    polarity = 1 if negated(st, t) else -1
    if polarity > 0:
        return  # "il n'y a pas eu de frappes de X contre Y" says no stance
    st.add(authors, party_target(st, victim), -1, norm(t.text), "interaction", t, sent)


def _imposed(st: State, t: Token, sent: Span) -> None:
    """ "X a imposé des sanctions à Y", "X a décrété un embargo contre Y": the subject of the
    verb that imposes the hostile act (``imposing_verbs``, the noun its object) is against
    the named actor it targets ("à" included: "imposer à Y"). A verb of launching or waging
    it (``launching_verbs``: "X a lancé des frappes contre Y") reads the victim markers only
    ("mener des frappes au Y" may be done for Y). Negated: no act, no row."""
    w = interactions()
    verb = t.head
    if t.dep_ != "obj" or verb.pos_ != "VERB":
        return
    if matches(verb, w.imposing_verbs, st.c):
        preps = w.imposed_preps
    elif matches(verb, w.launching_verbs, st.c):
        preps = w.launched_preps
    else:
        return
    victim = _victim(st, t, sent, preps)
    if victim is None or negated(st, verb):
        return
    holders = [h for h in holders_of(st, verb) if h.actor_id != victim.actor_id]
    st.add(holders, party_target(st, victim), -1, norm(t.text), "interaction", t, sent)


def _verbal_act(st: State, t: Token, sent: Span) -> None:
    """ "les propos critiques de X à l'égard de Y", "les déclarations hostiles de X envers
    Y", "les propos élogieux du président X vis-à-vis de Y": words said are an act toward
    their addressee (CAMEO 11 disapprove / 05 praise), with the sign of their epithets (none:
    no row). The author: a nationality adjective or the "de" complement."""
    w = interactions()
    epithets = [st.doc[c] for c in st.tv.children[t.i] if st.tv.dep[c] == "amod"]
    score = sum(p for _tok, p in term_polarity(st, epithets)) or sum(
        (st.low[e.i] in w.verbal_support) - (st.low[e.i] in w.verbal_oppose) for e in epithets
    )
    if score == 0 or denied(st, t):
        return
    authors = demonym_holders(st, t) or _de_author(st, t, sent)
    victim = _victim(st, t, sent, w.verbal_preps)
    if not authors or victim is None or any(a.actor_id == victim.actor_id for a in authors):
        return
    polarity = 1 if score > 0 else -1
    st.add(authors, party_target(st, victim), polarity, norm(t.text), "interaction", t, sent)


def _agent_and_object(st: State, t: Token, sent: Span) -> bool:
    """ "la destitution par X de Y", "l'invasion de Y par X": the "par" agent is against
    the "de" complement (after the agent, or right after the noun). True when the noun has
    a named "par" agent (the other readings are then wrong)."""
    k = t.i + 1
    while k < sent.end and st.tv.pos[k] == "ADJ":
        k += 1
    agent = noun_agent(st, t, sent)
    by, stop = agent if agent is not None else (None, k)
    victim = None
    if by is not None:
        hit = prep_np(st, stop, _DE_PREPS, sent, window=1)
        victim = named_in(st, hit[1]) if hit is not None else []
    elif k < sent.end and st.low[k] in DE:
        rng = st.res.np_after(k + 1 if st.low[k] in ("de", "d'", "d’") else k, sent.end)
        cut = next((m for m in range(rng[0], rng[1]) if st.low[m] == "par"), None) if rng else None
        if rng and cut is not None:
            rng2 = st.res.np_after(cut + 1, sent.end)
            p = st.res.party(*rng2) if rng2 else None
            by = p if p is not None and is_named(p) else None
            victim = [st.res.party(rng[0], cut)] if by is not None else []
    victim = [
        v for v in victim or [] if is_named(v) and by is not None and v.actor_id != by.actor_id
    ]
    if by is None or not victim:
        return by is not None
    if negated(st, t) or denied(st, t):
        return True
    st.add([by], party_target(st, victim[0]), -1, norm(t.text), "interaction", t, sent)
    return True


def _de_author(st: State, t: Token, sent: Span) -> list[Party]:
    """ "l'offensive de X contre Y": the "de" complement right after the noun, when a victim
    follows (without one, "l'attaque de Y" names the victim, not the author)."""
    k = t.i + 1
    while k < sent.end and st.tv.pos[k] == "ADJ":
        k += 1
    if k >= sent.end or st.low[k] not in DE:
        return []
    start = k if st.low[k] in ("du", "des") else k + 1
    end = start
    while (
        end < sent.end
        and end < start + 6
        and st.low[end]
        not in (
            ",",
            "contre",
            "visant",
            "ciblant",
            "envers",
            "à",
            "sur",
            "en",
            "dans",
        )
    ):
        end += 1
    if st.low[k] in ("du", "des"):
        start = k + 1
    p = st.res.party(start, end) if end > start else None
    return [p] if p is not None and is_named(p) else []


def _victim(st: State, t: Token, sent: Span, preps: tuple[str, ...] | None = None) -> Party | None:
    """The named actor after "contre", "visant", "ciblant", "envers" or "à l'encontre de"
    (or one of ``preps``) within a few words of the noun."""
    hit = prep_np(st, t.i + 1, preps or interactions().victim_preps, sent, window=8)
    if hit is None:  # "des frappes sur le sol y-ien": the state whose soil is struck
        return struck_state(st, t, sent)
    p = st.res.np_party(hit[1])
    if is_named(p):
        return p
    # "une attaque contre un poste de l'armée syldave": the actor the target belongs to
    inner = prep_np(st, hit[1].i + 1, _DE_PREPS, sent, window=1)
    q = st.res.np_party(inner[1]) if inner is not None else None
    return q if q is not None and is_named(q) else None


# where the search for an act's author stops: the end of a clause
_CLAUSE_END = frozenset({";", ":", ".", "?", "!"})


def participle_author(st: State, noun: Token, sent: Span) -> Party | None:
    """The author of an act noun named by a participle and its "par" agent after it
    ("l'attentat contre Y, mené par X", "une attaque perpétrée par X",
    ``author_participles``), within the clause. Why: news writing names the author of an
    attack this way far more often than with a "de" complement."""
    words = interactions().author_participles
    tv = st.tv
    for k in range(noun.i + 1, min(sent.end - 1, noun.i + 30)):
        if tv.text[k] in _CLAUSE_END:
            return None
        if tv.pos[k] in ("VERB", "AUX") and "Part" not in tv.morph(k, "VerbForm"):
            return None  # a finite verb: another clause
        if _names_participle(tv.lemma_low[k], st.low[k], words) and st.low[k + 1] == "par":
            rng = st.res.np_after(k + 2, sent.end)
            p = st.res.party(*rng) if rng else None
            return p if p is not None and is_named(p) else None
    return None


def _names_participle(lemma: str, low: str, words: frozenset[str]) -> bool:
    """The participle's lemma is one of ``words``, or its form is the past participle of one
    of them whatever its agreement ("l'attaque perpétré par X": a common slip the tagger
    then misreads)."""
    if lemma in words:
        return True
    stem = low.rstrip("s").removesuffix("e")
    return stem.endswith("é") and f"{stem[:-1]}er" in words


def _qualify_words(_c: Cues) -> frozenset[str]:
    return interactions().qualify_verbs


_AS = frozenset({"de", "d'", "d’", "comme"})


def _introduces(st: State, m: int) -> bool:
    """Token m introduces a qualification: "de", "comme", or the "d" the tokenizer splits
    off "d'«" (then "d", "'", "«": "qualifier Y d'« État voyou »")."""
    if st.low[m] in _AS:
        return True
    return st.low[m] == "d" and m + 1 < len(st.doc) and st.low[m + 1] in ("'", "’")


@detector(pos={"VERB"}, words=_qualify_words)
def qualification(st: State, t: Token, sent: Span) -> None:
    """ "X a qualifié Y d'« assassin »", "X décrit Y comme un partenaire fiable", "X
    qualifie la visite de Y de « tournant historique »": X judges the actor Y (or the issue
    its object names) by the sign of the evaluative terms after "de"/"comme" (none, or a
    negated verb: no row)."""
    if not matches(t, interactions().qualify_verbs, st.c) or negated(st, t):
        return
    obj = judged_as.judged_token(st, t)  # the object, or a passive's subject (session 30)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return
    anchor = max(obj.i, t.i)
    end = judged_as.clause_end(st, anchor + 1, segment_end(st, anchor + 1, sent))
    # the word that introduces the judgement: "comme", else the last "de" before its first
    # evaluative term ("qualifier la décision de Y de « grave erreur »")
    k = next((m for m in range(anchor + 1, end) if st.low[m] == "comme"), None)
    if judged_as.needs_as(t, k):
        return
    terms = term_polarity(st, list(st.doc[(k or anchor) + 1 : end]))
    if not terms:
        if obj.i > t.i:
            _insult(st, t, obj, sent)
        return
    if k is None:
        first = terms[0][0].i
        k = next((m for m in range(first - 1, anchor, -1) if _introduces(st, m)), None)
    if k is None:
        return
    score = sum(p for _tok, p in terms)
    if score == 0:
        return
    target = _qualified(st, obj, k) if obj.i > t.i else judged_as.passive_target(st, obj, t)
    if target is None:
        return
    holders = [
        h
        for h in judged_as.judges(st, t, obj)
        if h.actor_id is None or h.actor_id != target.actor_id
    ]
    polarity = 1 if score > 0 else -1
    st.add(holders, target, polarity, norm(t.lemma_), "interaction", t, sent)


def _insult(st: State, t: Token, obj: Token, sent: Span) -> None:
    """ "X a traité Y de « petit dictateur »", "X taxe Y de laxisme": calling an actor
    something with these verbs (``insult_verbs``) is an insult whatever the word (CAMEO 11):
    X against Y. Only an actor object followed by "de" ("traiter la question de Y" deals
    with it)."""
    if not matches(t, interactions().insult_verbs, st.c):
        return
    y = st.res.np_party(obj)
    j = obj.i + 1  # after the name ("Yoweri Museveni de ...")
    while j < sent.end and st.tv.dep[j] in ("flat:name", "flat") and st.tv.head[j] == obj.i:
        j += 1
    if not is_named(y) or j >= sent.end or not (st.low[j] != "comme" and _introduces(st, j)):
        return
    holders = [h for h in holders_of(st, t) if h.actor_id is None or h.actor_id != y.actor_id]
    st.add(holders, party_target(st, y), -1, norm(t.lemma_), "interaction", t, sent)


def _qualified(st: State, obj: Token, k: int) -> Target | None:
    """What is qualified: the actor the object names ("qualifier Y de ..."), else the object
    phrase up to the "de"/"comme" at ``k`` as an issue ("la récente visite de Y")."""
    p = st.res.np_party(obj)
    i, _j = st.res.chunk(obj, appos=False)
    end = k
    while end > i and st.tv.text[end - 1] in (",", "«", '"', "“"):
        end -= 1
    if is_named(p) and p.end >= st.tv.idx[end - 1]:
        return party_target(st, p)  # the object is the actor itself
    if end <= obj.i:
        return None
    t = target_range(st, i, end, obj)
    return Target(t.name, None, t.text, t.start, t.end)


def _accept_words(_c: Cues) -> frozenset[str]:
    return interactions().accept_verbs


@detector(pos={"VERB"}, words=_accept_words)
def acceptance(st: State, t: Token, sent: Span) -> None:
    """ "Y a accepté les propositions de X", "Y a accepté l'invitation de X": Y is for the
    offer and for X; "Y n'a pas accepté les propositions de X": against the offer only."""
    w = interactions()
    if not matches(t, w.accept_verbs, st.c):
        return
    obj = next((ch for ch in t.children if ch.dep_ == "obj" and ch.i > t.i), None)
    if obj is None or (
        norm(obj.lemma_) not in w.accept_objects and norm(obj.text) not in w.accept_objects
    ):
        return
    holders = holders_of(st, t)
    if not holders:
        return
    polarity = -1 if negated(st, t) else 1
    st.add(holders, _issue(st, obj), polarity, norm(t.lemma_), "interaction", t, sent)
    author = _author_after(st, obj, sent, ("de", "du", "des", "d'", "d’"))
    if author is not None and polarity > 0:
        holders = [h for h in holders if h.actor_id != author.actor_id]
        st.add(holders, party_target(st, author), 1, norm(t.lemma_), "interaction", t, sent)


def _issue(st: State, noun: Token) -> Target:
    """The noun phrase of ``noun`` as an issue (the offer, the act answered), never the actor
    named inside it: that actor gets a row of its own."""
    t = target_np(st, noun)
    name = re.sub(r"^(?:les|le|la|l['’]|des|un|une)\s*", "", t.text, flags=re.IGNORECASE)
    return Target(name, None, t.text, t.start, t.end)


def _author_after(st: State, noun: Token, sent: Span, preps: tuple[str, ...]) -> Party | None:
    """The named actor of the complement right after ``noun`` (its adjectives skipped) that
    starts with one of ``preps`` ("les propositions du Kenya", "la construction par Y")."""
    k = noun.i + 1
    while k < sent.end and st.tv.pos[k] == "ADJ":
        k += 1
    if k >= sent.end or st.low[k] not in preps:
        return None
    start = k + 1
    rng = st.res.np_after(start, sent.end)
    if not rng:
        return None
    end = next((m for m in range(rng[0] + 1, rng[1]) if st.tv.pos[m] == "ADP"), rng[1])
    p = st.res.party(rng[0], end)
    return p if is_named(p) else None


def _response_words(_c: Cues) -> frozenset[str]:
    w = interactions()
    return w.response_verbs | w.threat_verbs


@detector(pos={"VERB"}, words=_response_words)
def firm_response(st: State, t: Token, sent: Span) -> None:
    """A counter-move: a firm answer or a threat (:func:`analysis.extract.stance.threats.
    counter_move`)."""
    counter_move(st, t, sent)


def _retaliation_words(_c: Cues) -> frozenset[str]:
    return interactions().retaliation_nouns


_ANSWERED = ("à", "au", "aux", "contre")


@detector(pos={"NOUN"}, words=_retaliation_words, match="form")
def retaliation(st: State, t: Token, sent: Span) -> None:
    """ "X a fermé sa frontière en rétorsion à la construction par Y d'un canal", "en
    représailles aux propos de Y", "en guise de protestation contre Y": the subject of the
    act is against what it answers, and against that act's author."""
    words = interactions().retaliation_nouns
    if norm(t.text) not in words and norm(t.lemma_) not in words:
        return
    if t.i < 2 or not (
        st.low[t.i - 1] == "en" or st.low[t.i - 1] == "de" and st.tv.pos[t.i - 2] == "NOUN"
    ):
        return  # "en rétorsion à", "en guise de / une note de protestation à" (not "de sanctions")
    k = t.i + 1
    if k >= sent.end or st.low[k] not in _ANSWERED:
        _protest_absence(st, t, sent)
        return
    gov = governing(t, {"VERB"}, 3)
    if gov is None:
        return
    holders = holders_of(st, gov)
    rng = st.res.np_after(k + 1, sent.end)
    if not holders or not rng:
        return
    cue = f"en {norm(t.text)}"
    noun = next((st.doc[m] for m in range(*rng) if st.tv.pos[m] in ("NOUN", "PROPN")), None)
    if noun is None:
        return
    if noun.pos_ == "PROPN" or is_named(st.res.np_party(noun)) and st.res.np_party(noun).actor_id:
        answered = st.res.np_party(noun)
        if is_named(answered):
            st.add(holders, party_target(st, answered), -1, cue, "interaction", t, sent)
        return
    st.add(holders, _issue(st, noun), -1, cue, "interaction", t, sent)
    author = _author_after(st, noun, sent, ("par", "de", "du", "des", "d'", "d’"))
    if author is not None:
        holders = [h for h in holders if h.actor_id != author.actor_id]
        st.add(holders, party_target(st, author), -1, cue, "interaction", t, sent)


def _protest_absence(st: State, t: Token, sent: Span) -> None:
    """ "X ne participera pas au sommet en guise de protestation", "X ne s'est pas rendu à la
    conférence en signe de protestation": staying away in protest is a boycott (CAMEO 11,
    disapprove): X against the event (the "à" complement). Only a negated verb of taking
    part (``protest_absence_verbs``): "X a manifesté en signe de protestation" names no
    target."""
    w = interactions()
    gov = governing(t, {"VERB"}, 4)
    if gov is None or not matches(gov, w.absence_verbs, st.c) or not negated(st, gov):
        return
    hit = prep_np(st, gov.i + 1, ("à", "au", "aux"), sent, window=4)
    if hit is None:
        return
    event = st.res.np_party(hit[1])  # a named body ("à l'OUA"), else the event as an issue
    named = hit[1].pos_ == "PROPN" and is_named(event)
    i, j = st.res.chunk(hit[1])
    j = next((m for m in range(hit[1].i + 1, j) if st.low[m] in ("en", ",")), j)
    # the event up to "en signe de protestation"
    target = party_target(st, event) if named else target_range(st, i, j, hit[1])
    st.add(holders_of(st, gov), target, -1, f"en {norm(t.text)}", "interaction", t, sent)


def _detention_words(_c: Cues) -> frozenset[str]:
    return interactions().detention_verbs


@detector(pos={"VERB", "ADJ"}, words=_detention_words)
def detention(st: State, t: Token, sent: Span) -> None:
    """ "X exige la libération des soldats détenus par Y", "X a appelé Z à aider à libérer
    les soldats détenus par Y": X (who demands the release) is against Y (who holds them)."""
    w = interactions()
    if not matches(t, w.detention_verbs, st.c):
        return
    agent = st.res.agent_token(t)
    if agent is None:
        return
    jailer = st.res.np_party(agent)
    if not is_named(jailer):
        return
    above = list(heads_above(t, 8))
    release = next((k for k, h in enumerate(above) if _is_release(st, h)), None)
    if release is None:
        return
    demander = next(
        (
            h
            for h in above[release + 1 :]
            if h.pos_ == "VERB" and matches(h, st.c.demand_verbs, st.c)
        ),
        None,
    )
    if demander is None or negated(st, demander):
        return
    holders = [h for h in holders_of(st, demander) if h.actor_id != jailer.actor_id]
    lemma = matches(demander, st.c.demand_verbs, st.c)
    st.add(holders, party_target(st, jailer), -1, lemma, "demand", demander, sent)


def _is_release(st: State, h: Token) -> bool:
    words = interactions().release_words
    return norm(h.lemma_) in words or norm(h.text) in words


@detector(pos=None, words=lambda _c: frozenset({"persona"}), match="text")
def persona_non_grata(st: State, t: Token, sent: Span) -> None:
    """ "X a déclaré persona non grata l'ambassadrice de Y", "X a déclaré l'ambassadeur
    syldave persona non grata": X expels Y's diplomat (CAMEO 16, reduce relations), X is
    against Y; a named person declared so, not a diplomat, is the target himself. Read
    linearly: the parse of the Latin words is erratic. A denied declaration: no row."""
    if t.i + 2 >= sent.end or st.low[t.i + 1] != "non" or st.low[t.i + 2] != "grata":
        return
    verbs = interactions().persona_verbs
    verb = next(
        (
            st.doc[k]
            for k in range(t.i - 1, max(sent.start, t.i - 10) - 1, -1)
            if st.tv.pos[k] == "VERB" and matches(st.doc[k], verbs, st.c)
        ),
        None,
    )
    if verb is None or negated(st, verb):
        return
    declared = _declared(st, verb, t, sent)
    if declared is None:
        return
    whose = diplomat(st, declared, sent)
    other = diplomat_state(st, whose, sent) if whose is not None else None
    if other is None and declared.pos_ == "PROPN":
        other = st.res.np_party(declared)
    if other is None or not is_named(other):
        return
    passive = st.res.is_passive(verb)
    holders = [] if passive else holders_of(st, verb)  # a passive's subject is the one hit
    by = prep_np(st, t.i + 3, ("par",), sent, window=1) if passive else None
    if not holders and by is not None:  # "Y a été déclaré persona non grata par X"
        holders = [p for p in [st.res.np_party(by[1])] if is_named(p)]
    elif passive:  # "… persona non grata au Z", "Au Z, …"
        place = place_state(st, t.i + 3, ("au", "en", "à"), sent, 1) or fronted_place(st, sent)
        holders = [place] if place is not None else []
    holders = [h for h in holders if h.actor_id != other.actor_id]
    st.add(holders, party_target(st, other), -1, "persona non grata", "rupture", t, sent)


def _declared(st: State, verb: Token, t: Token, sent: Span) -> Token | None:
    """Who is declared persona non grata: the verb's object, else the noun right after
    "grata", else (a clitic "les déclarant ...") the last diplomat named before the verb."""
    deps = ("obj", "nsubj:pass", "nsubj") if st.res.is_passive(verb) else ("obj",)  # s. 16, 28
    obj = next((ch for ch in verb.children if ch.dep_ in deps and ch.i != t.i), None)
    if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
        return obj
    rng = st.res.np_after(t.i + 3, sent.end) if t.i + 3 < sent.end else None
    if rng:
        head = next((st.doc[k] for k in range(*rng) if st.tv.pos[k] in ("NOUN", "PROPN")), None)
        if head is not None:
            return head
    if st.low[verb.i - 1] in ("les", "la", "le", "l'", "l’"):
        staff = st.c.acts["hostile_acts"]
        return next(
            (
                st.doc[k]
                for k in range(verb.i - 2, sent.start - 1, -1)
                if st.tv.pos[k] == "NOUN"
                and (
                    norm(st.doc[k].text) in staff["diplomat_objects"]
                    or norm(st.doc[k].text) in staff["diplomat_staff"]
                )
            ),
            None,
        )
    return None
