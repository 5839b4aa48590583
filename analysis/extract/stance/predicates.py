"""Evaluative predicates in someone's words: "« cet accord est une erreur », a dit X", "X a
affirmé que la décision de Y était « inacceptable »", "La Chine « est un acteur majeur de la
stabilité », a insisté X".

Why: a judgement in attributed words often has no actor in its clause — the judged thing is
the subject of a copula ("la participation de Y à la fête est une erreur"), or the subject is
outside a partial quotation that holds the predicate. The speaker (of a direct, partial or
reported quote) judges the subject by the evaluative terms of the predicate
(``stance_evaluative.yaml``); a denied predicate ("n'est pas acceptable") flips them, a
pronoun subject ("c'est une erreur") is skipped: what it stands for is not read here.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.document.frames import records
from analysis.extract.cues import load_lexicon, matches, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.copulas import copular_verb, predicating_verbs
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import in_hypothesis, negated
from analysis.extract.stance.holders import is_named
from analysis.extract.stance.quote_clauses import against
from analysis.extract.stance.quote_words import term_polarity
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import label, party_target, target_np, target_range
from analysis.resources.datacache import derived

_SUBJECTS = ("nsubj", "nsubj:pass")


@detector(pos={"ADJ", "NOUN", "VERB"})
def judged_subject(st: State, t: Token, sent: Span) -> None:
    """A copula predicate (``t`` has a ``cop`` child) with evaluative terms, in attributed
    words: the speaker is for/against the predicate's subject."""
    copular = _copular_object(st, t)
    if not (copular or st.has_child(t.i, ("cop",)) or _adjectival_passive(st, t)):
        return
    clause = t.head if copular else t
    written = next((ch for ch in clause.children if ch.dep_ in _SUBJECTS), None)
    if written is None and copular and clause.dep_ == "xcomp":
        # "« X peut / doit servir de modèle »": the subject is the modal's
        if negated(st, clause.head):
            return  # "« X ne doit pas rester un partenaire »": no row, not a doubtful sign
        written = next((ch for ch in clause.head.children if ch.dep_ in _SUBJECTS), None)
    subj = _words_subject(st, t, _antecedent_subject(st, clause, written))
    if subj is None or st.has_child(subj.i, ("cop",)):
        return  # "X est l'agresseur et Y est la victime" misread: a predicate as subject
    if subj.pos_ == "PRON" and st.low[subj.i] in _PRESENTATIVES and not copular:
        presentative(st, t, subj, sent)
        return
    if subj.pos_ not in ("NOUN", "PROPN"):
        return  # "il est une erreur": what a personal pronoun stands for is not read here
    speaker = _speaker(st, t)
    if speaker is None or in_hypothesis(st, t):
        return  # "si cette décision était une erreur, ...": nothing is asserted
    # the words of the predicate, without its written subject ("qui" for its antecedent)
    terms = term_polarity(st, _predicate_words(t, written if _relative(st, written) else subj))
    if all(tok.i != t.i for tok, _p in terms):
        terms += _predicate_noun(t)
    score = _score(st, t, terms)
    if score == 0:
        return
    polarity = (1 if score > 0 else -1) * (-1 if negated(st, clause) else 1)
    target = _subject_target(st, subj, t)
    if target is None:
        return
    cue = " ".join(norm(tok.text) for tok, _p in terms)
    st.add([speaker], target, polarity, f"« {cue} »", "quote-clause", t, sent)


def _copular_object(st: State, t: Token) -> bool:
    """``t`` is the object noun (or attribute) of a copular verb ("X constitue une violation",
    "X représente un succès", "X reste un partenaire fiable", "X est devenu incontournable")
    or the role of "servir de" (:func:`_serves_as`): it judges the verb's subject as a
    copula's predicate would."""
    tv, i = st.tv, t.i  # read from the token view: asked of every noun, adjective and verb
    if tv.pos[i] not in ("NOUN", "ADJ") or tv.pos[tv.head[i]] != "VERB":
        return False
    if tv.dep[i] in ("obl:arg", "obj") and tv.pos[i] == "NOUN" and _serves_as(st, t):
        return True  # (the parser reads "d'exemple" as an object as often as not)
    if tv.dep[i] in ("obj", "xcomp") and matches(tv.tokens[tv.head[i]], predicating_verbs(), st.c):
        return True  # "cet accord représente un succès", "ce qui constitue une violation"
    # session 29: every copula of the lexicon ("Y reste un partenaire fiable", "cette mesure
    # semble injustifiée", "X s'avère précieux", "X apparaît comme un modèle")
    return copular_verb(st, t) is not None


def _serves_as(st: State, t: Token) -> bool:
    """``t`` is the bare "de" complement of "servir" ("« X peut servir d'exemple »", "« X
    sert de modèle à la région »"): the role the subject plays, a predicate of it as after
    "constituer" or "rester". Why: press French states a model or a rampart with "servir
    de" as often as with a copula, and the noun then hung under the verb by a preposition
    was no predicate. A determiner ("servir de la viande") is no role."""
    return (
        norm(t.head.lemma_) == "servir"
        and any(ch.dep_ == "case" and st.low[ch.i] in ("de", "d'") for ch in t.children)
        and not any(ch.dep_ == "det" for ch in t.children)
    )


def _antecedent_subject(st: State, clause: Token, subj: Token | None) -> Token | None:
    """ "X a fait Y, ce qui constitue une violation / ce qui est inacceptable": the "qui" of
    a relative on "ce" stands for the clause before, whose subject is judged (the act's
    author). Session 16: the "qui" of a relative on a noun stands for that noun ("cette
    mesure, qui n'est ni juste ni utile", "Y, qui reste un partenaire fiable"). Other
    subjects are kept."""
    if subj is None or st.low[subj.i] != "qui" or clause.dep_ != "acl:relcl":
        return subj
    ce = clause.head
    if st.low[ce.i] not in ("ce", "cela") and ce.pos_ in ("NOUN", "PROPN") and ce.i < subj.i:
        return ce
    if st.low[ce.i] not in ("ce", "cela") or ce.head.i == ce.i:
        return subj
    verb = ce.head
    before = next((ch for ch in verb.children if ch.dep_ in _SUBJECTS and ch.i < ce.i), None)
    if before is None and verb.pos_ in ("VERB", "AUX"):
        # the parser often hangs the subject elsewhere: the phrase before the verb group
        before = st.res.np_before(st.res.verb_group_start(verb))
    return before if before is not None and before.pos_ in ("NOUN", "PROPN") else None


def _relative(st: State, written: Token | None) -> bool:
    """The written subject is a relative "qui" (its antecedent heads the predicate)."""
    return written is not None and st.low[written.i] == "qui"


def _words_subject(st: State, pred: Token, subj: Token | None) -> Token | None:
    """The predicate's subject, when the parser took for it the phrase that introduces the
    words ("Pour le président X, la construction du barrage par Y est une violation": the
    parser makes "président" the subject): a subject behind a preposition is replaced by the
    first noun of the attributed words that hold the predicate that no preposition
    introduces (None if there is none before the predicate)."""
    if subj is None or subj.pos_ == "PRON":
        return subj
    if not any(ch.dep_ == "case" for ch in subj.children):
        return subj  # a subject outside a partial quotation is still the subject
    opened = _words_start(st, pred)
    if opened is None:
        return subj
    first = next((k for k in range(pred.sent.start, pred.i) if st.tv.idx[k] >= opened), None)
    if first is None:
        return None
    for k in range(first, pred.i):
        tok = st.doc[k]
        if st.tv.pos[k] in ("NOUN", "PROPN") and not any(c.dep_ == "case" for c in tok.children):
            return tok if not st.has_child(k, ("cop",)) else None
        if st.tv.pos[k] in ("VERB", "AUX"):
            return None
    return None


def _words_start(st: State, t: Token) -> int | None:
    """Where the attributed words (a quote of any kind) holding ``t`` open."""
    q = st.quotes
    if q is None or not len(q):
        return None
    best = None
    for rec in records(q):
        a, b = int(rec["start"]), int(rec["end"])
        if a <= t.idx < b and (best is None or a > best):
            best = a
    return best


@derived
def predicate_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """The positive and negative ``predicate_nouns`` and ``predicate_adjectives`` of
    ``stance_evaluative.yaml`` (words that judge only as the predicate of a copula)."""
    lex = load_lexicon("stance_evaluative")
    good: set[str] = set()
    bad: set[str] = set()
    for section in ("predicate_nouns", "predicate_adjectives"):
        d = lex.get(section) or {}
        good |= {norm(w) for w in d.get("positive") or []}
        bad |= {norm(w) for w in d.get("negative") or []}
    return frozenset(good), frozenset(bad)


# the pronoun subjects of a presentative ("c'est historique", "cela est inacceptable")
_PRESENTATIVES = frozenset({"c'", "ce", "cela", "ça", "c’"})
# the words a presentative's extraposed clause opens with ("c'est déplorable que X ait ...")
_THAT = frozenset({"que", "qu'", "qu’"})


def presentative(st: State, t: Token, subj: Token, sent: Span) -> None:
    """ "« C'est une visite historique », a dit X": the speaker judges the thing the
    predicate noun names; "« c'est déplorable » que Y ait autorisé ...": the speaker judges
    the subject of the extraposed "que" clause (blame only: a welcome clause may welcome
    its subject's departure). Why: "ce" has no antecedent the parser
    gives, but French says what it stands for either in the predicate noun (the judging
    word is then its epithet) or in the clause it announces. A bare "c'est une erreur"
    (the judged thing said elsewhere) gives no row, nor does a denied epithet ("ce n'est
    pas une visite historique" denies a quality, it judges nothing) or a hypothesis."""
    speaker = _speaker(st, t)
    if speaker is None or in_hypothesis(st, t):
        return
    clause = _extraposed_subject(st, t, sent)
    terms = term_polarity(st, _predicate_words(t, subj))
    if clause is not None:
        if all(tok.i != t.i for tok, _p in terms):
            terms += _predicate_noun(t)
        if clause.head.pos_ in ("VERB", "AUX") and negated(st, clause.head):
            return  # "c'est regrettable que Y ne soit pas venu": a wish for Y, not blame
        target = _clause_target(st, clause)
        negate = negated(st, t)
        # only blame: "c'est une bonne chose que Y parte" may welcome Y's departure
        terms = terms if sum(p for _tok, p in terms) * (-1 if negate else 1) < 0 else []
    elif _judging(t, terms) and (topic := _topic(st, t, sent)) is not None:
        # "Interrogé sur le retrait de Y, X a répondu : « c'est une erreur »"
        terms = [(tok, p) for tok, p in terms if tok.i == t.i] or _predicate_noun(t)
        target, negate = topic, negated(st, t)
    elif st.tv.pos[t.i] == "NOUN" and not _predicate_noun(t) and not negated(st, t):
        terms = [(tok, p) for tok, p in terms if tok.i != t.i and tok.head.i == t.i]
        if _polar_noun(st, t) * sum(p for _tok, p in terms) < 0:
            return  # "c'est un différend historique": a lasting quarrel, no praise
        stop = max([t.i + 1, *(tok.i + 1 for tok, _p in terms)])
        target = target_np(st, t, stop=stop, pps=False)
        negate = False
    else:
        return
    score = _score(st, t, terms)
    if not score or target is None:
        return
    polarity = (1 if score > 0 else -1) * (-1 if negate else 1)
    cue = " ".join(norm(tok.text) for tok, _p in terms)
    st.add([speaker], target, polarity, f"« {cue} »", "quote-clause", t, sent)


# the locutions that name what a sentence's words are about ("à propos de Y", "interrogé
# sur Y"); the last word is the preposition the topic follows
_TOPICS = (
    ("à", "propos", "de"),
    ("à", "propos", "du"),
    ("à", "propos", "des"),
    ("au", "sujet", "de"),
    ("au", "sujet", "du"),
    ("au", "sujet", "des"),
    ("concernant",),
    ("interrogé", "sur"),
    ("interrogée", "sur"),
    ("questionné", "sur"),
    ("questionnée", "sur"),
    ("réagissant", "à"),
    ("réagissant", "au"),
    ("commentant",),
    ("évoquant",),
)


def _topic(st: State, t: Token, sent: Span) -> Target | None:
    """What a bare "c'est une erreur / c'est inacceptable" is about, when the sentence
    names it outside the quotation ("à propos de Y", "interrogé sur Y", "commentant Y").
    Why: "ce" has no antecedent in the quote; the journalist's frame says what the words
    answer. None when the sentence names no topic (the judged thing is said elsewhere) or
    the topic is a bare name ("à propos de Y": something Y did is judged, not Y)."""
    low = st.low
    for k in range(sent.start, sent.end):
        if st.quote_start_at(st.tv.idx[k]) is not None:
            continue
        for form in _TOPICS:
            n = len(form)
            if tuple(low[k : k + n]) != form:
                continue
            rng = st.res.np_after(k + n, sent.end)
            if not rng:
                return None
            stop = next(
                (m for m in range(rng[0] + 1, rng[1]) if st.tv.punct[m] or st.low[m] in _THAT),
                rng[1],
            )
            if st.tv.pos[st.res.head_of(rng[0], stop).i] == "PROPN":
                return None  # "à propos de Y": a judgement of something Y did, not of Y
            return target_range(st, rng[0], stop)
    return None


def _judging(t: Token, terms: list[tuple[Token, int]]) -> bool:
    """The predicate itself is the judging word ("c'est une erreur", "c'est
    inacceptable"), not an epithet of a noun that names the thing."""
    return bool(_predicate_noun(t)) or any(tok.i == t.i for tok, _p in terms)


def _extraposed_subject(st: State, t: Token, sent: Span) -> Token | None:
    """The subject of the "que" clause that follows the predicate phrase ("c'est déplorable »
    qu'un responsable de Y ait ..."): the first noun after "que" (read linearly: the parser
    often hangs the clause elsewhere)."""
    last = max(x.i for x in t.subtree if st.tv.dep[x.i] not in ("conj", "advcl", "parataxis"))
    k = last + 1
    while k < sent.end and k <= last + 3 and (st.low[k] in _MARKS or st.tv.pos[k] == "ADV"):
        k += 1
    if k >= sent.end or st.low[k] not in _THAT:
        return None
    for m in range(k + 1, min(sent.end, k + 6)):
        if st.tv.pos[m] in ("VERB", "AUX"):
            return None
        if st.tv.pos[m] in ("NOUN", "PROPN"):
            return st.doc[m]
    return None


_MARKS = frozenset({'"', "»", "”", "«", "“", ","})


def _clause_target(st: State, head: Token) -> Target:
    """The subject of the judged clause: the actor it names, else its noun phrase."""
    party = st.res.np_party(head)
    if is_named(party) and party.actor_id:
        return party_target(st, party)
    return target_np(st, head, pps=True)


def _polar_noun(st: State, t: Token) -> int:
    """The sign a noun carries by itself (an evaluative or judging noun, a friction or an
    enemy): the epithet of such a noun may mean "long-standing", not "good"."""
    words = {norm(t.text), norm(t.lemma_)}
    good, bad = predicate_nouns()
    c = st.c
    if words & (c.negative_terms | bad | c.acts["frictions"]["nouns"] | c.relation_oppose):
        return -1
    if words & (c.positive_terms | good):
        return 1
    return 0


def _score(st: State, pred: Token, terms: list[tuple[Token, int]]) -> int:
    """The sign of the predicate's terms: a word aimed against ("est une attaque contre la
    souveraineté et la paix") counts reversed, and the good things a harming predicate
    noun harms count nothing ("une violation de la souveraineté": the violation judges)."""
    harming = any(tok.i == pred.i and p < 0 for tok, p in terms) or _harm_noun(st, pred)
    total = 0
    for tok, p in terms:
        if tok.i != pred.i and against(tok):
            p = -p
        elif harming and p > 0 and tok.i != pred.i:
            continue
        total += p
    return total


def _harm_noun(st: State, t: Token) -> bool:
    """The predicate noun is a hostile act ("attaque", "atteinte", "coup porté"): what
    it is aimed at is harmed, not praised."""
    words = {norm(t.text), norm(t.lemma_)}
    return bool(words & (st.c.acts["frictions"]["nouns"] | harm_nouns()))


@derived
def harm_nouns() -> frozenset[str]:
    """The ``harm_nouns`` of ``stance_evaluative.yaml``."""
    return frozenset(norm(w) for w in load_lexicon("stance_evaluative").get("harm_nouns") or [])


def _predicate_noun(t: Token) -> list[tuple[Token, int]]:
    """The predicate itself when it is a judging noun ("est une erreur")."""
    good, bad = predicate_nouns()
    words = (norm(t.text), norm(t.lemma_))
    if any(w in bad for w in words):
        return [(t, -1)]
    if any(w in good for w in words):
        return [(t, 1)]
    return []


# the dependents that head a clause of their own ("X est l'agresseur, Y est la victime")
_OWN_CLAUSES = frozenset(
    {"conj", "parataxis", "advcl", "ccomp", "acl", "acl:relcl", "nsubj", "obl", "obl:mod"}
)


def _predicate_words(t: Token, subj: Token) -> list[Token]:
    """The words of the predicate ``t``: its subtree without its subject, the clauses hung
    on it (each clause judges its own subject) and its circumstances ("un succès pour la
    région", "attendues d'après le ministère, qui évoque des milliards de francs")."""
    skip = {x.i for x in subj.subtree}
    for ch in t.children:
        if ch.dep_ in _OWN_CLAUSES or any(g.dep_ in ("nsubj", "cop") for g in ch.children):
            skip |= {x.i for x in ch.subtree}
    return [x for x in t.subtree if x.i not in skip]


def _adjectival_passive(st: State, t: Token) -> bool:
    """ "la décision était injustifiée": an evaluative participle the parser read as a
    passive with no agent (a real passive, "les cargaisons sont attendues", is no
    judgement)."""
    return (
        st.has_child(t.i, ("aux:pass",))
        and not st.has_child(t.i, ("obl:agent",))
        and bool(term_polarity(st, [t]) or _predicate_noun(t))
    )


def _subject_target(st: State, subj: Token, pred: Token) -> Target | None:
    """The subject as a target: the actor it names, else its noun phrase (up to the
    predicate) as an issue."""
    party = st.res.np_party(subj)
    if is_named(party) and party.actor_id and st.tv.pos[subj.i] == "PROPN":
        return party_target(st, party)
    stop = min((x.i for x in pred.children if x.dep_ == "cop"), default=pred.i)
    if subj.head.i > subj.i and subj.head.i < stop:
        stop = subj.head.i  # "Y s'exprime ..., ce qui constitue ...": up to Y's verb
        stop = next((k for k in range(subj.i + 1, stop) if st.tv.pos[k] in ("PRON", "AUX")), stop)
    target = target_np(st, subj, stop=stop, pps=True)
    # the judged thing itself ("la décision de Y"), not the actor named in its complement:
    # the words judge the act, whose author may be judged otherwise in the same sentence
    return Target(label(st, target.text), None, target.text, target.start, target.end)


def _speaker(st: State, t: Token) -> Party | None:
    """Whose words hold ``t``: the speaker of the quote (direct, partial or reported) that
    covers it, when one is credited."""
    spoken = st.speaker_at(t.idx)
    if spoken is not None:
        return spoken
    q = st.quotes
    if q is None or not len(q):
        return None
    for rec in records(q):
        name, aid = rec.get("speaker"), rec.get("speaker_id")
        if int(rec["start"]) <= t.idx < int(rec["end"]) and isinstance(name, str) and name:
            aid = aid if isinstance(aid, str) and aid else None
            return Party(
                name, aid, int(rec["start"]), int(rec["start"]), "actor" if aid else "name"
            )
    return None
