"""Stances in quoted words (the quotes table): evaluative quotations attributed to a
speaker ("une « visite de façade »"), the evaluative words of direct quotes clause by clause,
and in anyone's attributed words a harming subject ("l'accord risque de vider les
hôpitaux") and a preference ("mieux vaut X plutôt que Y").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import (
    matches,
    norm,
)
from analysis.extract.quotes.marks import opened_by_straight_single
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.appraisals import appraisal, solidarity
from analysis.extract.stance.blame import blame
from analysis.extract.stance.commitments import commitments
from analysis.extract.stance.demands import demands
from analysis.extract.stance.futility import futility
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.overtures import overtures
from analysis.extract.stance.quote_clauses import read_clauses, speaker_side
from analysis.extract.stance.quote_words import (
    Terms,
    quote_span,
    quote_speaker,
    quote_terms,
)
from analysis.extract.stance.records import Target
from analysis.extract.stance.reliance import reliance
from analysis.extract.stance.spoken import spoken
from analysis.extract.stance.state import State
from analysis.extract.stance.superlatives import superlatives
from analysis.extract.stance.targets import (
    complement_actor,
    is_attribute_noun,
    label,
    object_of,
    prep_np,
    segment_end,
    target_np,
    target_range,
)
from analysis.extract.stance.verdicts import verdicts


def quote_stances(st: State, sent: Span, quotes: list) -> None:
    for q in quotes:
        if q.kind == "reported":
            continue
        read = quote_terms(st, q)
        if read is None or not read[1]:
            continue
        span, terms = read
        speaker = (
            quote_speaker(st, q, span)
            if isinstance(q.speaker, str)
            else _quoting_subject(st, span) or _sentence_speaker(st, span, sent)
        )
        if speaker is None:
            continue
        if q.kind in ("partial", "scare") and q.words <= 6:
            _evaluative_quote(st, speaker, span, terms, sent)
        elif not opened_by_straight_single(st.article.text, int(q.start)):
            read_clauses(st, speaker, span, terms, sent)


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


def quote_judgements(st: State, sent: Span, quotes: list) -> None:
    """Judgements in anyone's attributed words, reported speech included: a subject that
    harms ("l'accord risque de vider les hôpitaux"), a preference ("mieux vaut X
    plutôt que Y") and an actor's quality (:mod:`~analysis.extract.stance.appraisals`)."""
    tv, low = st.tv, st.low
    pos, toks = tv.pos, tv.tokens
    for q in quotes:
        if not isinstance(q.speaker, str):
            continue
        span = quote_span(st, q)
        if span is None:
            continue
        speaker = quote_speaker(st, q, span)
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
    target = target_np(st, subj[0], stop=stop)
    if target.actor_id and target.actor_id in speaker_side(st, speaker) | {speaker.actor_id}:
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


# the verbs whose object a quotation qualifies ("qualifier les échanges de « francs »")
_QUALIFYING_EXTRA = frozenset({"trouver"})


def _evaluative_quote(st: State, speaker: Party, span: Span, terms: Terms, sent: Span) -> None:
    """A short quotation with evaluative words ("une « visite de façade »", "le « criminel de
    guerre X »"): the speaker judges the noun phrase it belongs to (or qualifies)."""
    total = sum(_denied_in_quote(st, t, span, p) for t, p in terms)
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


# the negators that deny a term inside a short quotation ("qui n'est « pas honnête »")
_QUOTE_NEGATORS = frozenset({"pas", "jamais", "guère", "nullement", "aucunement", "point"})


def _denied_in_quote(st: State, tok: Token, span: Span, polarity: int) -> int:
    """The term's polarity in a short quotation, a negator just before it inside the quote
    taken into account: an adjective denied ("« pas honnête »", "« jamais acceptable »") says
    the opposite; any other term denied ("« pas de provocation »") says nothing. Why: the
    quotation's words were summed as they stood, so a denied praise read as praise (a
    wrong sign, session 24)."""
    lo = max(span.start, tok.i - 2)
    if not any(st.low[k] in _QUOTE_NEGATORS for k in range(lo, tok.i)):
        return polarity
    return -polarity if tok.pos_ == "ADJ" else 0


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
    if target.actor_id is None and is_attribute_noun(st, noun):
        aid = complement_actor(st, noun, min(sent.end, j + 8))
        if aid:
            target = Target(st.res.actor_name(aid), aid, target.text, target.start, target.end)
    return target
