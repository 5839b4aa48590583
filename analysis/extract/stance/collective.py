"""Collective and coordinated holders: "les deux dirigeants / pays" read as the pair they stand
for (named before, in the headline, or just after), and a co-subject the parser left out of a
plural verb's subject ("X, et Y, ministre de ..., ont signé").

Why apart from :mod:`analysis.extract.stance.holders`: these rules look beyond the cue's own
clause (the headline, the next sentences, the name before a conjunction) to find who a plural
stands for; the holder rules call them once the clause's own subjects are read.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from analysis.extract.cues import norm
from analysis.extract.quotes.speakers import TWO_WORD_CLASSES, Party
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import counterpart
from analysis.resources.gazetteer import countries, country_of_adjective


def pair_of(st: State, head: Token) -> list[Party]:
    """ "les deux dirigeants / pays": the two actors of the kind named last before ``head``
    (:meth:`Resolver.pair`); in an opening sentence that names none before, the two the
    headline names ("X et Y signent ..." then "les deux dirigeants ont signé"), else the first
    two named after it in the next sentences. Why: a lead often refers back to its headline,
    which is not part of the analysed text."""
    people = norm(head.text) in st.words.pair_person_nouns
    typed = _typed_pair(st, head)
    if typed is not None:
        pair = typed
    else:
        pair = _person_pair(st, head) if people else _role_pair(st, head) or st.res.pair(head)
    if len(pair) == 2 or head.i < 2:
        return pair
    prev = f"{st.low[head.i - 2]} {st.low[head.i - 1]}"
    if prev not in TWO_WORD_CLASSES:
        return pair
    person = people or norm(head.text) in st.c.roles or norm(head.lemma_) in st.c.roles
    kinds = ("person",) if person else ("state", "organisation", "company", "group")
    if norm(head.text) in st.words.pair_state_nouns:
        kinds = ("state",)
    found = headline_pair(st, kinds) or _next_pair(st, head, kinds)
    if len({st.res.actor_type(a) for a in found}) > 1:
        return []  # two of a kind only, as Resolver.pair: no state and body as "les deux parties"
    iso = _nationality(head)
    if iso is not None and any(st.res.actors.get(a, {}).get("country") != iso for a in found):
        return []  # "les deux dirigeants kényans": never a guest of another country
    return [Party(st.res.actor_name(a), a, head.idx, head.idx + len(head), "actor") for a in found]


def _nationality(head: Token) -> str | None:
    """The country a lower-case nationality adjective after ``head`` names ("les deux
    dirigeants kényans": KE), or None."""
    for ch in head.children:
        if ch.dep_ in ("amod", "nmod") and ch.i > head.i and ch.text[:1].islower():
            iso = country_of_adjective(ch.text)
            if iso:
                return iso
    return None


def _typed_pair(st: State, head: Token) -> list[Party] | None:
    """ "les deux pays / nations / capitales" (``pair_state_nouns``): the two states named
    last, never a body or an armed group between them; "les deux dirigeants kényans": the two
    actors of that nationality named last. None when the noun says neither (the resolver's
    pair then); [] when fewer than two fit (no guess)."""
    if head.i < 2 or f"{st.low[head.i - 2]} {st.low[head.i - 1]}" not in TWO_WORD_CLASSES:
        return None
    states_only = norm(head.text) in st.words.pair_state_nouns
    iso = _nationality(head)
    if not states_only and iso is None:
        return None
    person = norm(head.text) in st.c.roles or norm(head.lemma_) in st.c.roles
    person = person or norm(head.text) in st.words.pair_person_nouns
    seen = last_two(st, head, states_only, person, iso, False)
    if len(seen) < 2 and (states_only or person):
        # "le ministre kényan X ... les deux pays": Kenya; "les deux dirigeants kényans": the
        # head of a Kenyan body too when one person only is named
        seen = last_two(st, head, states_only, person, iso, True)
    if len(seen) < 2:
        return []
    return [Party(st.res.actor_name(a), a, head.idx, head.idx + len(head), "actor") for a in seen]


def last_two(
    st: State, head: Token, states_only: bool, person: bool, iso: str | None, citizens: bool
) -> list[str]:
    """The two distinct actors named last before ``head`` (outside quotations) that fit: states
    (with ``citizens``, a person's mention counts for their state), or persons / others of
    country ``iso`` (with ``citizens``, a body of that country counts as a person: the
    leader it is named after)."""
    seen: list[str] = []
    for start, _end, aid in reversed(st.res.mentions_in(max(0, head.idx - 3000), head.idx)):
        kind = st.res.actor_type(aid)
        if citizens and person and kind in ("organisation", "institution"):
            kind = "person"
        if citizens and states_only and kind == "person":
            country = st.res.actors.get(aid, {}).get("country")
            aid = (st.states.get(country) if isinstance(country, str) else None) or aid
            kind = st.res.actor_type(aid)
        if aid in seen or st.res.in_quote(start):
            continue
        if states_only and kind != "state":
            continue
        if not states_only and (kind == "person") != person:
            continue
        if iso is not None and st.res.actors.get(aid, {}).get("country") != iso:
            continue
        seen.append(aid)
        if len(seen) == 2:
            break
    return seen


def typed_pair(st: State, head: Token) -> list[Party]:
    """The pair a numbered noun stands for ("les deux pays" → two states, "les deux dirigeants
    kényans" → two Kenyans: :func:`_typed_pair`), else the resolver's pair."""
    typed = _typed_pair(st, head)
    return (_role_pair(st, head) or st.res.pair(head)) if typed is None else typed


def pair_noun_of(st: State, span: Span) -> Token | None:
    """The pair noun a phrase stands for: "pays" of "les deux pays" or of "les ministres des
    deux pays" (a title or a body of the pair); None for a pair inside another noun's
    complement ("les relations entre les deux pays", "la coopération des deux pays": the
    phrase is about the pair, it is not the pair)."""
    root = span.root
    for t in span:
        if t.pos_ != "NOUN" or t.i < 2 or t.i - 2 < span.start:
            continue
        if f"{st.low[t.i - 2]} {st.low[t.i - 1]}" not in TWO_WORD_CLASSES:
            continue
        if t.i == root.i:
            return t
        of = any(ch.dep_ == "case" and st.low[ch.i] in _OF for ch in t.children)
        if of and t.head.i == root.i and _speaks_for(st, root):
            return t
        return None
    return None


# "les ministres des deux pays": the contracted "de" of a pair complement
_OF = frozenset({"de", "des", "d'", "du"})


def _speaks_for(st: State, noun: Token) -> bool:
    """``noun`` names people or bodies acting for a country (a title, a governing body, a
    delegation): "les chefs de la diplomatie des deux pays" hold what their pair holds."""
    words = (norm(noun.text), norm(noun.lemma_))
    return any(
        w in st.c.roles or w in st.words.authority_nouns or w in st.words.pair_person_nouns
        for w in words
    ) or words[1] in ("délégation", "représentant", "dirigeant", "gouvernement")


def _person_pair(st: State, head: Token) -> list[Party]:
    """ "les deux hommes", "les deux femmes" (``pair_person_nouns``, no title): the two persons
    named last before ``head`` (outside quotations); the resolver's pair reads such nouns
    as states or bodies."""
    if head.i < 2 or f"{st.low[head.i - 2]} {st.low[head.i - 1]}" not in TWO_WORD_CLASSES:
        return []
    return last_two_persons(st, head, lambda _aid: True)


def last_two_persons(st: State, head: Token, keep: Callable[[str], bool]) -> list[Party]:
    """The two persons named last before ``head`` (outside quotations) that ``keep`` accepts,
    as the parties ``head`` stands for; [] when fewer than two are."""
    seen: list[str] = []
    for start, _end, aid in reversed(st.res.mentions_in(max(0, head.idx - 3000), head.idx)):
        if aid in seen or st.res.in_quote(start) or st.res.actor_type(aid) != "person":
            continue
        if keep(aid):
            seen.append(aid)
        if len(seen) == 2:
            break
    if len(seen) < 2:
        return []
    return [Party(st.res.actor_name(a), a, head.idx, head.idx + len(head), "actor") for a in seen]


def _role_pair(st: State, head: Token) -> list[Party]:
    """ "les deux ministres / présidents" (a title, plural): the two persons named last
    before ``head`` (outside quotations) whose role holds that title as a word; [] when fewer
    than two do (the resolver's pair then). Why (session 21): the two ministers of a call
    are often followed by a spokesman who reports it, and the resolver's pair (the last two
    persons) took the spokesman for a minister."""
    if head.i < 2 or f"{st.low[head.i - 2]} {st.low[head.i - 1]}" not in TWO_WORD_CLASSES:
        return []
    title = norm(head.lemma_)
    if title not in st.c.roles and norm(head.text) not in st.c.roles:
        return []

    def holds_title(aid: str) -> bool:
        roles = str(st.res.actors.get(aid, {}).get("roles") or "")
        return title in re.findall(r"[\w-]+", norm(roles))

    return last_two_persons(st, head, holds_title)


def headline_pair(st: State, kinds: tuple[str, ...]) -> list[str]:
    """The two actors of ``kinds`` the headline names (by name or alias), if exactly two."""
    title = f" {words_key(st.article.title or '')} "
    if not title.strip():
        return []
    found = []
    for aid in st.res.actors:
        if st.res.actor_type(aid) not in kinds:
            continue
        names = {words_key(a) for a in st.res.aliases(aid)}
        if any(n and f" {n} " in title for n in names):
            found.append(aid)
    return found if len(found) == 2 else []


def words_key(text: str) -> str:
    """``text`` normalised to its words, one space apart (for whole-word lookups)."""
    return " ".join(re.findall(r"[\w-]+", norm(text)))


def _next_pair(st: State, head: Token, kinds: tuple[str, ...]) -> list[str]:
    """The first two distinct actors of ``kinds`` named after ``head`` within its sentence
    and the two after it (outside quotations), when none was named before."""
    if any(st.res.actor_type(a) in kinds for _s, _e, a in st.res.mentions_in(0, head.idx)):
        return []
    s = st.article.sentence_at(head.idx)
    if s is None:
        return []
    last = st.article.sentences[min(len(st.article.sentences) - 1, s.id + 2)].end
    seen: list[str] = []
    for start, _end, aid in st.res.mentions_in(head.idx, last):
        if st.res.actor_type(aid) in kinds and aid not in seen and not st.res.in_quote(start):
            seen.append(aid)
    return seen[:2] if len(seen) >= 2 else []


def collective_holder(st: State, holder: Party, lo: int, hi: int) -> list[Party]:
    """A holder named only by a pair noun ("dirigeants" of "les deux dirigeants", e.g. a
    quotation's speaker) stands for the pair (:func:`pair_of`), read at the first "les deux
    <noun>" between tokens ``lo`` and ``hi``; empty when the holder is no such noun."""
    if holder.actor_id or not holder.name:
        return []
    words = norm(holder.name).split()
    if not words:
        return []
    for k in range(max(lo, 2), hi):
        if st.low[k] == words[-1] and f"{st.low[k - 2]} {st.low[k - 1]}" in TWO_WORD_CLASSES:
            pair = pair_of(st, st.doc[k])
            return pair if len(pair) == 2 else []
    return []


def co_subject_before(st: State, verb: Token, found: list[Party]) -> list[Party]:
    """ "X, et Y, ministre de ..., ont signé": a plural verb with one singular subject found
    after "et" has a co-subject, the name before "et" (the parser often makes that name the
    root of the sentence). Only a name that opens the clause (the sentence start or a comma
    before it), so an object of an earlier verb is never taken."""
    if len(found) != 1 or not found[0].actor_id or st.res.is_passive(verb):
        return []
    if not _plural_verb(st, verb.i):
        return []
    span = st.doc.char_span(found[0].start, found[0].end, alignment_mode="expand")
    if span is None or span.start < 2 or span.start > verb.i:
        return []
    k = span.start - 1
    if st.low[k] != "et":
        return []
    k -= 1
    if st.low[k] == ",":
        k -= 1
    tv, s0 = st.tv, st.res.sent_start(verb.i)
    if k < s0 or tv.pos[k] != "PROPN":
        return []
    name = k
    # from the name's first word up to a title it is apposed to ("la ministre X Y")
    while tv.head[name] < name and (
        tv.dep[name] == "flat:name"
        or (tv.dep[name] == "appos" and tv.lemma_low[tv.head[name]] in st.c.roles)
    ):
        name = tv.head[name]
    lo = st.res.chunk(tv.tokens[name], appos=False)[0]
    if lo > s0 and st.low[lo - 1] != ",":
        return []
    p = st.res.np_party(tv.tokens[k])
    return [p] if is_named(p) and p.actor_id != found[0].actor_id else []


def _plural_verb(st: State, verb: int) -> bool:
    """The verb (or its tense auxiliary) is plural ("ont signé", "signent")."""
    tv = st.tv
    forms = [verb, *(c for c in tv.children[verb] if tv.dep[c].startswith("aux"))]
    return any("Plur" in tv.morph(k, "Number") and "Fin" in tv.morph(k, "VerbForm") for k in forms)


def is_named(p: Party) -> bool:
    """``p`` is an identified actor or a name (not a common noun or a pronoun)."""
    return p.identified and p.kind in ("actor", "name")


# plural third-person subject pronouns ("Ils ont salué ...")
_PLURAL_PRONOUNS = frozenset({"ils", "elles"})


def plural_pronoun_holders(st: State, verb: Token) -> list[Party] | None:
    """ "X et son homologue Y se sont rencontrés lundi. Ils ont salué ...": a plural subject
    pronoun ("ils", "elles") outside a quotation stands for the nearest plural subject
    before it (its sentence, then the two before, outside quotations): two or more
    coordinated actors, a pair noun ("les deux dirigeants") or an earlier plural pronoun
    read the same way; with no plural subject before, two persons coordinated in a
    complement ("l'entretien de X et de son homologue Y. Ils ont convenu ...",
    :func:`_coordinated_persons`). Empty when the nearest plural subject names no actors
    ("les manifestants ... Ils ont scandé ...": others hold it); None when the subject is
    no plural pronoun or nothing plural comes before it (the shared resolver's reading
    stands).

    Why: the resolver shared with the quotes step reads "ils" as the last compatible
    speaker or subject, one party; a news story goes on with "ils" after the two sides
    of a meeting, and both hold what follows."""
    pron = _plural_subject(st, verb)
    if pron is None or st.res.in_quote(pron.idx):
        return None
    return _plural_antecedent(st, pron, 0)


def _plural_subject(st: State, verb: Token) -> Token | None:
    """The subject of ``verb`` (through a coordinated or controlling verb) when it is a
    plural subject pronoun."""
    tv = st.tv
    heads = st.res.subject_tokens(verb)
    if not heads:
        heads = [tv.tokens[c] for c in tv.children[verb.i] if tv.dep[c] == "nsubj:pass"]
    if len(heads) != 1:
        return None
    h = heads[0]
    return h if tv.pos[h.i] == "PRON" and st.low[h.i] in _PLURAL_PRONOUNS else None


def _plural_antecedent(st: State, pron: Token, depth: int) -> list[Party] | None:
    """The actors the plural subject nearest before ``pron`` names (see
    :func:`plural_pronoun_holders`); singular subjects are passed over; None when there is
    no plural subject before."""
    s = st.article.sentence_at(pron.idx)
    if s is None:
        return None
    floor = st.article.sentences[max(0, s.id - 2)].start
    tv = st.tv
    for k in range(pron.i - 1, -1, -1):
        if tv.idx[k] < floor:
            break
        if tv.dep[k] not in ("nsubj", "nsubj:pass") or st.res.in_quote(tv.idx[k]):
            continue
        if tv.pos[k] == "PRON":
            if st.low[k] in _PLURAL_PRONOUNS:
                return _plural_antecedent(st, tv.tokens[k], depth + 1) if depth < 2 else None
            continue
        if tv.pos[k] not in ("NOUN", "PROPN"):
            continue
        group = _subject_group(st, tv.tokens[k])
        if group is not None:
            return group
    return _coordinated_persons(st, pron, floor) if depth == 0 else None


def _coordinated_persons(st: State, pron: Token, floor: int) -> list[Party] | None:
    """With no plural subject before: the nearest two persons coordinated anywhere in the
    same window, outside quotations ("l'entretien entre X et son homologue Y. Ils ont
    convenu de ..."): the story goes on with "ils" for the two sides of a meeting it named
    as a complement. Persons only (a state pair is as often the issue as the holders)."""
    tv = st.tv
    for k in range(pron.i - 1, -1, -1):
        if tv.idx[k] < floor:
            break
        if tv.dep[k] != "conj" or st.res.in_quote(tv.idx[k]):
            continue
        h = tv.head[k]
        if tv.pos[k] not in ("NOUN", "PROPN") or tv.pos[h] not in ("NOUN", "PROPN"):
            continue
        pair = [st.res.np_party(tv.tokens[h]), st.res.np_party(tv.tokens[k])]
        if all(is_named(p) and st.res.actor_type(p.actor_id) == "person" for p in pair):
            if pair[0].actor_id != pair[1].actor_id:
                return pair
    return None


def _subject_group(st: State, subj: Token) -> list[Party] | None:
    """The parties of the subject ``subj`` when it is plural: its coordinated actors (two
    or more, an unnamed counterpart among them read as the other party), the pair a "les
    deux <noun>" stands for, an actor named by a plural noun; [] for a plural subject that
    names no actor; None for a singular subject."""
    verb = subj.head
    if subj.i < verb.i and verb.pos_ in ("VERB", "AUX"):
        parties = st.res.subject_span_parties(subj, verb)
    else:
        parties = st.res.np_parties(subj)
    parties = counterparts_resolved(st, parties)
    named: list[Party] = []
    for p in parties:
        if is_named(p) and all((q.actor_id or q.name) != (p.actor_id or p.name) for q in named):
            named.append(p)
    if len(named) >= 2:
        return named
    if len(parties) != 1 or "Plur" not in subj.morph.get("Number"):
        return None
    if subj.i >= 2 and f"{st.low[subj.i - 2]} {st.low[subj.i - 1]}" in TWO_WORD_CLASSES:
        pair = pair_of(st, subj)
        return pair if len(pair) == 2 else []
    return named


def counterparts_resolved(st: State, parties: list[Party]) -> list[Party]:
    """ "X et son hôte se sont engagés à ...": an unnamed counterpart noun after a
    possessive ("son hôte", "son homologue", ``counterpart_nouns``) coordinated with a
    named party stands for the other side of the meeting (the latest actor of that party's
    kind named before, :func:`analysis.extract.stance.targets.counterpart`)."""
    named = [p for p in parties if is_named(p) and p.actor_id]
    if len(parties) < 2 or not named:
        return parties
    out = []
    for p in parties:
        if is_named(p):
            out.append(p)
            continue
        other = counterpart(st, Target(p.name or "", None, _text(st, p), p.start, p.end), named[0])
        if other is None or any(q.actor_id == other.actor_id for q in parties):
            out.append(p)
            continue
        out.append(Party(other.name, other.actor_id, p.start, p.end, "actor"))
    return out


def _text(st: State, p: Party) -> str:
    return st.article.text[p.start : p.end]


def impersonal_holders(st: State, verb: Token) -> list[Party]:
    """ "Les deux parties ont discuté de X et il a été convenu de renforcer ...", "X a
    dénoncé Y. Il a été demandé à Z de ...": an impersonal passive (an expletive "il", no
    "par" agent, a clause or an infinitive, ``impersonal_passive_verbs``) names no one; the
    holder is the subject of the clause it is coordinated with, else the nearest actor
    subject before it (its sentence, then the one before, outside quotations). An
    infinitive under it is reached only when its subject is the impersonal verb's (no "à
    Y": in "il a été demandé à Y de partir" Y leaves)."""
    node = _impersonal_passive(st, verb)
    if node is None:
        return []
    if node.dep_ == "conj" and node.head.i != node.i:
        found = _clause_actors(st, node.head)
        if found:
            return found
    return _actor_subject_before(st, node)


def _impersonal_passive(st: State, verb: Token) -> Token | None:
    """``verb``, or the verb its infinitive or clause depends on (two steps at most), when it
    is an impersonal passive (see :func:`impersonal_holders`)."""
    node = verb
    for step in range(3):
        if _is_impersonal_passive(st, node) and (step == 0 or not _dative(st, node)):
            return node
        if node.dep_ not in ("xcomp", "ccomp") or node.head.i == node.i:
            return None
        node = node.head
    return None


def _is_impersonal_passive(st: State, node: Token) -> bool:
    """``node`` is the passive of an ``impersonal_passive_verbs`` verb with an expletive "il",
    no agent, and a clause or an infinitive."""
    lemma = norm(node.lemma_)
    if lemma not in st.words.impersonal_passive_verbs and st.low[node.i] not in (
        st.words.impersonal_passive_verbs
    ):
        return False
    kids = list(node.children)
    if not any(ch.dep_ == "aux:pass" for ch in kids) or st.res.agent_token(node) is not None:
        return False
    expletive = ("nsubj:pass", "expl:subj", "nsubj")
    if not any(ch.dep_ in expletive and st.low[ch.i] == "il" for ch in kids):
        return False
    return any(ch.dep_ in ("xcomp", "ccomp", "csubj:pass") for ch in kids)


def _dative(st: State, node: Token) -> bool:
    """The verb has an "à Y" complement ("demandé à Y de ...")."""
    return any(
        ch.dep_ in ("obl:arg", "iobj", "obl")
        and any(st.low[c.i] in ("à", "au", "aux") for c in ch.children)
        for ch in node.children
    )


def _clause_actors(st: State, verb: Token) -> list[Party]:
    """The named actors the subject of ``verb`` stands for (a pair noun read as its pair)."""
    subj = [ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubj:pass")]
    if not subj or st.res.in_quote(subj[0].idx):
        return []
    if subj[0].pos_ == "PRON":
        if st.low[subj[0].i] in _PLURAL_PRONOUNS:
            return _plural_antecedent(st, subj[0], 0) or []
        return [p for p in st.res.subjects(verb) if is_named(p)]
    group = _subject_group(st, subj[0])
    if group:
        return group
    return [p for p in st.res.subjects(verb) if is_named(p)]


def _actor_subject_before(st: State, node: Token) -> list[Party]:
    """The actors of the nearest subject before ``node`` (its sentence, then the one
    before, outside quotations) that names any."""
    s = st.article.sentence_at(node.idx)
    if s is None:
        return []
    floor = st.article.sentences[max(0, s.id - 1)].start
    tv = st.tv
    for k in range(node.i - 1, -1, -1):
        if tv.idx[k] < floor:
            break
        if tv.dep[k] not in ("nsubj", "nsubj:pass") or st.res.in_quote(tv.idx[k]):
            continue
        head = tv.tokens[tv.head[k]]
        if head.pos_ not in ("VERB", "AUX") or _is_impersonal_passive(st, head):
            continue
        found = _clause_actors(st, head)
        if found:
            return found
    return []


def pairs_named(st: State, parties: list[Party]) -> list[Party]:
    """ "les deux pays qui ont repris leurs relations", "Mardi, les deux pays se sont engagés
    à ...": a subject that is only a pair noun (the resolver names no one for "les deux
    pays") stands for its pair (:func:`pair_of`); other parties are kept as they are."""
    if len(parties) != 1 or parties[0].actor_id:
        return parties
    p = parties[0]
    span = st.doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return parties
    t = pair_noun_of(st, span)
    if t is None:
        return parties
    pair = pair_of(st, t)
    return pair if len(pair) == 2 else parties


def titled_holders(st: State, verb: Token) -> list[Party]:
    """ "Le ministre français a dénoncé ...", "l'ambassadeur letton a salué ...", "le régime
    burkinabè a condamné ...": a subject named only by a title (``roles``) or a governing
    body (``authority_nouns``) is the one person of the article holding that title (of that
    nationality, when an adjective gives one), else the state its nationality adjective
    names (an office holder or a government acts for its state). Empty when neither is
    known (no guess between two office holders)."""
    heads = st.res.subject_tokens(verb)
    if len(heads) != 1 or heads[0].pos_ != "NOUN" or st.res.in_quote(heads[0].idx):
        return []
    head = heads[0]
    lemma = norm(head.lemma_)
    role = lemma in st.c.roles or norm(head.text) in st.c.roles
    if not role and norm(head.text) not in st.words.authority_nouns:
        return []
    iso = next(
        (
            c
            for ch in head.children
            if ch.dep_ in ("amod", "nmod") and ch.i > head.i and ch.text[:1].islower()
            for c in [country_of_adjective(ch.text)]
            if c
        ),
        None,
    )
    if role:
        holders = _title_holders(st, norm(head.text), lemma, iso)
        if len(holders) == 1:
            aid = holders[0]
            return [Party(st.res.actor_name(aid), aid, head.idx, head.idx + len(head), "actor")]
    if iso is None:
        return []
    state = st.states.get(iso)
    if state is not None:
        return [Party(st.res.actor_name(state), state, head.idx, head.idx + len(head), "actor")]
    name = getattr(countries().get(iso), "name", None)  # a state the article names no other way
    return [Party(name, None, head.idx, head.idx + len(head), "name")] if name else []


def _title_holders(st: State, word: str, lemma: str, iso: str | None) -> list[str]:
    """The persons of the article whose roles hold the title word (of country ``iso``)."""
    found = []
    for aid, row in st.res.actors.items():
        if row.get("type") != "person":
            continue
        roles = f" {words_key(str(row.get('roles') or ''))} "
        if f" {word} " not in roles and f" {lemma} " not in roles:
            continue
        if iso is not None and row.get("country") != iso:
            continue
        found.append(aid)
    return found
