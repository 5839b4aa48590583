"""Acts that show a stance without a stance word (``stance_acts.yaml``): agreements and
rapprochement ("X et Y ont signé un accord", "relancer la coopération avec Y"), ruptures of
an agreement or a relation ("rompre ses relations avec Y"), joint actions ("un fonds
commun"), and the partner readers they share ("avec Y", "entre X et Y", "l'un l'autre").

Diplomatic acts and ruptures named by a noun ("rappeler son ambassadeur", "la rupture des
relations") are in :mod:`~analysis.extract.stance.diplomatic_acts`, visits and invitations
("X s'est rendu à Y", "X a reçu Y") in :mod:`~analysis.extract.stance.visits`, frictions
("tension entre X et Y") in :mod:`~analysis.extract.stance.relations`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, matches, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.collective import typed_pair
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import negated, refused
from analysis.extract.stance.holders import (
    holders_of,
    is_named,
    last_state_before,
    pair_subject,
)
from analysis.extract.stance.mutual import each_other, theirs, two_sides
from analysis.extract.stance.records import Target
from analysis.extract.stance.relations import sides_of
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import (
    find_forward,
    object_of,
    party_target,
    preceding_np,
    prep_np,
    target_range,
)


def _agreement_verbs(c: Cues) -> frozenset[str]:
    acts = c.acts
    return frozenset().union(
        acts["agreements"]["verbs"],
        acts["rapprochement"]["verbs"],
        acts["partnership_verbs"],
        acts["ruptures"]["verbs"],
    )


@detector(pos={"VERB", "AUX"}, words=_agreement_verbs)
def agreement(st: State, t: Token, sent: Span) -> None:
    """ "X et Y ont signé un accord", "relancer la coopération avec Y", "coopérer avec Y":
    the parties support each other; "rompre ses relations avec Y": the subject is against
    its partner. The parties are the subjects and the "avec" complement."""
    kind, objects = _agreement_kind(st, t)
    if kind is None:
        return
    _act(st, t, sent, kind, objects, stated_object(st, t, sent))


def act_by_lemma(st: State, t: Token, sent: Span, verb: str, obj: Token | None) -> bool:
    """The rows of an agreement or a rupture whose verb is named by a noun ("X a procédé à
    la signature de trois accords": ``verb`` "signer", ``obj`` the noun's "de" complement),
    the light verb ``t`` giving the parties and the negation. False when ``verb`` names
    neither act (see :mod:`analysis.extract.stance.light_actions`)."""
    acts = st.c.acts
    kinds = (
        ("agreement", acts["agreements"]["verbs"], acts["agreements"]["objects"]),
        ("agreement", acts["rapprochement"]["verbs"], acts["rapprochement"]["objects"]),
        ("rupture", acts["ruptures"]["verbs"], acts["ruptures"]["objects"]),
    )
    for kind, verbs, objects in kinds:
        if verb in verbs and obj is not None and names_in(obj, objects):
            _act(st, t, sent, kind, objects, obj)
            return True
    return False


def _kept_words(c: Cues) -> frozenset[str]:
    return (c.acts.get("kept_states") or {}).get("verbs") or frozenset()


@detector(pos={"VERB"}, words=_kept_words)
def kept_rupture(st: State, t: Token, sent: Span) -> None:
    """ "X a maintenu sa frontière fermée avec Y", "X garde ses relations gelées avec Y": a
    verb of keeping (``kept_states.verbs``) whose object noun of a rupture bears the
    participle of a rupture (``kept_states.participles``) keeps the rupture in force: read
    as the rupture itself, the keeping verb's subject against its partner. Why: the
    participle is an epithet with no subject of its own, so the rupture verb rule never
    finds who closed what."""
    kept = st.c.acts.get("kept_states") or {}
    if not matches(t, kept.get("verbs") or frozenset(), st.c):
        return
    objects = st.c.acts["ruptures"]["objects"]
    obj = object_of(st, t, sent)
    if obj is None or not names_in(obj, objects):
        return
    participles = kept.get("participles") or frozenset()
    if any(ch.dep_ in ("amod", "acl") and norm(ch.text) in participles for ch in obj.children):
        _act(st, t, sent, "rupture", objects, obj)


def _act(
    st: State,
    t: Token,
    sent: Span,
    kind: str,
    objects: frozenset[str] | None,
    obj: Token | None,
) -> None:
    """The rows of an agreement or a rupture named by verb ``t`` (see :func:`agreement`)."""
    if kind == "agreement" and names_in(obj, st.c.acts["ruptures"]["nouns"] | st.c.cessation_nouns):
        return  # "X a négocié la fin / la suspension de l'accord avec Y": no agreement
    found, obj, bare = _act_object(st, t, sent, obj, objects)
    if not found:
        return
    if kind == "agreement" and _ill_qualified(st, obj):
        return  # "entretenir des relations difficiles avec Y": the quality says it
    parties = holders_of(st, t)
    if len(parties) < 2:
        parties = _pair_or(st, t, parties)
    partners = bare or _partners(st, t, sent, obj)
    joint = obj is not None and any(norm(x.text) in st.c.joint_markers for x in obj.subtree)
    polarity = _act_sign(st, t, kind)
    if polarity == 0:
        return
    cue = norm(t.lemma_) + (f" {norm(obj.lemma_)}" if obj is not None else "")
    if kind == "agreement" and polarity > 0:
        _signed(st, t, sent, parties, obj, cue)
    signing = objects is st.c.acts["agreements"]["objects"]
    if obj is not None and objects is not None and not signing:
        _relation_issue(st, sent, parties, obj, polarity, cue, t)
    if not partners and kind == "agreement" and polarity > 0 and obj is not None:
        between = between_sides(st, obj, sent)
        if between:  # "il a été convenu de développer la coopération entre les deux pays"
            each_other(st, between, polarity, cue, kind, t, sent)
            return
    if partners:
        _with_partners(st, t, sent, parties, partners, polarity, cue, kind)
    elif len(parties) >= 2 and (kind == "agreement" or joint or theirs(st, obj)):
        each_other(st, parties, polarity, cue, kind, t, sent)
    elif len(parties) == 1:
        _lone_party(st, t, sent, parties, objects, polarity, cue, kind)


def _act_object(
    st: State, t: Token, sent: Span, obj: Token | None, objects: frozenset[str] | None
) -> tuple[bool, Token | None, list[Party]]:
    """Whether the act is stated, the object noun it needs (the stated object, else the first
    one after the verb in its clause) and, when there is none, the partners of a verb that
    names the act alone ("X a normalisé avec Y": :func:`bare_partners`)."""
    if objects is None or names_in(obj, objects):
        return True, obj, []
    obj = find_forward(st, t, sent, objects, 12)
    if obj is not None:
        return True, obj, []
    bare = bare_partners(st, t, sent)
    return bool(bare), None, bare


def _with_partners(
    st: State,
    t: Token,
    sent: Span,
    parties: list[Party],
    partners: list[Party],
    polarity: int,
    cue: str,
    kind: str,
) -> None:
    """Each party toward each "avec" partner; an agreement is mutual (a refusal is the
    subject's alone)."""
    for h in parties:
        for p in partners:
            st.add([h], party_target(st, p), polarity, cue, kind, t, sent)
            if kind == "agreement" and polarity > 0:
                st.add([p], party_target(st, h), polarity, cue, kind, t, sent)


def _act_sign(st: State, t: Token, kind: str) -> int:
    """The sign of an agreement (+1) or rupture (-1) verb; denied: none ("X n'a pas rompu
    avec Y", "X n'a pas signé": no act, no stance), except a refusal ("X a refusé de signer
    avec Y") and a lasting relation denied ("X n'entretient aucune relation avec Y"): -1."""
    if not negated(st, t):
        return -1 if kind == "rupture" else 1
    if kind == "rupture":
        return 0
    if refused(st, t) or matches(t, st.c.acts["relation_state_verbs"], st.c):
        return -1
    return 0


def _ill_qualified(st: State, obj: Token | None) -> bool:
    """The relation object carries a negative quality ("des relations tendues")."""
    if obj is None:
        return False
    bad = st.c.acts["relation_qualities"]["oppose"]
    return any(
        ch.dep_ == "amod" and (norm(ch.text) in bad or norm(ch.lemma_) in bad)
        for ch in obj.children
    )


def _relation_issue(
    st: State, sent: Span, parties: list[Party], obj: Token, polarity: int, cue: str, t: Token
) -> None:
    """ "X veut renforcer la coopération sécuritaire", "Y a rompu ses relations avec Z": the
    subject is for (against) the relation itself, an issue whose words the row keeps
    ("la coopération franco-lettone", "ses relations avec Z")."""
    i, j = st.res.chunk(obj, appos=False)
    end = max(j, obj.i + 1)
    hit = prep_np(st, end, ("avec", "entre"), sent, window=1)
    if hit is not None:
        end = max(end, st.res.chunk(hit[1])[1])
    target = target_range(st, i, complements_end(st, end, sent), obj)
    issue = Target(target.name, None, target.text, target.start, target.end)
    st.add(parties, issue, polarity, cue, "agreement", t, sent)


def _pair_or(st: State, t: Token, parties: list[Party]) -> list[Party]:
    """ "les deux responsables vont signer", "les deux pays prévoient de signer": the two
    actors the pair noun stands for, else the parties found."""
    pair = pair_subject(st, t)
    return pair if len(pair) == 2 else parties


def _signed(
    st: State, t: Token, sent: Span, parties: list[Party], obj: Token | None, cue: str
) -> None:
    """ "X et Y ont signé un protocole d'accord de coopération", "les deux dirigeants ont
    signé une série d'accords": the signatories are for what they sign (an agreement noun,
    not a relation they renew)."""
    if obj is None or not names_in(obj, st.c.acts["agreements"]["objects"]):
        return
    signers = parties if len(parties) >= 2 else pair_subject(st, t) or parties
    i, j = st.res.chunk(obj, appos=False)
    target = target_range(st, i, complements_end(st, max(j, obj.i + 1), sent), obj)
    target = Target(target.name, None, target.text, target.start, target.end)
    for h in signers:
        st.add([h], target, 1, cue, "signature", t, sent)


# the prepositions of what an agreement is about ("accord de coopération", "accord sur X")
_ABOUT = frozenset({"de", "d'", "du", "des", "sur"})


def complements_end(st: State, j: int, sent: Span) -> int:
    """The end of the "de"/"sur" complements after an agreement noun ("protocole d'accord
    de coopération militaire"), without the circumstances that follow ("à l'occasion de")."""
    pos, low = st.tv.pos, st.low
    while j < sent.end and low[j] in _ABOUT:
        k = j + 1
        while k < sent.end and pos[k] in ("DET", "ADJ"):
            k += 1
        if k >= sent.end or pos[k] not in ("NOUN", "PROPN"):
            break
        k += 1
        while k < sent.end and pos[k] == "ADJ":
            k += 1
        j = k
    return j


def _agreement_kind(st: State, t: Token) -> tuple[str | None, frozenset[str] | None]:
    """Which act the verb names, and the object nouns it needs (None: none needed)."""
    acts, c = st.c.acts, st.c
    if matches(t, acts["agreements"]["verbs"], c):
        return "agreement", acts["agreements"]["objects"]
    if matches(t, acts["rapprochement"]["verbs"], c):
        return "agreement", acts["rapprochement"]["objects"]
    if matches(t, acts["partnership_verbs"], c):
        return "agreement", None
    if matches(t, acts["ruptures"]["verbs"], c):
        return "rupture", acts["ruptures"]["objects"]
    return None, None


def stated_object(st: State, t: Token, sent: Span) -> Token | None:
    """The verb's object, or the subject of a passive ("que la coopération avec X soit
    suspendue")."""
    if st.res.is_passive(t):
        # "l'accord a été signé par X": the subject, not the agent (read as an object)
        subj = next((ch for ch in t.children if ch.dep_ == "nsubj:pass"), None)
        if subj is not None:
            return subj
    return object_of(st, t, sent)


def names_in(tok: Token | None, words: frozenset[str]) -> bool:
    """``tok`` is one of ``words`` (its lemma or its text)."""
    return tok is not None and (norm(tok.lemma_) in words or norm(tok.text) in words)


def _partners(st: State, t: Token, sent: Span, obj: Token | None) -> list[Party]:
    """The "avec" complement anywhere in the clause ("a signé jeudi à X un accord sur A et B
    avec Y"), or inside the object ("la coopération avec Y"), or the antecedent of "avec
    qui"."""
    partners: list[Party] = []
    hit = prep_np(st, t.i + 1, ("avec",), sent, window=30)
    if hit is None and obj is not None and obj.i < t.i:
        hit = prep_np(st, obj.i + 1, ("avec",), sent, window=6)
    if hit is not None:
        partners = [p for p in st.res.np_parties(hit[1]) if p.identified]
    if not partners:
        partners = _avec_qui(st, t, sent)
    if not partners and norm(t.lemma_) in ("rapprocher", "allier"):
        # "X s'est rapproché de Y", "X s'allie à Y"
        hit = prep_np(st, t.i + 1, ("de", "du", "des", "d'", "à", "au", "aux"), sent, window=3)
        if hit is not None:
            partners = [p for p in st.res.np_parties(hit[1]) if is_named(p)]
    return partners


def bare_partners(st: State, t: Token, sent: Span) -> list[Party]:
    """The named actors of an "avec" right after a verb that names the act with no object
    (``bare_partner_verbs``: "X a normalisé avec Y", "X a rompu avec Y"). Why: the press
    drops the relation noun of these verbs; the partner must be an actor, not a thing ("rompre
    avec une tradition", "renouer avec la croissance")."""
    if not matches(t, st.c.acts.get("bare_partner_verbs", frozenset()), st.c):
        return []
    k = t.i + 1
    while k < sent.end and k <= t.i + 3 and st.tv.pos[k] == "ADV":
        k += 1
    if k >= sent.end or st.low[k] != "avec":
        return []
    hit = prep_np(st, k, ("avec",), sent, window=1)
    if hit is None:
        return []
    p = st.res.np_party(hit[1])
    return [p] if is_named(p) else []


def between_sides(st: State, noun: Token, sent: Span) -> list[Party]:
    """The two sides of an "entre X et Y" complement right after a relation noun ("la
    coopération militaire entre X et Y", "des relations futures entre X et Y"), or of "entre
    les deux pays" (the two actors of the kind named last before it); empty unless there are
    exactly two. Why: the
    press names the parties of a relation this way as often as with a subject and "avec"."""
    hit = prep_np(st, noun.i + 1, ("entre",), sent, window=4)
    if hit is None:
        return []
    k = hit[0] + 1
    while k < sent.end and st.tv.text[k] not in (",", ";", ".", ":", "(") and k < hit[0] + 14:
        k += 1
    sides = sides_of(st, hit[0] + 1, k)
    if len(sides) != 2:
        # the two named before it only (never guessed from the next sentences)
        sides = typed_pair(st, hit[1]) if st.low[hit[1].i - 1] == "deux" else []
    if len(sides) != 2 or sides[0].actor_id == sides[1].actor_id:
        return []
    return sides


def _avec_qui(st: State, t: Token, sent: Span) -> list[Party]:
    """ "X, avec qui elle a signé": the partner is the antecedent of "avec qui"."""
    doc = st.doc
    for k in range(max(sent.start, t.i - 6), t.i):
        if norm(doc[k].text) == "avec" and k + 1 < t.i and norm(doc[k + 1].text) == "qui":
            head = t.head if t.dep_ in ("acl:relcl", "acl") and t.head.i < k else None
            if head is None and doc[k - 1].text == ",":
                head = preceding_np(st, k, sent)
            if head is not None:
                return [p for p in st.res.np_parties(head) if p.identified]
            return []
    return []


def _lone_party(
    st: State,
    t: Token,
    sent: Span,
    parties: list[Party],
    objects: frozenset[str] | None,
    polarity: int,
    cue: str,
    kind: str,
) -> None:
    """One subject and no "avec": a coordinated pair subject ("X et Y"), else for a
    rapprochement ("Paris entend relancer une relation") the other state the story is
    about, i.e. the last one named before the cue."""
    pair = pair_subject(st, t)
    if len(pair) == 2 and kind == "agreement":
        a, b = pair
        st.add([a], party_target(st, b), polarity, cue, kind, t, sent)
        st.add([b], party_target(st, a), polarity, cue, kind, t, sent)
    elif objects is not None and objects is st.c.acts["rapprochement"]["objects"]:
        other = last_state_before(st, t, parties[0])
        if other is not None:
            st.add(parties, party_target(st, other), polarity, cue, "implicit", t, sent)


@detector(pos={"VERB", "AUX"})
def joint_action(st: State, t: Token, sent: Span) -> None:
    """ "X et Y ont annoncé la création d'un fonds commun": mutual support (any verb whose
    object holds a joint marker, ``joint_markers``)."""
    if not st.has_child(t.i, ("nsubj",)):
        return
    obj = object_of(st, t, sent)
    low, markers = st.low, st.c.joint_markers
    if obj is None or not any(low[x] in markers for x in st.tv.subtree(obj.i)):
        return
    parties = two_sides(st, t, named=False, exactly=False)
    if not parties:
        return
    marker = next(norm(x.text) for x in obj.subtree if norm(x.text) in st.c.joint_markers)
    each_other(st, parties, 1, f"{norm(t.lemma_)} … {marker}", "agreement", t, sent)
