"""The evaluative words of a direct quote read clause by clause: the speaker is for or
against the actors of each clause whose words add up positive or negative ("« nous
saluons l'engagement constant de X »"), with the tests that keep a clause's tone off an
actor it does not judge (a clause reported inside the quote, an actor buried in a noun's
clause, the speaker's own side, an aim "contre" something).

Why apart from :mod:`analysis.extract.stance.quoted`: that module decides which reading a
quote gets (a short evaluative quotation, the clauses of a direct quote, the judgements of
any attributed words); this one is the clause reading alone.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from analysis.document.tokens import view
from analysis.extract.cues import (
    fold,
    is_negated,
    matches,
    norm,
)
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.negation_scope import negative_subject
from analysis.extract.stance.opponents import concessive, unopposed
from analysis.extract.stance.quote_epithets import epithet_verdicts, negative_nouns, relation_words
from analysis.extract.stance.quote_words import Terms, denied_noun, own_negation
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import (
    complement_actor,
    is_attribute_noun,
    party_target,
)
from analysis.resources.gazetteer import word_set


def read_clauses(st: State, speaker: Party, span: Span, terms: Terms, sent: Span) -> None:
    """A direct quote's evaluative words, clause by clause: the speaker is for/against the
    actors of each clause whose words add up positive/negative."""
    negative_nouns(st, speaker, terms, sent)
    epithet_verdicts(st, speaker, terms, sent)
    by_clause = _clause_scores(st, span, terms)
    for ci, score in by_clause.items():
        if not score:
            continue
        clause = st.doc[ci]
        if _reported_inside(st, clause, span, speaker):
            continue
        polarity = 1 if score > 0 else -1
        if polarity > 0 and _in_question(clause, span):
            continue  # "« comment croire que X veut la paix ? »": a rhetorical question
        targets = _clause_targets(st, clause, span, speaker, len(by_clause) == 1)
        if polarity > 0:
            targets = _not_own(st, speaker, targets)
            if any(p > 0 and harmed_good(st, t, clause) for t, p in terms):
                targets = [tg for tg in targets if not _under_subject(st, clause, tg)]
        for tg in unopposed(st, clause, targets, polarity):
            st.add([speaker], tg, polarity, "citation", "quote-clause", clause, sent)


def _reported_inside(st: State, clause: Token, span: Span, speaker: Party) -> bool:
    """The clause is what someone else says or thinks inside the quote ("« Le Chili estime
    que la région ne peut être pensée en dehors de ... »"): a speech or opinion verb above
    it in the quote has a third-party subject. Its words are that party's, and reading their
    tone off the clause (double negations, "en dehors de") is too unsure to credit anyone:
    no row rather than a wrong one."""
    inside = {t.i for t in span}
    node = clause
    for _ in range(4):
        if node.head.i == node.i or node.head.i not in inside:
            return False
        if node.dep_ in ("ccomp", "xcomp") and matches(node.head, st.c.speech, st.c):
            subjects = [p for p in st.res.subjects(node.head) if p.identified]
            return any(
                not _first_person(st, p) and p.actor_id != speaker.actor_id for p in subjects
            )
        node = node.head
    return False


def _clause_scores(st: State, span: Span, terms: Terms) -> dict[int, int]:
    """The sum of the evaluative words' polarities by clause (the verb they depend on inside
    the quote), each flipped by a negation."""
    inside = {t.i for t in span}
    by_clause: dict[int, int] = {}
    for tok, pol in terms:
        clause = tok
        while (
            clause.pos_ not in ("VERB", "AUX")
            and clause.head.i != clause.i
            and (clause.head.i in inside)
            and not _own_clause_head(clause)
        ):
            clause = clause.head
        if occasion(tok, clause) or (pol > 0 and _scare_quoted(span, tok)):
            continue
        neg = (negated(st, clause) and not negative_subject(tok, clause, pol)) or is_negated(
            tok, st.c
        )
        neg = neg and not own_negation(st, tok)  # "« ces accusations ne reflètent pas ... »"
        refused = refused_content(st, tok) if neg and pol < 0 else None
        if refused is not None and not is_negated(tok, st.c):
            # "« Y ne tolérera pas que X viole … »": X's wrong stays a wrong, judged in the
            # refused clause (not on Y, who refuses it)
            clause, neg = refused, False
        pol = -pol if against(tok) else pol
        if neg and pol < 0 and tok.pos_ == "NOUN" and _authored(st, tok):
            # "« nous n'accepterons jamais les ingérences de X »": refusing X's wrong still
            # judges it wrong; "pas d'ingérence de X", "aucune agression de X": denied, no
            # verdict (a wrong with no author named keeps the flip: "nos relations n'ont pas
            # à subir d'ingérence": for the relation's sides)
            by_clause[clause.i] = by_clause.get(clause.i, 0) + (0 if denied_noun(st, tok) else -1)
            continue
        by_clause[clause.i] = by_clause.get(clause.i, 0) + (-pol if neg else pol)
    return by_clause


def refused_content(st: State, tok: Token) -> Token | None:
    """The word is inside what a negated verb of letting happen refuses ("« Y ne tolérera pas
    que X viole ses frontières »", "« nous n'accepterons jamais que X menace nos citoyens »",
    "« on ne peut permettre à X de bafouer … »": ``refusal_verbs`` of
    ``stance_evaluative.yaml``), a complement clause that is not negated itself. Why:
    refusing to let a wrong happen says it is a wrong; the negation is the speaker's
    refusal, not a denial of the wrong. Read as a denial, the clause's harm words flipped to
    praise and the wrongdoer got a +1 (a wrong sign). Whoever the refusing subject is (the
    speaker, their state, "on"), the refused wrong's author is the one judged. Walks up from
    the word, since the parser often hangs a clause's verb as a noun under its subject.
    Returns the head of the refused clause, or None."""
    node = tok
    for _ in range(6):
        head = node.head
        if head.i == node.i or is_negated(node, st.c) and node.i != tok.i:
            return None
        if node.dep_ in ("ccomp", "xcomp", "advcl") and head.pos_ in ("VERB", "AUX"):
            words = word_set("stance_evaluative", "refusal_verbs")
            refusing = fold(head.lemma_) in words and is_negated(head, st.c)
            return node if refusing else None
        node = head
    return None


# the openings of a noun phrase that dates the clause by an event ("suite à l'attentat",
# "à la suite de la crise", "au lendemain du séisme", "lors des violences", "après le coup")
_OCCASIONS = ("après ", "suite à", "suite au", "à la suite", "au lendemain", "lors d")
_OCCASIONS += ("depuis ", "pendant ", "durant ", "dans la foulée", "dans le sillage")


def occasion(tok: Token, clause: Token) -> bool:
    """The evaluative word is inside a noun phrase that only dates its clause by an event
    ("« les médecins que X a envoyés suite à l'attentat terroriste ont sauvé des vies »"):
    the event's tone judges none of the clause's actors. Why: read onto the clause, the
    attack's tone made a thanked helper the target of a rebuke (session-21 batch). A wrong
    that names its author ("après les provocations de Y") is read by
    :func:`~analysis.extract.stance.quote_epithets.negative_nouns`, not here."""
    node = tok
    for _ in range(4):
        if node.i == clause.i:
            return False
        if node.pos_ in ("NOUN", "PROPN") and node.dep_.startswith(("obl", "nmod")):
            words = [norm(t.text) for t in node.doc[node.left_edge.i : node.i + 1]]
            if " ".join(words).replace("' ", "'").startswith(_OCCASIONS):
                return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def harmed_good(st: State, tok: Token, clause: Token) -> bool:
    """The positive word names what the clause's harm verb damages ("« Y menace la paix »",
    "« Y porte atteinte à notre souveraineté »", "« Y sape la confiance »": ``harm_verbs`` of
    ``stance_evaluative.yaml``): the good is the victim, so its tone is no praise of the
    verb's subject. Why: summed into the clause, the good's +1 made the harming subject a
    friend (a wrong sign); the harm itself is read on the subject by
    :func:`~analysis.extract.stance.quoted.quote_judgements`. The owner of the good ("la
    souveraineté de X") keeps the clause's +1: the speaker sides with the one harmed. The
    word must hang under the verb by anything but its subject. A harm verb between the word
    and the clause's head counts too (session 25: "« Y abuse de notre hospitalité »", which
    the parser may hang under the subject or under the verb that reports it)."""
    node = tok
    while node.head.i != node.i and node.head.i != clause.i:
        if _harm_verb_over(st, node):
            return True
        node = node.head
    if clause.pos_ not in ("VERB", "AUX") or not matches(clause, st.c.harm_verbs, st.c):
        return False
    return node.head.i == clause.i and not node.dep_.startswith(("nsubj", "csubj"))


def _harm_verb_over(st: State, node: Token) -> bool:
    """``node`` hangs, by anything but a subject, under a harm verb."""
    head = node.head
    return (
        head.pos_ == "VERB"
        and not node.dep_.startswith(("nsubj", "csubj"))
        and matches(head, st.c.harm_verbs, st.c)
    )


def _under_subject(st: State, clause: Token, tg: Target) -> bool:
    """The target is (in) the subject of ``clause``."""
    span = st.doc.char_span(tg.start, tg.end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    if clause.dep_ in ("amod", "acl") and clause.head.i == node.i < clause.i:
        return True  # "« Y abuse de … »" parsed with the verb as a modifier of its subject
    while node.head.i != node.i and node.head.i != clause.i:
        node = node.head
    return node.head.i == clause.i and node.dep_.startswith(("nsubj", "csubj"))


def _scare_quoted(span: Span, tok: Token) -> bool:
    """A positive word inside quotation marks within the quote ("« X parle de « coopération
    », mais … »"): the other side's word or irony, not the speaker's praise (session 22)."""
    before = view(span.doc).doc_text[span.start_char : tok.idx]
    return before.count("«") + before.count("“") > before.count("»") + before.count("”")


def _in_question(clause: Token, span: Span) -> bool:
    """The clause's sentence inside the quote ends with a question mark: a question a speaker
    quotes is most often rhetorical ("« qui peut croire que X veut la paix ? »"), and its
    positive words then mean the opposite — a doubtful sign, no positive row (session 22)."""
    text = view(span.doc).doc_text  # (``doc.text`` joins every token again at each call)
    k = max(t.i for t in clause.subtree)
    end = span.doc[k].idx + len(span.doc[k])
    for ch in text[end : min(len(text), span.end_char + 3)]:
        if ch in ".!":
            return False
        if ch == "?":
            return True
    return False


def _authored(st: State, tok: Token) -> bool:
    """The negative noun names its author ("les ingérences de X", "de la part de X"), and is
    no predicate of a copula ("X n'est pas une menace")."""
    if st.has_child(tok.i, ("cop",)):
        return False
    if complement_actor(st, tok, min(tok.sent.end, tok.i + 8)) is not None:
        return True
    # a name the actors step did not keep: "le chantage de la Russie"
    return any(
        ch.dep_ == "nmod"
        and ch.pos_ == "PROPN"
        and any(g.dep_ == "case" and st.low[g.i] in ("de", "d'", "du", "des") for g in ch.children)
        for ch in tok.children
    )


def against(tok: Token) -> bool:
    """The evaluative word is what something is aimed against ("une attaque contre la
    paix", "la lutte contre le terrorisme"): its tone is reversed for the clause (an attack
    on peace is bad, a fight against terror good). Read on the word and the nouns above it,
    up to the first verb."""
    node = tok
    for _ in range(3):
        if any(ch.dep_ == "case" and norm(ch.text) == "contre" for ch in node.children):
            return True
        if node.head.i == node.i or node.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False


def _clause_targets(
    st: State, clause: Token, span: Span, speaker: Party, only_clause: bool
) -> list[Target]:
    """Whom a clause of a quote is about: the actors of the minimal clause, else its subject,
    else the actors of the whole clause, else those of (up to two) governing clauses, else
    (when the quote has one scored clause) those of the whole quote."""
    inside = {t.i for t in span}
    sub = [t for t in clause.subtree if t.i in inside]
    targets = _actors_in(st, _minimal_clause(clause, sub), speaker)
    if not targets:
        targets = _subject_targets(st, clause, span)
    if not targets and clause.pos_ in ("VERB", "AUX"):
        # "... tant que nos soldats restent détenus à Bakou": look in the whole clause
        targets = _actors_in(st, sub, speaker)
    gov = clause
    for _ in range(2):
        if targets or gov.head.i == gov.i or gov.head.i not in inside:
            break
        gov = gov.head
        targets = _actors_in(
            st,
            [t for t in gov.subtree if t.i in inside and t.i not in {x.i for x in sub}],
            speaker,
        ) or _subject_targets(st, gov, span)
    if not targets and only_clause:
        targets = _actors_in(st, list(span), speaker)
    return [
        tg
        for tg in targets
        if not _buried(st, clause, tg)
        and not _denied_below(st, clause, tg)
        and not _patient_below(st, clause, tg)
    ]


def _patient_below(st: State, clause: Token, tg: Target) -> bool:
    """The actor is the object of a verb inside the judged clause ("« il est inacceptable
    que X ait envahi Y »", "« c'est scandaleux d'attaquer Y »"): the verdict is on the act,
    so on its agent; its patient suffers it. Why: reading the verdict onto the patient gives
    the wrong sign (Y is the victim). Walks up from the actor to the first verb: a patient if
    that verb is below the judging word and the actor is neither its active subject nor its
    "par" agent ("que Y soit attaqué par X": Y is the patient)."""
    span = st.doc.char_span(tg.start, tg.end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    while node.head.i != node.i and node.i != clause.i:
        head = node.head
        if head.pos_ in ("VERB", "AUX") and head.i != clause.i:
            if head.dep_.startswith("acl") and norm(head.head.lemma_) in relation_words(st):
                return False  # "ce partenariat qui nous lie à X": the relation's partner
            below = any(a.i == clause.i for a in head.ancestors)
            if _inverted_subject(st, head, node):
                return False  # "« les efforts que déploie X sont … »": X is the agent
            return below and node.dep_ not in ("nsubj", "obl:agent")  # a passive's subject too
        node = head
    return False


def _denied_below(st: State, clause: Token, tg: Target) -> bool:
    """The actor is the subject of a negated clause below the judging one ("« c'est
    regrettable que Y ne soit pas venu »"): the verdict is on what Y did not do, which
    reads as a wish for Y, so the verdict's sign would be wrong for Y."""
    span = st.doc.char_span(tg.start, tg.end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    while node.head.i != node.i and node.i != clause.i:
        if node.pos_ in ("VERB", "AUX") and node.head.i != node.i:
            return negated(st, node) and not negated(st, clause)
        node = node.head
    return False


def _buried(st: State, clause: Token, tg: Target) -> bool:
    """The actor is named inside a clause that modifies a noun ("la résolution des problèmes
    liés à la Constitution de X créera de meilleures conditions", "les pays qui aident X"):
    the outer clause judges that noun, not X. Why: an evaluative word qualifies its clause's
    own arguments; reading its tone onto an actor that only locates one of them gives wrong
    signs. Walks up from the actor to the first verb: buried if it passes a noun-modifying
    clause (``acl``, ``acl:relcl``) first."""
    starts = [a for a, _b, aid in st.res.mentions_in(tg.start, tg.end) if aid == tg.actor_id]
    span = st.doc.char_span(tg.start, tg.end, alignment_mode="expand")
    if span is None:
        return False
    tok = st.doc.char_span(starts[0], starts[0] + 1, alignment_mode="expand") if starts else None
    node = tok.root if tok is not None else span.root
    below = node
    while node.head.i != node.i and node.i != clause.i:
        if node.dep_ in ("acl", "acl:relcl") and node.pos_ in ("VERB", "AUX"):
            if _deed_author(st, node, below, clause):
                return False
            # "ce partenariat qui nous lie à X": a relation stands for its partner
            return norm(node.head.lemma_) not in relation_words(st)
        if node.pos_ in ("VERB", "AUX"):
            return False
        below, node = node, node.head
    return False


def _deed_author(st: State, verb: Token, arg: Token, clause: Token) -> bool:
    """The actor is the author of the deed the clause judges, named by the clause that
    modifies the deed's noun: the "par" agent of its participle ("« la décision prise par X
    est inacceptable »") or the subject of a relative clause whose pronoun is the object
    ("« les mesures que X a adoptées sont injustes »", "« le soutien que nous apporte X »":
    :func:`_inverted_subject`).
    Why: French names the author of an act this way as often as with "de X" (read through
    ``attribute_nouns``), and :func:`_buried` dropped every actor under a noun's clause.
    The noun must be an ``attribute_nouns`` deed and an argument of the judging clause
    itself (not "« la levée des sanctions imposées par X est une bonne nouvelle »", where
    the clause judges the lifting) — or the parser glued the judging predicate onto the
    relative clause as its conjunct; a verb of ``victim_participles`` ("les sanctions subies
    par X") names the one who bears the deed, not its author."""
    noun = verb.head
    if not (arg.dep_ in ("nsubj", "obl:agent") or _inverted_subject(st, verb, arg)):
        return False
    if not is_attribute_noun(st, noun):
        return False
    if fold(verb.lemma_) in word_set("stance_signs", "victim_participles"):
        return False
    if clause.dep_ == "conj" and clause.head.i == verb.i:
        return True  # "N que X a V sont ADJ": the parser hangs the predicate on the relative
    return noun.i == clause.i or noun.head.i == clause.i


def _inverted_subject(st: State, verb: Token, arg: Token) -> bool:
    """ "le soutien que nous apporte X", "les efforts que déploie X": after a relative "que"
    (the verb's object), the noun phrase after the verb is its inverted subject, which the
    parser reads as a second object. Why: press French inverts the subject of a short
    relative clause as often as not, and the author is then lost to :func:`_deed_author`."""
    if arg.dep_ != "obj" or arg.i < verb.i or verb.dep_ != "acl:relcl":
        return False
    return any(
        ch.dep_ == "obj" and ch.i < verb.i and st.low[ch.i] in ("que", "qu'")
        for ch in verb.children
    )


def _minimal_clause(clause: Token, sub: list[Token]) -> list[Token]:
    """The tokens of ``sub`` (the clause's subtree in the quote) outside embedded clauses."""
    embedded = set()
    for t in sub:
        if t is not clause and (
            (t.dep_ in ("advcl", "ccomp", "acl:relcl", "parataxis") and t.pos_ in ("VERB", "AUX"))
            or (t.pos_ != "VERB" and _own_clause_head(t))  # "X est A, Y est B"
            or _next_subject(t)
        ):
            embedded |= {x.i for x in t.subtree}
    return [t for t in sub if t.i not in embedded]


def _next_subject(t: Token) -> bool:
    """A conjunct followed by another predicate's copula is that predicate's subject ("X
    est l'agresseur et Y est la victime", where the parser coordinates Y with "agresseur"):
    it belongs to the next clause, not to this one."""
    if t.dep_ != "conj":
        return False
    after = max(x.i for x in t.subtree) + 1
    if after >= len(t.doc):
        return False
    nxt = t.doc[after]
    return nxt.dep_ == "cop" and nxt.head.i != t.head.i


def _own_clause_head(t: Token) -> bool:
    """``t`` heads a clause of its own: a predicate with its subject or its copula ("la
    Russie est l'agresseur, l'Ukraine est la victime": two clauses, two judgements)."""
    return any(ch.dep_ in ("nsubj", "cop") for ch in t.children) or concessive(t)


def _subject_targets(st: State, verb: Token, span: Span) -> list[Target]:
    """The identified subjects of ``verb`` inside the quote, not the speaker's side."""
    return [
        party_target(st, p)
        for p in st.res.subjects(verb)
        if p.identified and not _first_person(st, p) and p.start >= span.start_char
    ]


def _not_own(st: State, speaker: Party, targets: list[Target]) -> list[Target]:
    """The targets of a positive clause tone without a state speaker's own persons
    (session 22: "« … comme le dit le sultan X »" in a state's words praises nobody but
    its own ruler). States only: a person's country is sometimes misread from the states the
    quote names, so a person's "own state" is no safe filter."""
    if not speaker.actor_id or st.res.actor_type(speaker.actor_id) != "state":
        return targets
    own = {
        aid
        for aid, row in st.res.actors.items()
        if row.get("type") == "person"
        and isinstance(row.get("country"), str)
        and st.states.get(row["country"]) == speaker.actor_id
    }
    return [tg for tg in targets if tg.actor_id not in own]


def _actors_in(st: State, toks: list[Token], speaker: Party) -> list[Target]:
    out: list[Target] = []
    seen = set()
    idxs = {t.i for t in toks}
    doc = st.doc
    if not toks:
        return out
    lo, hi = min(idxs), max(idxs) + 1
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    own = speaker_side(st, speaker)
    for s, e, aid in st.res.mentions_in(start, end):
        if aid in seen or aid == speaker.actor_id or aid in own:
            continue
        t = doc.char_span(s, e, alignment_mode="expand")
        if t is None or not any(x.i in idxs for x in t):
            continue
        seen.add(aid)
        out.append(Target(st.res.actor_name(aid), aid, st.article.text[s:e], s, e))
    for ent in st.res.ents_in(start, end):
        if ent.label_ not in ("LOC", "ORG", "PER") or not any(x.i in idxs for x in ent):
            continue
        if any(not (ent.end_char <= tg.start or ent.start_char >= tg.end) for tg in out):
            continue
        name = st.res.entity_name(ent)
        if name and name[:1].isupper() and fold(name) not in seen:
            seen.add(fold(name))
            out.append(Target(name, None, ent.text, ent.start_char, ent.end_char))
    return out


def speaker_side(st: State, speaker: Party) -> set[str]:
    """The state the speaker speaks for (a minister's, a ministry's): in the speaker's words
    it is "us", never whom the words judge."""
    row = st.res.actors.get(speaker.actor_id or "", {})
    country = row.get("country")
    if not isinstance(country, str) or row.get("type") == "state":
        return set()
    state = st.states.get(country)
    return {state} if state else set()


def _first_person(st: State, p: Party) -> bool:
    words = re.findall(r"[\w']+", norm(st.article.text[p.start : p.end]))
    return bool(words) and words[0] in st.words.first_person
