"""Assessments in a speaker's words that carry no polar verb (session 14, second pass).

Why: officials judge a step, a part played or an opponent's honesty in set phrases of the
press, none of which holds a word of the evaluative lexicons:

* a **step**: "« cet accord est un pas dans la bonne direction »", "« … constitue un pas
  en avant / une étape importante »", "« … marque un pas en arrière »" — for (against) the
  subject of the copula or of "constituer / représenter / marquer";
* a **part played**: "« le Qatar a joué un rôle déterminant / essentiel / clé »" — for
  the subject of "jouer"; "« un rôle déstabilisateur / néfaste »" — against it;
* **lying**: "« la Russie ment »", "« la propagande / les mensonges du Kremlin »" — against
  the liar;
* **accountability**: "« Y doit des explications au monde »", "« Y devra répondre de ses
  actes »" — against Y;
* **exclusion**: "« Y est déclaré persona non grata »", "« Y est indésirable »", "« Y ne
  sera pas admis (au Nicaragua) »" — against the person or state, never the place.

Precision first: a negation ("la Russie ne ment pas", "n'est pas un pas en avant"), a
hypothesis or a question gives nothing, and so does a pronoun or first-person subject ("c'est
un pas dans la bonne direction": what "c'" stands for is not read here) or the speaker's own
side.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import lemma_keys
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.collective import is_named
from analysis.extract.stance.hedging import asked, in_hypothesis, negated
from analysis.extract.stance.overtures import own_side
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target, target_np

_STEP_NOUNS = frozenset({"pas", "étape", "jalon"})
# what qualifies a step: the words right after the noun (or the adjective before it)
_STEP_SIGNS = {
    "dans la bonne direction": 1,
    "dans la bonne voie": 1,
    "en avant": 1,
    "dans la mauvaise direction": -1,
    "en arrière": -1,
}
_GOOD_STEP_ADJ = frozenset(
    {
        "important",
        "importante",
        "décisif",
        "décisive",
        "positif",
        "positive",
        "significatif",
        "significative",
        "majeur",
        "majeure",
        "historique",
        "encourageant",
        "encourageante",
        "bienvenu",
        "bienvenue",
        "grand",
        "grande",
        "considérable",
        "crucial",
        "cruciale",
        "essentiel",
        "essentielle",
    }
)
_STEP_VERBS = frozenset({"constituer", "représenter", "marquer"})
_MOVE_VERBS = frozenset({"faire", "franchir", "accomplir"})
_GOOD_ROLE_ADJ = _GOOD_STEP_ADJ | frozenset(
    {
        "déterminant",
        "déterminante",
        "clé",
        "clef",
        "central",
        "centrale",
        "constructif",
        "constructive",
        "moteur",
        "précieux",
        "précieuse",
        "actif",
        "active",
        "capital",
        "capitale",
        "primordial",
        "primordiale",
        "fondamental",
        "fondamentale",
        "remarquable",
        "inestimable",
    }
)
_BAD_ROLE_ADJ = frozenset(
    {
        "déstabilisateur",
        "déstabilisatrice",
        "néfaste",
        "négatif",
        "négative",
        "trouble",
        "nuisible",
        "destructeur",
        "destructrice",
        "pernicieux",
        "pernicieuse",
        "malveillant",
        "malveillante",
    }
)
_LIE_NOUNS = frozenset(
    {"mensonge", "mensonges", "propagande", "désinformation", "intox", "affabulations"}
)
# the finite and past forms of "mentir" (the tagger reads "ment" as a noun after a name)
_LIE_FORMS = frozenset(
    {"ment", "mentent", "mentait", "mentaient", "menti", "mentira", "mentiront", "mentez"}
)
_EXCLUDED_ADJ = frozenset({"indésirable", "indésirables"})
_ADMITTED = frozenset({"admis", "admise", "admises", "accepté", "acceptée", "acceptés"})


def assessments(st: State, speaker: Party, span: Span, sent: Span) -> None:
    """Each assessment of the module in ``speaker``'s quote. Cheap test first: the word."""
    low, pos = st.low, st.tv.pos
    for x in range(span.start, span.end):
        w = low[x]
        if w in _STEP_NOUNS and x > span.start and (pos[x] == "NOUN" or low[x - 1] == "un"):
            _step(st, speaker, st.tv.tokens[x], sent)
        elif w in ("rôle", "rôles"):
            _role(st, speaker, st.tv.tokens[x], sent)
        elif w in _LIE_FORMS:
            _liar(st, speaker, st.tv.tokens[x], sent)
        elif w in _LIE_NOUNS:
            _lies(st, speaker, st.tv.tokens[x], sent)
        elif w in ("explication", "explications", "répondre"):
            _accountable(st, speaker, st.tv.tokens[x], sent)
        elif w == "grata" or w in _EXCLUDED_ADJ or w in _ADMITTED:
            _excluded(st, speaker, st.tv.tokens[x], sent)


def _step_sign(st: State, t: Token, sent: Span) -> int:
    after = " ".join(st.low[t.i + 1 : min(sent.end, t.i + 5)])
    for phrase, sign in _STEP_SIGNS.items():
        if after.startswith(phrase):
            return sign
    near = {st.low[k] for k in (t.i - 1, t.i + 1) if sent.start <= k < sent.end}
    return 1 if near & _GOOD_STEP_ADJ else 0


def _step(st: State, speaker: Party, t: Token, sent: Span) -> None:
    """ "X est / constitue un pas dans la bonne direction"; "X a fait un pas en avant"."""
    if t.i == 0 or st.low[t.i - 1] not in ("un", "une", "le", "la", "l'", "ce", "cette", "nouveau"):
        if not (t.i > 1 and st.low[t.i - 2] in ("un", "une", "ce", "cette")):
            return
    sign = _step_sign(st, t, sent)
    if sign == 0:
        return
    cue = f"{st.low[t.i]} ({'+' if sign > 0 else '-'})"
    if any(c.dep_ == "cop" for c in t.children):
        _judge_subject(st, speaker, t, sign, cue, sent)
    elif t.dep_ == "obj" and lemma_keys(t.head, st.c) & (_STEP_VERBS | _MOVE_VERBS):
        _judge_subject(st, speaker, t.head, sign, cue, sent)
    else:  # the parse lost the noun ("pas" read as the negation): the verb before it
        det = t.i - 1 if st.low[t.i - 1] in ("un", "une") else t.i - 2
        verb = _verb_before(st, det - 1, sent)
        if verb is not None and lemma_keys(verb, st.c) & (_STEP_VERBS | _MOVE_VERBS | {"être"}):
            _judge_before(st, speaker, verb, sign, cue, sent)


def _role(st: State, speaker: Party, t: Token, sent: Span) -> None:
    """ "X a joué un rôle déterminant / déstabilisateur"."""
    verb = t.head
    if t.dep_ != "obj" or "jouer" not in lemma_keys(verb, st.c):
        return
    adjs = {st.low[c.i] for c in t.children if c.dep_ in ("amod", "nmod", "compound")}
    adjs |= {st.low[k] for k in (t.i + 1, t.i + 2) if k < sent.end}
    sign = 1 if adjs & _GOOD_ROLE_ADJ else -1 if adjs & _BAD_ROLE_ADJ else 0
    if sign:
        _judge_subject(st, speaker, verb, sign, "rôle", sent)


def _liar(st: State, speaker: Party, t: Token, sent: Span) -> None:
    """ "X ment", "X a menti": against the subject right before the verb (and its
    auxiliary), whatever the parse ("ment" is read as part of a name)."""
    k = t.i
    if st.low[k] == "menti":
        k -= 1
        if k <= sent.start or st.tv.pos[k] != "AUX":
            return
    if st.low[t.i + 1 : t.i + 2] in (["pas"], ["jamais"], ["plus"]) or negated(st, t):
        return
    _judge_before(st, speaker, st.tv.tokens[k], -1, "mentir", sent)


def _lies(st: State, speaker: Party, t: Token, sent: Span) -> None:
    """ "les mensonges / la propagande de X": against X, named right after "de"."""
    k = t.i + 1
    if k >= sent.end or st.low[k] not in ("de", "du", "des", "d'"):
        return
    if in_hypothesis(st, t) or asked(st, t, sent):
        return
    rng = st.res.np_after(k + 1, sent.end)
    if not rng:
        return
    stop = next((m for m in range(rng[0] + 1, rng[1]) if st.tv.pos[m] in ("ADP", "PUNCT")), rng[1])
    p = st.res.party(rng[0], stop)
    if is_named(p) and p.actor_id and p.actor_id not in own_side(st, speaker):
        st.add([speaker], party_target(st, p), -1, st.low[t.i], "quote-clause", t, sent)


def _accountable(st: State, speaker: Party, t: Token, sent: Span) -> None:
    """ "X doit des explications"; "X devra répondre de ses actes / crimes"."""
    if st.low[t.i] == "répondre":
        nxt = st.low[t.i + 1 : min(sent.end, t.i + 3)]
        if not nxt or nxt[0] not in ("de", "des", "d'") or t.head.i == t.i:
            return
        if "devoir" not in lemma_keys(t.head, st.c):
            return
        _judge_subject(st, speaker, t.head, -1, "répondre de", sent)
        return
    if t.dep_ == "obj" and "devoir" in lemma_keys(t.head, st.c):
        _judge_subject(st, speaker, t.head, -1, "explications", sent)


def _excluded(st: State, speaker: Party, t: Token, sent: Span) -> None:
    """ "X (est déclaré) persona non grata", "X est indésirable", "X ne sera pas admis"."""
    w = st.low[t.i]
    if w == "grata":
        if t.i < 3 or st.low[t.i - 1] != "non" or st.low[t.i - 2] != "persona":
            return
        lo = max(sent.start, t.i - 10)
        if any(st.low[k] in ("ne", "n'", "pas", "jamais") for k in range(lo, t.i)):
            return  # "n'a pas déclaré X persona non grata"
        # "X est déclaré persona non grata", "déclarer X persona non grata"
        _judge_before(st, speaker, st.tv.tokens[t.i - 3], -1, "persona non grata", sent)
        return
    if not any(c.dep_ in ("cop", "aux:pass") for c in t.children):
        return
    if w in _ADMITTED:
        if not negated(st, t):
            return  # only a refusal: "ne sera pas / plus admis", "en aucun cas"
        _judge_subject(st, speaker, t, -1, "non admis", sent, negation_ok=True)
    else:
        _judge_subject(st, speaker, t, -1, "indésirable", sent)


def _verb_before(st: State, k: int, sent: Span) -> Token | None:
    """The verb or auxiliary ending at token k, adverbs skipped (two at most)."""
    for m in range(k, max(sent.start, k - 3) - 1, -1):
        if st.tv.pos[m] in ("VERB", "AUX"):
            return st.tv.tokens[m]
        if st.tv.pos[m] != "ADV" or st.low[m] in ("pas", "plus", "jamais"):
            return None
    return None


def _judge_before(st: State, speaker: Party, t: Token, sign: int, cue: str, sent: Span) -> None:
    """For (against) the named actor right before token t, whatever the parse: verbs of
    state and "déclaré" skipped back to it ("X est déclaré persona non grata", "X a menti",
    "cet accord est un pas …", "nous déclarons X persona non grata")."""
    if in_hypothesis(st, t) or asked(st, t, sent):
        return
    k = t.i
    while k > sent.start and (
        st.tv.pos[k] in ("AUX", "ADV")
        or (st.tv.pos[k] == "VERB" and st.low[k] != "ment")
        or st.low[k] in ("déclaré", "déclarée", "déclarés", "déclarées")
    ):
        if st.low[k] in ("ne", "n'", "pas", "plus", "jamais"):
            return
        k -= 1
    if st.tv.pos[k] not in ("NOUN", "PROPN") or st.low[k] in st.words.first_person:
        return
    head = st.tv.tokens[k]
    while head.dep_ in ("flat", "flat:name", "fixed") and head.head.i < head.i:
        head = head.head
    p = st.res.np_party(head)
    if p.identified and p.actor_id:
        if p.actor_id in own_side(st, speaker):
            return
        target = party_target(st, p)
    elif cue.startswith(("pas", "étape", "jalon")) and st.tv.pos[head.i] == "NOUN":
        target = target_np(st, head, stop=t.i)
    else:
        return
    st.add([speaker], target, sign, cue, "quote-clause", t, sent)


def _judge_subject(
    st: State,
    speaker: Party,
    pred: Token,
    sign: int,
    cue: str,
    sent: Span,
    *,
    negation_ok: bool = False,
    passive_ok: bool = True,
) -> None:
    """The speaker is for (against) the subject of ``pred``: a named actor, or for a step
    the noun phrase (an issue)."""
    if in_hypothesis(st, pred) or asked(st, pred, sent):
        return
    if not negation_ok and negated(st, pred):
        return
    deps = ("nsubj", "nsubj:pass") if passive_ok else ("nsubj",)
    subj = next((c for c in pred.children if c.dep_ in deps), None)
    if subj is None and pred.dep_ == "obj" and pred.head.pos_ in ("VERB", "AUX"):
        subj = pred.head.i != pred.i and next(
            (c for c in pred.head.children if c.dep_ in ("obj",) and c.i < pred.i), None
        )
    if not subj or subj.pos_ not in ("NOUN", "PROPN"):
        return
    if st.low[subj.i] in st.words.first_person:
        return
    p = st.res.np_party(subj)
    if p.identified and p.actor_id:
        if p.actor_id in own_side(st, speaker):
            return
        target = party_target(st, p)
    elif cue.startswith(("pas", "étape", "jalon")):
        target = target_np(st, subj)  # a step: the measure itself ("cet accord")
    else:
        return
    st.add([speaker], target, sign, cue, "quote-clause", pred, sent)
