"""Stances in a speaker's words that carry no evaluative word: first-person commitments and
refusals, and reproaches addressed to a third party.

Why: diplomats seldom say "good" or "bad"; they promise, refuse and reproach. In someone's
attributed words (a direct, partial or reported quote):

* standing by: "« nous serons toujours aux côtés de Y »", "« je reste du côté de Y »" (a
  first-person subject, "être / rester / demeurer" not in the past) — for Y;
* working together: "« nous travaillons en étroite collaboration avec Y »" (a first-person
  subject and a ``partner_verbs`` verb with "avec") — for Y;
* refusing to let: "« nous ne laisserons pas Y déstabiliser … »", "« nous ne permettrons
  pas à Y de … »", "« nous ne tolérerons pas que Y … »" (a negated ``refusal_verbs`` verb of
  a first-person subject whose agent is Y) — against Y; never "laisser tomber Y" (the
  ``abandon_infinitives``: not abandoning Y is for Y) nor a passive ("que Y soit attaqué":
  Y suffers);
* refusing a thing: "« je ne veux pas d'affrontement »" — against it
  (:mod:`.refused_objects`);
* harming on purpose: "« notre objectif est d'affaiblir Y »", "« nous allons asphyxier Y »"
  (a ``harm_verbs`` verb whose subject is the speaker's side) — against its object;
* reproaching: "« Y aurait dû consulter ses voisins »", "« Y n'a pas le droit de … »" (an
  identified third party, not the speaker) — against Y; not when the infinitive is a passive
  ("Y aurait dû être invité": Y was wronged).

Sign safety first: none of these under a "si" hypothesis or in a question; the positive
ones not under a negation. Lexicons: ``stance_evaluative.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import is_negated, load_lexicon, matches, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.denied_leave import dative_infinitives, refused_act
from analysis.extract.stance.hedging import asked, in_hypothesis, negated
from analysis.extract.stance.holders import is_named
from analysis.extract.stance.overtures import own_side
from analysis.extract.stance.own_subject import first_person, own_subject
from analysis.extract.stance.records import Target
from analysis.extract.stance.refused_objects import refused_object
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import object_of, party_target, target_np, target_range
from analysis.resources.datacache import derived

# the verbs of a side taken ("aux côtés de", "du côté de") and their locutions
_SIDE_VERBS = frozenset({"être", "rester", "demeurer", "se tenir", "tenir"})
_SIDES = (("aux", "côtés", "de"), ("aux", "côtés", "du"), ("aux", "côtés", "des"))
_SIDE = (("du", "côté", "de"), ("du", "côté", "du"), ("du", "côté", "des"))
# the conditional auxiliaries of a reproach ("aurait dû", "auraient dû")
_WOULD = frozenset({"aurait", "auraient", "aurais"})
# the impersonal verbs whose "il" is no one ("il s'agit de", "il faut", "il convient de")
_IMPERSONAL = frozenset({"agir", "falloir", "convenir", "importer"})


@derived
def words() -> tuple[frozenset[str], ...]:
    """``partner_verbs``, ``refusal_verbs``, ``abandon_infinitives``, ``harm_verbs`` and
    ``promotion_verbs``."""
    lex = load_lexicon("stance_evaluative")
    keys = (
        "partner_verbs",
        "refusal_verbs",
        "abandon_infinitives",
        "harm_verbs",
        "promotion_verbs",
    )
    return tuple(frozenset(norm(w) for w in lex.get(k) or []) for k in keys)


@derived
def norm_locutions() -> dict[str, list[tuple[str, ...]]]:
    """The ``norm_locutions`` of ``stance_evaluative.yaml`` by first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in load_lexicon("stance_evaluative").get("norm_locutions") or []:
        seq = tuple(norm(phrase).split())
        out.setdefault(seq[0], []).append(seq)
    return {k: sorted(v, key=len, reverse=True) for k, v in out.items()}


def commitments(st: State, speaker: Party, span: Span, sent: Span, reported: bool = False) -> None:
    """The commitments, refusals and reproaches in one quote of ``speaker`` (see the
    module). Cheap tests first: a word form or a part of speech, then the parse."""
    low, pos, toks = st.low, st.tv.pos, st.tv.tokens
    partner, refusal, _abandon, harm, promotion = words()
    norms = norm_locutions()
    for x in range(span.start, span.end):
        w = low[x]
        if w in norms:
            _norm(st, speaker, x, norms[w], sent)
        elif w in ("côtés", "côté"):
            _by_side(st, speaker, x, sent, reported)
        elif w in ("dû", "droit"):
            _reproach(st, speaker, toks[x], sent)
        elif pos[x] not in ("VERB", "AUX"):
            continue
        elif _locution(st, x, promotion, sent):
            _promotion(st, speaker, toks[x], _locution(st, x, promotion, sent), sent)
        elif pos[x] != "VERB":
            continue
        elif matches(toks[x], partner, st.c):
            _partner(st, speaker, toks[x], sent, reported)
        elif low[x] in ("partageons", "partage", "partageaient", "partagions"):
            _shared_view(st, speaker, toks[x], sent, reported)
        elif matches(toks[x], refusal, st.c):
            _refusal(st, speaker, toks[x], sent, reported)
            refused_object(st, speaker, toks[x], sent, reported)
        elif low[x].startswith(("veu", "voul")) and norm(st.tv.lemma[x]) == "vouloir":
            refused_object(st, speaker, toks[x], sent, reported)
        elif matches(toks[x], harm, st.c):
            _harm_intent(st, speaker, toks[x], sent, reported)


def _safe(st: State, t: Token, sent: Span) -> bool:
    """Neither a hypothesis nor a question."""
    return not in_hypothesis(st, t) and not asked(st, t, sent)


def _first_person_subject(st: State, verb: Token) -> bool:
    """The verb's subject is "nous", "je", "notre pays", "notre objectif" (the widened
    gate of session 18, :func:`.own_subject.own_subject`, also takes the speaker's state
    named and "son pays" in reported speech)."""
    return first_person(st, verb)


def _third_party(st: State, verb: Token, speaker: Party) -> Party | None:
    """The one identified subject of ``verb`` that is neither the speaker nor first person."""
    subjects = [p for p in st.res.subjects(verb) if is_named(p) and p.actor_id]
    if len(subjects) != 1:
        return None
    p = subjects[0]
    if p.actor_id in own_side(st, speaker) | {speaker.actor_id}:
        return None  # the speaker's own state: an infinitive's subject it controls
    if st.low[_tok_at(st, p.start)] in st.words.first_person:
        return None
    return p


def _tok_at(st: State, offset: int) -> int:
    span = st.doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _party_after(st: State, k: int, sent: Span) -> Party | None:
    """The identified actor of the noun phrase opening at token k."""
    rng = st.res.np_after(k, sent.end)
    if not rng:
        return None
    stop = next((m for m in range(rng[0] + 1, rng[1]) if st.tv.punct[m]), rng[1])
    p = st.res.party(rng[0], stop)
    return p if is_named(p) and p.actor_id else None


def _by_side(st: State, speaker: Party, x: int, sent: Span, reported: bool = False) -> None:
    """ "« nous serons toujours aux côtés de Y »" (see the module)."""
    low = st.low
    seq = tuple(low[x - 1 : x + 2])
    if seq not in _SIDES and seq not in _SIDE:
        return
    verb = st.tv.tokens[x - 1].head
    for _ in range(2):  # "aux côtés de" may hang on "de" or on "côtés"
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    cop = next((ch for ch in verb.children if ch.dep_ == "cop"), None)
    head = cop or verb
    if norm(head.lemma_) not in _SIDE_VERBS or "Past" in head.morph.get("Tense"):
        return  # "nous étions aux côtés du président lors de la cérémonie": no commitment
    if "Imp" in head.morph.get("Tense") or negated(st, verb) or not _safe(st, verb, sent):
        return
    if not own_subject(st, verb, speaker, reported):
        return
    p = _party_after(st, x + 2, sent)
    rng = st.res.np_after(x + 2, sent.end)
    if p is not None:
        target = party_target(st, p)
    elif rng:  # "aux côtés du peuple ukrainien": the people named
        target = target_range(st, *rng)
    else:
        return
    st.add([speaker], target, 1, " ".join(seq[:2]), "quote-clause", st.tv.tokens[x], sent)


def _partner(st: State, speaker: Party, verb: Token, sent: Span, reported: bool = False) -> None:
    """ "« nous travaillons en étroite collaboration avec Y »" (see the module)."""
    if (
        negated(st, verb)
        or not _safe(st, verb, sent)
        or not own_subject(st, verb, speaker, reported)
    ):
        return
    end = min(sent.end, verb.i + 7)
    k = next((m for m in range(verb.i + 1, end) if st.low[m] == "avec"), None)
    if k is None or any(st.tv.pos[m] in ("VERB", "PUNCT") for m in range(verb.i + 1, k)):
        return
    p = _party_after(st, k + 1, sent)
    if p is not None:
        cue = f"{norm(verb.lemma_)} avec"
        st.add([speaker], party_target(st, p), 1, cue, "quote-clause", verb, sent)


def _refusal(st: State, speaker: Party, verb: Token, sent: Span, reported: bool = False) -> None:
    """ "« nous ne laisserons pas Y … »", "« nous ne permettrons pas à Y de … »", "« nous
    ne tolérerons pas que Y … »" (see the module)."""
    if not is_negated(verb, st.c) or not _safe(st, verb, sent):
        return
    if not own_subject(st, verb, speaker, reported):
        return
    agent = refused_agent(st, verb, speaker)
    cue = f"ne pas {norm(verb.lemma_)}"
    if agent is not None:
        st.add([speaker], party_target(st, agent), -1, cue, "quote-clause", verb, sent)
        return
    act = refused_act(st, verb, sent)  # "ne permettre à personne de ...": the act
    if act is not None:
        st.add([speaker], act, -1, cue, "quote-clause", verb, sent)


def refused_agent(st: State, verb: Token, speaker: Party) -> Party | None:
    """The third party whose act a refusal verb would let happen ("laisser Y …", "permettre
    à Y de …", "tolérer que Y …"); None for "laisser tomber Y" or a passive ("que Y soit
    attaqué": Y suffers). Shared with :mod:`.rhetoric` ("comment accepter que Y …?")."""
    abandon = words()[2]
    for ch in _let_clauses(st, verb):
        if norm(ch.lemma_) in abandon or st.res.is_passive(ch):
            return None  # "ne pas laisser tomber Y", "que Y soit attaqué": for Y, or Y suffers
        agent = _third_party(st, ch, speaker) or _dative(st, verb, speaker)
        if agent is None and ch.head.i != verb.i:
            agent = _let_object(st, ch.head, speaker)
        return agent
    return None


def _let_clauses(st: State, verb: Token) -> list[Token]:
    """What the refusal would let happen, wherever the parser hung it: an infinitive or a
    "que" clause of the verb; an infinitive under its object ("ne laisserons pas Y gagner",
    the infinitive read as Y's complement); a "que" clause whose verb was tagged as a noun
    ("que Y contrôle le détroit", "contrôle" read as the noun)."""
    out: list[Token] = []
    for ch in verb.children:
        if ch.dep_ in ("xcomp", "ccomp") and ch.pos_ == "VERB":
            out.append(ch)
        elif ch.dep_ == "ccomp" and ch.pos_ == "NOUN" and ch.i > verb.i:
            if any(st.low[g.i] in ("que", "qu'") and g.dep_ == "mark" for g in ch.children):
                out.append(ch)
        elif ch.dep_ == "obj" and ch.pos_ in ("PROPN", "NOUN") and ch.i > verb.i:
            out.extend(g for g in ch.children if g.dep_ == "xcomp" and g.pos_ == "VERB")
    return out + dative_infinitives(verb)


def _let_object(st: State, obj: Token, speaker: Party) -> Party | None:
    """ "ne laisserons pas Y gagner": Y, the object the infinitive hangs on."""
    p = st.res.np_party(obj)
    if is_named(p) and p.actor_id and p.actor_id not in own_side(st, speaker):
        return p
    return None


def _dative(st: State, verb: Token, speaker: Party) -> Party | None:
    """ "permettre à Y de …": the actor after "à" among the verb's complements."""
    for ch in verb.children:
        if ch.dep_ in ("obl:arg", "iobj", "obl:mod", "obj") and ch.i > verb.i:
            p = st.res.np_party(ch)
            if is_named(p) and p.actor_id and p.actor_id not in own_side(st, speaker):
                return p
    return None


def _harm_intent(
    st: State, speaker: Party, verb: Token, sent: Span, reported: bool = False
) -> None:
    """ "« notre objectif est d'affaiblir Y »" (see the module)."""
    if (
        negated(st, verb)
        or not _safe(st, verb, sent)
        or not own_subject(st, verb, speaker, reported)
    ):
        return
    obj = object_of(st, verb, sent)
    if obj is None or st.low[obj.i] in st.words.first_person:
        return
    target = target_np(st, obj, pps=False)
    cue = f"{norm(verb.lemma_)} (propos)"
    st.add([speaker], target, -1, cue, "quote-clause", verb, sent)


def _reproach(st: State, speaker: Party, t: Token, sent: Span) -> None:
    """ "« Y aurait dû … »", "« Y n'a pas le droit de … »" (see the module)."""
    if st.low[t.i] == "dû":
        aux = [ch for ch in t.children if ch.dep_.startswith("aux")]
        if not any(st.low[a.i] in _WOULD for a in aux):
            return
        verb = t
    else:  # "n'a pas le droit de": "droit", object of a negated "avoir"
        verb = t.head
        if t.dep_ != "obj" or norm(verb.lemma_) != "avoir" or not is_negated(verb, st.c):
            return
    if not _safe(st, verb, sent):
        return
    inf = next(
        (ch for ch in (*t.children, *verb.children) if ch.pos_ in ("VERB", "AUX") and ch.i > t.i),
        None,
    )
    if inf is None or st.res.is_passive(inf) or norm(inf.lemma_) == "être":
        return  # "Y aurait dû être invité": Y was wronged
    p = _third_party(st, verb, speaker)
    if p is not None:
        cue = "aurait dû" if st.low[t.i] == "dû" else "pas le droit de"
        st.add([speaker], party_target(st, p), -1, cue, "quote-clause", t, sent)


def _promotion(st: State, speaker: Party, verb: Token, cue: tuple[str, int], sent: Span) -> None:
    """ "« pour faire aboutir le processus »", "« il s'agit de mettre en œuvre la résolution
    »", "« nous allons mener à bien ce projet »": the speaker is for what is to be carried
    through. Only when the verb's subject is the speaker's side, nothing (an infinitive) or
    a thing: "« la Russie veut faire avancer son agenda »" is the Russian aim, not the
    speaker's. Why: pushing a process forward is the commonest way officials back it, and
    the verbs carry no evaluative word."""
    if negated(st, verb) or not _safe(st, verb, sent) or not _speakers_aim(st, verb, speaker):
        return
    target = _object_after(st, cue[1] + 1, sent)
    if target is not None:
        st.add([speaker], target, 1, cue[0], "quote-clause", verb, sent)


def _object_after(st: State, start: int, sent: Span) -> Target | None:
    """The actor or issue named by the noun phrase from token ``start`` on; None when it is
    a pronoun, holds no noun, or names neither an actor nor an issue."""
    rng = st.res.np_after(start, sent.end)
    if not rng or st.tv.pos[rng[0]] == "PRON":
        return None
    head = next((k for k in range(*rng) if st.tv.pos[k] in ("NOUN", "PROPN")), None)
    if head is None:
        return None
    target = target_range(st, rng[0], _phrase_end(st, *rng), st.tv.tokens[head])
    return target if target.actor_id is not None or st.is_issue(target) else None


def _locution(st: State, x: int, lexicon: frozenset[str], sent: Span) -> tuple[str, int] | None:
    """The entry of ``lexicon`` the verb at token x opens, an adverb inside it skipped
    ("mettre pleinement en œuvre"), with the index of its last word; None if none."""
    lemma = norm(st.tv.lemma[x])
    if lemma in lexicon:
        return lemma, x
    words, skipped = [lemma], False
    for k in range(x + 1, min(sent.end, x + 5)):
        phrase = " ".join([*words, st.low[k]])
        if phrase in lexicon:
            return phrase, k
        if st.tv.pos[k] == "ADV" and not skipped:
            skipped = True  # one adverb inside: "mettre pleinement en œuvre"
            continue
        words.append(st.low[k])
    return None


def _speakers_aim(st: State, verb: Token, speaker: Party) -> bool:
    """The verb's subject — its own, or that of the verbs it depends on ("la Russie veut
    faire avancer …", "nous avons parlé … pour faire aboutir …") — is the speaker's side,
    his own state ("son pays est déterminé à …"), an impersonal "il" ("il s'agit de", "il
    faut"), a thing, or none."""
    node = verb
    if node.dep_ in ("dep", "aux", "aux:caus") and node.head.i != node.i:
        node = node.head  # "faire" read as the auxiliary of "avancer"
    for _ in range(3):
        subj = st.res.subject_tokens(node)
        if subj:
            if _first_person_subject(st, node):
                return True
            if subj[0].pos_ == "PRON":
                return st.low[subj[0].i] == "il" and norm(subj[0].head.lemma_) in _IMPERSONAL
            p = st.res.np_party(subj[0])
            return not (is_named(p) and p.actor_id) or p.actor_id in own_side(st, speaker)
        if node.dep_ not in ("xcomp", "advcl", "ccomp", "acl") or node.head.i == node.i:
            return True
        node = node.head
    return True


def _norm(st: State, speaker: Party, x: int, seqs: list[tuple[str, ...]], sent: Span) -> None:
    """ "« nous agirons conformément à la Convention de Vienne »", "« dans le respect de la
    souveraineté »": the speaker is for the norm invoked — also under a negation ("X n'a
    pas agi conformément au droit": the speaker upholds the law against X) and in a demand
    ("appeler Y à agir conformément au droit"). Not in a hypothesis or a question."""
    seq = next((q for q in seqs if tuple(st.low[x : x + len(q)]) == q), None)
    if seq is None or not _safe(st, st.tv.tokens[x], sent):
        return
    target = _object_after(st, x + len(seq), sent)
    if target is not None:
        st.add([speaker], target, 1, " ".join(seq), "quote-clause", st.tv.tokens[x], sent)


def _shared_view(
    st: State, speaker: Party, verb: Token, sent: Span, reported: bool = False
) -> None:
    """ "« nous partageons la même vision que Y »", "« je partage les préoccupations de Y
    »": the speaker aligns with Y (a ``shared_views`` noun as the object, Y after "que",
    "avec" or "de" within six words). Not negated, not hypothetical, and only for the
    speaker's side as subject."""
    if (
        negated(st, verb)
        or not _safe(st, verb, sent)
        or not own_subject(st, verb, speaker, reported)
    ):
        return
    obj = object_of(st, verb, sent)
    if obj is None or norm(obj.lemma_) not in shared_views():
        return
    for k in range(obj.i + 1, min(sent.end, obj.i + 6)):
        if st.tv.punct[k] or st.tv.pos[k] == "VERB":
            return
        if st.low[k] in ("que", "qu'", "avec", "de", "du", "des", "d'"):
            p = _party_after(st, k + 1, sent)
            if p is not None and p.actor_id not in own_side(st, speaker):
                cue = f"partager {norm(obj.lemma_)}"
                st.add([speaker], party_target(st, p), 1, cue, "quote-clause", verb, sent)
            return


@derived
def shared_views() -> frozenset[str]:
    """The ``shared_views`` of ``stance_evaluative.yaml``."""
    return frozenset(norm(w) for w in load_lexicon("stance_evaluative").get("shared_views") or [])


def _phrase_end(st: State, i: int, j: int) -> int:
    """The end of the noun phrase [i, j) before a coordinated clause ("les dispositions de
    la Convention et ne s'ingérait pas …": the clause after "et" is no part of the norm)."""
    pos = st.tv.pos
    for k in range(i + 1, j - 1):
        if st.low[k] in ("et", "ou", "mais") and (
            pos[k + 1] in ("VERB", "AUX", "PRON", "ADV") or st.low[k + 1] in ("ne", "n'")
        ):
            return k
    return j
