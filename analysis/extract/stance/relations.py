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
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import denied, negated
from analysis.extract.stance.holders import holders_of, is_named
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target
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
        return
    polarity, word, qtok = quality
    if denied(st, t) or negated(st, qtok):
        return  # "les relations ne sont pas tendues": the quality is denied, no stance
    sides = _between(st, t, sent) or _holder_and_partner(st, t, sent)
    if len(sides) != 2:
        return
    a, b = sides
    cue = f"{norm(t.text)} {word}"
    kind = "friction" if polarity < 0 else "relation"
    st.add([a], party_target(st, b), polarity, cue, kind, t, sent)
    st.add([b], party_target(st, a), polarity, cue, kind, t, sent)


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


def _is_one_of(t: Token, words: frozenset[str]) -> bool:
    """The token's text or lemma is one of ``words`` (the rule's own entry test)."""
    return norm(t.text) in words or norm(t.lemma_) in words


def _quality(st: State, t: Token) -> tuple[int, str, Token] | None:
    """The polarity of the adjective that qualifies the relation noun: an epithet
    ("relations tendues") or the predicate of a copula ("les relations ... étaient
    tendues")."""
    q = st.c.acts["relation_qualities"]
    words = [ch for ch in t.children if ch.dep_ == "amod"]
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
    return _state_after(st, t)


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
    end = min(t.sent.end, t.i + 16)
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


# the copulas that give a relation its quality ("les relations ... sont / restent tendues")
_COPULAS = frozenset({"être", "rester", "demeurer", "devenir"})


def _predicate_after(st: State, t: Token) -> Token | None:
    """The adjective after the first copula that follows the relation noun, read linearly
    ("les relations entre X et Y étaient déjà tendues"): the parser often hangs the
    adjective elsewhere when Y is misread."""
    tv, low = st.tv, st.low
    end = min(t.sent.end, t.i + 16)
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
        if low[k] in _STOPS:
            return []
        if low[k] == "entre":
            end = k + 1
            pos = st.tv.pos
            while (
                end < sent.end
                and low[end] not in _STOPS
                and pos[end] not in ("VERB", "AUX")
                and end < k + 14
            ):
                end += 1
            sides = sides_of(st, k + 1, end)
            if len(sides) < 2:
                # "entre les deux pays": the pair the article names
                head = next((st.doc[m] for m in range(k + 1, end) if st.tv.pos[m] == "NOUN"), None)
                sides = st.res.pair(head) if head is not None else []
            return sides if len({p.actor_id or p.name for p in sides}) == 2 else []
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
    cue = f"{norm(t.text)} avec"
    subjects = _clause_subjects(st, gov)
    st.add(subjects, party_target(st, other), -1, cue, "friction", t, sent)
    # a dispute has two sides: the partner is against the subject too
    for s in subjects:
        if is_named(s) and (s.actor_id or s.name) != (other.actor_id or other.name):
            st.add([other], party_target(st, s), -1, cue, "friction", t, sent)


def _clause_subjects(st: State, gov: Token) -> list[Party]:
    """The subject of the clause, passive subject included ("X est enfermé dans ...")."""
    heads = [ch for ch in gov.children if ch.dep_ == "nsubj:pass"]
    if heads:
        return [p for p in st.res.np_parties(heads[0]) if is_named(p)]
    return holders_of(st, gov)


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
    sides = _opposed_sides(st, t, sent)
    if len(sides) != 2:
        return
    a, b = sides
    cue = f"{norm(st.doc[k].text)} oppose"
    st.add([a], party_target(st, b), -1, cue, "friction", t, sent)
    st.add([b], party_target(st, a), -1, cue, "friction", t, sent)


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
    return st.res.pair(head) if head is not None else []
