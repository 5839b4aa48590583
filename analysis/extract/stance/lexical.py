"""Support and opposition verbs (``stance_verbs.yaml``).

"X soutient Y", "Y, soutenu par X", "s'opposer à Y", "plaider pour que ...", "se tenir aux
côtés de Y", and a stance verb the tagger read as a noun right after a named subject.

The stance nouns ("apporter un soutien appuyé à Y", "sa lutte armée contre Y") are read in
:mod:`~analysis.extract.stance.noun_cues`; a harm or an attack as the object of a stance
word ("dénoncer l'arrestation de X": against the arrest, for X) in
:mod:`~analysis.extract.stance.harmed_objects`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import VerbCue, fold, matches, norm, ordered_keys
from analysis.extract.quotes.speakers import DE, Party
from analysis.extract.stance.agent_lists import listed_agents, participle_target
from analysis.extract.stance.detector import detector
from analysis.extract.stance.harmed_objects import harmed_object
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import (
    holders_of,
    is_actor_of,
    is_named,
    is_participle_without_aux,
)
from analysis.extract.stance.neutral import declined
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State, heads_above
from analysis.extract.stance.targets import (
    addressee_target,
    clause_after_prep,
    clitic_issue,
    object_of,
    party_target,
    prep_np,
    relation_target,
    repeated_prep,
    segment_end,
    target_np,
    target_range,
)

# the "de" prepositions as a tuple (what :func:`prep_np` takes)


@detector(pos={"VERB", "AUX", "ADJ", "NOUN"}, words=lambda c: frozenset(c.stance_verbs))
def verb_cue(st: State, t: Token, sent: Span) -> None:
    """ "X soutient Y", "X s'oppose à Y", "Y, soutenu par X": a stance verb (or a participle
    tagged as an adjective or noun); the first lexicon entry whose needs the sentence meets
    gives the row(s)."""
    if st.tv.pos[t.i] == "NOUN" and not st.has_child(t.i, ("nsubj", "obj")):
        _noun_tagged_verb(st, t, sent)
        return
    if st.tv.pos[t.i] == "ADJ" and _noun_tagged_verb(st, t, sent):
        return
    keys = ordered_keys(t, st.c)
    entries = [e for k in keys if k in st.c.stance_verbs for e in st.c.stance_verbs[k]]
    if not entries:
        return
    reflexive = any(norm(ch.text) in st.words.reflexive for ch in t.children) or (
        t.i > 0 and norm(st.doc[t.i - 1].text) in st.words.reflexive
    )
    for cue in entries:
        if _object_fits(st, t, sent, cue) and _verb_entry(st, t, sent, cue, reflexive):
            return


def _object_fits(st: State, t: Token, sent: Span, cue: VerbCue) -> bool:
    """An entry with ``objects`` or ``actors`` counts only with such an object
    ("reconnaître la souveraineté", "ménager Washington"; of a passive participle, the noun
    it follows: "la souveraineté reconnue par X")."""
    if not (cue.objects or cue.actor_types):
        return True
    objs = [object_of(st, t, sent)]
    if t.dep_ == "acl" and t.head.pos_ == "NOUN" and is_participle_without_aux(st, t):
        # "l'appel ignoré par X", "la souveraineté reconnue par X": the noun the passive
        # participle modifies is its object
        objs.append(t.head)
    return any(
        obj is not None
        and (
            norm(obj.lemma_) in cue.objects
            or norm(obj.text) in cue.objects
            or is_actor_of(st, obj, cue.actor_types)
        )
        for obj in objs
    )


def _verb_entry(st: State, t: Token, sent: Span, cue: VerbCue, reflexive: bool) -> bool:
    """The rows of one lexicon entry of the verb; False when the sentence lacks what the
    entry needs (the next entry is tried), True when the verb is done with."""
    denied = negated(st, t) and not declined(st, t)  # "éviter de condamner": :mod:`.neutral`
    if denied and (cue.lemma in st.c.acts["material_acts"] or cue.polarity < 0):
        # "X n'a pas expulsé l'ambassadeur de Y": no act, no stance; "X n'a pas condamné
        # l'attaque de Y", "X refuse de critiquer Y": withholding a judgement is no support
        # (for Y or its act), nor a stance of its own
        return True
    polarity = cue.polarity * (-1 if denied else 1)
    if is_participle_without_aux(st, t) and not cue.preps:
        _passive_participle(st, t, sent, cue, polarity)
        return True
    holders = _not_accusers(st, t, holders_of(st, t) or _inverted_subject(st, t))
    if not holders:
        return True
    if cue.preps:
        return _prep_target(st, t, sent, cue, holders, polarity)
    return _object_target(st, t, sent, cue, holders, polarity, reflexive)


def _not_accusers(st: State, t: Token, holders: list[Party]) -> list[Party]:
    """``holders`` without the subject of an accusation verb above the cue ("X accuse Y de
    soutenir Z", "X reproche à Y de financer Z": the alleged act is never X's stance; when
    the parse does not give the act to Y, no one holds it)."""
    words = st.c.acts["accusation_verbs"]
    for h in heads_above(t, 2):
        if h.pos_ == "VERB" and matches(h, words, st.c):
            accusers = {(p.actor_id or fold(p.name or "")) for p in holders_of(st, h)}
            return [p for p in holders if (p.actor_id or fold(p.name or "")) not in accusers]
    return holders


def _passive_participle(st: State, t: Token, sent: Span, cue: VerbCue, polarity: int) -> None:
    """A passive participle modifying a noun: "Y, soutenu par X" / "le plan prôné par X"."""
    ag = st.res.agent_token(t)
    if ag is None:
        return
    holder = st.res.np_party(ag)
    if holder.kind not in ("actor", "name"):
        return
    target = participle_target(st, t, sent)
    if target is None:
        return
    st.add(listed_agents(st, ag, holder), target, polarity, cue.lemma, "verb", t, sent)


def _prep_target(
    st: State, t: Token, sent: Span, cue: VerbCue, holders: list[Party], polarity: int
) -> bool:
    """ "s'opposer à Y", "protester contre X, ..., et contre Y"; without a noun phrase after
    the preposition, "plaider pour que X ..." (the clause), "s'y opposer", "s'en inquiéter"
    (the clitic's issue)."""
    hit = prep_np(st, t.i + 1, cue.preps, sent)
    if hit is not None and _inside_que_clause(st, t, hit[0]):
        return True  # "nous croyons que la résolution, en particulier ...": the clause's
    if hit is None:
        target = (
            _beside(st, t, cue, sent)
            or clause_after_prep(st, t, cue.preps, sent)
            or clitic_issue(st, t, cue.preps, sent)
        )
        if target is None:
            return False
        st.add(holders, target, polarity, cue.lemma, "verb", t, sent)
        return True
    if _relies_on_support(st, t, hit[1], holders, polarity, cue.lemma, sent):
        return True
    target = (
        addressee_target(st, hit[1], sent)
        or relation_target(st, hit[1], sent)
        or np_or_fact(st, hit[1], sent)
    )
    st.add(holders, target, polarity, cue.lemma, "verb", t, sent)
    for extra in repeated_prep(st, hit, sent):
        st.add(holders, target_np(st, extra), polarity, cue.lemma, "verb", t, sent)
    return True


# "à vos côtés" / "à nos côtés": the possessive names whom the subject stands by
_SIDES = frozenset({"côtés", "côté"})
_YOUR = frozenset({"vos", "votre", "tes", "ton", "ta"})
_OUR = frozenset({"nos", "notre"})


def _beside(st: State, t: Token, cue: VerbCue, sent: Span) -> Target | None:
    """ "« La Syldavie se tient à vos côtés », a dit X à Y", "« Y est à nos côtés », a
    déclaré X": the possessive form of "aux côtés de" (entries whose preposition names a
    side); "vos" is the addressee of the quote, "nos" its speaker."""
    if not any("côté" in p for p in cue.preps):
        return None
    k = t.i + 1
    while k < sent.end and st.tv.pos[k] == "ADV":
        k += 1
    if k + 2 >= sent.end or st.low[k] != "à" or st.low[k + 2] not in _SIDES:
        return None
    poss = st.doc[k + 1]
    if st.low[poss.i] in _YOUR:
        return addressee_target(st, poss, sent)
    if st.low[poss.i] in _OUR and st.quote_start_at(poss.idx) is not None:
        speaker = st.speaker_at(poss.idx)
        return party_target(st, speaker) if speaker is not None and is_named(speaker) else None
    return None


# claims over a territory: "la souveraineté de Y sur Z" (the claim is Y's; Z is what it
# bears on, not whom the stance is for)
_CLAIMS = frozenset({"souveraineté", "autorité", "contrôle", "tutelle", "marocanité"})


def _claim_without_territory(st: State, obj: Token, sent: Span) -> Target | None:
    """ "reconnaître la souveraineté de Y sur Z": the target is Y's sovereignty, the phrase
    cut before "sur" (recognising it is for Y, and says nothing for Z: with Z in the target
    text, a stance against Z's own claim would read as for Z)."""
    if norm(obj.lemma_) not in _CLAIMS:
        return None
    end = segment_end(st, obj.i + 1, sent)
    sur = next((k for k in range(obj.i + 1, end) if st.low[k] == "sur"), None)
    return target_np(st, obj, stop=sur) if sur is not None else None


def np_or_fact(st: State, head: Token, sent: Span) -> Target:
    """The noun phrase of ``head``; for "le fait que ..." ("X déplore le fait que Y ...", "sa
    vive inquiétude face au fait que Y ..."), the clause: the fact is what it says."""
    k = head.i + 1
    if norm(head.lemma_) != "fait" or k + 2 >= sent.end or st.low[k] not in ("que", "qu'", "qu’"):
        return target_np(st, head)
    end = sent.end
    while end > k + 1 and st.tv.pos[end - 1] == "PUNCT":
        end -= 1
    return target_range(st, k + 1, end, head)


def _inside_que_clause(st: State, t: Token, k: int) -> bool:
    """Token ``k`` lies past the "que" that opens a clause the verb governs ("croire que
    ..., en particulier"): a preposition there is the clause's, not the verb's."""
    que = next(
        (m for m in range(t.i + 1, k) if st.low[m] in ("que", "qu'", "qu’")),
        None,
    )
    return que is not None and que <= t.i + 3


def _object_target(
    st: State,
    t: Token,
    sent: Span,
    cue: VerbCue,
    holders: list[Party],
    polarity: int,
    reflexive: bool,
) -> bool:
    """ "X soutient Y" (the object; not a pronoun, nor the clitic of a reflexive verb),
    "X a appelé à ... pour fustiger Y" (an infinitive clause without object)."""
    inf = [
        ch
        for ch in t.children
        if ch.dep_ in ("xcomp", "ccomp") and ch.pos_ == "VERB" and "Inf" in ch.morph.get("VerbForm")
    ]
    antecedent = _relative_object(st, t)
    if isinstance(antecedent, Target):
        st.add(holders, antecedent, polarity, cue.lemma, "verb", t, sent)
        return True
    obj = antecedent or passive_subject(st, t) or object_of(st, t, sent)
    if obj is None and not inf:
        obj = relative_antecedent(st, t)
    you = _second_person_object(st, t, sent) if obj is None else None
    if you is not None:
        target = you
    elif obj is None and inf:
        if cue.polarity < 0 and _opposing_verb(st, inf[0]):
            return True  # "X refuse de condamner Y": withholding a judgement (see above)
        target = _infinitive_target(st, inf[0])
    elif obj is None:
        return False
    else:
        if obj.pos_ == "PRON" or (reflexive and obj.i < t.i):
            return False
        target = (
            relation_target(st, obj, sent)
            or _claim_without_territory(st, obj, sent)
            or np_or_fact(st, obj, sent)
        )
        if obj.i > t.i:
            target = _after_verb(st, target, t, obj)
        if harmed_object(st, holders, obj, target, polarity, cue.lemma, t, sent):
            return True
    st.add(holders, target, polarity, cue.lemma, "verb", t, sent)
    return True


def _inverted_subject(st: State, t: Token) -> list[Party]:
    """ "une initiative que soutient X": in a relative clause opened by the object "que",
    French puts the subject after the verb, and the parse may read it as a second object."""
    if _relative_object(st, t) is None or st.has_child(t.i, ("nsubj", "nsubj:pass")):
        return []
    after = next(
        (ch for ch in t.children if ch.dep_ == "obj" and ch.i > t.i and ch.pos_ != "PRON"), None
    )
    p = st.res.np_party(after) if after is not None else None
    return [p] if p is not None and is_named(p) else []


def _relative_object(st: State, t: Token) -> Token | Target | None:
    """The object of a verb in a relative clause opened by the object "que": the noun the
    clause depends on ("une initiative que soutient X": the subject may follow the verb,
    where the object would be looked for); after "ce" ("…, ce que X a toujours déploré"),
    what "ce" takes up: the noun phrase it is in apposition to, or the clause before it."""
    if t.dep_ != "acl:relcl" or not any(
        ch.dep_ == "obj" and st.low[ch.i] in ("que", "qu'", "qu’") and ch.i < t.i
        for ch in t.children
    ):
        return None
    head = t.head
    if head.pos_ in ("NOUN", "PROPN"):
        return head
    if st.low[head.i] != "ce" or head.i >= t.i:
        return None
    above = head.head
    if above.i == head.i or above.i > head.i:
        return None
    if above.pos_ in ("NOUN", "PROPN"):
        return above
    if above.pos_ not in ("VERB", "AUX"):
        return None
    # the clause from its subject ("Selon X, Y a ...": not its source) to the comma
    subject = next((ch for ch in above.children if ch.dep_ in ("nsubj", "nsubj:pass")), above)
    start = min(tok.i for tok in subject.subtree)
    end = head.i
    while end > start and st.tv.pos[end - 1] == "PUNCT":
        end -= 1
    return target_range(st, start, end, above) if end - start >= 2 else None


def _opposing_verb(st: State, verb: Token) -> bool:
    """``verb`` is an opposition stance verb ("condamner", "critiquer")."""
    return any(
        e.polarity < 0 for k in ordered_keys(verb, st.c) for e in st.c.stance_verbs.get(k, ())
    )


def _second_person_object(st: State, t: Token, sent: Span) -> Target | None:
    """ "« nous vous aiderons », a dit X à Y": the addressee stands for a second-person
    object clitic (see :func:`addressee_target`)."""
    for ch in t.children:
        if ch.dep_ in ("obj", "iobj") and ch.pos_ == "PRON" and ch.i < t.i:
            return addressee_target(st, ch, sent)
    return None


def _relies_on_support(
    st: State,
    t: Token,
    noun: Token,
    holders: list[Party],
    polarity: int,
    cue: str,
    sent: Span,
) -> bool:
    """ "Y peut compter sur le soutien de X", "« Y peut compter sur notre soutien », a dit
    X": relying on someone's support says that someone supports Y (the giver holds the
    stance, the subject receives it). True when the noun is such a support noun."""
    key = norm(noun.lemma_) if norm(noun.lemma_) in st.c.stance_nouns else norm(noun.text)
    entry = st.c.stance_nouns.get(key)
    if entry is None or entry[0] <= 0 or polarity <= 0:
        return False
    if norm(cue) not in st.words.reliance_verbs:
        return False
    giver = _support_giver(st, noun, sent)
    if giver is not None:
        for h in holders:
            if is_named(h):
                st.add([giver], party_target(st, h), 1, f"{cue} {key}", "noun", t, sent)
    return True


def _support_giver(st: State, noun: Token, sent: Span) -> Party | None:
    """Whose support it is: the "de" complement, or "notre"/"nos" in a quote (the speaker)."""
    poss = [ch for ch in noun.children if ch.dep_ == "det" and "Yes" in ch.morph.get("Poss")]
    if poss:
        if st.low[poss[0].i] in ("notre", "nos", "mon", "ma", "mes"):
            return st.speaker_at(noun.idx)
        return None
    k = noun.i + 1
    while k < sent.end and st.tv.pos[k] == "ADJ":
        k += 1
    if k < sent.end and st.low[k] in DE:
        rng = st.res.np_after(k + 1, sent.end)
        p = st.res.party(*rng) if rng else None
        return p if p is not None and is_named(p) else None
    return None


def passive_subject(st: State, t: Token) -> Token | None:
    """ "Y a été condamné par X", "six diplomates ont été expulsés par X": the subject of a
    passive with a "par" agent is what the agent acts on (the agent holds the stance)."""
    if not st.res.is_passive(t) or st.res.agent_token(t) is None:
        return None
    subj = next(
        (ch for ch in t.children if ch.dep_ == "nsubj:pass" and ch.pos_ in ("NOUN", "PROPN")),
        None,
    )
    if subj is None or not any(ch.dep_ == "case" for ch in subj.children):
        return subj
    # "Selon Y, l'attaque ... est soutenue par X": the parse may take the fronted source for
    # the subject and the real one for its conjunct; a phrase with a preposition is no subject
    return next(
        (
            ch
            for ch in subj.children
            if ch.dep_ == "conj"
            and ch.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ == "case" for c in ch.children)
        ),
        None,
    )


def _infinitive_target(st: State, inf: Token) -> Target:
    """ "aider à libérer les soldats détenus par X": the infinitive phrase, without the
    participle or relative clauses that qualify its nouns (they say what someone else does
    to them, not what the holder is for)."""
    sub = list(inf.subtree)
    end = sub[-1].i + 1
    for tok in sub:
        if tok.i > inf.i and tok.dep_ in ("acl", "acl:relcl") and tok.head.i != inf.i:
            end = min(end, next(iter(tok.subtree)).i)
    return target_range(st, sub[0].i, end, inf)


def relative_antecedent(st: State, t: Token) -> Token | None:
    """ "une position que X persiste à récuser": the object of a verb in a relative clause
    opened by "que" is the noun the clause depends on."""
    node = t
    for _ in range(3):
        if node.dep_ == "acl:relcl" or (node.dep_ == "acl" and node.i != t.i):
            break  # "une position que X persiste à récuser": "persiste" may be read as acl
        if node.dep_ not in ("xcomp", "ccomp") or node.head.i == node.i:
            return None
        node = node.head
    else:
        return None
    head = node.head
    if head.pos_ not in ("NOUN", "PROPN") or head.i >= node.i:
        return None
    que = [ch for ch in node.children if st.low[ch.i] in ("que", "qu'") and ch.i < node.i]
    has_subject = any(ch.dep_ in ("nsubj", "nsubj:pass") for ch in node.children)
    return head if que and has_subject else None


def _subject_head(st: State, i: int) -> Token | None:
    """The head of the noun phrase that ends right before token ``i`` when it could be a
    headline's subject: a proper noun ("Le Conseil de Syldavie", "Le Kenya") or a noun with
    its nationality adjective ("Le président syldave"); climbed from the last word through
    its modifiers to the phrase's head, never past ``i``."""
    h = st.doc[i - 1]
    if st.tv.pos[i - 1] == "ADJ":
        if h.dep_ != "amod" or h.head.i >= h.i or h.head.pos_ not in ("NOUN", "PROPN"):
            return None
    elif st.tv.pos[i - 1] != "PROPN":
        return None
    while h.dep_ in ("amod", "nmod", "flat:name") and h.head.i < h.i:
        h = h.head
    return h


def _noun_tagged_verb(st: State, t: Token, sent: Span) -> bool:
    """ "Berlin finance, à hauteur de X, l'extension de Y", "Le Conseil de Syldavie critique
    la Bordurie", "Le président syldave critique vivement Y": spaCy tags a present-tense
    verb right after its subject as a noun or an adjective (headlines, leads). Read
    linearly: a lower-case form of a (prepositionless) stance verb, no determiner, right
    after a named actor (or a title with its nationality adjective), then an object after
    an optional adverb or comma-enclosed incise. "la critique de Y", "une publication
    critique envers Y", "très critique de Y" are no verbs (a determiner, no actor before,
    a preposition after). True when a row was added."""
    i = t.i
    # the cheap tests first (token view lists): most nouns fail them
    if i == sent.start or i + 1 >= sent.end or st.tv.pos[i - 1] not in ("PROPN", "ADJ"):
        return False
    if not st.tv.text[i][:1].islower() or st.has_child(i, ("det",)):
        return False
    if not st.low[i].endswith(("e", "t")):
        return False  # 3rd person present ("finance", "soutient", "dénonce", "critiquent")
    keys = [k for k in ordered_keys(t, st.c) if k != norm(t.text)]
    entries = [
        e
        for k in keys
        if k in st.c.stance_verbs
        for e in st.c.stance_verbs[k]
        if not e.objects and not e.actor_types
    ]
    if not entries:
        return False
    subject = _subject_head(st, i)
    if subject is None:
        return False
    holder = st.res.np_party(subject)
    if holder.kind != "actor":
        return False
    for cue in entries:
        head = _complement_head(st, i + 1, sent, cue)
        if head is not None:
            target = _after_verb(st, target_np(st, head), t, head)
            st.add([holder], target, cue.polarity, cue.lemma, "verb", t, sent)
            return True
    return False


def _after_verb(st: State, target: Target, verb: Token, head: Token) -> Target:
    """The object phrase of a verb the tagger made a noun or an adjective, never reaching
    back over the verb: the parser, reading "sanctionne" in "La Commission de X sanctionne
    deux ministres" as a noun, hangs the object on it, and the object's chunk then opens on
    the verb ("sanctionne deux ministres"). The phrase is cut to start after the verb."""
    if target.start > verb.idx:
        return target
    _i, j = st.res.chunk(head, appos=False)
    return target_range(st, verb.i + 1, max(j, head.i + 1), head)


def _complement_head(st: State, k: int, sent: Span, cue: VerbCue) -> Token | None:
    """The head of the verb's complement starting at ``k``: the object noun, or for an entry
    with prepositions ("Le Ghana œuvre pour la paix", "X vote en faveur de Y") the noun
    after one of them, right after the verb or one adverb."""
    if not cue.preps:
        start = _object_start(st, k, sent)
        return None if start is None else st.doc[start]
    if k < sent.end and st.tv.pos[k] == "ADV":
        k += 1
    hit = prep_np(st, k, cue.preps, sent, window=0)
    return None if hit is None else hit[1]


def _object_start(st: State, k: int, sent: Span) -> int | None:
    """Where the object noun after a verb at ``k - 1`` starts: past one adverb
    ("vivement") or a comma-enclosed incise, then the determiners and adjectives."""
    doc = st.doc
    if k < sent.end and doc[k].pos_ == "ADV":
        k += 1
    if k < sent.end and doc[k].text == ",":
        m = k + 1
        while m < min(sent.end, k + 12) and doc[m].text != ",":
            m += 1
        if m >= sent.end or doc[m].text != ",":
            return None
        k = m + 1
    while k < sent.end and doc[k].pos_ in ("DET", "ADJ", "NUM"):
        k += 1
    if k >= sent.end or doc[k].pos_ not in ("NOUN", "PROPN"):
        return None
    return k
