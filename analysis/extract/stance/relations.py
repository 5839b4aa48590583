"""The quality of a relation between two parties (``stance_acts.yaml``, ``relation_qualities``).

"les relations tendues entre X et Y", "les relations entre X et Y sont difficiles", "la
relation solide qui se noue entre X et Y": X and Y against (for) each other. "X est enfermé
dans un différend avec Y": a friction noun with an "avec" partner sets the subject and Y against
each other.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, load_lexicon, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.collective import pair_of, typed_pair
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import denied, in_hypothesis, negated
from analysis.extract.stance.holders import holders_of, is_named
from analysis.extract.stance.quote_words import term_polarity
from analysis.extract.stance.reconciliation import ending, reconciled_subjects
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target, prep_np
from analysis.extract.stance.ties import praised_tie, voiced_quality
from analysis.resources.datacache import derived

# the words that end the search for the sides of a relation
_STOPS = frozenset({",", ";", ":", ".", "(", ")"})


def _relation_nouns(c: Cues) -> frozenset[str]:
    return c.acts["rapprochement"]["objects"]


@detector(pos={"NOUN"}, words=_relation_nouns, match="form")
def relation_quality(st: State, t: Token, sent: Span) -> None:
    """ "les relations tendues / privilégiées entre X et Y", "les relations entre X et Y
    étaient tendues": the two sides are against (for) each other."""
    if not _is_one_of(t, _relation_nouns(st.c)):
        return
    quality = _quality(st, t)
    if quality is None:
        if not denied(st, t):  # "X a salué la coopération avec Y": X for Y
            sides = _partner_with(st, t, sent) or _between(st, t, sent) or _bilateral(st, t, sent)
            praised_tie(st, t, sides, sent)
        return
    polarity, word, qtok = quality
    if denied(st, t) or negated(st, qtok):
        return  # "les relations ne sont pas tendues": the quality is denied, no stance
    sides = (
        _between(st, t, sent)
        or _uniting(st, t, sent)
        or _bilateral(st, t, sent)
        or _holder_and_partner(st, t, sent)
        or _of_with(st, t, sent)
        or _co_subjects(st, t)
        or _sentence_pair(st, t, sent)
    )
    if len(sides) == 2 and not (polarity > 0 and voiced_quality(st, t, sides, sent)):
        both_ways(st, sides, polarity, f"{norm(t.text)} {word}", t, sent)


def both_ways(st: State, sides: list[Party], sign: int, cue: str, t: Token, sent: Span) -> None:
    """A relation's quality holds for each of its two sides toward the other: "friction"
    when it is bad, "relation" when good."""
    a, b = sides
    kind = "friction" if sign < 0 else "relation"
    st.add([a], party_target(st, b), sign, cue, kind, t, sent)
    st.add([b], party_target(st, a), sign, cue, kind, t, sent)


def _holder_and_partner(st: State, t: Token, sent: Span) -> list[Party]:
    """ "X a des relations très étroites avec Y", "« nous avons des relations difficiles
    avec Y », a dit X": the subject of the verb that carries the relation noun (the speaker
    for "nous" in a quote) and the "avec" partner."""
    k = t.i + 1
    while k < sent.end and k < t.i + 5 and st.low[k] != "avec":
        if st.low[k] in _STOPS:
            return []
        k += 1
    if k >= sent.end or st.low[k] != "avec":
        return []
    rng = st.res.np_after(k + 1, sent.end)
    partner = st.res.party(*rng) if rng else None
    gov = t.head
    if partner is None or not is_named(partner) or gov.pos_ not in ("VERB", "AUX"):
        return []
    if t.dep_ not in ("obj", "obl:arg"):
        return []
    holders = [p for p in holders_of(st, gov) if is_named(p)]
    return [holders[0], partner] if len(holders) == 1 else []


def _partner_with(st: State, t: Token, sent: Span) -> list[Party]:
    """The named "avec" partner right after the relation noun ("la coopération (bilatérale)
    avec Y"), else none."""
    k = t.i + 1
    while k < sent.end and k < t.i + 4 and st.tv.pos[k] == "ADJ":
        k += 1
    if k >= sent.end or st.low[k] != "avec":
        return []
    rng = st.res.np_after(k + 1, sent.end)
    partner = st.res.party(*rng) if rng else None
    return [partner] if partner is not None and is_named(partner) else []


def _of_with(st: State, t: Token, sent: Span) -> list[Party]:
    """ "les relations du Chili avec le Pérou (sont tendues)": the "de" complement right
    after the relation noun and its "avec" partner."""
    k = t.i + 1
    while k < sent.end and st.tv.pos[k] == "ADJ":
        k += 1
    if k >= sent.end or st.low[k] not in ("de", "du", "des", "d'"):
        return []
    a = k + 1 if st.low[k] in ("de", "d'") else k
    m = next((x for x in range(a, min(sent.end, a + 8)) if st.low[x] == "avec"), None)
    if m is None or any(st.low[x] in _STOPS for x in range(a, m)):
        return []
    rng = st.res.np_after(a, m) if st.low[k] in ("de", "d'") else (k + 1, m)
    owner = st.res.party(*rng) if rng else None
    after = st.res.np_after(m + 1, sent.end)
    if after:  # "avec Y se sont dégradées": the phrase stops at the clitic or the verb
        stop = next(
            (
                x
                for x in range(after[0] + 1, after[1])
                if st.low[x] in st.words.reflexive or st.tv.pos[x] in ("VERB", "AUX")
            ),
            after[1],
        )
        after = (after[0], stop)
    partner = st.res.party(*after) if after else None
    if owner is None or partner is None or not (is_named(owner) and is_named(partner)):
        return []
    return (
        [owner, partner]
        if (owner.actor_id or owner.name) != (partner.actor_id or partner.name)
        else []
    )


def _is_one_of(t: Token, words: frozenset[str]) -> bool:
    """The token's text or lemma is one of ``words`` (the rule's own entry test)."""
    return norm(t.text) in words or norm(t.lemma_) in words


def _quality(st: State, t: Token) -> tuple[int, str, Token] | None:
    """The polarity of the adjective that qualifies the relation noun: an epithet
    ("relations tendues") or the predicate of a copula ("les relations ... étaient
    tendues")."""
    q = st.c.acts["relation_qualities"]
    words = [ch for ch in t.children if ch.dep_ == "amod"]
    # "les relations détériorées entre X et Y": the parser makes a participle right after
    # the noun its clause (acl), not its epithet; only the listed forms count
    words += [ch for ch in t.children if ch.dep_ == "acl" and ch.i == t.i + 1]
    # "les liens historiques, fraternels et ...": the coordinated epithets qualify it too
    words += [c for w in words for c in w.children if c.dep_ == "conj" and c.pos_ == "ADJ"]
    head = t.head
    if t.dep_ == "nsubj" and any(ch.dep_ == "cop" for ch in head.children):
        words.append(head)
    predicate = _predicate_after(st, t)
    if predicate is not None:
        words.append(predicate)
    for w in words:
        for form in (norm(w.text), norm(w.lemma_)):
            if form in q["support"]:
                return 1, form, w
            if form in q["oppose"]:
                return -1, form, w
    return _state_after(st, t) or _change(st, t) or _kind_of(st, t)


def _kind_of(st: State, t: Token) -> tuple[int, str, Token] | None:
    """ "des liens d'amitié et de fraternité", "des relations de confiance", "une relation
    de méfiance": the "de" complement of the relation noun names its kind, an evaluative
    word or a friction (not under "si" nor averted)."""
    for x in t.children:
        if x.dep_ != "nmod" or x.pos_ != "NOUN" or x.i < t.i:
            continue
        if not any(c.dep_ == "case" and st.low[c.i] in ("de", "d'") for c in x.children):
            continue
        forms = {norm(x.text), norm(x.lemma_)}
        if forms & st.c.acts["frictions"]["nouns"]:
            sign = -1
        else:
            sign = sum(p for _tok, p in term_polarity(st, [x]))
        if sign and not _averted(st, t) and not in_hypothesis(st, t):
            return (1 if sign > 0 else -1), norm(x.text), x
    return None


@derived
def relation_states() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ``relation_states`` locutions of ``stance_evaluative.yaml`` (support, oppose)."""
    d = load_lexicon("stance_evaluative").get("relation_states") or {}
    return (
        tuple(norm(w) for w in d.get("support") or []),
        tuple(norm(w) for w in d.get("oppose") or []),
    )


def _state_after(st: State, t: Token) -> tuple[int, str, Token] | None:
    """A locution after the copula that follows the relation noun ("les relations entre X
    et Y sont au beau fixe / au plus bas / dans l'impasse")."""
    low, tv = st.low, st.tv
    end = min(st.res.sent_end(t.i), t.i + 16)
    k = t.i + 1
    while k < end and low[k] not in _STOPS and tv.pos[k] not in ("AUX", "VERB"):
        k += 1
    if k >= end or low[k] in _STOPS or norm(tv.tokens[k].lemma_) not in _COPULAS:
        return None
    m = k + 1
    while m < end and tv.pos[m] == "ADV" and low[m] not in ("au", "aux"):
        m += 1
    after = " ".join(low[m : min(end, m + 5)])
    good, bad = relation_states()
    for sign, forms in ((1, good), (-1, bad)):
        for form in forms:
            if after == form or after.startswith(form + " "):
                return sign, form, tv.tokens[m]
    return None


@derived
def relation_changes() -> dict[str, frozenset[str]]:
    """The ``relation_changes`` of ``stance_evaluative.yaml``, each list normalised."""
    d = load_lexicon("stance_evaluative").get("relation_changes") or {}
    return {k: frozenset(norm(w) for w in v or []) for k, v in d.items()}


def _change(st: State, t: Token) -> tuple[int, str, Token] | None:
    """How the relation changes or stands, read through the parse: the relation is the
    subject of a change verb ("les relations entre X et Y se sont dégradées") or of a state
    verb with an evaluative object ("traversent une crise", "connaissent un nouvel élan"),
    or the complement of an event noun ("la dégradation des relations entre X et Y", "un
    nouveau chapitre des relations entre X et Y"). None when a verb above averts or fears
    the change ("pour éviter une dégradation des relations") or a "si" clause holds it."""
    ch = relation_changes()
    head = t.head
    found: tuple[int, str, Token] | None = None
    if t.dep_ in ("nsubj", "nsubj:pass") and head.pos_ in ("VERB", "ADJ"):
        lemma = norm(head.lemma_)
        if lemma in ch["support_verbs"]:
            found = (1, lemma, head)
        elif lemma in ch["oppose_verbs"]:
            found = (-1, lemma, head)
        elif lemma in ch["state_verbs"]:
            found = next(
                (
                    hit
                    for x in head.children
                    if x.dep_ in ("obj", "obl", "obl:arg", "obl:mod") and x.pos_ == "NOUN"
                    for hit in [_event_sign(st, x)]
                    if hit is not None
                ),
                None,
            )
    elif t.dep_ in ("nmod", "obl", "obl:mod") and head.pos_ == "NOUN" and not _since(st, head):
        found = _event_sign(st, head)
    if found is None or _averted(st, found[2]) or in_hypothesis(st, found[2]):
        return None
    return found


def _event_sign(st: State, noun: Token) -> tuple[int, str, Token] | None:
    """The sign of an event or state noun of a relation, with its epithets before it
    ("un nouveau chapitre", "une crise", "des hauts et des bas")."""
    ch = relation_changes()
    first = min([noun.i, *(x.i for x in noun.children if x.dep_ == "amod" and x.i < noun.i)])
    forms = [" ".join(st.low[first : noun.i + 1]), norm(noun.lemma_), st.low[noun.i]]
    forms += [" ".join(st.low[noun.i : noun.i + n]) for n in (4, 3)]
    for form in forms:
        if form in ch["support_nouns"]:
            return 1, form, noun
        if form in ch["oppose_nouns"]:
            return -1, form, noun
    return None


def _since(st: State, noun: Token) -> bool:
    """The event noun only dates what the clause says ("une première depuis la rupture des
    relations entre X et Y"): a past change that the sentence marks as over or as a mere
    landmark, no state of the relation now."""
    return any(ch.dep_ == "case" and st.low[ch.i] == "depuis" for ch in noun.children)


def _averted(st: State, t: Token) -> bool:
    """A verb above ``t`` (up to three heads) averts, fears or refuses it ("éviter une
    dégradation des relations", "X craint que les relations se tendent")."""
    averting = relation_changes().get("averting_verbs", frozenset())
    node = t
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX") and norm(node.lemma_) in averting:
            return True
    return False


# the verbs of a relative clause that name a relation's two sides ("les liens qui unissent
# X et Y", "l'amitié qui lie X à Y")
_UNITING = frozenset({"unir", "lier", "rapprocher", "relier"})


def relation_averted(st: State, t: Token) -> bool:
    """:func:`_averted` for the rules of other modules (:mod:`.strains`)."""
    return _averted(st, t)


def relation_change(st: State, t: Token) -> tuple[int, str, Token] | None:
    """:func:`_change` for the rules of other modules (:mod:`.strains`)."""
    return _change(st, t)


def named_sides(st: State, t: Token, sent: Span, *, between_only: bool = False) -> list[Party]:
    """The two sides of the relation noun ``t`` named in its own phrase: "entre X et Y" (or
    "entre les deux pays"), else a bilateral adjective unless ``between_only``."""
    sides = _between(st, t, sent)
    if not sides and not between_only:
        sides = _bilateral(st, t, sent)
    return sides


def _uniting(st: State, t: Token, sent: Span) -> list[Party]:
    """ "les liens fraternels qui unissent X et Y", "l'amitié qui lie X à Y": the two sides
    are the object of the relative clause's verb (and its "à" complement)."""
    verb = next(  # on the noun or on its last complement ("les liens d'amitié qui ...")
        (x for x in t.subtree if x.dep_ == "acl:relcl" and norm(x.lemma_) in _UNITING), None
    ) or _uniting_participle(st, t, sent)
    if verb is None:
        return []
    obj = next((x for x in verb.children if x.dep_ == "obj" and x.i > verb.i), None)
    if obj is None:
        return []
    sides = [p for p in st.res.np_parties(obj) if is_named(p)]
    sides += [p for x in obj.children if x.dep_ == "conj" if is_named(p := st.res.np_party(x))]
    if len(sides) == 1:
        hit = prep_np(st, st.res.chunk(obj)[1], ("à", "au", "aux"), sent, window=1)
        other = st.res.np_party(hit[1]) if hit is not None else None
        if other is not None and is_named(other):
            sides.append(other)
    if len(sides) < 2 and obj.pos_ == "NOUN":
        sides = typed_pair(st, obj)  # "qui unissent les deux pays"
    return sides if len({p.actor_id or p.name for p in sides}) == 2 else []


def _uniting_participle(st: State, t: Token, sent: Span) -> Token | None:
    """ "les liens historiques et culturels unissant X et Y": the present participle right
    after the relation noun and its epithets, wherever the parser hangs it (often on the
    main verb, as an adverbial clause)."""
    for k in range(t.i + 1, min(sent.end, t.i + 6)):
        x = st.tv.tokens[k]
        if x.pos_ in ("ADJ", "CCONJ") or st.low[k] == ",":
            continue
        pres = "Part" in st.tv.morph(k, "VerbForm") and "Pres" in st.tv.morph(k, "Tense")
        if x.pos_ == "VERB" and (pres or st.low[k].endswith("ant")):
            return x if norm(x.lemma_) in _UNITING else None
        return None
    return None


def _sentence_pair(st: State, t: Token, sent: Span) -> list[Party]:
    """ "la construction d'un canal par X a débouché sur une crise sur fond de relations déjà
    tendues": a relation whose sides no phrase names is between the two states its sentence
    names, when it names exactly two (outside quotations) and nothing after the noun points
    elsewhere ("avec", "entre")."""
    if any(st.low[k] in ("avec", "entre") for k in range(t.i + 1, min(sent.end, t.i + 6))):
        return []
    if any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in t.children):
        return []  # "ses relations": the possessor's, whoever it is
    seen: list[str] = []
    for start, _e, aid in st.res.mentions_in(sent.start_char, sent.end_char):
        if st.res.actor_type(aid) == "state" and aid not in seen and not st.res.in_quote(start):
            seen.append(aid)
    if len(seen) != 2:
        return []
    return [Party(st.res.actor_name(a), a, t.idx, t.idx + len(t), "actor") for a in seen]


def _bilateral(st: State, t: Token, sent: Span) -> list[Party]:
    """ "les relations syldavo-bordures": the two states a compound adjective right after
    the relation noun names (the actors step marks each part as a mention)."""
    k = t.i + 1
    while k < sent.end and k < t.i + 4 and st.tv.pos[k] in ("ADJ", "PUNCT", "X", "PROPN"):
        if st.low[k] in _STOPS:
            break
        k += 1
    if k == t.i + 1:
        return []
    seen: list[str] = []
    for _s, _e, aid in st.res.mentions_in(st.tv.idx[t.i + 1], st.tv.end[k - 1]):
        if aid not in seen and st.res.actor_type(aid) == "state":
            seen.append(aid)
    if len(seen) != 2:
        return []
    return [Party(st.res.actor_name(a), a, t.idx, t.idx + len(t), "actor") for a in seen]


def _co_subjects(st: State, t: Token) -> list[Party]:
    """ "X et Y entretiennent des relations tendues", "les deux pays ont des relations
    difficiles": the two subjects (or the pair) of the verb whose object is the relation."""
    gov = t.head
    if t.dep_ not in ("obj", "obl:arg") or gov.pos_ not in ("VERB", "AUX"):
        return []
    named = [p for p in holders_of(st, gov) if is_named(p)]
    if len({p.actor_id or p.name for p in named}) == 2:
        return named
    subj = next((x for x in gov.children if x.dep_ == "nsubj" and x.pos_ == "NOUN"), None)
    pair = pair_of(st, subj) if subj is not None else []
    return pair if len({p.actor_id for p in pair}) == 2 else []


# the copulas that give a relation its quality ("les relations ... sont / restent tendues")
_COPULAS = frozenset({"être", "rester", "demeurer", "devenir"})


def _predicate_after(st: State, t: Token) -> Token | None:
    """The adjective after the first copula that follows the relation noun, read linearly
    ("les relations entre X et Y étaient déjà tendues"): the parser often hangs the
    adjective elsewhere when Y is misread."""
    tv, low = st.tv, st.low
    end = min(st.res.sent_end(t.i), t.i + 16)
    k = t.i + 1
    while k < end and low[k] not in _STOPS:
        if tv.pos[k] in ("AUX", "VERB"):
            if norm(tv.tokens[k].lemma_) not in _COPULAS:
                return None
            m = k + 1
            while m < end and tv.pos[m] == "ADV":
                m += 1
            return tv.tokens[m] if m < end and tv.pos[m] in ("ADJ", "VERB") else None
        k += 1
    return None


def _between(st: State, t: Token, sent: Span) -> list[Party]:
    """The two sides named by "entre X et Y" after the noun (through a short relative
    clause: "la relation qui se noue entre X et Y")."""
    low = st.low
    for k in range(t.i + 1, min(sent.end, t.i + 9)):
        listed = low[k] == "," and k + 1 < sent.end and st.tv.pos[k + 1] == "ADJ"
        if (low[k] in _STOPS and not listed) or _new_phrase(st, k):
            return []  # (not the comma of "liens historiques, fraternels et ...")
        if low[k] == "entre":
            end = k + 1
            pos = st.tv.pos
            while (
                end < sent.end
                and low[end] not in _STOPS
                and pos[end] not in ("VERB", "AUX")
                and low[end] not in st.words.reflexive
                and end < k + 14
            ):
                end += 1
            sides = sides_of(st, k + 1, end)
            if len(sides) < 2:
                # "entre les deux pays": the pair the article names
                head = next((st.doc[m] for m in range(k + 1, end) if st.tv.pos[m] == "NOUN"), None)
                sides = typed_pair(st, head) if head is not None else []
                if len(sides) < 2 and st.low[k + 1] in _THEIR:
                    sides = _clause_pair(st, t)  # "X et Y ... entre leurs (deux) pays"
            return sides if len({p.actor_id or p.name for p in sides}) == 2 else []
    return []


def _new_phrase(st: State, k: int) -> bool:
    """Token ``k`` opens a phrase of its own after the relation noun: a conjunction before
    anything but an adjective ("la normalisation de leurs relations et en pleine tension
    entre X et Y": that "entre" is the tension's, not the relations')."""
    nxt = k + 1 < len(st.low) and st.tv.pos[k + 1] == "ADJ"
    return st.tv.pos[k] == "CCONJ" and not nxt


# the possessives by which "entre leurs pays" points back to the clause's two subjects
_THEIR = frozenset({"leurs", "nos", "vos"})


def _clause_pair(st: State, t: Token) -> list[Party]:
    """The two named subjects of the first verb above ``t`` ("X et Y ont ouvert une nouvelle
    page dans les relations entre leurs pays"), else none."""
    node = t
    for _ in range(4):
        if node.head.i == node.i:
            return []
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            named = [p for p in holders_of(st, node) if is_named(p)]
            return named if len({p.actor_id or p.name for p in named}) == 2 else []
    return []


def sides_of(st: State, i: int, j: int) -> list[Party]:
    """The named parties of "X et Y" in doc[i:j]; when the coordination is not split (a
    capital tagged as a common noun: "entre Alger et Rabat"), at an "et" between two actor
    mentions."""
    pieces = st.res.split_coordination(i, j)
    if len(pieces) < 2:
        et = next((k for k in range(i + 1, j - 1) if st.low[k] == "et"), None)
        if et is not None and all(_mentioned(st, a, b) for a, b in ((i, et), (et + 1, j))):
            pieces = [(i, et), (et + 1, j)]
    return [p for a, b in pieces if is_named(p := st.res.party(a, b))]


def _mentioned(st: State, i: int, j: int) -> bool:
    """doc[i:j] holds an actor mention."""
    return i < j and bool(st.res.mentions_in(st.tv.idx[i], st.tv.end[j - 1]))


def _event_nouns(c: Cues) -> frozenset[str]:
    """The one-word event nouns of ``relation_changes`` that no other rule reads between
    two sides (frictions are :func:`friction`'s)."""
    ch = relation_changes()
    words = {w for w in ch["support_nouns"] | ch["oppose_nouns"] if " " not in w}
    return frozenset(words - c.acts["frictions"]["nouns"])


@detector(pos={"NOUN"}, words=_event_nouns, match="form")
def relation_event(st: State, t: Token, sent: Span) -> None:
    """ "le dégel entre X et Y", "le froid diplomatique entre X et Y", "la réconciliation
    entre X et Y": an event or state of a relation named with its two sides sets them for
    (against) each other. Not when a relation noun follows ("la dégradation des relations
    entre X et Y" is :func:`relation_quality`'s), nor denied, averted or supposed."""
    if not _is_one_of(t, _event_nouns(st.c)):
        return
    hit = _event_sign(st, t)
    if hit is None or denied(st, t) or _averted(st, t) or in_hypothesis(st, t):
        return
    k = t.i + 1
    while k < sent.end and st.tv.pos[k] == "ADJ":
        k += 1  # "le froid diplomatique entre ..."
    if k >= sent.end or st.low[k] != "entre":
        return
    sides = _between(st, t, sent)
    if len(sides) != 2:
        return
    polarity, word, _tok = hit
    end = ending(st, t) if polarity < 0 else None  # "mettre fin au froid entre X et Y"
    if end is not None and end[0] == "sought":
        return
    if end is not None:
        polarity, word = 1, f"fin {word}"
    _both_ways(st, sides, polarity, f"{word} entre", t, sent)


@detector(pos={"NOUN"}, words=lambda c: c.acts["frictions"]["nouns"], match="form")
def friction(st: State, t: Token, sent: Span) -> None:
    """ "tension entre X et Y": X and Y against each other; "mettre fin à la brouille entre
    X et Y", "X et Y ont mis fin à leur brouille": for each other (an ended friction is a
    reconciliation, :mod:`analysis.extract.stance.reconciliation`)."""
    if not _is_one_of(t, st.c.acts["frictions"]["nouns"]) or denied(st, t):
        return  # "il n'y a aucune tension entre X et Y": no friction
    end = ending(st, t)
    if end is not None and end[0] == "sought":
        return
    polarity = -1 if end is None else 1
    hit = prep_np(st, t.i + 1, ("entre",), sent, window=3)
    if hit is None:
        if end is not None:  # "X et Y ont mis fin à leur brouille"
            _both_ways(st, reconciled_subjects(st, end[1]), 1, f"fin {norm(t.text)}", t, sent)
        return
    _i, j = st.res.chunk(hit[1])
    # extend over "X et Y"
    k = j
    while k < sent.end and st.low[k] not in (",", ";", ".", ":") and k < j + 12:
        k += 1
    cue = norm(t.text) + " entre" if end is None else f"fin {norm(t.text)} entre"
    sides = sides_of(st, hit[0] + 1, k)
    _both_ways(
        st, sides if len(sides) == 2 else _pair_named(st, hit[0] + 1, k), polarity, cue, t, sent
    )


def _pair_named(st: State, i: int, j: int) -> list[Party]:
    """ "entre les deux pays", "entre ces deux voisins": the pair the article names (a
    numbered pair noun after "entre"), else none."""
    if "deux" not in st.low[i:j]:
        return []
    head = next((st.doc[m] for m in range(i, j) if st.tv.pos[m] == "NOUN"), None)
    sides = typed_pair(st, head) if head is not None else []
    return sides if len({p.actor_id or p.name for p in sides}) == 2 else []


def _both_ways(
    st: State, sides: list[Party], polarity: int, cue: str, t: Token, sent: Span
) -> None:
    """Each of two sides toward the other (a friction or a reconciliation has two sides)."""
    if len(sides) != 2:
        return
    a, b = sides
    kind = "friction" if polarity < 0 else "relation"
    st.add([a], party_target(st, b), polarity, cue, kind, t, sent)
    st.add([b], party_target(st, a), polarity, cue, kind, t, sent)


@detector(pos={"NOUN"}, words=lambda c: c.acts["frictions"]["nouns"], match="form")
def friction_with(st: State, t: Token, sent: Span) -> None:
    """ "X est enfermé dans un différend avec Y", "X mène une guerre avec Y": a friction noun
    with an "avec" partner sets the subject of its clause and the partner against each
    other (a dispute has two sides)."""
    if not _is_one_of(t, st.c.acts["frictions"]["nouns"]) or denied(st, t):
        return  # "X n'a aucun différend avec Y": no friction
    k = t.i + 1
    while k < sent.end and st.tv.pos[k] == "ADJ":
        k += 1
    if k >= sent.end or st.low[k] != "avec":
        return
    rng = st.res.np_after(k + 1, sent.end)
    other = st.res.party(*rng) if rng else None
    if other is None or not is_named(other):
        return
    gov = t.head
    for _ in range(3):
        if gov.pos_ in ("VERB", "AUX") or gov.head.i == gov.i:
            break
        gov = gov.head
    if gov.pos_ not in ("VERB", "AUX", "ADJ"):
        return
    end = ending(st, t)  # "X a tourné la page de la brouille avec Y": reconciled
    if end is not None and end[0] == "sought":
        return
    polarity, kind = (-1, "friction") if end is None else (1, "relation")
    cue = f"{norm(t.text)} avec" if end is None else f"fin {norm(t.text)} avec"
    subjects = _clause_subjects(st, gov)
    st.add(subjects, party_target(st, other), polarity, cue, kind, t, sent)
    # a dispute has two sides: the partner is against the subject too
    for s in subjects:
        if is_named(s) and (s.actor_id or s.name) != (other.actor_id or other.name):
            st.add([other], party_target(st, s), polarity, cue, kind, t, sent)


def _clause_subjects(st: State, gov: Token) -> list[Party]:
    """The subject of the clause, passive subject included ("X est enfermé dans ..."), with
    the subjects coordinated with it ("X et Y sont confrontés à ...") and, for a pair noun,
    the pair it stands for ("ces deux pays sont confrontés à ...": session 18)."""
    heads = [ch for ch in gov.children if ch.dep_ == "nsubj:pass"]
    if not heads:
        return holders_of(st, gov)
    head = heads[0]
    found = [p for p in st.res.np_parties(head) if is_named(p)]
    for conj in head.children:
        if conj.dep_ == "conj" and conj.pos_ in ("NOUN", "PROPN"):
            found += [p for p in st.res.np_parties(conj) if is_named(p)]
    if not found:
        pair = pair_of(st, head)
        found = pair if len(pair) == 2 else []
    out: list[Party] = []
    for p in found:
        if all((q.actor_id or q.name) != (p.actor_id or p.name) for q in out):
            out.append(p)
    return out


@detector(pos={"VERB"}, words=lambda c: frozenset({"opposer"}))
def opposing_friction(st: State, t: Token, sent: Span) -> None:
    """ "la crise qui oppose X à Y", "le conflit opposant X et Y", "le différend qui oppose
    les deux pays": a friction noun that "opposes" two parties sets them against each other
    (the reflexive "X s'oppose à Y" is a stance verb, read elsewhere)."""
    if t.i > sent.start and st.low[t.i - 1] in st.words.reflexive:
        return
    k = t.i - 1
    while k > sent.start and (st.low[k] == "qui" or st.tv.pos[k] == "ADJ"):
        k -= 1
    if st.tv.pos[k] != "NOUN" or not _is_one_of(st.doc[k], st.c.acts["frictions"]["nouns"]):
        return
    end = ending(st, st.doc[k])  # "mettre fin à la crise qui oppose X à Y"
    if end is not None and end[0] == "sought":
        return
    polarity = -1 if end is None else 1
    cue = f"{norm(st.doc[k].text)} oppose" if end is None else f"fin {norm(st.doc[k].text)}"
    _both_ways(st, _opposed_sides(st, t, sent), polarity, cue, t, sent)


def _opposed_sides(st: State, t: Token, sent: Span) -> list[Party]:
    """The two parties after "oppose": "X à Y", "X et Y", or a pair noun ("les deux pays")."""
    end = t.i + 1
    while end < sent.end and st.low[end] not in _STOPS and end < t.i + 16:
        if st.low[end] in ("depuis", "sur", "pour", "au", "dans") and end > t.i + 2:
            break
        end += 1
    a_at = next((k for k in range(t.i + 2, end) if st.low[k] == "à"), None)
    if a_at is not None:
        left = st.res.party(t.i + 1, a_at)
        rng = st.res.np_after(a_at + 1, end)
        if rng:  # "à Y s'aggrave": the phrase stops before the next verb group
            stop = next(
                (k for k in range(rng[0] + 1, rng[1]) if st.tv.pos[k] in ("VERB", "AUX", "PRON")),
                rng[1],
            )
            rng = (rng[0], stop)
        right = st.res.party(*rng) if rng else None
        if is_named(left) and right is not None and is_named(right):
            return [left, right]
    sides = sides_of(st, t.i + 1, end)
    if len(sides) == 2:
        return sides
    head = next((st.doc[k] for k in range(t.i + 1, end) if st.tv.pos[k] == "NOUN"), None)
    return typed_pair(st, head) if head is not None else []
