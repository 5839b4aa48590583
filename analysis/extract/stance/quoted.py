"""Stances in quoted words (the quotes table): evaluative quotations attributed to a
speaker ("une « visite de façade »"), the evaluative words of direct quotes clause by clause,
and in anyone's attributed words a harming subject ("l'accord risque de vider les
hôpitaux") and a preference ("mieux vaut X plutôt que Y").
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span, Token

from analysis.extract.cues import (
    fold,
    is_negated,
    load_lexicon,
    matches,
    norm,
)
from analysis.extract.quotes.marks import opened_by_straight_single
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.appraisals import appraisal, solidarity
from analysis.extract.stance.bare import bare_speaker_state
from analysis.extract.stance.blame import blame
from analysis.extract.stance.commitments import commitments
from analysis.extract.stance.demands import demands
from analysis.extract.stance.futility import futility
from analysis.extract.stance.hedging import in_hypothesis, negated
from analysis.extract.stance.negation_scope import negative_subject
from analysis.extract.stance.opponents import concessive, unopposed
from analysis.extract.stance.overtures import overtures
from analysis.extract.stance.privative import deprived
from analysis.extract.stance.records import Target
from analysis.extract.stance.reliance import reliance
from analysis.extract.stance.spoken import spoken
from analysis.extract.stance.state import State
from analysis.extract.stance.superlatives import superlatives
from analysis.extract.stance.targets import (
    complement_actor,
    label,
    object_of,
    party_target,
    prep_np,
    segment_end,
    target_np,
    target_range,
)
from analysis.extract.stance.verdicts import verdicts
from analysis.resources.datacache import derived


def term_polarity(st: State, tokens: list[Token]) -> list[tuple[Token, int]]:
    """Evaluative terms among ``tokens`` (single words and multi-word expressions)."""
    out = []
    low, lemma = st.low, st.tv.lemma
    words = [low[t.i] for t in tokens]
    lemmas = [norm(lemma[t.i]) for t in tokens]
    heads = st.term_heads
    size = len(tokens)
    for i, t in enumerate(tokens):
        if words[i] in currency_senses()[0] and _currency(st, t):
            continue  # "300 milliards de francs CFA": money, no judgement
        # a multi-word term starts with one of its head words (a set test saves the joins)
        multi = words[i] in heads or lemmas[i] in heads
        for n in (3, 2, 1):
            if i + n > size or (n > 1 and not multi):
                continue
            w = " ".join(words[i : i + n])
            lm = " ".join(lemmas[i : i + n])
            sign = 1 if w in st.c.positive_terms or lm in st.c.positive_terms else 0
            if not sign and (w in st.c.negative_terms or lm in st.c.negative_terms):
                sign = -1
            if sign:  # "le manque de « courage »": a quality lacking (:mod:`.privative`)
                out.append((t, -sign if deprived(st, t) else sign))
                break
    return out


@derived
def currency_senses() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The ``currency_senses`` of ``stance_evaluative.yaml``: the words, and the quantities,
    articles and qualifiers that make them a currency."""
    d = load_lexicon("stance_evaluative").get("currency_senses") or {}
    keys = ("words", "quantities", "articles", "qualifiers")
    return tuple(frozenset(norm(w) for w in d.get(k) or []) for k in keys)  # type: ignore[return-value]


_MARKS = frozenset({'"', "«", "»", "“", "”"})


def _currency(st: State, t: Token) -> bool:
    """ "300 milliards de francs CFA", "le franc suisse", "en francs": the word names money.
    Why: "franc" is also an evaluative adjective ("des échanges francs"), and a sum in an
    article is no one's judgement. Read on the words around it (the tagger reads both
    senses as nouns): a number, an article or "en" before it, "de" after a quantity, a
    currency qualifier after it."""
    _w, quantities, articles, qualifiers = currency_senses()
    low, pos = st.low, st.tv.pos
    k = t.i - 1
    while k >= 0 and low[k] in _MARKS:
        k -= 1
    if k >= 0 and (pos[k] == "NUM" or low[k] in articles):
        return True
    if k >= 1 and low[k] in ("de", "d'") and (pos[k - 1] == "NUM" or low[k - 1] in quantities):
        return True
    return t.i + 1 < len(low) and low[t.i + 1] in qualifiers


def _quote_span(st: State, q) -> Span | None:
    """The tokens of quote ``q`` (memoised on it: both quote rules read them)."""
    if not hasattr(q, "span"):
        q.span = st.doc.char_span(int(q.start), int(q.end), alignment_mode="expand")
    return q.span


def quote_stances(st: State, sent: Span, quotes: list) -> None:
    tv = st.tv
    for q in quotes:
        if q.kind == "reported":
            continue
        span = _quote_span(st, q)
        if span is None:
            continue
        punct, all_toks = tv.punct, tv.tokens
        toks = [all_toks[x] for x in range(span.start, span.end) if not punct[x]]
        terms = [(t, p) for t, p in term_polarity(st, toks) if not _names_an_agreement(st, t)]
        if not terms:
            continue
        speaker = (
            _speaker_of(st, q, span)
            if isinstance(q.speaker, str)
            else _quoting_subject(st, span) or _sentence_speaker(st, span, sent)
        )
        if speaker is None:
            continue
        if q.kind in ("partial", "scare") and q.words <= 6:
            _evaluative_quote(st, speaker, span, terms, sent)
        elif not opened_by_straight_single(st.article.text, int(q.start)):
            _quote_clauses(st, speaker, span, terms, sent)


def _names_an_agreement(st: State, t: Token) -> bool:
    """ "le traité d'amitié et de coopération", "l'accord de partenariat": a word after "de"
    that names the kind of an agreement is its name, not a judgement (suspending
    a "traité d'amitié" is no friendly word)."""
    nouns = st.c.acts["agreements"]["objects"]
    low, pos = st.low, st.tv.pos
    k = t.i - 1
    for _ in range(8):  # back over the coordinated complements: "d'amitié, de bon voisinage"
        if k < 1 or low[k] in (".", ";", ":"):
            return False
        if low[k] in ("de", "d'", "du", "des") and (low[k - 1] in nouns or pos[k - 1] == "DET"):
            m = k - 1 if low[k - 1] in nouns else k - 2
            if m >= 0 and low[m] in nouns:
                return True
        k -= 1
    return False


def _quoting_subject(st: State, span: Span) -> Party | None:
    """The holder of a quotation nobody is credited with: the subject of the verb that
    mentions or qualifies it ("X a évoqué une attitude « hostile » de Y", "en les qualifiant
    de « dérapage »", "faisant état de discussions « productives »": X)."""
    inside = {t.i for t in span}
    node = next((t for t in span if t.head.i not in inside and not t.is_punct), span[0])
    nouns = 0  # the quotation, the noun it qualifies, then the verb: no further
    for _ in range(4):
        node = node.head
        if node.i in inside:
            continue
        if node.pos_ in ("VERB", "AUX"):
            break
        nouns += 1
        cue = st.c.participle_cues
        if (
            nouns > 1
            or node.head.i == node.i
            or any(matches(ch, cue, st.c) for ch in node.children)
        ):
            return None  # "une visite qualifiée « d'historique »": by no one named
    else:
        return None
    if not matches(node, st.c.speech | st.c.participle_cues | st.words.quoting_verbs, st.c):
        return None
    form, tense = node.morph.get("VerbForm"), node.morph.get("Tense")
    if "Part" in form and "Past" in tense and node.dep_ in ("acl", "amod"):
        return None  # "une visite qualifiée « d'historique »": by no one named
    detached = "Part" in form and "Pres" in tense
    if detached and node.head.i != node.i:
        # ", faisant état de ...": the subject of the main clause
        node = next((h for h in node.ancestors if h.pos_ in ("VERB", "AUX")), node)
    subjects = [
        p
        for p in st.res.subjects(node)
        if p.identified and p.kind in ("actor", "name") and not st.res.in_quote(p.start)
    ]
    return subjects[0] if subjects else None


def _sentence_speaker(st: State, span: Span, sent: Span) -> Party | None:
    """A quotation nobody is credited with after a credited quote of the same sentence ("«
    ... », a déclaré X, faisant état de discussions « productives »"): that quote's speaker
    goes on."""
    before = [p for a, b, p in st.voiced if sent.start_char <= a and b <= span.start_char]
    return before[-1] if before else None


def _speaker_of(st: State, q, span: Span) -> Party:
    """The quote's speaker as a stance holder: its actor when the quotes step linked one; a
    bare governing noun ("un communiqué du ministère") is the state in context."""
    actor_id = q.speaker_id if isinstance(q.speaker_id, str) else None
    kind = "actor" if actor_id else "name"
    return bare_speaker_state(
        st, Party(q.speaker, actor_id, int(q.start), int(q.end), kind), span[0]
    )


def quote_judgements(st: State, sent: Span, quotes: list) -> None:
    """Judgements in anyone's attributed words, reported speech included: a subject that
    harms ("l'accord risque de vider les hôpitaux"), a preference ("mieux vaut X
    plutôt que Y") and an actor's quality (:mod:`~analysis.extract.stance.appraisals`)."""
    tv, low = st.tv, st.low
    pos, toks = tv.pos, tv.tokens
    for q in quotes:
        if not isinstance(q.speaker, str):
            continue
        span = _quote_span(st, q)
        if span is None:
            continue
        speaker = _speaker_of(st, q, span)
        commitments(st, speaker, span, sent, q.kind == "reported")
        blame(st, speaker, span, sent)
        superlatives(st, speaker, span, sent)
        overtures(st, speaker, span, sent, q.kind == "reported")
        verdicts(st, speaker, span, sent)
        demands(st, speaker, span, sent)
        futility(st, speaker, span, sent)
        reliance(st, speaker, span, sent)
        spoken(st, speaker, span, sent)
        for x in range(span.start, span.end):
            if pos[x] == "VERB" and matches(toks[x], st.c.harm_verbs, st.c):
                _harm_subject(st, speaker, toks[x], span, sent)
            elif low[x] == "vaut" and x + 1 < span.end:
                _preference(st, speaker, toks[x], span, sent)
            elif pos[x] == "NOUN":
                appraisal(st, speaker, toks[x], span, sent)
                if q.kind != "reported":
                    solidarity(st, speaker, toks[x], span, sent)


def _harm_subject(st: State, speaker: Party, verb: Token, span: Span, sent: Span) -> None:
    if negated(st, verb):
        return
    subj = st.res.subject_tokens(verb)
    if not subj or not (span.start <= subj[0].i < span.end) or subj[0].pos_ == "PRON":
        return
    if st.low[st.res.chunk(subj[0], pps=False, appos=False)[0]] in st.words.first_person:
        return  # "« notre objectif est d'affaiblir Y »": the speaker's own aim (commitments)
    head = subj[0].head
    stop = head.i if subj[0].i < head.i <= verb.i else None
    target = target_np(st, subj[0], stop=stop, pps=False)
    if target.actor_id and target.actor_id in _own_side(st, speaker) | {speaker.actor_id}:
        return  # "le Canada doit isoler Y", said by its minister: the speaker's side acts
    cue = f"{norm(verb.lemma_)} (propos)"
    st.add([speaker], target, -1, cue, "quote-clause", verb, sent)


def _preference(st: State, speaker: Party, t: Token, span: Span, sent: Span) -> None:
    """ "Mieux vaut X plutôt que Y" / "il vaut mieux X que Y"."""
    doc = st.doc
    before = norm(doc[t.i - 1].text) if t.i > span.start else ""
    after = norm(doc[t.i + 1].text)
    if before != "mieux" and after != "mieux":
        return
    a = t.i + (2 if after == "mieux" else 1)
    end = segment_end(st, a, sent)
    end = min(end, span.end)
    cut = next(
        (
            k
            for k in range(a, end)
            if norm(doc[k].text) == "plutôt" or (norm(doc[k].text) == "que" and k > a + 2)
        ),
        end,
    )
    if cut <= a:
        return
    for lo, hi, pol in ((a, cut, 1), (cut + 1, end, -1)):
        while lo < hi and (norm(doc[lo].text) in ("que", "qu'", "de", "d'") or doc[lo].is_punct):
            lo += 1
        if hi - lo < 2:
            continue
        start, stop = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
        text = st.article.text[start:stop]
        target = Target(label(st, text), None, text, start, stop)
        st.add([speaker], target, pol, "mieux vaut", "quote-clause", t, sent)


Terms = list[tuple[Token, int]]
# the verbs whose object a quotation qualifies ("qualifier les échanges de « francs »")
_QUALIFYING_EXTRA = frozenset({"trouver"})


def _evaluative_quote(st: State, speaker: Party, span: Span, terms: Terms, sent: Span) -> None:
    """A short quotation with evaluative words ("une « visite de façade »", "le « criminel de
    guerre X »"): the speaker judges the noun phrase it belongs to (or qualifies)."""
    total = sum(p for _, p in terms)
    polarity = 1 if total > 0 else -1 if total < 0 else 0
    if not polarity:
        return
    inside = {t.i for t in span}
    noun = _quoted_noun(st, span, inside, sent)
    if noun is None:
        return
    if noun.i not in inside and noun.head.pos_ == "VERB" and negated(st, noun.head):
        return  # "X n'a jamais qualifié Y de « dictateur »": a denied verdict, no row
    qualifier = _qualified_object(st, noun, inside)
    i, j = st.res.chunk(noun, pps=False, appos=False)
    end = _quoted_phrase_end(st, j if qualifier else max(j, span[-1].i + 1), sent)
    start = i if qualifier else min(i, span[0].i)
    target = _named_target(st, target_range(st, start, end, noun), noun, span, inside, sent, j)
    cue = " ".join(norm(t.text) for t, _ in terms)
    st.add([speaker], target, polarity, f"« {cue} »", "quote", span[0], sent)


def _quoted_noun(st: State, span: Span, inside: set[int], sent: Span) -> Token | None:
    """The noun the quotation is part of: its root, the noun it depends on, or the object of
    the verb it depends on; "qualifier les échanges de « francs »": the verb's object."""
    roots = [t for t in span if t.head.i not in inside and not t.is_punct]
    root = roots[0] if roots else span[0]
    noun = None
    if root.pos_ in ("NOUN", "PROPN"):
        noun = root
    elif root.head.pos_ in ("NOUN", "PROPN") and root.head.i not in inside:
        noun = root.head
    if noun is None and root.head.pos_ in ("VERB", "AUX") and root.head.i not in inside:
        noun = object_of(st, root.head, sent)
    outer = root.head
    if (
        noun is root
        and outer.i not in inside
        and outer.pos_ == "NOUN"
        and outer.dep_ == "obj"
        and matches(outer.head, st.c.participle_cues | _QUALIFYING_EXTRA, st.c)
    ):
        noun = outer
    return _qualified_before(st, span, sent) or noun


def _qualified_before(st: State, span: Span, sent: Span) -> Token | None:
    """The object of a qualifying verb before "de « ... »" ("X qualifie la visite de Y de
    « début d'un nouveau chapitre »": the visit), read linearly: the parser often hangs the
    quotation on the object's last noun."""
    k = span.start - 1
    while k > sent.start and st.low[k] in ('"', "«", "“"):
        k -= 1
    if k <= sent.start or st.low[k] not in ("de", "d'", "comme"):
        return None
    qualifying = st.c.participle_cues | _QUALIFYING_EXTRA
    for v in range(k - 1, max(sent.start, k - 14) - 1, -1):
        tok = st.doc[v]
        if tok.pos_ == "VERB" and matches(tok, qualifying, st.c):
            obj = next((ch for ch in tok.children if ch.dep_ == "obj" and v < ch.i < k), None)
            return obj if obj is not None and obj.pos_ in ("NOUN", "PROPN") else None
        if st.low[v] in (".", ";", ":"):
            return None
    return None


def _qualified_object(st: State, noun: Token, inside: set[int]) -> bool:
    """The noun is outside the quotation, the object of a qualifying verb: the target is the
    noun phrase alone."""
    return (
        noun.i not in inside
        and noun.dep_ == "obj"
        and (matches(noun.head, st.c.participle_cues | _QUALIFYING_EXTRA, st.c) is not None)
    )


def _quoted_phrase_end(st: State, end: int, sent: Span) -> int:
    """The end of the judged phrase: past closing quote marks and an addressee complement
    ("une « trahison » envers X")."""
    doc = st.doc
    while end < sent.end and doc[end].text in ('"', "»", "”"):
        end += 1
    hit = prep_np(st, end, st.words.addressee_preps, sent, window=1)
    if hit is not None:
        _i2, j2 = st.res.chunk(hit[1], pps=True, appos=False)
        end = max(end, j2)
    return end


def _named_target(
    st: State,
    target: Target,
    noun: Token,
    span: Span,
    inside: set[int],
    sent: Span,
    j: int,
) -> Target:
    """The actor the judged phrase stands for: one named in the quotation ("le « criminel de
    guerre X »"), or the "de" complement of an attribute noun ("la « provocation » de X")."""
    if target.actor_id is None and noun.i in inside:
        for _s, _e, aid in st.res.mentions_in(span.start_char, span.end_char):
            target = Target(st.res.actor_name(aid), aid, target.text, target.start, target.end)
            break
    if target.actor_id is None and norm(noun.lemma_) in st.words.attribute_nouns:
        aid = complement_actor(st, noun, min(sent.end, j + 8))
        if aid:
            target = Target(st.res.actor_name(aid), aid, target.text, target.start, target.end)
    return target


def _quote_clauses(st: State, speaker: Party, span: Span, terms: Terms, sent: Span) -> None:
    """A direct quote's evaluative words, clause by clause: the speaker is for/against the
    actors of each clause whose words add up positive/negative."""
    _negative_nouns(st, speaker, terms, sent)
    _epithets(st, speaker, terms, sent)
    by_clause = _clause_scores(st, span, terms)
    for ci, score in by_clause.items():
        if not score:
            continue
        clause = st.doc[ci]
        if _reported_inside(st, clause, span, speaker):
            continue
        polarity = 1 if score > 0 else -1
        targets = _clause_targets(st, clause, span, speaker, len(by_clause) == 1)
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


def _negative_nouns(st: State, speaker: Party, terms: Terms, sent: Span) -> None:
    """A negative noun is the speaker's own judgement whatever the clause says about it
    ("n'ont pas à subir d'ingérence extérieure": against interference)."""
    for tok, pol in terms:
        if pol < 0 and tok.pos_ == "NOUN":
            target = target_np(st, tok, pps=False)
            if not st.res.mentions_in(target.start, target.end):
                issue = Target(target.name, None, target.text, target.start, target.end)
                cue = f"« {norm(tok.text)} »"
                st.add([speaker], issue, -1, cue, "quote-clause", tok, sent)


def _epithets(st: State, speaker: Party, terms: Terms, sent: Span) -> None:
    """An evaluative adjective on a noun that names no actor is the speaker's judgement of
    that thing ("« ce traité historique »", "« cet événement inacceptable »"): for/against
    the noun phrase, up to its epithets. Not on a noun that carries a sign of its own or
    names a problem ("un différend historique", "une crise sans précédent": the adjective
    says lasting or large, not good), nor under a negation."""
    for tok, pol in terms:
        noun = tok.head
        if tok.dep_ != "amod" or tok.pos_ not in ("ADJ", "VERB") or noun.pos_ != "NOUN":
            continue
        if is_negated(tok, st.c) or negated(st, noun) or _names_an_agreement(st, tok):
            continue
        if in_hypothesis(st, noun) or norm(noun.lemma_) in designators():
            continue  # "l'ancienne puissance coloniale": a way to name a party, no verdict
        if pol > 0 and (_noun_sign(st, noun) < 0 or norm(noun.lemma_) in problem_nouns()):
            continue
        if pol < 0 and _noun_sign(st, noun) > 0 and tok.i < noun.i:
            continue  # "un faux partenaire": the adjective denies the noun
        if norm(noun.lemma_) in _relation_words(st) or norm(noun.text) in _relation_words(st):
            # "les excellentes relations de bon voisinage entre nos deux pays": the relation
            # with its parties
            target = _with_parties(st, target_np(st, noun, pps=True), sent)
        else:
            target = target_np(st, noun, stop=max(noun.i, tok.i) + 1, pps=False)
        if st.res.mentions_in(target.start, target.end):
            continue  # an actor named in it: the clause rules judge it
        issue = Target(label(st, target.text), None, target.text, target.start, target.end)
        st.add([speaker], issue, pol, f"« {norm(tok.text)} »", "quote-clause", tok, sent)


def _with_parties(st: State, target: Target, sent: Span) -> Target:
    """A relation's phrase extended over the "entre X et Y" that follows it (up to the
    next punctuation)."""
    tv = st.tv
    k = bisect.bisect_left(tv.idx, target.end)
    if k >= sent.end or st.low[k] != "entre":
        return target
    j = k + 1
    while j < sent.end and not tv.punct[j]:
        j += 1
    text = st.article.text[target.start : tv.end[j - 1]]
    return Target(label(st, text), target.actor_id, text, target.start, tv.end[j - 1])


@derived
def problem_nouns() -> frozenset[str]:
    """The ``problem_nouns`` of ``stance_evaluative.yaml``."""
    return frozenset(norm(w) for w in load_lexicon("stance_evaluative").get("problem_nouns") or [])


@derived
def designators() -> frozenset[str]:
    """The ``designator_nouns`` of ``stance_evaluative.yaml``."""
    lex = load_lexicon("stance_evaluative")
    return frozenset(norm(w) for w in lex.get("designator_nouns") or [])


def _noun_sign(st: State, noun: Token) -> int:
    """The sign a noun carries by itself: an evaluative term, a friction, an enemy."""
    words = {norm(noun.text), norm(noun.lemma_)}
    c = st.c
    if words & (c.negative_terms | c.acts["frictions"]["nouns"] | c.relation_oppose):
        return -1
    if words & c.positive_terms:
        return 1
    return 0


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
        neg = (negated(st, clause) and not negative_subject(tok, clause, pol)) or is_negated(
            tok, st.c
        )
        pol = -pol if against(tok) else pol
        if neg and pol < 0 and tok.pos_ == "NOUN" and _authored(st, tok):
            # "« nous n'accepterons jamais les ingérences de X »": refusing X's wrong still
            # judges it wrong; "pas d'ingérence de X", "aucune agression de X": denied, no
            # verdict (a wrong with no author named keeps the flip: "nos relations n'ont pas
            # à subir d'ingérence": for the relation's sides)
            by_clause[clause.i] = by_clause.get(clause.i, 0) + (0 if _denied_noun(st, tok) else -1)
            continue
        by_clause[clause.i] = by_clause.get(clause.i, 0) + (-pol if neg else pol)
    return by_clause


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


# the determiners that deny a noun ("aucune agression") and the negations that deny one
# through a bare "de" ("pas d'ingérence", "sans ingérence", "jamais de menace")
_DENYING_DETS = frozenset({"aucun", "aucune", "nul", "nulle"})
_NEGATIONS = frozenset({"pas", "plus", "jamais", "sans", "ni", "point"})


def _denied_noun(st: State, tok: Token) -> bool:
    """A negative noun whose existence the clause denies ("il n'y a pas d'ingérence de X",
    "X n'a commis aucune agression"). Why: a negated verb over a wrong named with a definite
    determiner refuses the wrong ("ne pas accepter / céder à / tolérer le chantage de X": X
    still blamed), while a denied noun clears X or says nothing: no sign then."""
    low, k = st.low, tok.i - 1
    while k > tok.sent.start and st.tv.pos[k] == "ADJ":
        k -= 1
    if low[k] in _DENYING_DETS or low[k] in _NEGATIONS:
        return True
    return low[k] in ("de", "d'") and k > tok.sent.start and low[k - 1] in _NEGATIONS


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
            if head.dep_.startswith("acl") and norm(head.head.lemma_) in _relation_words(st):
                return False  # "ce partenariat qui nous lie à X": the relation's partner
            below = any(a.i == clause.i for a in head.ancestors)
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


def _relation_words(st: State) -> frozenset[str]:
    acts = st.c.acts
    return acts["rapprochement"]["objects"] | acts["agreements"]["objects"]


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
    while node.head.i != node.i and node.i != clause.i:
        if node.dep_ in ("acl", "acl:relcl") and node.pos_ in ("VERB", "AUX"):
            # "ce partenariat qui nous lie à X": a relation stands for its partner
            return norm(node.head.lemma_) not in _relation_words(st)
        if node.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
    return False


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


def _actors_in(st: State, toks: list[Token], speaker: Party) -> list[Target]:
    out: list[Target] = []
    seen = set()
    idxs = {t.i for t in toks}
    doc = st.doc
    if not toks:
        return out
    lo, hi = min(idxs), max(idxs) + 1
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    own = _own_side(st, speaker)
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
        name = st.res._entity_name(ent)
        if name and name[:1].isupper() and fold(name) not in seen:
            seen.add(fold(name))
            out.append(Target(name, None, ent.text, ent.start_char, ent.end_char))
    return out


def _own_side(st: State, speaker: Party) -> set[str]:
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
