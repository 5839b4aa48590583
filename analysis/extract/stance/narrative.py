"""Stances the narration states through a construction rather than a stance verb
(``stance_cues.yaml``: ``received_stances``).

"Y a essuyé les critiques de X", "Y s'est heurté à l'opposition de X", "Y a reçu le soutien
de X", "Y fait l'objet des critiques de X", "Y est la cible de la colère de X": a stance noun
whose holder is its "de" complement, received by the subject of the verb (or of the frame
noun) it hangs on — X is for / against Y. "X s'en est pris à Y", "X en veut à Y": locutions
whose meaning is carried by the clitic "en" (without it, "prendre" and "vouloir" say nothing).

Why apart from :mod:`analysis.extract.stance.lexical`: there the subject of the verb that
carries a stance noun holds it ("X a exprimé son soutien à Y"); here the subject receives it
and the holder is named after the noun.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, load_lexicon, matches, norm, ordered_keys
from analysis.extract.quotes.speakers import DE, Party
from analysis.extract.stance.detector import detector
from analysis.extract.stance.diplomatic_acts import diplomat_state
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import holders_of, is_named
from analysis.extract.stance.interaction_words import interactions
from analysis.extract.stance.lexicon import stance_words
from analysis.extract.stance.quote_words import term_polarity
from analysis.extract.stance.records import Row
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target, prep_np, target_np
from analysis.resources.datacache import derived


def _set(values: list[str] | None) -> frozenset[str]:
    return frozenset(norm(v) for v in values or [])


@derived
def received_words() -> dict[str, frozenset[str]]:
    """The ``received_stances`` lists: receiving verbs, frame nouns, clitic locutions."""
    d = load_lexicon("stance_cues").get("received_stances") or {}
    loc = d.get("clitic_locutions") or {}
    return {
        "verbs": _set(d.get("verbs")),
        "frames": _set(d.get("frames")),
        "hostile_acts": _set(d.get("hostile_acts")),
        "notices": _set(d.get("notices")),
        "clitic_support": _set(loc.get("support")),
        "clitic_oppose": _set(loc.get("oppose")),
    }


def _stance_and_felt_nouns(c: Cues) -> frozenset[str]:
    w = stance_words()
    return (
        frozenset(c.stance_nouns)
        | w.caused_support
        | w.caused_oppose
        | received_words()["hostile_acts"]
    )


def _sign(st: State, t: Token) -> int:
    """The noun's polarity; 0 for nouns whose "de" complement is their object ("la demande
    de libération", "le refus de signer", "la reconnaissance de l'État"), not their holder."""
    for key in (norm(t.lemma_), st.low[t.i]):
        entry = st.c.stance_nouns.get(key)
        if entry is not None:
            polarity, needs = entry
            return 0 if any(p in DE for p in needs) else polarity
    if st.low[t.i] in st.words.caused_support:
        return 1
    if st.low[t.i] in st.words.caused_oppose or st.low[t.i] in received_words()["hostile_acts"]:
        return -1
    return 0


# stance nouns that also name a political side ("l'opposition"), and the verbs of a meeting
# after which they are the side met, not a stance received
_PARTIES = frozenset({"opposition", "oppositions"})
_MEETINGS = frozenset({"recevoir", "accueillir", "rencontrer"})
# the marks that close a word the writer quotes
_CLOSING_MARKS = frozenset({"»", "”", '"'})


def _giver(st: State, t: Token, sent: Span) -> list[Party]:
    """X of "les critiques (virulentes) de X": a named "de" complement right after the noun
    and its adjectives; and each one coordinated with it ("le soutien de X et de Z", "de X,
    de Z et de W": session 16); past the closing mark of a quoted noun ("les « critiques »
    de X": session 30)."""
    k = t.i + 1
    while k < sent.end and (st.tv.pos[k] in ("ADJ", "ADV") or st.low[k] in _CLOSING_MARKS):
        k += 1
    out: list[Party] = []
    while k < sent.end and st.low[k] in DE and len(out) < 5:
        rng = st.res.np_after(k + 1, sent.end)
        if rng:  # the phrase may run over "et de Z": cut it there
            cut = next((m for m in range(*rng) if _next_de(st, m, rng[1])), rng[1])
            rng = (rng[0], cut)
        p = st.res.party(*rng) if rng and rng[1] > rng[0] else None
        if p is None or not is_named(p) or not rng:
            break
        out.append(p)
        k = rng[1]
        if k + 1 < sent.end and st.low[k] in (",", "et", "ainsi") and st.low[k + 1] in DE:
            k += 1
        elif k + 2 < sent.end and st.low[k] == "ainsi" and st.low[k + 1] == "que":
            k += 2
        else:
            break
    return out


def _next_de(st: State, m: int, end: int) -> bool:
    """ "et de", ", de", ", du": where a "de" phrase gives way to the next one."""
    return m + 1 < end and st.low[m] in (",", "et") and st.low[m + 1] in DE


def _receiving(st: State, t: Token) -> Token | None:
    """The verb that makes its subject receive the noun ("essuyer les critiques", "se
    heurter à l'opposition", "recevoir le soutien"), or the verb or noun of the frame the
    stance noun completes ("faire l'objet de", "être la cible de", "faire face à"): the token
    whose subject receives the stance. None otherwise."""
    words = received_words()
    head = t.head
    if head.i == t.i:
        return None
    frame = _frame_before(st, t)
    if frame is not None:
        # "Y fait l'objet de critiques de X", "Y fait face à l'hostilité de X": the subject
        # of "faire"; "Y est la cible de la colère de X": of the noun with its copula
        if head.pos_ in ("VERB", "AUX"):
            return head
        return frame if frame.head.i == frame.i or frame.dep_ == "ROOT" else frame.head
    if t.dep_ == "nmod" and head.pos_ == "NOUN" and norm(head.lemma_) in words["notices"]:
        # "Y a reçu un avis d'expulsion de X": the notice stands for the act it carries
        t, head = head, head.head
    if t.dep_ in ("obj", "obl", "obl:arg", "obl:mod", "iobj") and head.pos_ in ("VERB", "AUX"):
        if matches(head, words["verbs"], st.c) and not matches(head, st.words.causing_verbs, st.c):
            return head  # (a causing verb's feeling is read by the caused-feeling rule)
    return None


def _frame_before(st: State, t: Token) -> Token | None:
    """The frame noun right before the stance noun's preposition ("l'objet de", "la cible
    des", "face à"), past the noun's determiners and adjectives; None if none."""
    k = t.i - 1
    while k > 1 and st.tv.pos[k] in ("DET", "ADJ", "NUM"):
        k -= 1
    if st.low[k] not in DE and st.low[k] not in ("à", "au", "aux"):
        return None
    if st.low[k - 1] in received_words()["frames"]:
        return st.doc[k - 1]
    return None


def _receivers(st: State, verb: Token) -> list[Party]:
    """Who receives: the subject of a passive ("Y a été confronté à"), else the holders of
    the verb or frame noun (its subject, through pronouns and bodies)."""
    for ch in verb.children:
        if ch.dep_ == "nsubj:pass":
            return [st.res.np_party(ch)]
    return holders_of(st, verb)


@detector(pos={"NOUN"}, words=_stance_and_felt_nouns, match="form")
def received_stance(st: State, t: Token, sent: Span) -> None:
    """ "Y a essuyé les critiques de X", "Y a reçu le soutien de X": X is against / for Y
    (no row when the receiving is denied: "Y n'a pas obtenu le soutien de X")."""
    polarity = _sign(st, t)
    if not polarity:
        return
    verb = _receiving(st, t)
    if verb is None or (st.low[t.i] in _PARTIES and norm(verb.lemma_) in _MEETINGS):
        return  # "le président a reçu l'opposition de Y": a party received, no stance
    givers = _giver(st, t, sent)
    if not givers or negated(st, verb):
        return
    for r in _receivers(st, verb):
        for giver in givers:
            if is_named(r) and r.start != giver.start:
                cue = f"{st.low[t.i]} de"
                st.add([giver], party_target(st, r), polarity, cue, "noun", t, sent)


def _clitic_words(c: Cues) -> frozenset[str]:
    w = received_words()
    return w["clitic_support"] | w["clitic_oppose"]


# the elided and full forms of the clitic "en" and of the reflexive pronouns before it
_EN = frozenset({"en"})
_BEFORE_EN = frozenset({"s'", "se", "m'", "me", "t'", "te", "nous", "vous", "lui", "leur", "l'"})


@detector(pos={"VERB"}, words=_clitic_words)
def clitic_locution(st: State, t: Token, sent: Span) -> None:
    """ "X s'en est pris à Y", "X s'en prend violemment à Y", "X en veut à Y" (against Y);
    "X s'en remet à Y" (for Y): the clitic "en" before the verb (or its auxiliary) and an
    "à" complement. No row when denied ("X ne s'en est pas pris à Y" says nothing)."""
    w = received_words()
    lemma = norm(t.lemma_)
    if lemma in w["clitic_oppose"]:
        polarity = -1
    elif lemma in w["clitic_support"]:
        polarity = 1
    else:
        return
    if not _en_before(st, t, sent) or negated(st, t):
        return
    hit = prep_np(st, t.i + 1, ("à", "au", "aux"), sent, window=3)
    if hit is None:
        return
    p = st.res.np_party(hit[1])
    target = party_target(st, p) if is_named(p) else target_np(st, hit[1])
    st.add(holders_of(st, t), target, polarity, f"en {lemma} à", "verb", t, sent)


def _en_before(st: State, t: Token, sent: Span) -> bool:
    """ "en" among the (up to four) words before the verb, past its auxiliaries and a
    negation: "s'en est pris", "s'en était déjà pris", "en veut", "lui en veut"."""
    k = t.i - 1
    while k >= sent.start and k >= t.i - 4:
        w = st.low[k]
        if w in _EN:
            return True
        if st.tv.pos[k] not in ("AUX", "ADV", "PRON") and w not in _BEFORE_EN:
            return False
        k -= 1
    return False


# the kinds of rows that name a relation entered between two sides (not a rupture: a person's
# country may be misread from the one state named around them — "le régime de X a rompu avec
# le Chili" gives X Chile —, and a rupture with that state is then the very row to keep)
_RELATION_KINDS = frozenset({"agreement", "implicit"})


def own_side(st: State, r: Row) -> bool:
    """A relation entered between a person and the state they belong to ("X a dénoncé le
    manque de courage de Y pour ouvrir des relations avec [X's country]", where the holder
    rule climbed to X): nobody opens or renews relations with their own side — a misread
    party, dropped."""
    if r.kind not in _RELATION_KINDS or r.polarity <= 0:
        return False
    a, b = r.holder.actor_id, r.target.actor_id
    if not a or not b:
        return False
    return _state_of_person(st, a) == b or _state_of_person(st, b) == a


# first-person possessives: "notre territoire" in a quotation is the speaker's own ground
_FIRST_PERSON = frozenset({"notre", "nos", "mon", "ma", "mes"})
# verbs of guarding what one holds ("défendre notre sol"), not of a tie with another
_GUARD_VERBS = frozenset({"défendre", "protéger", "préserver", "sauvegarder"})


def own_ground(r: Row) -> bool:
    """Support for an issue the speaker calls his own ("« nous défendrons chaque pouce de
    notre sol »"): no actor is the target and nobody takes a side towards another in it —
    a speaker's resolve, not a stance (the row's issue is his own country). Named targets
    ("nos relations avec la France") are kept."""
    if r.polarity <= 0 or r.target.actor_id or any(c.isupper() for c in r.target.text):
        return False
    if norm(r.cue) not in _GUARD_VERBS:
        return False  # "renforcer nos relations": the partner is read elsewhere in the row
    return bool(_FIRST_PERSON & set(r.target.text.lower().split()))


def _state_of_person(st: State, aid: str) -> str | None:
    if st.res.actor_type(aid) != "person":
        return None
    country = st.res.actors.get(aid, {}).get("country")
    return st.states.get(country) if isinstance(country, str) else None


def _qualify_words(_c: Cues) -> frozenset[str]:
    return interactions().qualify_verbs


# the determiners that open the object after an inverted judgement ("qualifier d'inacceptable
# LA décision de Y")
_OPENERS = frozenset(
    {"le", "la", "les", "l'", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs"}
)


@detector(pos={"VERB"}, words=_qualify_words)
def inverted_qualification(st: State, t: Token, sent: Span) -> None:
    """ "X a qualifié d'inacceptable la décision de Y", "X a qualifié de provocation la
    visite de Y": the judgement placed before the object (the order the qualification rule
    of :mod:`analysis.extract.stance.interactions` does not read): X judges the object (the
    actor its "de" names, through the attribute nouns) by the sign of the evaluative terms
    between "de" and the object. No row when the verb is negated or the terms disagree."""
    k = t.i + 1
    while k < sent.end and st.tv.pos[k] == "ADV":
        k += 1
    if k >= sent.end or st.low[k] not in ("de", "d'", "d’") or negated(st, t):
        return
    m = k + 1
    while m < min(sent.end, k + 6) and st.low[m] not in _OPENERS and st.tv.pos[m] != "PROPN":
        if st.low[m] in (",", ".", ";", ":"):
            return
        m += 1
    if m >= sent.end or m == k + 1:
        return
    terms = term_polarity(st, list(st.doc[k + 1 : m]))
    score = sum(p for _tok, p in terms)
    if not terms or score == 0:
        return
    head = next((st.doc[j] for j in range(m, min(sent.end, m + 4)) if st.tv.pos[j] in _NOUNS), None)
    if head is None:
        return
    target = target_np(st, head)
    holders = [h for h in holders_of(st, t) if not h.actor_id or h.actor_id != target.actor_id]
    st.add(holders, target, 1 if score > 0 else -1, f"{norm(t.lemma_)} de", "interaction", t, sent)


_NOUNS = frozenset({"NOUN", "PROPN"})


def _stance_verb_words(c: Cues) -> frozenset[str]:
    return frozenset(c.stance_verbs)


@detector(pos={"VERB", "ADJ", "NOUN"}, words=_stance_verb_words)
def fronted_participle(st: State, t: Token, sent: Span) -> None:
    """ "Condamné par X, Y a démenti", "Vivement critiquée par X, Y a répondu": a passive
    participle that opens the sentence, with its "par" agent, qualifies the subject of the
    main clause after the comma: X is for / against Y. (The participle rule of
    :mod:`analysis.extract.stance.lexical` reads the noun phrase before the participle.)"""
    if t.i - sent.start > 1 or (t.i > sent.start and st.tv.pos[t.i - 1] != "ADV"):
        return
    if t.i + 1 >= sent.end or st.low[t.i + 1] != "par":
        return
    polarity = _plain_polarity(st, t)
    if not polarity:
        return
    rng = st.res.np_after(t.i + 2, sent.end)
    agent = st.res.party(*rng) if rng else None
    if agent is None or not is_named(agent) or rng[1] >= sent.end or st.low[rng[1]] != ",":
        return
    rng2 = st.res.np_after(rng[1] + 1, sent.end)
    subject = st.res.party(*rng2) if rng2 else None
    if subject is None or not is_named(subject) or not _finite_after(st, rng2[1], sent):
        return
    st.add([agent], party_target(st, subject), polarity, norm(t.lemma_), "verb", t, sent)


def _plain_polarity(st: State, t: Token) -> int:
    """The polarity of the verb's first lexicon entry that needs no preposition nor object
    ("condamner", not "opposer à" nor "reconnaître la souveraineté")."""
    for key in ordered_keys(t, st.c):
        for cue in st.c.stance_verbs.get(key, ()):
            if not cue.preps and not cue.objects and not cue.actor_types:
                return cue.polarity
    return 0


def _finite_after(st: State, k: int, sent: Span) -> bool:
    """A finite verb (or its auxiliary) within the three words at ``k``: the noun phrase
    before it is the main clause's subject."""
    for j in range(k, min(sent.end, k + 3)):
        if st.tv.pos[j] in ("VERB", "AUX") and "Fin" in st.tv.morph(j, "VerbForm"):
            return True
    return False


# the words of a time incise besides the time nouns ("a rejeté, mardi 17 mars, les ...", "a
# condamné, ce lundi matin, ...", "a salué, hier soir, ...")
_INCISE_WORDS = frozenset(
    {
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "hier",
        "aujourd'hui",
        "ce",
        "cette",
        "le",
        "la",
        "l'",
        "dernier",
        "dernière",
        "passé",
        "passée",
        "même",
        "encore",
        "déjà",
        "aussi",
        "également",
        "soir",
        "matin",
        "début",
        "fin",
        "mi",
        "de",
        "du",
        "en",
        "à",
        "au",
        "par",
        "ailleurs",
        "notamment",
        "toutefois",
        "pour",
        "sa",
        "son",
        "part",
        "côté",
    }
)


@detector(pos={"VERB"}, words=_stance_verb_words)
def object_after_incise(st: State, t: Token, sent: Span) -> None:
    """ "X a rejeté, mardi 17 mars, les accusations de Y", "X a salué, pour sa part, la
    décision de Y": an incise of time (or of a connective) between the verb and its object
    breaks the parse, which then gives the verb no object: the noun phrase after the second
    comma is the object. Only for verbs whose lexicon entry needs no preposition nor object,
    and when the parse gives the verb no object of its own."""
    if t.i + 2 >= sent.end or st.low[t.i + 1] != "," or negated(st, t):
        return
    if any(ch.dep_ == "obj" for ch in t.children):
        return
    polarity = _plain_polarity(st, t)
    if not polarity:
        return
    k = t.i + 2
    while k < min(sent.end, t.i + 9) and st.low[k] != ",":
        if not _incise_word(st, k):
            return
        k += 1
    if k >= sent.end or st.low[k] != "," or k == t.i + 2:
        return
    m = k + 1
    while m < sent.end and st.tv.pos[m] in ("DET", "ADJ", "NUM"):
        m += 1
    if m >= sent.end or st.tv.pos[m] not in _NOUNS or _harm_or_victim(st, m, sent):
        return
    st.add(holders_of(st, t), target_np(st, st.doc[m]), polarity, norm(t.lemma_), "verb", t, sent)


def _harm_or_victim(st: State, m: int, sent: Span) -> bool:
    """The object names a harm or an attack ("l'attaque contre Y", "l'arrestation de Y"),
    whose sides the verb rule sorts out (condemning it is siding with the victim): left to
    it, never read here as a stance on the phrase that names the victim."""
    head = st.doc[m]
    bad = st.words.attack_nouns | st.c.harm_nouns
    if norm(head.lemma_) in bad or st.low[m] in bad:
        return True
    end = min(sent.end, m + 8)
    return any(st.low[j] in ("contre", "envers", "visant") for j in range(m, end))


def _incise_word(st: State, k: int) -> bool:
    w = st.low[k]
    return w in _INCISE_WORDS or w in st.words.time_words or st.tv.pos[k] == "NUM" or w.isdigit()


_QUE = frozenset({"que", "qu'", "qu’"})


@detector(pos={"VERB", "ADJ", "NOUN"}, words=_stance_verb_words)
def relative_object(st: State, t: Token, sent: Span) -> None:
    """ "Y, que X accuse de soutenir les rebelles, a démenti", "Y, que X critique depuis
    des mois": the object of the stance verb is the relative "que", whose antecedent is the
    named actor before the comma. Read from the words (the parser often takes this "que"
    for a conjunction). No row when the verb has an object of its own or is negated."""
    k = t.i - 1
    while k > sent.start and st.low[k] not in _QUE:
        if st.low[k] in (",", ";", ":", "«", "»") or k < t.i - 8:
            return
        k -= 1
    if k - 2 < sent.start or st.low[k] not in _QUE or st.low[k - 1] != ",":
        return
    if any(ch.dep_ == "obj" and ch.i > t.i and ch.pos_ in _NOUNS for ch in t.children):
        return
    polarity = _plain_polarity(st, t)
    if not polarity or negated(st, t):
        return
    rng = st.res.np_after(k + 1, t.i)
    holder = st.res.party(*rng) if rng else None
    antecedent = st.res.np_party(st.doc[k - 2])
    if holder is None or not is_named(holder) or not is_named(antecedent):
        return
    st.add([holder], party_target(st, antecedent), polarity, norm(t.lemma_), "verb", t, sent)


def _mission_verbs(c: Cues) -> frozenset[str]:
    m = c.acts.get("mission_acts") or {}
    return frozenset().union(*(m.get(k, frozenset()) for k in ("close", "open", "appoint")))


@detector(pos={"VERB"}, words=_mission_verbs)
def mission_act(st: State, t: Token, sent: Span) -> None:
    """ "X a fermé son ambassade à Y" (against Y), "X a rouvert son ambassade au Y", "X a
    nommé un ambassadeur en Y", "X a dépêché un émissaire à Y" (for Y): an act on a mission
    or an envoy says X's stance toward the state of its post (or the state named with it:
    "l'ambassade de Y", "le consulat syldave"). Denied: no act, no row."""
    acts = st.c.acts
    m = acts.get("mission_acts") or {}
    if matches(t, m.get("close", frozenset()), st.c):
        polarity, objects = -1, acts["hostile_acts"]["missions"]
    elif matches(t, m.get("open", frozenset()), st.c):
        polarity, objects = 1, acts["hostile_acts"]["missions"]
    elif matches(t, m.get("appoint", frozenset()), st.c):
        polarity, objects = 1, acts["hostile_acts"]["diplomat_objects"]
    else:
        return
    obj = next((ch for ch in t.children if ch.dep_ == "obj" and ch.i > t.i), None)
    if obj is None or not (norm(obj.lemma_) in objects or st.low[obj.i] in objects):
        return
    if negated(st, t):
        return
    other = diplomat_state(st, obj, sent) or _post_on_verb(st, t, obj)
    if other is None or not is_named(other):
        return
    st.add(holders_of(st, t), party_target(st, other), polarity, norm(t.lemma_), "act", t, sent)


_POST_PREPS = frozenset({"à", "au", "aux", "en"})


def _post_on_verb(st: State, t: Token, obj: Token) -> Party | None:
    """The post the parser hangs on the verb rather than on the mission ("X inaugure son
    consulat dès lundi à Y"): an "à / au / en" complement of the verb after its object that
    names an actor, or such a complement of a time word that is ("dès lundi à Y") (session
    21)."""
    near = [ch for ch in t.children if ch.dep_.startswith("obl")]
    near += [g for ch in near for g in ch.children if g.dep_ in ("nmod", "obl:mod")]
    for ch in near:
        if ch.i <= obj.i:
            continue
        if not any(c.dep_ == "case" and st.low[c.i] in _POST_PREPS for c in ch.children):
            continue
        rng = st.res.np_after(ch.left_edge.i + 1, ch.right_edge.i + 1)
        p = st.res.party(*rng) if rng else None
        if p is not None and p.identified and p.kind in ("actor", "name"):
            return p
    return None
