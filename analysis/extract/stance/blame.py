"""Blame in someone's words: an actor made responsible for a harm.

Why: holding someone responsible is how officials accuse without an evaluative word: "« X
porte l'entière responsabilité de cette escalade »", "« X est le principal responsable de
l'instabilité »", "« nous tenons X pour responsable de la mort de … »", "« la
responsabilité de cette crise incombe à X »", "« la responsabilité de X dans ces
violations »". The speaker is against X — only when what X answers for is a harm (a
negative term, a ``problem_nouns`` or ``blame_objects`` noun of ``stance_evaluative.yaml``,
a friction): "X est responsable de la sécurité du sommet" blames no one. Not under a
negation ("X n'est pas responsable de …" clears X), a "si" hypothesis or a question, and
never the speaker's own side ("nous assumons la responsabilité").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import lemma_keys, load_lexicon, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.copulas import copular_verb
from analysis.extract.stance.hedging import asked, in_hypothesis, negated
from analysis.extract.stance.holders import is_named
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target
from analysis.resources.datacache import derived

_WORDS = frozenset({"responsabilité", "responsabilités", "responsable", "responsables"})
# the verbs that give the responsibility to their subject, and those that give it to an
# "à" complement ("la responsabilité incombe à X")
_BEARING = frozenset({"porter", "assumer", "endosser", "avoir", "partager"})
_FALLING = frozenset({"incomber", "revenir"})
# the verbs whose object is made responsible: "tenir X (pour) responsable", "rendre X
# responsable"
_MAKING = frozenset({"tenir", "rendre"})
# a harm ascribed to X: "cette escalade est imputable / attribuable à X"
_ASCRIBED = frozenset({"imputable", "imputables", "attribuable", "attribuables"})
_FAULT = frozenset({"faute", "fautes"})


@derived
def harms() -> frozenset[str]:
    """``blame_objects`` and ``problem_nouns`` of ``stance_evaluative.yaml``."""
    lex = load_lexicon("stance_evaluative")
    return frozenset(norm(w) for k in ("blame_objects", "problem_nouns") for w in lex.get(k) or [])


def blame(st: State, speaker: Party, span: Span, sent: Span) -> None:
    """The speaker's blame of the actor made responsible for a harm (see the module)."""
    for x in range(span.start, span.end):
        if st.low[x] in _WORDS:
            _responsible(st, speaker, st.tv.tokens[x], sent)
        elif st.low[x] in _ASCRIBED or st.low[x] in _FAULT:
            _ascribed(st, speaker, st.tv.tokens[x], sent)
        elif st.low[x] == "origine" and x > span.start + 1 and st.low[x - 2] == "à":
            _origin(st, speaker, st.tv.tokens[x], sent)


def _origin(st: State, speaker: Party, t: Token, sent: Span) -> None:
    """ "X est / se trouve à l'origine de cette crise": X caused a harm (not "à l'origine
    de ce sommet": no harm, no blame)."""
    if in_hypothesis(st, t) or asked(st, t, sent) or not _for_harm(st, t, sent):
        return
    node = t if any(c.dep_ == "cop" for c in t.children) else t.head
    if node.i != t.i and (
        node.pos_ not in ("VERB", "AUX") or t.dep_ not in ("obl", "obl:mod", "obl:arg")
    ):
        return
    if negated(st, node):
        return
    _blamed(st, speaker, _one(st, st.res.subjects(node)), t, sent)


def _ascribed(st: State, speaker: Party, t: Token, sent: Span) -> None:
    """ "cette escalade est imputable / attribuable à X" (the subject a harm); "c'est la faute
    de X", "la faute (en) revient / incombe à X", "la faute à X" (the fault is the harm: a
    definite "la faute", never "faute de moyens", a lack)."""
    if in_hypothesis(st, t) or asked(st, t, sent) or negated(st, t):
        return
    if st.low[t.i] in _ASCRIBED:
        bad = harms() | st.c.negative_terms | st.c.acts["frictions"]["nouns"]
        subj = st.res.subject_tokens(t)
        if not any(st.low[s.i] in bad or norm(s.lemma_) in bad for s in subj):
            return
        actor = _after(st, t.i + 1, ("à", "au", "aux"), sent)
    else:
        if t.i == 0 or st.low[t.i - 1] not in ("la", "les"):
            return
        head = t.head
        lemmas = lemma_keys(head, st.c) if head.pos_ in ("VERB", "AUX") else frozenset()
        if t.dep_ == "nsubj" and lemmas & _FALLING and not negated(st, head):
            k = head.i + 1
            actor = _after(st, k, ("à", "au", "aux"), sent)
        else:
            actor = _after(st, t.i + 1, ("de", "du", "des", "d'", "à", "au", "aux"), sent)
    _blamed(st, speaker, actor, t, sent)


def _responsible(st: State, speaker: Party, t: Token, sent: Span) -> None:
    if in_hypothesis(st, t) or asked(st, t, sent) or not _for_harm(st, t, sent):
        return
    _blamed(st, speaker, _bearer(st, t, sent), t, sent)


def _blamed(st: State, speaker: Party, actor: Party | None, t: Token, sent: Span) -> None:
    if actor is None or actor.actor_id == speaker.actor_id:
        return
    if st.low[_first(st, actor)] in st.words.first_person:
        return
    cue = "responsabilité" if st.low[t.i] in _WORDS else st.low[t.i]
    st.add([speaker], party_target(st, actor), -1, cue, "quote-clause", t, sent)


def _copula(st: State, t: Token) -> Token | None:
    """What holds the subject of "responsable" as a predicate: the adjective with "être"
    ("X est responsable de …"), or the verb of another copula (session 29: "X reste /
    semble responsable de cette crise")."""
    if any(ch.dep_ == "cop" for ch in t.children):
        return t
    return copular_verb(st, t)


def _bearer(st: State, t: Token, sent: Span) -> Party | None:
    """Who bears the responsibility: the subject of "être responsable" / "porter la
    responsabilité", the object of "tenir … pour responsable", the "à" complement of
    "incomber", or the "de" complement of the noun ("la responsabilité de X dans …")."""
    head = t.head
    if t.dep_ in ("amod", "acl", "xcomp") and head.pos_ in ("NOUN", "PROPN"):
        verb = head.head  # "nous tenons / rendons X responsable de …" (read as X's adjective)
        if (
            head.dep_ == "obj"
            and verb.pos_ in ("VERB", "AUX")
            and lemma_keys(verb, st.c) & _MAKING
            and not negated(st, verb)
        ):
            return _named(st.res.np_party(head))
        return None
    copula = _copula(st, t)
    if copula is not None:
        return None if negated(st, copula) else _one(st, st.res.subjects(copula))
    # the tagger's lemma of a present is often the form itself ("porte"): every candidate
    # infinitive of the verb is tried
    lemmas = lemma_keys(head, st.c) if head.pos_ in ("VERB", "AUX") else frozenset()
    if head.pos_ in ("VERB", "AUX") and not negated(st, head):
        if "tenir" in lemmas:  # "tenir X pour responsable" (X read as obj or xcomp)
            obj = next(
                (
                    ch
                    for ch in head.children
                    if ch.dep_ in ("obj", "xcomp") and ch.pos_ in ("NOUN", "PROPN") and ch.i < t.i
                ),
                None,
            )
            return _named(st.res.np_party(obj)) if obj is not None else None
        if lemmas & _BEARING and t.dep_ == "obj":
            return _one(st, st.res.subjects(head))
        if lemmas & _FALLING:
            return _after(st, head.i + 1, ("à", "au", "aux"), sent)
    if t.pos_ == "NOUN" and t.i + 1 < sent.end and st.low[t.i + 1] in ("de", "du", "des", "d'"):
        k = t.i + 1
        while k < min(sent.end, t.i + 8) and st.low[k] != "dans":
            k += 1
        if k < sent.end and st.low[k] == "dans":  # "la responsabilité de X dans …"
            return _after(st, t.i + 1, ("de", "du", "des", "d'"), sent)
    return None


def _for_harm(st: State, t: Token, sent: Span) -> bool:
    """What the responsibility is for, within the next ten words, names a harm."""
    bad = harms() | st.c.negative_terms | st.c.acts["frictions"]["nouns"]
    low, lemma = st.low, st.tv.lemma
    for k in range(t.i + 1, min(sent.end, t.i + 11)):
        if low[k] in (".", ";", "?", "!") or (low[k] == "," and k > t.i + 1):
            return False
        if st.tv.pos[k] == "NOUN" and (low[k] in bad or norm(lemma[k]) in bad):
            return True
    return False


def _after(st: State, k: int, preps: tuple[str, ...], sent: Span) -> Party | None:
    """The actor named right after one of ``preps`` at token k (or the next)."""
    for m in (k, k + 1):
        if m < sent.end and st.low[m] in preps:
            rng = st.res.np_after(m + 1, sent.end)
            if rng:
                stop = next(
                    (n for n in range(rng[0] + 1, rng[1]) if st.tv.pos[n] in ("ADP", "PUNCT")),
                    rng[1],
                )
                return _named(st.res.party(rng[0], stop))
    return None


def _one(st: State, parties: list[Party]) -> Party | None:
    named = [p for p in parties if _named(p)]
    return named[0] if len(named) == 1 else None


def _named(p: Party) -> Party | None:
    """An actor, or a proper name the actors' table missed ("à la Russie" read as a place)."""
    return p if is_named(p) and (p.actor_id or p.kind == "name") else None


def _first(st: State, p: Party) -> int:
    span = st.doc.char_span(p.start, max(p.end, p.start + 1), alignment_mode="expand")
    return span.start if span is not None else 0
