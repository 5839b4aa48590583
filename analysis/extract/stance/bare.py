"""Bare governing nouns as holders: "les autorités ont condamné Y", "le pays soutient Y", "le
ministère a dénoncé Y" name no state, yet news writing uses them for the state the text is
about at that point.

Why a rule of its own: the naming rules resolve "les autorités de X" or "les autorités
valdoriennes" (:func:`analysis.extract.stance.agents.authority_state`), but a bare noun has
nothing inside its phrase to read. The state is found in the context, in this order:

1. inside someone's attributed words (a quote or reported speech), the speaker's own state
   (an official says "le pays" of their own country, never of the adversary they speak of);
2. the nearest actor named before it, in its sentence or the two before in its paragraph,
   that acts there (a subject: a state, or a person of a state of the article), never one
   acted on or spoken of ("ont critiqué X", "à X");
3. the article's protagonist: the first state the article names acting (the actors step
   computes it once, :mod:`analysis.extract.actors.protagonist`).

Nothing is returned when none of these names a state: no holder rather than a guessed one.

The same context names who did an act told only by its noun as the subject ("Le rappel de
l'ambassadeur intervient en signe de protestation", "Cette expulsion répond à ..."): the "de"
complement of such a noun is the one acted on (the recalled ambassador), never the holder.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.state import State
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import countries, country_of_adjective

# determiners of a bare definite noun ("le pays", "les autorités", "l'exécutif")
_DEFINITE = frozenset({"le", "la", "les", "l'", "l’"})
# the dependency labels that keep a word inside the noun phrase it names (climbed to find
# whether a mention is the subject of its clause)
_INSIDE = frozenset({"flat", "flat:name", "fixed", "amod", "nmod", "appos", "compound"})
# sentences before the cue's own that may hold the state it refers to (same paragraph)
_BACK = 2


def bare_state_holders(st: State, verb: Token, parties: list[Party]) -> list[Party]:
    """The state a bare governing noun subject of ``verb`` stands for, replacing the
    unresolved party that noun gave (or filling an empty holder list; a state body such as
    "le ministère" is kept beside its state); ``parties`` as they are when the subject is no
    bare noun or no state is found."""
    acted = _act_noun_subject(st, verb)
    if acted is not None:
        found = context_state(st, acted)
        return [found] if found is not None else []
    parties = [_possessed_state(st, p) for p in parties]
    if any(p.actor_id for p in parties):
        return parties
    for t in st.res.subject_tokens(verb):
        if not is_bare_state_noun(st, t):
            continue
        iso = context_country(st, t)
        found = _state_party(st, iso, t.idx, t.idx + len(t))
        if found is None:
            return parties
        # a body ("le ministère") may be an actor of its own in the reader's eyes: kept too
        bodies = [p for p in parties if norm(p.name or "") in st.words.state_bodies]
        return [*(_body_of(st, p, iso) for p in bodies), found]
    return parties


def bare_speaker_state(st: State, speaker: Party, at: Token) -> Party:
    """A quotation's speaker named only by a governing noun and linked to no actor ("…,
    indique un communiqué du ministère", "…, a fait savoir la présidence"): as a stance
    holder, the state acting just before the quotation ``at`` starts, else the article's
    protagonist (rules 2 and 3 above); the speaker as it was when none is found."""
    if speaker.actor_id or norm(speaker.name or "") not in st.words.bare_state_nouns:
        return speaker
    found = _state_party(st, _acting_before(st, at) or protagonist(st), speaker.start, speaker.end)
    return found if found is not None else speaker


_THIRD_POSSESSIVE = frozenset({"son", "sa", "ses", "leur", "leurs"})


def _possessed_state(st: State, party: Party) -> Party:
    """ "X et son gouvernement ont condamné …", "Son gouvernement a dénoncé …" (outside
    quotations): a governing noun owned by a third person is the state of the one acting
    just before (rule 2 above), the possessor; the party as it was when none is found."""
    if party.actor_id or norm(party.name or "") not in st.words.bare_state_nouns:
        return party
    if st.res.in_quote(party.start):
        return party
    span = st.doc.char_span(party.start, party.end, alignment_mode="expand")
    if span is None or not len(span):
        return party
    t = span.root
    if not any(c.dep_ == "det" and st.low[c.i] in _THIRD_POSSESSIVE for c in t.children):
        return party
    found = _state_party(st, _acting_before(st, t), party.start, party.end)
    return found if found is not None else party


def _body_of(st: State, body: Party, iso: str | None) -> Party:
    """The article's one actor that is this body of state ``iso`` ("la présidence" of a
    state whose "présidence argentine" the article names), so that the reader sees the
    body's name and its identity rather than a bare common noun; else the body as it was."""
    head = norm(body.name or "")
    if iso is None or body.actor_id:
        return body
    found = [
        aid
        for aid, row in st.res.actors.items()
        if row.get("type") == "organisation"
        and _country_of(st, aid) == iso
        and norm(str(row.get("name", "")).split(" ")[0]) == head
    ]
    if len(found) != 1:
        return body
    return Party(st.res.actor_name(found[0]), found[0], body.start, body.end, "actor")


@derived
def patient_act_nouns() -> frozenset[str]:
    """``patient_act_nouns`` of data/lexicons/stance_targets.yaml, normalised."""
    return frozenset(norm(w) for w in load_lexicon("stance_targets").get("patient_act_nouns") or ())


def _act_noun_subject(st: State, verb: Token) -> Token | None:
    """The subject of ``verb`` when it is an act noun whose "de" complement is acted on ("le
    rappel de l'ambassadeur", "cette expulsion") with no agent of its own: no "par X", no
    possessive ("son rappel" is read by the possessive rules), outside quotations."""
    nouns = patient_act_nouns()
    for t in st.res.subject_tokens(verb):
        if st.tv.pos[t.i] != "NOUN" or st.tv.lemma_low[t.i] not in nouns:
            continue
        if st.res.in_quote(t.idx):
            return None
        if any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in t.children):
            return None
        # "le rappel de l'ambassadeur par X intervient ...": X did it (wherever the parse
        # hangs "par X", it lies between the noun and its verb)
        if "par" in st.low[t.i + 1 : verb.i]:
            return None
        return t
    return None


def is_bare_state_noun(st: State, t: Token) -> bool:
    """``t`` is a governing or collective noun (``bare_state_nouns``) with a definite article
    and nothing that names whose it is: no "de X", no nationality adjective, no name, no
    number ("les deux pays" is a pair), no possessive ("son pays" is read apart); "pays",
    "état", "royaume" only in the singular (plural ones are several states)."""
    words, low = st.words, st.low
    if st.tv.pos[t.i] != "NOUN" or low[t.i] not in words.bare_state_nouns:
        return False
    if low[t.i] in words.bare_state_singular and "Plur" in st.tv.morph(t.i, "Number"):
        return False
    dets = [c for c in t.children if c.dep_ == "det"]
    if not dets or any(low[d.i] not in _DEFINITE for d in dets):
        return False
    for c in t.children:
        if c.dep_ in ("nmod", "nummod", "appos", "flat:name", "compound") or c.pos_ == "PROPN":
            return False
        if c.dep_ == "amod" and (country_of_adjective(c.text) or c.text[:1].isupper()):
            return False
    # a following capitalised word the parser did not attach ("le régime Poutine")
    nxt = t.i + 1
    return not (nxt < len(st.doc) and st.tv.pos[nxt] == "PROPN")


def context_state(st: State, t: Token) -> Party | None:
    """The state the bare noun ``t`` stands for (see the module docstring), as a party at
    ``t``: the state actor, else the country's name when the state is no actor of the
    article (an official's country is known, the country itself never named)."""
    return _state_party(st, context_country(st, t), t.idx, t.idx + len(t))


def context_country(st: State, t: Token) -> str | None:
    """The country (ISO code) of the state the bare noun ``t`` stands for."""
    speaker = st.attributed_at(t.idx)
    if speaker is not None:
        return _country_of(st, speaker.actor_id) or _named_country(speaker.name)
    return _acting_before(st, t) or protagonist(st)


def _named_country(name: str | None) -> str | None:
    """The country a speaker who is no actor names by a nationality adjective ("le bureau de
    la présidence argentine", "un porte-parole du ministère chilien"): one adjective only."""
    found = {country_of_adjective(w) for w in (name or "").split()} - {None}
    return found.pop() if len(found) == 1 else None


def _state_party(st: State, iso: str | None, start: int, end: int) -> Party | None:
    """The state of country ``iso`` as a party at [start, end): its actor, else its name."""
    if iso is None:
        return None
    aid = st.states.get(iso)
    if aid is not None:
        return Party(st.res.actor_name(aid), aid, start, end, "actor")
    name = getattr(countries().get(iso), "name", None)
    return Party(name, None, start, end, "name") if name else None


def _country_of(st: State, aid: str | None) -> str | None:
    """The country (ISO code) of an actor: a state's own, a person's or a body's."""
    country = st.res.actors.get(aid or "", {}).get("country")
    return country if isinstance(country, str) and country else None


def _acting_before(st: State, t: Token) -> str | None:
    """The country of the nearest actor acting (a clause subject) before ``t`` in its sentence
    or the two before it within its paragraph, outside quotations."""
    s = st.article.sentence_at(t.idx)
    if s is None:
        return None
    sents = st.article.sentences
    first = s.id
    while first > max(0, s.id - _BACK) and sents[first - 1].paragraph_id == s.paragraph_id:
        first -= 1
    for start, _end, aid in reversed(st.res.mentions_in(sents[first].start, t.idx)):
        if st.res.in_quote(start) or not _acting(st, start):
            continue
        iso = _country_of(st, aid)
        if iso is not None:
            return iso
    return None


def _acting(st: State, offset: int) -> bool:
    """The mention at ``offset`` is (inside) the subject of an active clause: climbed through
    the words of its noun phrase, its head is an ``nsubj``."""
    span = st.doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    for _ in range(4):
        if tok.dep_ not in _INSIDE or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok.dep_ == "nsubj"


def protagonist(st: State) -> str | None:
    """The country of the article's protagonist, the first state it names acting: read
    from the actors table (``protagonist_rank``, :mod:`analysis.extract.actors.protagonist`),
    where it is computed once for every use. Memoised on the state (one article)."""
    if st.protagonist_memo:
        return st.protagonist_memo[0]
    ranked = []
    for aid, row in st.res.actors.items():
        rank = row.get("protagonist_rank")
        if isinstance(rank, (int, float)) and rank >= 1 and _country_of(st, aid):
            ranked.append((rank, aid))
    found = _country_of(st, min(ranked)[1]) if ranked else None
    st.protagonist_memo.append(found)
    return found
