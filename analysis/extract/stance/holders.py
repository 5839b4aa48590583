"""Holders: who takes a stance — the subject of the cue verb, or the agent of a passive
participle, a coordinated pair, a nationality adjective, the state of an office holder.

The holders named through an intention noun or an infinitive of purpose live in
:mod:`analysis.extract.stance.intention_holders`, those of an object-control verb ("accuser Y
de ...") in :mod:`analysis.extract.stance.controlled`; :func:`holders_of` asks them in turn.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from analysis.extract.cues import (
    matches,
    norm,
)
from analysis.extract.quotes.speakers import DE, Party
from analysis.extract.quotes.speakers.latter import last_named, latter_form
from analysis.extract.quotes.words import DOCUMENT_NOUNS, ISSUING_VERBS, TEXT_NOUNS
from analysis.extract.stance.agent_lists import listed_agents
from analysis.extract.stance.agents import authority_state
from analysis.extract.stance.bare import bare_state_holders
from analysis.extract.stance.clauses import (
    detached_subject,
    fronted_participle_holders,
    participle_main_verb,
    participle_subject,
    relative_subject,
)
from analysis.extract.stance.co_agents import co_agents
from analysis.extract.stance.collective import (
    co_subject_before,
    counterparts_resolved,
    impersonal_holders,
    is_named,
    pair_noun_of,
    pair_of,
    pairs_named,
    plural_pronoun_holders,
    titled_holders,
)
from analysis.extract.stance.controlled import object_controlled
from analysis.extract.stance.enumerations import enumerated
from analysis.extract.stance.intention_holders import (
    VERBS,
    intention_holder,
    possessor_of,
    purpose_holders,
    purpose_main_subjects,
)
from analysis.extract.stance.pronoun_states import state_pronoun_holders, whose_body_holders
from analysis.extract.stance.reported_voice import reported_first_person, reported_voiceless
from analysis.extract.stance.state import State
from analysis.resources.gazetteer import countries, country_of_adjective


def holders_of(st: State, verb: Token) -> list[Party]:
    """Who holds a stance expressed by ``verb``: the subject (or passive agent); for "la
    décision de X de rompre ..." the "de" complement of the intention noun; inside a quote,
    the speaker when the subject is the speaker's own side or no one (:func:`voice`)."""
    found = _holders_of(st, verb)
    at = st.tv.idx[verb.i]
    opened = st.quote_start_at(at)
    if opened is None:
        # "Nous condamnons « ... », a dit X": first person in X's unquoted words
        reported = None if found else reported_first_person(st, verb, at)
        if reported is not None:
            return [reported]
        return _voiced(st, verb, at, found) or found
    spoken = st.speaker_at(at)
    if spoken is not None and (voice(st, verb, found, spoken) or _agentless(st, verb, found)):
        return [spoken]
    voiced = _voiced(st, verb, at, found)  # "X a dit que la visite de Y « renforcera ... »"
    if voiced:
        return voiced
    tv = st.tv
    third = [
        t
        for t in st.res.subject_tokens(verb)
        if tv.pos[t.i] == "PRON" and st.low[t.i] in _THIRD and tv.idx[t.i] >= opened
    ]
    if third:
        return [_in_quote_antecedent(st, third[0], opened, spoken)]
    return _speaker_for_own_state(st, found, spoken)


def _voiced(st: State, verb: Token, at: int, found: list[Party]) -> list[Party]:
    """ "X a dit que la visite de Y renforcera ...": an event or a text as the subject of
    attributed words is the speaker's stance (:func:`reported_voiceless`); an actor the
    parser read in the event's complement is kept after the speaker."""
    voiced = reported_voiceless(st, verb, at)
    if voiced is None:
        return []
    return [voiced, *(p for p in found if p.actor_id and p.actor_id != voiced.actor_id)]


def _agentless(st: State, verb: Token, found: list[Party]) -> bool:
    """ "« L'accord doit être signé sans tarder », a dit X": a passive with no agent (itself or
    the verb whose infinitive it is) in someone's quoted words says what the speaker wants
    done or judges done; no one else is named to hold it."""
    if found:
        return False
    tv, node = st.tv, verb
    for _ in range(3):
        if st.res.is_passive(node):
            return st.res.agent_token(node) is None
        i = node.i
        if tv.dep[i] not in ("xcomp", "conj") or tv.head[i] == i:
            return False
        node = tv.tokens[tv.head[i]]
    return False


def _speaker_for_own_state(st: State, found: list[Party], spoken: Party | None) -> list[Party]:
    """ "« La Belgique se tient à vos côtés », a dit le roi": a state named as the subject in
    its own official's words is spoken for by that official, who holds the stance too (the
    speaker first, the state kept)."""
    if spoken is None or not spoken.actor_id:
        return found
    row = st.res.actors.get(spoken.actor_id, {})
    country = row.get("country")
    if row.get("type") == "state" or not isinstance(country, str):
        return found
    own = st.states.get(country)
    if own is None or not any(p.actor_id == own for p in found):
        return found
    return [spoken, *found]


# third-person subject pronouns, resolved inside a quote by :func:`_in_quote_antecedent`
_THIRD = frozenset({"il", "elle", "ils", "elles"})


def _in_quote_antecedent(st: State, pron: Token, opened: int, spoken: Party | None) -> Party:
    """ "« Si le Rwanda reconnaît qu'il a soutenu ... »": a third-person pronoun inside a
    quote stands for the last subject named inside it before the pronoun, never for the
    speaker (who says "je"/"nous"); unresolved, it holds nothing."""
    start = max(st.res.sent_start(pron.i), bisect.bisect_left(st.tv.idx, opened))
    speaker = spoken.actor_id if spoken is not None else None
    for k in range(pron.i - 1, start - 1, -1):
        if st.tv.dep[k] in ("nsubj", "nsubj:pass") and st.tv.pos[k] in ("PROPN", "NOUN"):
            cand = st.res.np_party(st.tv.tokens[k])
            if is_named(cand) and (speaker is None or cand.actor_id != speaker):
                return cand
    at = st.tv.idx[pron.i]
    return _source_about(st, pron, spoken) or Party(None, None, at, st.tv.end[pron.i], "unknown")


def _source_about(st: State, pron: Token, spoken: Party | None) -> Party | None:
    """ "« Il s'est réjoui de ... », indique le communiqué": a text, a source or an
    institution quoted in the third person speaks about a person named before the quote
    (the pronoun resolved outside it); a person quoted never says "il" of themself, so
    their quotes keep the rule above."""
    if spoken is not None and spoken.actor_id and st.res.actor_type(spoken.actor_id) == "person":
        return None
    found = st.res.pronoun(pron)
    if found is None or not found.actor_id or st.res.actor_type(found.actor_id) != "person":
        return None
    return found


def voice(st: State, verb: Token, found: list[Party], spoken: Party) -> bool:
    """A stance verb in a quote is the speaker's own when its subject is first person ("nous
    allons renforcer nos relations avec Y", "notre pays soutient Y"), missing ("il faut
    condamner Y") or an event or a text rather than an actor ("cette visite contribuera à
    renforcer la coopération"): events and texts hold no stance, their speaker does."""
    if not found:
        return _unsubjected(st, verb, spoken)
    return all(_first_person(st, p) or _voiceless(st, p) for p in found)


def _unsubjected(st: State, verb: Token, spoken: Party) -> bool:
    """The verb (through the verbs that govern its infinitive) has a subject that is the
    speaker's ("nous", "il faut condamner Y", a pronoun before the quote opens: "X a dit
    qu'il « espère que ... »"), an event ("ce voyage contribuera à approfondir ...") or none
    at all; a coordinated or subordinate verb without its own subject shares one the rules
    could not read: not the speaker's for sure."""
    tv, node = st.tv, verb.i
    aux = split_auxiliary(st, verb)  # "nous avons à cet égard salué Y"
    if aux is not None:
        node = aux.i
    for _ in range(4):
        subj = [c for c in tv.children[node] if tv.dep[c] in ("nsubj", "nsubj:pass")]
        if subj:
            return all(_speakers_subject(st, c, node, spoken) for c in subj)
        infinitive = "Inf" in tv.morph(node, "VerbForm")
        if tv.head[node] != node and (
            tv.dep[node] == "xcomp" or (infinitive and tv.dep[node] in ("obl:arg", "obl:mod"))
        ):
            node = tv.head[node]
            continue
        return tv.dep[node] == "ROOT" or tv.head[node] == node
    return False


def _speakers_subject(st: State, c: int, verb: int, spoken: Party) -> bool:
    """Subject token ``c`` of ``verb`` inside a quote speaks for the speaker (see
    :func:`_unsubjected`), or is the speaker ("X a affirmé qu'il « espère ... »", parsed
    with X as the subject of "espère")."""
    low = st.low[c]
    if low in st.words.first_person or low in st.words.voiceless_subjects or low == "on":
        return True
    if st.tv.lemma_low[verb] == "falloir":  # "il faut condamner Y"
        return True
    if st.tv.idx[c] >= spoken.start:
        return False
    if st.tv.pos[c] == "PRON":
        return True
    return (
        spoken.actor_id is not None and st.res.np_party(st.tv.tokens[c]).actor_id == spoken.actor_id
    )


def _words_of(st: State, p: Party) -> list[str]:
    return re.findall(r"[\w'’-]+", norm(st.article.text[p.start : p.end]))


def _first_person(st: State, p: Party) -> bool:
    """``p`` is written in the first person ("nous", "notre pays", "nos deux pays")."""
    words = _words_of(st, p)
    return bool(words) and words[0] in st.words.first_person


def _voiceless(st: State, p: Party) -> bool:
    """``p`` is an event or a text (a visit, a meeting, an agreement), not an actor."""
    if p.actor_id or p.kind not in ("noun", "pronoun", "unknown"):
        return False
    return any(w in st.words.voiceless_subjects for w in _words_of(st, p))


def _holders_of(st: State, verb: Token) -> list[Party]:
    intended = intention_holder(st, verb)
    if intended:
        return intended
    controlled = object_controlled(st, verb)
    if controlled is not None:
        return controlled
    issued = issuer_holders(st, verb)
    if issued:
        return issued
    whose = whose_body_holders(st, verb)  # "X, dont le gouvernement a condamné Y": X
    subjects = (
        whose
        or relative_subject(st, verb)
        or pairs_named(st, counterparts_resolved(st, enumerated(st, fronted_subject(st, verb))))
    )
    parties = purpose_main_subjects(st, verb) or [
        p for p in _own_country(st, verb, subjects) if p.identified
    ]
    parties += coordinated_agents(st, verb, parties)
    parties += co_agents(st, verb, parties)  # "X a annoncé, aux côtés de Y, ..."
    parties += co_subject_before(st, verb, parties)
    plural = plural_pronoun_holders(st, verb)
    if plural is not None:  # "X et Y se sont rencontrés. Ils ont salué ...": both
        parties = plural
    if not parties:
        parties = latter_holder(st, verb) or state_pronoun_holders(st, verb)
    parties = bare_state_holders(st, verb, _pairs_resolved(st, parties))
    head = st.tv.head[verb.i]
    if (
        not parties
        and st.res.is_passive(verb)
        and st.res.agent_token(verb) is None
        and st.tv.dep[verb.i] in ("ccomp", "xcomp")
        and head != verb.i
        and matches(st.tv.tokens[head], st.c.demand_verbs, st.c)
    ):
        # "X réclame que la coopération soit suspendue": X wants it done
        parties = [p for p in st.res.subjects(st.tv.tokens[head]) if p.identified]
    if not parties:
        parties = purpose_holders(st, verb)
    if not parties:
        parties = participle_holders(st, verb) or fronted_participle_holders(st, verb)
    if not parties:
        parties = split_auxiliary_holders(st, verb)
    if not parties:
        parties = impersonal_holders(st, verb)
    if not parties:
        parties = titled_holders(st, verb)
    elif len(parties) == 1 and parties[0].kind == "noun":
        parties += titled_holders(st, verb)  # "l'ambassadeur estonien a dénoncé": Estonia too
    return [authority_state(st, _after_dash(st, p)) for p in parties]


# the dependency labels of a subject
_SUBJ = ("nsubj", "nsubj:pass")

# the words an adverbial between an auxiliary and its participle is made of ("nous avons à cet
# égard salué", "X a par ailleurs dénoncé", "ils ont, mardi, condamné")
_ADVERBIAL = frozenset({"ADV", "ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ", "PUNCT"})


def split_auxiliary_holders(st: State, verb: Token) -> list[Party]:
    """ "Nous avons à cet égard salué Y", "X a, mardi, condamné Y": an adverbial between the
    auxiliary and the past participle makes the parser hang the participle on the
    adverbial's noun; the subject is the auxiliary's (:func:`split_auxiliary`)."""
    aux = split_auxiliary(st, verb)
    return [p for p in st.res.subjects(aux) if p.identified] if aux is not None else []


def split_auxiliary(st: State, verb: Token) -> Token | None:
    """The auxiliary "avoir" of a past participle the parser did not attach to it: the
    nearest "avoir" within six words before, with only adverbial words (and commas) between
    and none of its own auxiliary or subject on the participle."""
    tv = st.tv
    if "Part" not in tv.morph(verb.i, "VerbForm") or "Past" not in tv.morph(verb.i, "Tense"):
        return None
    if any(tv.dep[c].startswith("aux") or tv.dep[c] in _SUBJ for c in tv.children[verb.i]):
        return None
    for k in range(verb.i - 1, max(st.res.sent_start(verb.i), verb.i - 7) - 1, -1):
        if tv.lemma_low[k] == "avoir" and tv.pos[k] in ("AUX", "VERB"):
            return tv.tokens[k] if k < verb.i - 1 else None
        if tv.pos[k] not in _ADVERBIAL or tv.text[k] in (";", ":", ".", "«", "»", '"'):
            return None
    return None


def _after_dash(st: State, p: Party) -> Party:
    """ "la guerre dans l'est du pays – X appuie Y": a dash opens an incise, so a subject
    read across it starts after the last dash."""
    text = st.article.text[p.start : p.end]
    cut = max(text.rfind(" – "), text.rfind(" — "))
    if cut < 0:
        return p
    span = st.doc.char_span(p.start + cut + 3, p.end, alignment_mode="expand")
    if span is None or not len(span):
        return p
    q = st.res.party(span.start, span.end)
    return q if is_named(q) else p


# object and reflexive clitics between a comma and a present participle
_CLITICS = frozenset({"le", "la", "les", "l'", "lui", "leur", "se", "s'", "y", "en"})


def participle_holders(st: State, verb: Token) -> list[Party]:
    """ "X est arrivé à Y, saluant l'accord", "« ... », a déclaré X, saluant ...": a detached
    present participle after a comma says what the subject of the main clause does (the
    subject after a speech verb too); so does a gerund ("X a confirmé Y, tout en lui
    exprimant ...")."""
    if "Part" not in st.tv.morph(verb.i, "VerbForm") or "Pres" not in st.tv.morph(verb.i, "Tense"):
        return []
    k = verb.i - 1
    while k > 0 and st.tv.pos[k] == "PRON" and st.low[k] in _CLITICS:
        k -= 1  # ", les déclarant persona non grata", ", lui demandant de ..."
    if k <= 0 or st.low[k] not in (",", "en"):
        return []  # (a gerund whose clitics hide its "en": "tout en lui exprimant ...")
    main = participle_main_verb(st, verb)
    if main is None:
        return []
    parties = [p for p in st.res.subjects(main) if participle_subject(st, p)]
    if not parties:  # "X est arrivé à Y, saluant ...", read as a passive by the parser
        heads = [c for c in st.tv.children[main.i] if st.tv.dep[c] in _SUBJ]
        parties = [p for h in heads[:1] for p in st.res.np_parties(st.tv.tokens[h]) if is_named(p)]
    if parties or not matches(main, st.c.speech, st.c):
        return parties
    rng = st.res.np_after(main.i + 1, verb.i - 1)  # "a déclaré X, saluant"
    p = st.res.party(*rng) if rng else None
    return [p] if p is not None and is_named(p) else []


_LOOKS_PAST = re.compile(r"(é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|it|ite|its|ites)$")


def is_participle_without_aux(st: State, t: Token) -> bool:
    tv, i = st.tv, t.i
    if not _LOOKS_PAST.search(st.low[i]):
        return False
    if (
        "Part" not in tv.morph(i, "VerbForm")
        and tv.pos[i] != "ADJ"
        and not (
            st.res.agent_token(t) is not None
            and not any(tv.dep[c] in _SUBJ for c in tv.children[i])
        )
    ):
        return False
    if "Pres" in tv.morph(i, "Tense") and st.low[i].endswith("ant"):
        return False
    if split_auxiliary(st, t) is not None:
        return False  # "nous avons à cet égard salué Y": active, its auxiliary further back
    if tv.dep[i] == "conj" and any(
        tv.dep[c] == "aux:tense" or (tv.dep[c] == "aux" and tv.lemma_low[c] == "avoir")
        for c in tv.children[tv.head[i]]
    ):
        return False  # "X a dénoncé ... et accusé Y": the auxiliary is shared
    return not any(tv.dep[c].startswith("aux") for c in tv.children[i]) and not (
        i > 0 and tv.pos[i - 1] == "AUX"
    )


def pair_subject(st: State, verb: Token) -> list[Party]:
    """ "les deux dirigeants ont signé": the two latest actors of the kind; through the verbs
    that govern an infinitive ("les deux pays prévoient de signer", "vont signer")."""
    tv, node = st.tv, verb.i
    for _ in range(3):
        for c in tv.children[node]:
            if tv.dep[c] == "nsubj":
                return pair_of(st, tv.tokens[c])
        if tv.dep[node] != "xcomp" or tv.head[node] == node:
            break
        node = tv.head[node]
    return []


def last_state_before(st: State, t: Token, holder: Party) -> Party | None:
    """The last state actor mentioned in the three sentences before ``t``, other than the
    holder (or the holder's country)."""
    res = st.res
    own = {holder.actor_id, res.actors.get(holder.actor_id or "", {}).get("country")}
    s = st.article.sentence_at(t.idx)
    floor = st.article.sentences[max(0, s.id - 3)].start if s is not None else 0
    for start, end, aid in reversed(res.mentions_in(floor, t.idx)):
        row = res.actors.get(aid, {})
        if row.get("type") != "state" or aid in own or row.get("country") in own:
            continue
        return Party(res.actor_name(aid), aid, start, end, "actor")
    return None


def demonym_holders(st: State, noun: Token) -> list[Party]:
    """The state named by a nationality adjective on ``noun`` ("la demande kényane"; the
    parser sometimes reads the adjective as a name: "un diplomate afghan")."""
    tv = st.tv
    for c in tv.children[noun.i]:
        if tv.dep[c] not in ("amod", "nmod") or c < noun.i or not tv.text[c][:1].islower():
            continue
        iso = country_of_adjective(tv.text[c])
        if iso is None:
            continue
        aid = st.states.get(iso)
        if aid:
            return [Party(st.res.actor_name(aid), aid, tv.idx[c], tv.end[c], "actor")]
        country = countries().get(iso)
        name = getattr(country, "name", None)
        if name:
            return [Party(name, None, tv.idx[c], tv.end[c], "name")]
    return []


def is_actor_of(st: State, obj: Token, types: frozenset[str]) -> bool:
    """The object names an actor of one of ``types`` ("any": every actor)."""
    if not types:
        return False
    p = st.res.np_party(obj)
    if not p.actor_id:
        return False
    return "any" in types or st.res.actor_type(p.actor_id) in types


def state_of(st: State, aid: str | None, states: dict[str, str]) -> str | None:
    if not aid or st.res.actor_type(aid) != "person":
        return None
    country = st.res.actors.get(aid, {}).get("country")
    return states.get(country) if isinstance(country, str) else None


def coordinated_agents(st: State, verb: Token, found: list[Party]) -> list[Party]:
    """ "l'accord a été signé par X et Y": the agents coordinated with the first "par"
    agent (the chunk of the first agent stops at the conjunction)."""
    if not found or not st.res.is_passive(verb):
        return []
    ag = st.res.agent_token(verb)
    if ag is None:
        return []
    tv = st.tv
    seen = {p.actor_id or p.name for p in found}
    out = []
    for c in tv.children[ag.i]:
        if tv.dep[c] != "conj" or tv.pos[c] not in ("NOUN", "PROPN"):
            continue
        if any(tv.dep[x] == "case" for x in tv.children[c]):
            continue  # "par X, en présence de Y": not an agent
        p = st.res.np_party(tv.tokens[c])
        if not is_named(p):  # "l'ambassadeur des États-Unis à Dakar, Y,": the apposed name
            names = [a for a in tv.children[c] if tv.dep[a] == "appos" and tv.pos[a] == "PROPN"]
            p = st.res.np_party(tv.tokens[names[0]]) if names else p
        if is_named(p) and (p.actor_id or p.name) not in seen:
            out.append(p)
            seen.add(p.actor_id or p.name)
    listed = listed_agents(st, ag, st.res.np_party(ag))  # "par A, B et C" parsed anyhow
    return out + [p for p in listed if (p.actor_id or p.name) not in seen]


# "ce dernier", "cette dernière", "celui-ci", "celle-ci": the last one named
_LATTER = frozenset({"dernier", "dernière", "celui-ci", "celle-ci"})


def latter_holder(st: State, verb: Token) -> list[Party]:
    """ "… entre X et Y. Ce dernier a salué …": a subject "ce dernier" ("celui-ci") stands
    for the last actor named before it, in its sentence or the one before (outside
    quotations)."""
    subj = [c for c in st.tv.children[verb.i] if st.tv.dep[c] in _SUBJ]
    if not subj:
        return []
    tok = subj[0]  # (the children come in text order)
    # "Celui-ci" may come in three tokens
    word = "".join(st.low[k] for k in range(tok, min(tok + 3, verb.i)) if st.low[k] != " ")
    if st.low[tok] not in _LATTER and not word.startswith(("celui-ci", "celle-ci")):
        return []
    if st.low[tok] in ("dernier", "dernière") and (
        tok == 0 or st.low[tok - 1] not in ("ce", "cette")
    ):
        return []
    gender = latter_form(st.low, tok, verb.i) or "m"
    found = last_named(st.res, st.tv.idx[tok], gender)  # none when "son homologue" came after it
    if found is None:
        return []
    start, end, aid = found
    return [Party(st.res.actor_name(aid), aid, start, end, "actor")]


def _pairs_resolved(st: State, parties: list[Party]) -> list[Party]:
    """ "les deux dirigeants / pays ont réaffirmé ...": a pair noun stands for the two actors
    last named of its kind."""
    if len(parties) != 1 or parties[0].kind != "noun":
        return parties
    p = parties[0]
    span = st.doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None:
        return parties
    head = pair_noun_of(st, span)  # not "les relations entre les deux pays"
    pair = pair_of(st, head) if head is not None else []
    return pair if len(pair) == 2 else parties


# "son pays", "sa nation", "leur gouvernement": the state of whoever reports the clause
_OWN_STATE = re.compile(r"^(?:son|sa|leur)\s+(?:pays|nation|gouvernement|état)$")


def _own_country(st: State, verb: Token, parties: list[Party]) -> list[Party]:
    """ "X a déclaré que son pays soutenait Y": "son pays" is the state of X, the subject of
    the verb whose "que" clause this is (X himself when his state is not an actor)."""
    if len(parties) != 1 or parties[0].actor_id:
        return parties
    text = norm(st.article.text[parties[0].start : parties[0].end])
    if not _OWN_STATE.match(" ".join(text.split())):
        return parties
    tv, node = st.tv, verb.i
    for _ in range(3):
        if tv.dep[node] != "ccomp" or tv.head[node] == node:
            node = None
            break
        node = tv.head[node]
        if tv.pos[node] in ("VERB", "AUX"):
            break
    if node is None:
        return parties
    reporters = [p for p in st.res.subjects(tv.tokens[node]) if is_named(p)]
    if len(reporters) != 1:
        return parties
    state = state_of(st, reporters[0].actor_id, st.states)
    if state is None:
        return reporters
    p = parties[0]
    return [Party(st.res.actor_name(state), state, p.start, p.end, "actor")]


def fronted_subject(st: State, verb: Token) -> list[Party]:
    """The subjects of ``verb`` (:meth:`Resolver.subjects`), except that a phrase opened by a
    preposition is never a subject: "Quelques heures après une visite de X, Y a annoncé
    ...", parsed with "visite" as the subject, is Y's announcement (the phrase right before
    the verb group). Through the verbs that govern an infinitive."""
    parties = st.res.subjects(verb)
    tv, i = st.tv, verb.i
    for _ in range(3):
        if st.has_child(i, ("nsubj",)) or tv.dep[i] != "xcomp" or tv.head[i] == i:
            break
        i = tv.head[i]
    node = tv.tokens[i]
    detached = detached_subject(st, node)  # "Alliés de longue date, X et Y ont ..."
    if detached is not None:
        return detached
    subj = [c for c in tv.children[i] if tv.dep[c] == "nsubj" and tv.pos[c] in ("NOUN", "PROPN")]
    if not subj or not any(
        tv.dep[c] == "case" and tv.pos[c] == "ADP" for c in tv.children[subj[0]]
    ):
        return parties
    head = st.res.np_before(st.res.verb_group_start(node))
    if head is None or head.i <= subj[0]:
        return parties
    p = st.res.np_party(head)
    return [p] if is_named(p) else parties


def issuer_holders(st: State, verb: Token) -> list[Party]:
    """ "sa décision demandant à Y de partir", "un communiqué du Y condamnant Z", "X a publié
    un communiqué condamnant Z": a present participle on a text or a decision
    (``voiceless_subjects``, ``intention_nouns``) is the act of whoever issues it: the
    possessor, the "de" complement, or the subject of an issuing verb (``issuing_verbs``)
    that carries the noun. Texts hold no stance; their issuer does."""
    tv, i = st.tv, verb.i
    if "Part" not in tv.morph(i, "VerbForm") or "Pres" not in tv.morph(i, "Tense"):
        return []
    n = tv.head[i]
    if tv.dep[i] != "acl" or tv.pos[n] != "NOUN" or n > i:
        return []
    if not _issued_noun(st, st.low[n]):
        return []
    noun = tv.tokens[n]
    owner = possessor_of(st, noun)
    if owner:
        return owner
    for c in tv.children[n]:
        if tv.dep[c] == "nmod" and c < i and any(st.low[x] in DE for x in tv.children[c]):
            p = authority_state(st, st.res.np_party(tv.tokens[c]))
            if is_named(p):
                return [p]
    g = tv.head[n]
    gov = tv.tokens[g]
    if tv.pos[g] in VERBS and tv.dep[n] == "obj" and _issuing(st, gov):
        return [authority_state(st, p) for p in st.res.subjects(gov) if is_named(p)]
    return []


def _issued_noun(st: State, low: str) -> bool:
    """``low`` names a text, an act or a decision someone issues: the stance lists (events,
    texts, intentions) or the quote rules' families of documents and texts ("lettre",
    "note", "plainte", "rapport", "décret"): the one family of issued texts for both, so
    "X a envoyé une lettre dénonçant Y" reads like "X a publié un communiqué dénonçant Y"."""
    w = st.words
    return (
        low in w.voiceless_subjects
        or low in w.intention_nouns
        or low in DOCUMENT_NOUNS
        or low in TEXT_NOUNS
    )


def _issuing(st: State, verb: Token) -> bool:
    """``verb`` issues its object: the stance list or the quote rules' wider one ("déposer",
    "rédiger", "voter", "soumettre")."""
    return matches(verb, st.words.issuing_verbs, st.c) or matches(verb, ISSUING_VERBS, st.c)
