"""Holders named through an intention or a purpose, not through the verb's subject.

"la décision de X de rompre ...", "X a exprimé sa volonté d'établir ...", "X a reçu Y, avec
l'ambition de renforcer ...": an infinitive after an intention noun (``intention_nouns``) is
the act of the noun's owner (its "de" complement, its possessor, or the subject of the clause
an adjunct intention modifies). "X a annoncé le rappel de son ambassadeur pour protester",
"X et Y ont signé un accord ..., afin de lutter contre Z": an infinitive of purpose is the
act of the subject of the main clause, however deep the parser hangs it.

Kept apart from :mod:`analysis.extract.stance.holders` (which asks these rules in turn for a
cue verb) because they read the noun or the locution an infinitive depends on, not the verb's
own arguments.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.cues import matches
from analysis.extract.quotes.relatives import INFINITIVE_CLITICS
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.agents import authority_state
from analysis.extract.stance.collective import is_named
from analysis.extract.stance.state import State, governing
from analysis.resources.gazetteer import country_of_adjective

VERBS = frozenset({"VERB", "AUX"})


def purpose_holders(st: State, verb: Token) -> list[Party]:
    """ "X a annoncé le rappel de son ambassadeur pour protester contre Y": an infinitive of
    purpose ("pour" + infinitive) hung on a noun is the act of the subject of the verb that
    carries the noun."""
    if verb.dep_ != "acl" or "Inf" not in st.tv.morph(verb.i, "VerbForm"):
        return []
    if not any(st.low[ch.i] == "pour" and ch.dep_ == "mark" for ch in verb.children):
        return []
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.head.pos_ not in ("VERB", "AUX") or noun.head.i == noun.i:
        return []
    return [p for p in st.res.subjects(noun.head) if p.identified]


def intention_holder(st: State, verb: Token) -> list[Party]:
    """ "la décision de X de rompre ...", "la volonté de X, de signer ...": an infinitive
    introduced by "de" after an intention noun (``intention_nouns``) is X's act, whatever
    the parser attaches it to (often the main verb, whose subject only took note of it)."""
    found = intention_noun(st, verb)
    if found is None:
        return []
    n, mark = found
    low, pos = st.low, st.tv.pos
    m = n + 1
    while m < mark and pos[m] == "ADJ":
        m += 1
    if m >= mark or low[m] not in _DE:
        if m != mark:
            return []
        return (
            _demonym_owner(st, n, mark)
            or possessor_of(st, st.doc[n])
            or _adjunct_intention(st, st.doc[n])
        )
    owners = []
    for a, b in _de_conjuncts(st, m, mark):
        rng = st.res.np_after(a + 1, b)
        p = st.res.party(*rng) if rng else None
        if p is not None and is_named(p) and p not in owners:
            owners.append(p)
    return owners


def _demonym_owner(st: State, n: int, mark: int) -> list[Party]:
    """ "la décision ghanéenne de rompre ...", "la menace russe de couper ...": a nationality
    adjective on the intention noun names its owner, the state the story knows by that
    adjective. Why: the press puts the state as an adjective as often as with "de X". Not
    for a noun of refusal ("le refus officiel x-ien d'accueillir ..."): the act is denied,
    and the rows of a denied act are another rule's (:func:`.hedging.refusal_noun`)."""
    if matches(st.doc[n], st.c.negating_nouns, st.c):
        return []
    for k in range(n + 1, mark):
        if not st.tv.text[k][:1].islower():
            continue
        iso = country_of_adjective(st.tv.text[k])
        aid = st.states.get(iso) if iso else None
        if aid:
            return [Party(st.res.actor_name(aid), aid, st.tv.idx[k], st.tv.end[k], "actor")]
    return []


# the forms of "de" that open an owner of an intention noun ("la décision du Tchad de ...")
_DE = ("de", "d'", "d’", "du", "des")


def _de_conjuncts(st: State, m: int, mark: int) -> list[tuple[int, int]]:
    """ "la décision du Laos, du Népal et du Bhoutan de quitter Y": the owners of an intention
    noun coordinated with their own "de" (after a comma or "et") each hold the act; the
    token ranges [de, end) of each owner. A "de" that follows no comma nor conjunction
    belongs to the owner's own phrase ("du ministre des Affaires étrangères")."""
    low = st.low
    cuts = [k for k in range(m + 1, mark) if low[k] in _DE and low[k - 1] in (",", "et")]
    out, start = [], m
    for k in cuts:
        end = k - 1
        if low[end] == "et" and low[end - 1] == ",":
            end -= 1
        out.append((start, end))
        start = k
    out.append((start, mark))
    return [(a, b) for a, b in out if b > a + 1]


def intention_noun(st: State, verb: Token) -> tuple[int, int] | None:
    """The intention noun an infinitive depends on ("la décision [de X] de + verb"), and the
    index of the "de" before the infinitive; None if the infinitive has none."""
    if "Inf" not in st.tv.morph(verb.i, "VerbForm"):
        return None
    low, pos = st.low, st.tv.pos
    lo = st.res.sent_start(verb.i)
    k = verb.i - 1
    while k > lo and (pos[k] == "ADV" or low[k] in ("«", '"', "“") or low[k] in INFINITIVE_CLITICS):
        k -= 1  # "son ambition de « doubler » ...", "la décision de X de se retirer de Y"
    if k <= lo or low[k] not in ("de", "d'"):
        return None
    mark = k
    k -= 1
    if k > lo and low[k] == ",":
        k -= 1
    for n in range(k, max(lo, mark - 10) - 1, -1):
        if pos[n] in ("VERB", "AUX") or low[n] in (";", ":", "."):
            return None
        if pos[n] == "NOUN" and low[n] in st.words.intention_nouns:
            return n, mark
    return None


# how the parser attaches an infinitive of purpose ("afin de" + infinitive often hangs on
# "afin" as an argument)
_PURPOSE_DEPS = frozenset({"acl", "advcl", "obl:mod", "obl:arg"})


def purpose_marked(st: State, verb: Token) -> bool:
    """The infinitive is one of purpose: "pour" + infinitive, or "afin de" + infinitive (the
    same French construction: its implicit subject is the main clause's)."""
    dep = st.tv.dep
    for c in st.tv.children[verb.i]:
        if dep[c] == "mark" and st.low[c] == "pour":
            return True
        if (
            dep[c] in ("mark", "case")
            and st.low[c] in ("de", "d'")
            and st.low[_before_quote(st, c)] == "afin"
        ):
            return True
    return False


def _before_quote(st: State, i: int) -> int:
    """The index of the word before token ``i``, past an opening quotation mark."""
    k = i - 1
    while k > 0 and st.low[k] in ('"', "«", "“"):
        k -= 1
    return k


def purpose_main_subjects(st: State, verb: Token) -> list[Party]:
    """ "X et Y ont signé un accord permettant ..., pour lutter contre Z": an infinitive of
    purpose ("pour" + infinitive) says what the subject of the main clause does, however
    deep the parser hangs it (on a noun, on a participle modifying a noun): the subjects of
    the first verb up the tree that has a subject of its own."""
    if "Inf" not in st.tv.morph(verb.i, "VerbForm") or st.tv.dep[verb.i] not in _PURPOSE_DEPS:
        return []
    if not purpose_marked(st, verb):
        return []
    node, prev = verb.head, verb
    for _ in range(8):
        if (
            node.pos_ in ("VERB", "AUX")
            and st.has_child(node.i, ("nsubj", "nsubj:pass"))
            and prev.dep_ not in ("nsubj", "nsubj:pass")  # climbed through a misread subject
            # "..., a constaté un journaliste"; but "X a dit avoir hâte de ... afin de ...":
            # the speech verb's own infinitive is its subject's
            and (prev.dep_ == "xcomp" or not matches(node, st.c.speech, st.c))
        ):
            return [p for p in st.res.subjects(node) if p.identified]
        if node.head.i == node.i:
            break
        prev, node = node, node.head
    root = st.doc[verb.i].sent.root
    if root.pos_ in ("VERB", "AUX") and not matches(root, st.c.speech, st.c):
        return [p for p in st.res.subjects(root) if is_named(p)]
    return []


def possessor_of(st: State, noun: Token) -> list[Party]:
    """ "X a exprimé sa volonté d'établir ...", "son ambition de doubler ...": an intention
    noun with a possessive is the intention of the subject of the verb that carries it."""
    if not any(ch.dep_ == "det" and "Yes" in ch.morph.get("Poss") for ch in noun.children):
        return []
    gov = governing(noun, VERBS, 4)
    if gov is None:
        return []
    parties = [authority_state(st, p) for p in st.res.subjects(gov) if p.identified]
    return [p for p in parties if p.kind != "noun"]


# the prepositions of an adjunct intention ("avec l'ambition de", "dans le but de")
_ADJUNCT_PREPS = frozenset({"avec", "dans", "par"})


def _adjunct_intention(st: State, noun: Token) -> list[Party]:
    """ "X a reçu Y, avec l'ambition de renforcer ...", "X s'est rendu à Z dans le but de
    relancer ...": an intention noun with no owner named, in an adjunct opened by "avec",
    "dans" or "par", is the intention of the subject of the clause it modifies."""
    if not any(ch.dep_ == "case" and st.low[ch.i] in _ADJUNCT_PREPS for ch in noun.children):
        return []
    gov = governing(noun, VERBS, 3)
    if gov is None:
        return []
    return [authority_state(st, p) for p in st.res.subjects(gov) if is_named(p)]
