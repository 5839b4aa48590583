"""Sign guards: rows whose sign or target another rule got wrong, by class (session 18).

Why: a wrong sign costs a reader's trust more than a miss, and the rules that make rows read
one cue word at a time. Some constructions decide the sign or the target from outside that
word; they are read here, on the rows of a sentence, from each row's cue token and target
span (no scan of the sentence's token pairs):

* the manner of a reception: "accueillir avec scepticisme / froidement / d'un mauvais œil
  la proposition de Y" is against it, "avec prudence / sans enthousiasme" neither (the
  verb alone gave +1);
* a locution's own noun as target ("pointer du doigt Y": "doigt"): the phrase after it is
  the target, or no row;
* refusing to comment ("X a refusé de commenter la décision de Y", "de donner son avis"):
  no stance on the matter, no row;
* apologising ("demander pardon"): no demand, no row on "pardon";
* a harm noun whose victim a participle names ("l'agression subie par Y"): for Y when the
  harm is condemned, and the harm alone is the issue; "l'agression de Y" alone, which the
  press writes for the author as often as for the victim, gives no row on Y;
* a good named in someone's words as what a harm verb threatens ("pourrait menacer « la
  paix »"): no +1 on the good for the speaker of the threat;
* a denied judging verb in someone's words ("nous ne considérons pas ce geste comme une menace de
  Y", "il ne s'agit nullement d'une agression"): read like a denied copula, for Y, and no
  row on the blamed word alone;
* a blame in someone's words aimed at Y ("des propos hostiles à l'endroit de Y", "envers
  Y"): Y is the one wronged, no blame on Y;
* an actor after "sans" ("la paix ne se fera pas sans Y"): the clause's verdict says nothing
  of Y, no row;
* a hostile act done "pour apaiser" (session 22: "rappeler son ambassadeur … pour arrondir les
  angles"): no row against the other side.

Words: ``data/lexicons/stance_signs.yaml`` and the ``harm_verbs`` of the evaluative lexicon.
"""

from __future__ import annotations

from spacy.tokens import Span

from analysis.extract.cues import is_speech_verb
from analysis.extract.stance.records import Row, Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import label, party_target, target_np
from analysis.resources.gazetteer import fold, word_set

_LEX = "stance_signs"
_MANNER_DEPS = frozenset(
    {"obl", "obl:mod", "obl:arg", "advmod", "nmod", "advcl", "xcomp", "dep", "acl"}
)
# the quote and clause kinds whose +1 on a threatened good is read by :func:`_threatened`
_WORDS_KINDS = frozenset({"quote", "quote-clause"})
_STOP = frozenset({",", ";", ":", ".", "que", "qu'", "qui", "mais", "et"})


def _set(key: str) -> frozenset[str]:
    return word_set(_LEX, key)


def _manner(st: State, r: Row) -> int:
    """-1 when the cue verb is received in a hostile manner, 0 when guarded, 1 otherwise."""
    tv, i = st.tv, r.cue_tok.i
    if fold(tv.lemma[i]) not in _set("reception_verbs"):
        return 1
    hostile, guarded, lacking = _set("hostile_manners"), _set("guarded_manners"), _set("lacking")
    for c in tv.children[i]:
        if tv.dep[c] not in _MANNER_DEPS:
            continue
        sub = sorted(tv.subtree(c))
        if len(sub) > 8:
            continue
        low = [fold(tv.lower[k]) for k in sub]
        if tv.pos[c] == "ADV" and len(sub) <= 2:
            if low[-1] in _set("hostile_adverbs"):
                return -1
            if low[-1] in guarded:
                return 0
            continue
        first = low[0]
        if first == "sans" and any(w in lacking for w in low):
            return 0
        if first not in ("avec", "d'un", "d'une", "de", "d'"):
            continue
        if first.startswith("d") and "oeil" not in low and "regard" not in low:
            continue
        if any(w in hostile for w in low):
            return -1
        if any(w in guarded for w in low):
            return 0
    return _manner_in_object(st, i, hostile, guarded)


def _manner_in_object(st: State, i: int, hostile: frozenset[str], guarded: frozenset[str]) -> int:
    """ "accueillir la proposition de Y avec méfiance": the parser hangs the manner on the
    object; a manner noun after "avec" inside the object phrase is the verb's."""
    tv = st.tv
    for c in tv.children[i]:
        if tv.dep[c] != "obj":
            continue
        for k in tv.subtree(c):
            w = fold(tv.lower[k])
            if tv.pos[k] != "NOUN" or (w not in hostile and w not in guarded):
                continue
            if any(tv.lower[d] == "avec" for d in tv.children[k]):
                return -1 if w in hostile else 0
    return 1


def _locution_target(st: State, r: Row, sent: Span) -> Row | None:
    """ "pointer du doigt Y": a target that is a word of the cue's own locution is replaced
    by the phrase after it (an actor, else its noun phrase), or the row goes."""
    t = r.target
    if t.actor_id is not None:
        return r
    tw = fold(label(st, t.text))
    if tw not in _set("locution_nouns"):
        return r
    span = st.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return None
    k = span.end
    hi = min(sent.end, k + 12)
    rng = st.res.np_after(k, hi)
    if not rng:
        return None
    p = st.res.party(*rng)
    if p.identified and p.actor_id:
        return Row(r.holder, party_target(st, p), r.polarity, r.cue, r.kind, r.cue_tok)
    tv = st.tv
    heads = [
        m
        for m in range(*rng)
        if tv.pos[m] in ("NOUN", "PROPN") and not rng[0] <= tv.head[m] < rng[1]
    ]
    if not heads:
        return None
    return Row(r.holder, target_np(st, st.doc[heads[0]]), r.polarity, r.cue, r.kind, r.cue_tok)


def _comment_refused(st: State, r: Row) -> bool:
    """The target is an infinitive of commenting ("de commenter …", "de donner son avis"),
    or, after a refusal, a comment noun ("se refuser à tout commentaire sur …")."""
    t = r.target
    span = st.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tv, opinions = st.tv, _set("opinion_nouns")
    for k in range(span.start, min(span.end, span.start + 4)):
        if tv.pos[k] in ("VERB", "AUX") and t.actor_id is None:
            lem = fold(tv.lemma[k])
            if lem in _set("comment_verbs"):
                return True
            if lem in ("donner", "livrer", "emettre", "faire"):
                nxt = [fold(tv.lower[m]) for m in range(k + 1, min(span.end, k + 4))]
                return any(w in opinions for w in nxt)
            return False
        if tv.pos[k] == "NOUN":
            refusal = fold(r.cue).split()[:1] in (["refuser"], ["decliner"], ["s'abstenir"])
            return refusal and fold(tv.lower[k]) in opinions
    return False


def _apology(st: State, r: Row) -> bool:
    """ "demander pardon (à Y)": the demand verb with a bare apology noun apologises; no
    demand on Y, no row on "pardon"."""
    if r.kind != "demand":
        return False
    apology = _set("apology_nouns")
    if r.target.actor_id is None and fold(label(st, r.target.text)) in apology:
        return True
    tv, i = st.tv, r.cue_tok.i
    for c in tv.children[i]:
        if tv.dep[c] == "obj" and fold(tv.lower[c]) in apology:
            if not any(tv.dep[d] == "det" for d in tv.children[c]):
                return True
    return False


def _victim_of_participle(st: State, r: Row, sent: Span) -> list[Row] | None:
    """ "condamner l'agression subie par Y": the harm without its participle, and Y the
    victim (the opposite sign of the harm's row). None when the target has no such
    participle."""
    t = r.target
    if t.actor_id is not None or not r.polarity:
        return None
    span = st.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return None
    tv, low = st.tv, st.low
    for k in range(span.start + 1, min(span.end, span.start + 6) - 1):
        if low[k] in _STOP:
            return None
        if tv.pos[k] in ("VERB", "ADJ") and fold(tv.lemma[k]) in _set("victim_participles"):
            if low[k + 1] != "par":
                return None
            rng = st.res.np_after(k + 2, min(sent.end, k + 12))
            end = st.doc[k - 1].idx + len(st.doc[k - 1])
            text = st.article.text[t.start : end]
            harm = Target(label(st, text), None, text, t.start, end)
            out = [Row(r.holder, harm, r.polarity, r.cue, r.kind, r.cue_tok)]
            if rng:
                p = st.res.party(*rng)
                if p.identified and p.actor_id:
                    out.append(
                        Row(r.holder, party_target(st, p), -r.polarity, r.cue, r.kind, r.cue_tok)
                    )
            return out
    return None


def _ambiguous_harm(st: State, r: Row, sent: Span, rows: list[Row]) -> bool:
    """ "condamner l'agression de Y" with neither "contre Z" nor "par Z": Y could be the
    author or the victim, so no victim reading of Y (the opposite sign of the cue's own row
    on the harm). The author reading, which a rule makes only when the article elsewhere
    names Y the author (:func:`.authored.bare_author`), stays."""
    if r.target.actor_id is None:
        return False
    own = [o.polarity for o in rows if o.cue_tok.i == r.cue_tok.i and o.target.actor_id is None]
    if (own[0] if own else -1) == r.polarity:
        return False
    words = fold(r.cue).split()
    if len(words) < 2 or words[-1] not in _set("ambiguous_harms"):
        return False
    tv, low = st.tv, st.low
    start = st.doc.char_span(r.target.start, r.target.end, alignment_mode="expand")
    if start is None:
        return False
    # the harm noun right before the "de Y" of the target
    k = start.start - 1
    while k > sent.start and low[k] in ("de", "d'", "du", "des", "l'", "la", "le", "les"):
        k -= 1
    if fold(tv.lower[k]) not in _set("ambiguous_harms"):
        return False
    for m in range(start.end, min(sent.end, start.end + 8)):
        if low[m] in ("contre", "par", "envers", "visant", "ciblant"):
            return False
        if low[m] in _STOP:
            break
    return True


def _threatened(st: State, r: Row, sent: Span) -> bool:
    """A +1 on a good that someone's words say a harm verb threatens ("pourrait menacer « la
    paix »", "met en péril « la stabilité »")."""
    if r.polarity <= 0 or r.kind not in _WORDS_KINDS or r.target.actor_id is not None:
        return False
    span = st.doc.char_span(r.target.start, r.target.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tv = st.tv
    harm = st.c.harm_verbs
    for k in range(max(sent.start, span.start - 5), span.start):
        lem = fold(tv.lemma[k])
        if tv.pos[k] in ("VERB", "NOUN") and (lem in harm or tv.lemma[k] in harm):
            return True
        if lem in ("peril", "danger", "atteinte", "cause") and tv.pos[k] == "NOUN":
            return True
    return False


def _denied_judgement(st: State, r: Row) -> bool:
    """A word-level verdict of someone's words whose clause verb is a denied judging verb
    ("nous ne considérons pas ce geste comme une menace de Y")."""
    if r.kind not in _WORDS_KINDS or r.polarity >= 0:
        return False
    tv, i = st.tv, r.cue_tok.i
    # the clause verb, or the verb two steps above the judged word ("voir cela comme une
    # « provocation »": provocation → voir)
    for _ in range(3):
        if tv.pos[i] in ("VERB", "AUX") or tv.head[i] == i:
            break
        i = tv.head[i]
    lem = fold(tv.lemma[i])
    if tv.pos[i] not in ("VERB", "AUX") or lem not in _set("judging_verbs"):
        return False
    if lem in _set("as_verbs") and "comme" not in st.low[i + 1 : min(len(st.low), i + 12)]:
        return False
    denied = False
    for c in tv.children[i]:
        w = fold(tv.lower[c])
        if w in _set("restrictors") or (c + 1 < len(tv.lower) and tv.lower[c + 1] == "seulement"):
            return False
        if tv.dep[c] == "advmod" and w in _set("denials"):
            denied = True
        if w == "cas" and any(fold(tv.lower[d]) == "aucun" for d in tv.children[c]):
            denied = True  # "en aucun cas"
    return denied


def _aimed_at(st: State, r: Row, sent: Span) -> bool:
    """A blame in someone's words whose actor target is what the blamed thing is aimed at
    ("« des propos inamicaux à l'endroit de Y »", "« une campagne hostile envers Y »")."""
    if r.kind not in _WORDS_KINDS or r.polarity >= 0 or r.target.actor_id is None:
        return False
    span = st.doc.char_span(r.target.start, r.target.end, alignment_mode="expand")
    if span is None:
        return False
    low, k = st.low, span.start - 1
    while k > sent.start and low[k] in ("l'", "la", "le", "les"):
        k -= 1
    if k < sent.start:
        return False
    one, two = fold(low[k]), fold(" ".join(low[max(sent.start, k - 1) : k + 1]))
    markers = _set("victim_markers")
    return one in markers or two in markers


def _without(st: State, r: Row, sent: Span) -> bool:
    """A clause verdict in someone's words on Y named after "sans" ("sans Y", "sans la
    participation de Y"): "« la paix ne se fera pas sans Y »" says Y is needed, "« la paix se
    fera sans Y »" that Y is left out; the clause's sign says neither of Y, so no row."""
    if r.kind not in _WORDS_KINDS or r.target.actor_id is None:
        return False
    span = st.doc.char_span(r.target.start, r.target.end, alignment_mode="expand")
    if span is None:
        return False
    low, k = st.low, _before_determiners(st, span.start - 1, sent)
    if low[k] in ("de", "du", "des", "d'") and k - 1 > sent.start and st.tv.pos[k - 1] == "NOUN":
        k = _before_determiners(st, k - 2, sent)  # "sans la participation de Y"
    return low[k] == "sans"


def _appeasing(st: State, r: Row) -> bool:
    """A hostile act (not someone's words) whose verb, or a verb coordinated with it, has the
    aim "pour / afin de" + an appeasement verb ("X a décidé de rappeler son ambassadeur et de
    dépêcher son ministre chez Y pour apaiser la crise"): no stance against Y. Why: the act
    read alone gave a -1 where the writer says the move was meant to mend the relation."""
    if r.polarity >= 0 or r.kind != "rupture":
        return False
    tv, v = st.tv, r.cue_tok.i
    top = v
    for _ in range(2):  # the cue noun's verb ("rappeler son ambassadeur"), over coordination
        if tv.pos[top] == "VERB" and tv.dep[top] != "conj" or tv.head[top] == top:
            break
        top = tv.head[top]
    words = _set("appeasement_verbs")
    for k in r.cue_tok.doc[top].subtree:
        if k.i <= v or fold(k.lemma_) not in words and fold(k.text) not in words:
            continue
        if not any(st.low[m] in ("pour", "afin") for m in range(max(0, k.i - 3), k.i)):
            continue
        if _aim_of(tv, k.i, top) and not (
            tv.head[k.i] == top and is_speech_verb(r.cue_tok.doc[top], st.c)
        ):
            return True  # not "X a dénoncé … pour renouer …": a judgement's aim
    return False


def _aim_of(tv, k: int, top: int) -> bool:
    """The aim ``k`` hangs on the act's verb ``top`` or on a verb coordinated with it ("de
    rappeler son ambassadeur et de dépêcher son ministre pour apaiser"), not on a noun of its
    object ("dénoncer le manque de courage de Y pour renouer …": Y's aim, no appeasement)."""
    h = tv.head[k]
    if h == top:
        return True
    if tv.pos[h] != "VERB" or tv.dep[h] != "conj":
        return False
    node = h
    for _ in range(3):  # up the coordination (the parser may hang it on the object noun)
        node = tv.head[node]
        if node == top:
            return True
        if tv.dep[node] not in ("obj", "conj"):
            return False
    return False


def _before_determiners(st: State, k: int, sent: Span) -> int:
    """The index before the article(s) that end at ``k``."""
    while k > sent.start and st.low[k] in ("l'", "la", "le", "les", "une", "un"):
        k -= 1
    return k


def guarded(st: State, sent: Span, rows: list[Row]) -> list[Row]:
    """The rows of a sentence with the sign guards of the module applied."""
    out: list[Row] = []
    for r in rows:
        if r.polarity > 0 and r.kind in ("verb", "host", "visit", "appreciation"):
            m = _manner(st, r)
            if m == 0 or (m < 0 and r.kind in ("host", "visit")):
                continue
            if m < 0:
                r = Row(r.holder, r.target, -1, r.cue, r.kind, r.cue_tok)
        if (
            _apology(st, r)
            or _comment_refused(st, r)
            or _threatened(st, r, sent)
            or _appeasing(st, r)
        ):
            continue
        if _ambiguous_harm(st, r, sent, rows) or _aimed_at(st, r, sent) or _without(st, r, sent):
            continue
        if _denied_judgement(st, r):
            if r.target.actor_id is None:
                continue  # "+1 provocation" would name nothing
            r = Row(r.holder, r.target, 1, r.cue, r.kind, r.cue_tok)
        r2 = _locution_target(st, r, sent)
        if r2 is None:
            continue
        split = _victim_of_participle(st, r2, sent)
        out.extend(split if split is not None else [r2])
    return out
