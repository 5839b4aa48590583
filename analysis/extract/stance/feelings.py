"""Feelings caused in someone, wishes, and rapprochements named by a noun
(``stance_cues.yaml``: ``caused_feelings``, ``causing_verbs``, ``wish_verbs``;
``stance_acts.yaml``: ``rapprochement_nouns``, ``pursuing_verbs``).

"Y a soulevé l'ire de X" (X against Y), "Y signe, au grand dam de X" (X against what Y does),
"X espère que le dialogue aboutira" (X for it), "le renforcement de la coopération entre les
deux pays", voiced in a quote or pursued by a subject ("X vise la relance de la relation").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, load_lexicon, matches, norm
from analysis.extract.quotes.speakers import DE, Party
from analysis.extract.stance.detector import detector
from analysis.extract.stance.ended_wishes import wished_end
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import holders_of, is_named
from analysis.extract.stance.lexicon import names_an_issue, stance_words
from analysis.extract.stance.reactions import feelers
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import (
    object_of,
    party_target,
    prep_np,
    segment_end,
    target_np,
    target_range,
)
from analysis.resources.datacache import derived


def _caused_words(c: Cues) -> frozenset[str]:
    w = stance_words()
    return w.caused_support | w.caused_oppose | w.caused_extra_support | w.caused_extra_oppose


@detector(pos={"NOUN", "PROPN", "VERB", "ADJ"}, words=_caused_words, match="text")
def caused_feeling(st: State, t: Token, sent: Span) -> None:
    """ "Y a soulevé l'ire de X", "au grand dam de X, Y a signé": X, who feels it, is for /
    against Y (the subject of the causing verb) or what the clause says Y did."""
    w = st.low[t.i]
    words = st.words
    if w in words.caused_support or w in words.caused_extra_support:
        polarity = 1
    elif w in words.caused_oppose or w in words.caused_extra_oppose:
        polarity = -1
    else:
        return
    if w not in words.caused_support | words.caused_oppose and not _after_causing(st, t):
        return  # (session 18) a reaction only where a causing verb brings it about
    feeler = _feeler(st, t, sent)
    if feeler is None:
        return
    if _not_caused(st, t):
        return
    target = _locution_clause(st, t, sent) if _in_locution(st, t, sent) else _cause(st, t, sent)
    if target is None:
        return
    st.add(feeler, target, polarity, f"{w} de", "noun", t, sent)


def _feeler(st: State, t: Token, sent: Span) -> list[Party] | None:
    """X of "l'ire de X" (right after the noun), of "une hostilité franche au sein de X", "des
    critiques de la part de X et de Y" (:func:`analysis.extract.stance.reactions.feelers`)."""
    return feelers(st, t, sent) or None


def _after_causing(st: State, t: Token) -> bool:
    """``t`` is the object of a causing verb ("Y a provoqué une vive critique de X")."""
    verb = t.head
    return (
        verb.i != t.i
        and t.dep_ in ("obj", "nsubj:pass")
        and bool(matches(verb, st.words.causing_verbs, st.c))
    )


def _not_caused(st: State, t: Token) -> bool:
    """ "Y n'a pas suscité de critiques de X": a causing verb denied causes no feeling
    (session 18)."""
    verb = t.head
    return verb.i != t.i and matches(verb, st.words.causing_verbs, st.c) and negated(st, verb)


def _in_locution(st: State, t: Token, sent: Span) -> bool:
    """ "au (grand) dam de", "à la (grande) satisfaction de"."""
    k = t.i - 1
    if k > sent.start and st.low[k] in ("grand", "grande", "plus", "vive", "profonde"):
        k -= 1
    if k >= sent.start and st.low[k] == "au":
        return True
    return k - 1 >= sent.start and st.low[k] in ("la", "l'") and st.low[k - 1] == "à"


def _cause(st: State, t: Token, sent: Span) -> Target | None:
    """The subject of the causing verb the noun is the object of ("Y a soulevé l'ire de X",
    "soulevant l'ire de X" after a main clause whose subject is Y): an actor, or the issue
    its noun phrase names ("la décision de Y a suscité la colère de X")."""
    verb = t.head
    if t.dep_ not in ("obj", "nsubj:pass") or not matches(verb, st.words.causing_verbs, st.c):
        return None
    subjects = [p for p in st.res.subjects(verb) if p.identified]
    if not subjects or _detached_participle(verb):
        # ", soulevant l'ire de X": a detached present participle says what the subject of
        # the main clause did (session 21: even when the resolver guessed it a subject among
        # the names before it — "X a annoncé aux côtés de Y et Z ..., provoquant l'ire de W")
        main = _main_verb(verb)
        told = [p for p in st.res.subjects(main) if p.identified] if main else []
        subjects = told or subjects
    if not subjects:
        return _issue_subject(st, verb)
    p = subjects[0]
    if is_named(p):
        return party_target(st, p)
    span = st.doc.char_span(p.start, p.end, alignment_mode="expand")
    return target_range(st, span.start, span.end) if span is not None and len(span) else None


def _detached_participle(verb: Token) -> bool:
    """A present participle with no subject of its own ("…, provoquant l'ire de X")."""
    if "Part" not in verb.morph.get("VerbForm") or "Pres" not in verb.morph.get("Tense"):
        return False
    return not any(ch.dep_.startswith("nsubj") for ch in verb.children)


def _issue_subject(st: State, verb: Token) -> Target | None:
    """ "Le projet de barrage a suscité la colère de X", "l'accord avait provoqué l'inquiétude
    de X": a subject that names no actor is the issue X feels for or against (its noun
    phrase); never a pronoun or a word the stance rules take for no target (session 20)."""
    subj = [ch for ch in verb.children if ch.dep_ == "nsubj" and ch.pos_ == "NOUN"]
    if len(subj) != 1:
        return None
    i, j = st.res.chunk(subj[0], appos=False)
    target = target_range(st, i, max(j, subj[0].i + 1))
    return target if names_an_issue(target.text) else None


def _main_verb(verb: Token) -> Token | None:
    """The first verb above ``verb`` (through the noun a participle hangs on)."""
    node = verb
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _locution_clause(st: State, t: Token, sent: Span) -> Target | None:
    """What happens "au grand dam de X": the clause before the locution (after a title's
    colon), or the one after it when it opens the sentence."""
    k = t.i - 1
    while k > sent.start and st.low[k] not in (",", ";", ":", "(", "—", "–"):
        k -= 1
    if k > sent.start:
        a = k
        while a > sent.start and st.low[a - 1] not in (";", ":", "."):
            a -= 1
        return _clause(st, a, k)
    end = segment_end(st, t.i + 1, sent)
    if end >= sent.end:
        return None
    return _clause(st, end + 1, segment_end(st, end + 1, sent))


def _clause(st: State, a: int, b: int) -> Target | None:
    if b <= a:
        return None
    tg = target_range(st, a, b)
    return Target(tg.name, None, tg.text, tg.start, tg.end)


@detector(pos={"VERB"}, words=lambda c: stance_words().wish_verbs)
def wish(st: State, t: Token, sent: Span) -> None:
    """ "X espère que le dialogue aboutira", "X souhaite un accord rapide", "X souhaite voir
    la relation progresser": X is for the clause, the object or the infinitive phrase."""
    if not matches(t, st.words.wish_verbs, st.c):
        return
    k = t.i + 1
    while k < sent.end and st.tv.pos[k] == "ADV":
        k += 1
    if k >= sent.end:
        return
    is_end, ended = wished_end(st, t, k, sent)
    if is_end:  # "X espère que la guerre cessera": against the war (no row: nothing named)
        if ended is not None and not negated(st, t):
            st.add(holders_of(st, t), ended, -1, norm(t.lemma_), "verb", t, sent)
        return
    target = None
    if st.low[k] in ("que", "qu'"):
        target = _clause(st, k + 1, segment_end(st, k + 1, sent))
    else:
        obj = object_of(st, t, sent) or _good_after(st, t, sent)
        if obj is not None and obj.i > t.i and st.res.np_party(obj).actor_id is None:
            i, j = st.res.chunk(obj, appos=False)
            target = _wished_to(st, t, obj, j, sent) or _clause(st, i, j)
        elif st.tv.pos[k] == "VERB" and "Inf" in st.tv.morph(k, "VerbForm"):
            target = _clause(st, k, segment_end(st, k, sent))
    if target is None:
        return
    polarity = -1 if negated(st, t) else 1
    st.add(holders_of(st, t), target, polarity, norm(t.lemma_), "verb", t, sent)


# the prepositions naming whom a good is wished to ("la bienvenue aux délégués", "un prompt
# rétablissement pour le roi")
_TO = ("à", "au", "aux", "pour")


def _good_after(st: State, t: Token, sent: Span) -> Token | None:
    """A wished good within four words after the verb when the parser gave the verb no
    object ("souhaiter un prompt rétablissement": "prompt" read as a verb)."""
    goods = st.words.wished_goods
    for k in range(t.i + 1, min(sent.end, t.i + 5)):
        if st.tv.pos[k] == "NOUN" and (st.low[k] in goods or st.tv.lemma_low[k] in goods):
            return st.tv.tokens[k]
        if st.tv.punct[k]:
            return None
    return None


def _wished_to(st: State, t: Token, obj: Token, end: int, sent: Span) -> Target | None:
    """ "X souhaite la bienvenue à Y", "X a souhaité à Y plein succès": a good wished
    (``wished_goods``) to an addressee is a stance for the addressee, not for the welcome or
    the success: the actor named right after the object (or between the verb and the
    object), else the noun phrase there ("aux délégués venus de Y"). None when the object is
    no such good or no noun receives it."""
    goods = st.words.wished_goods
    if st.low[obj.i] not in goods and norm(obj.lemma_) not in goods:
        return None
    if any(st.tv.dep[c] == "case" for c in st.tv.children[obj.i]):
        return None  # "rendre hommage au courage de Y": no good wished, an oblique
    for after in (end, t.i + 1):
        hit = prep_np(st, after, _TO, sent, window=2)
        if hit is None or (after == t.i + 1 and hit[1].i > obj.i):
            continue
        p = st.res.np_party(hit[1])
        if is_named(p) and p.kind in ("actor", "name"):
            return party_target(st, p)
        if st.tv.pos[hit[1].i] == "NOUN":  # "aux délégués", "aux visiteurs de Y": the group
            return target_np(st, hit[1], pps=False)
    return None


@detector(pos={"NOUN"}, words=lambda c: stance_words().rapprochement_nouns, match="form")
def rapprochement_noun(st: State, t: Token, sent: Span) -> None:
    """ "« le renforcement de la coopération entre les deux pays »", "X vise la relance de
    la relation avec Y": the speaker of the quote, else the subject of the verb that pursues
    it, is for the relation (and for its "avec" partner)."""
    nouns = st.words.rapprochement_nouns
    if st.low[t.i] not in nouns and norm(t.lemma_) not in nouns:
        return
    hit = prep_np(st, t.i + 1, ("de", "du", "des", "d'"), sent, window=1)
    relations = st.c.acts["rapprochement"]["objects"]
    if hit is None or not (st.low[hit[1].i] in relations or norm(hit[1].lemma_) in relations):
        return
    holders = _pursuers(st, t)
    if not holders:
        return
    polarity = -1 if _negated_pursuit(st, t) else 1
    _i, j = st.res.chunk(hit[1], appos=False)
    end = max(j, hit[1].i + 1)
    partner = prep_np(st, end, ("avec", "entre"), sent, window=2)
    if partner is not None:
        end = max(end, st.res.chunk(partner[1])[1])
    cue = f"{norm(t.text)} {norm(hit[1].text)}"
    st.add(holders, _clause(st, t.i, end), polarity, cue, "agreement", t, sent)
    if partner is not None and st.low[partner[0]] == "avec":
        other = st.res.np_party(partner[1])
        if is_named(other):
            st.add(holders, party_target(st, other), polarity, cue, "agreement", t, sent)


def _pursuers(st: State, t: Token) -> list[Party]:
    """The speaker of the quote the noun is in, else the subject of a pursuing verb above
    it (up to three heads)."""
    spoken = st.speaker_at(t.idx)
    if spoken is not None:
        return [spoken]
    gov = t.head
    for _ in range(3):
        if gov.pos_ in ("VERB", "AUX"):
            if matches(gov, st.words.pursuing_verbs | st.c.light_verbs, st.c):
                return [p for p in holders_of(st, gov) if is_named(p)]
            return []
        if gov.head.i == gov.i:
            break
        gov = gov.head
    return []


def _negated_pursuit(st: State, t: Token) -> bool:
    gov = t.head
    for _ in range(3):
        if gov.pos_ in ("VERB", "AUX"):
            return negated(st, gov)
        if gov.head.i == gov.i:
            break
        gov = gov.head
    return False


@detector(pos={"NOUN"}, words=_caused_words, match="text")
def manner_feeling(st: State, t: Token, sent: Span) -> None:
    """ "X a noté avec regret la décision de Y", "X accueille avec satisfaction l'annonce",
    "X suit avec une vive inquiétude la situation": a feeling noun after "avec" says how
    the subject of the verb takes the verb's object (a negated verb says nothing sure)."""
    w = st.low[t.i]
    polarity = 1 if w in st.words.caused_support else -1 if w in st.words.caused_oppose else 0
    if not polarity or not _after_avec(st, t, sent):
        return
    verb = t.head
    for _ in range(2):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or negated(st, verb):
        return
    obj = object_of(st, verb, sent)
    if obj is not None and obj.i == t.i:
        # "accueillir avec satisfaction l'annonce de Y" read with the feeling as the object
        rng = st.res.np_after(st.res.chunk(t, appos=False, pps=False)[1], sent.end)
        obj = st.res.head_of(*rng) if rng else None
    if obj is None or obj.i < t.i or obj.pos_ == "PRON":
        return
    i, j = st.res.chunk(obj, appos=False)
    target = target_range(st, max(i, t.i + 1), j, obj)
    st.add(holders_of(st, verb), target, polarity, f"avec {w}", "noun", t, sent)


def _after_avec(st: State, t: Token, sent: Span) -> bool:
    """The noun follows "avec", maybe through a determiner and adjectives ("avec un
    profond regret", "avec beaucoup de satisfaction")."""
    k = t.i - 1
    while k > sent.start and (st.tv.pos[k] in ("DET", "ADJ", "ADV") or st.low[k] in DE):
        if t.i - k > 4:
            return False
        k -= 1
    return st.low[k] == "avec"


def _judgement_words(c: Cues) -> frozenset[str]:
    w = stance_words()
    return w.judgement_support | w.judgement_oppose


@detector(pos={"ADJ", "NOUN"}, words=_judgement_words, match="text")
def impersonal_judgement(st: State, t: Token, sent: Span) -> None:
    """ "« Il est regrettable que Y continue de ... », a dit X", "X a jugé qu'il était
    inacceptable que Y ferme sa frontière": the judge is against (for) Y, the subject of the
    "que" clause, whose act is judged; the judge is the quote's speaker or the subject of
    the verb that reports the judgement. A passive clause names the one it happens to (no
    row); a negated adjective flips."""
    w = st.low[t.i]
    polarity = 1 if w in st.words.judgement_support else -1
    tv = st.tv
    kids = tv.children[t.i]
    if not any(tv.dep[c] == "cop" for c in kids) or not any(
        tv.dep[c] in ("expl:subj", "nsubj") and st.low[c] in ("il", "c'", "ce") for c in kids
    ):
        return
    clause = next(
        (
            c
            for c in kids
            if tv.dep[c] in ("ccomp", "csubj")
            and any(st.low[m] in ("que", "qu'") and tv.dep[m] == "mark" for m in tv.children[c])
        ),
        None,
    )
    if clause is None or _undergone(st, clause):
        return
    judged = [p for p in st.res.subjects(tv.tokens[clause]) if is_named(p)]
    holders = _judges(st, t)
    if not judged or not holders:
        return
    if negated(st, t):
        polarity = -polarity
    for p in judged:
        st.add(holders, party_target(st, p), polarity, w, "quote-clause", t, sent)


def _judges(st: State, t: Token) -> list[Party]:
    """Who makes an impersonal judgement: the speaker of the quote holding it, else the
    subject of the verb whose "que" clause it is."""
    spoken = st.speaker_at(t.idx)
    if spoken is not None:
        return [spoken]
    if t.dep_ == "ccomp" and t.head.pos_ in ("VERB", "AUX") and t.head.i != t.i:
        return [p for p in holders_of(st, t.head) if is_named(p)]
    return []


def _undergone(st: State, v: int) -> bool:
    """The clause says what happens to its subject: a passive ("que X soit isolé", "que X
    ait été exclu"), read by the parser as a passive or as a participle after "être"."""
    tv = st.tv
    if st.has_child(v, ("nsubj:pass", "aux:pass")):
        return True
    copula = any(tv.dep[c] == "cop" for c in tv.children[v])
    return copula and (
        "Part" in tv.morph(v, "VerbForm")
        or st.low[v].endswith(("é", "ée", "és", "ées", "is", "ise", "u", "ue", "us", "ues"))
    )


@derived
def experiencer_verbs() -> dict[str, int]:
    """Verbs whose object feels what their subject causes (``stance_cues.yaml``,
    ``experiencer_verbs``), lemma → sign (cached until the lexicon changes)."""
    d = load_lexicon("stance_cues").get("experiencer_verbs") or {}
    out = {norm(v): 1 for v in d.get("support") or []}
    out.update({norm(v): -1 for v in d.get("oppose") or []})
    return out


def _experiencer_words(_c: Cues) -> frozenset[str]:
    return frozenset(experiencer_verbs())


@detector(pos={"VERB"}, words=_experiencer_words)
def experienced(st: State, t: Token, sent: Span) -> None:
    """ "La crise au Soudan a fortement préoccupé le président X", "la décision de Y a
    profondément blessé X", "X a été choqué par Y": the one who feels it (the object, or the
    subject of the passive) is against (for) its cause (the subject, or the "par" agent).
    Why: the press reports a state's reaction by what an event did to it as often as by what
    the state said. Negated ("n'a pas inquiété X"), reflexive ("X s'inquiète", read
    elsewhere) or with no named feeler: no row."""
    sign = experiencer_verbs().get(matches(t, frozenset(experiencer_verbs()), st.c) or "")
    if not sign or negated(st, t) or _reflexive(st, t):
        return
    if st.res.is_passive(t):
        feeler_tok = next((c for c in t.children if c.dep_ == "nsubj:pass"), None)
        cause_tok = st.res.agent_token(t)
    else:
        feeler_tok = next((c for c in t.children if c.dep_ == "obj" and c.i > t.i), None)
        # (a subject the parser marked passive on an active verb counts: see is_passive)
        cause_tok = next(
            (c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < t.i), None
        )
    if feeler_tok is None or cause_tok is None or cause_tok.pos_ not in ("NOUN", "PROPN"):
        return
    feeler = st.res.np_party(feeler_tok)
    if not is_named(feeler):
        return
    cause = st.res.np_party(cause_tok)
    target = party_target(st, cause) if is_named(cause) else target_np(st, cause_tok)
    st.add([feeler], target, sign, norm(t.lemma_), "verb", t, sent)


def _reflexive(st: State, t: Token) -> bool:
    """ "X s'inquiète de Y": a reflexive clitic before the verb (another construction)."""
    return any(st.low[k] in st.words.reflexive for k in range(max(t.sent.start, t.i - 3), t.i))
