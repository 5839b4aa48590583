"""Feelings the speaker states in the first person about what another actor does or is:
"« nous regrettons que Y ait pris cette décision »", "« je me réjouis que Y ait accepté »",
"« nous déplorons le fait que Y poursuive … »", "« je suis très heureux que Y soit venu »",
"« nous sommes déçus par Y »", "« je suis heureuse d'avoir rencontré Y »".

Why: a speaker's feeling is how most reactions are worded in a statement ("nous regrettons",
"nous saluons"), and two of its constructions gave no row: a "que" clause (the verb rules
want a noun phrase object; the actor is the clause's subject) and a first-person subject of
a feeling adjective (the narrative rule of :mod:`.attitudes` reads a named subject, and
"je / nous" is the speaker only inside their quote). The construction, whatever the words
(lists in ``stance_cues.yaml``, block "session 15", and the ``emotions`` adjectives):

* a verb of feeling about a fact (``fact_feelings``: regretter, déplorer, se réjouir, se
  féliciter, saluer …) or a feeling adjective, with "que" — directly or through "le fait
  que" — and a clause whose subject is a named actor: the speaker is against / for it;
* a feeling adjective with "de / par / envers / vis-à-vis de" and a noun phrase: against /
  for what it names;
* a glad adjective with "de" and an infinitive of meeting (``meeting_verbs``: "heureux
  d'avoir rencontré Y", "honoré de recevoir Y"): for Y.

The subject of the feeling must be the speaker's side: "je", "nous", a first-person
possessive ("mon pays") or the state the speaker speaks for.

Precision first: a negated feeling ("nous ne regrettons pas que"), a hypothesis or a question
give nothing; so does a clause whose verb is a copula or a passive ("que Y soit absent",
"que Y ait été attaqué": Y undergoes, does not act), a verb of suffering ("que Y ait subi"),
a pronoun or first-person subject, and a negated clause under a glad feeling ("heureux que Y
ne soit pas venu").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.hedging import asked, in_hypothesis, negated
from analysis.extract.stance.holders import is_named
from analysis.extract.stance.lexicon import stance_words
from analysis.extract.stance.overtures import own_side
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target, prep_np, target_np
from analysis.resources.datacache import derived

_FIRST = frozenset({"nous", "je", "j'"})
_POSSESSIVES = frozenset({"notre", "nos", "mon", "ma", "mes"})
_QUE = frozenset({"que", "qu'"})
_VERBS = frozenset({"VERB", "AUX"})
_SELF = frozenset({"il", "elle"})
_PREPS = ("de", "du", "des", "d'", "par", "envers", "à l'égard de", "vis-à-vis de")
# the stance adjectives of ``sentiment_extra`` take "à" and "avec" too ("attachés à Y",
# "solidaires avec Y"); a feeling does not ("heureux à Genève": a place)
_EXTRA_PREPS = _PREPS + ("avec", "à", "au", "aux")


@derived
def sentiment_words() -> tuple[frozenset[str], ...]:
    """The glad and sorry verbs of ``fact_feelings``, the ``suffering_verbs``, the
    ``meeting_verbs`` (lemmas), the ``worry_words`` and the ``sentiment_extra`` adjectives
    (forms)."""
    lex = load_lexicon("stance_cues")
    feel = lex.get("fact_feelings") or {}

    def words(items) -> frozenset[str]:
        return frozenset(norm(w) for w in items or [])

    return (
        words(feel.get("support")),
        words(feel.get("oppose")),
        words(lex.get("suffering_verbs")),
        words(lex.get("meeting_verbs")),
        words(lex.get("worry_words")),
        words((lex.get("sentiment_extra") or {}).get("support")),
        words((lex.get("sentiment_extra") or {}).get("oppose")),
    )


def _sign(st: State, t: Token) -> int:
    """+1 / -1 for a glad / sorry feeling word (verb lemma or adjective form), else 0."""
    glad, sorry = sentiment_words()[:2]
    low, lemma = st.low[t.i], norm(t.lemma_)
    w = stance_words()
    if t.pos_ == "VERB" and lemma in glad:
        return 1
    if t.pos_ == "VERB" and lemma in sorry:
        return -1
    extra_support, extra_oppose = sentiment_words()[5:7]
    if low in w.emotion_support or low in extra_support:
        return 1
    if low in w.emotion_oppose or low in extra_oppose:
        return -1
    return 0


def sentiments(st: State, speaker: Party, span: Span, sent: Span) -> None:
    """Each first-person feeling of ``speaker``'s quote (see the module). Cheap test first:
    a feeling word."""
    tokens = st.tv.tokens
    for x in range(span.start, span.end):
        if st.tv.pos[x] not in ("VERB", "ADJ"):
            continue
        t = tokens[x]
        sign = _sign(st, t)
        if not sign or not _speaker_side(st, speaker, t, span):
            continue
        if negated(st, t) or in_hypothesis(st, t) or asked(st, t, sent):
            continue
        clause = _que_clause(st, t, span)
        if clause is not None:
            _about_fact(st, speaker, t, clause, sign, sent)
        elif t.pos_ == "ADJ" or _adjectival(t):
            _about_phrase(st, speaker, t, sign, span, sent)


def _adjectival(t: Token) -> bool:
    """ "nous sommes déçus": a participle the tagger reads as a passive verb."""
    return any(c.dep_ in ("cop", "aux:pass") for c in t.children)


def _infinitive(st: State, v: Token) -> bool:
    """ "de rencontrer", "d'avoir rencontré": an infinitive, or a participle after an
    infinitive auxiliary."""
    if "Inf" in v.morph.get("VerbForm"):
        return True
    return v.i > 0 and st.low[v.i - 1] in ("avoir", "être") and st.tv.pos[v.i - 1] == "AUX"


def _speaker_side(st: State, speaker: Party, t: Token, span: Span) -> bool:
    """The subject of the feeling is "je / nous", a first-person possessive phrase, the
    speaker or his own state; or, outside the quoted words, a third-person pronoun: "elle
    affirme être « heureuse de … »", "il a dit qu'il était déçu par Y" (the speaker reports
    his own feeling, as :func:`.attitudes._reporting_subject` reads it). A feeling under a
    modal or control verb has that verb's subject ("nous devons être solidaires de Y", "je
    veux rester attaché à Y": the parse hangs "nous" on "devons")."""
    passive = [c for c in t.children if c.dep_ == "nsubj:pass"]  # "je suis déçu par"
    subjects = st.res.subject_tokens(t) or passive
    node = t
    for _ in range(2):  # "nous voulons rester solidaires": up "rester", then "voulons"
        if subjects or node.dep_ not in ("xcomp", "obj") or node.head.pos_ not in _VERBS:
            break
        node = node.head
        subjects = st.res.subject_tokens(node)
    for subj in subjects:
        low = st.low[subj.i]
        if low in _FIRST:
            return True
        if low in _SELF and (subj.i < span.start or _reported(st, span)):
            return True
        if any(st.low[c.i] in _POSSESSIVES for c in subj.children):
            return True
        if subj.pos_ in ("PROPN", "NOUN"):
            p = st.res.np_party(subj)
            return bool(p.actor_id) and p.actor_id in own_side(st, speaker)
        return False
    return False


def _reported(st: State, span: Span) -> bool:
    """The quote is words reported in a "que" clause (no quotation marks around it)."""
    k = span.start - 1
    return k >= 0 and st.low[k] in ("que", "qu'") or st.low[span.start] in ("que", "qu'")


def _que_clause(st: State, t: Token, span: Span) -> Token | None:
    """The verb of the "que" clause the feeling governs: "regrettons que Y ait pris", "le
    fait que Y continue" (the parser hangs it on "fait")."""
    k = t.i + 1
    while k < span.end and st.tv.pos[k] == "ADV":
        k += 1
    for c in t.children:
        if c.dep_ in ("ccomp", "advcl") and k < c.i < span.end and st.low[k] in _QUE:
            return c  # the parser may hang "que" on the clause's subject
        if c.dep_ == "obj" and st.low[c.i] == "fait" and c.i == t.i + 2:
            for r in c.children:
                if r.dep_ in ("acl:relcl", "ccomp", "acl") and r.i < span.end:
                    if any(st.low[m.i] in _QUE for m in r.children if m.i < r.i):
                        return r
    return None


def _about_fact(st: State, speaker: Party, t: Token, verb: Token, sign: int, sent: Span) -> None:
    """The named actor who acts in the clause: its subject."""
    suffering = sentiment_words()[2]
    if any(c.dep_ in ("cop", "aux:pass", "nsubj:pass") for c in verb.children):
        return
    if norm(verb.lemma_) in suffering or (sign > 0 and negated(st, verb)):
        return
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return
    if any(st.low[c.i] in _POSSESSIVES for c in subj.children):
        return
    p = st.res.np_party(subj)
    if not (is_named(p) and p.actor_id) or p.actor_id in own_side(st, speaker):
        return
    cue = f"{norm(t.lemma_)} que"
    st.add([speaker], party_target(st, p), sign, cue, "appreciation", t, sent)


def _about_phrase(st: State, speaker: Party, t: Token, sign: int, span: Span, sent: Span) -> None:
    """ "déçus par Y", "préoccupés par les agissements de Y"; "heureux d'avoir rencontré Y"."""
    meeting, worry = sentiment_words()[3:5]
    k = t.i + 1
    if k < span.end and st.low[k] in ("de", "d'"):
        inf = next((c for c in t.children if c.pos_ == "VERB" and c.i > t.i), None)
        if inf is not None and _infinitive(st, inf):
            if sign > 0 and norm(inf.lemma_) in meeting:
                # the parser may read the object after "d'avoir rencontré" as a subject
                obj = next(
                    (c for c in inf.children if c.dep_ in ("obj", "nsubj") and c.i > inf.i), None
                )
                if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                    p = st.res.np_party(obj)
                    if is_named(p) and p.actor_id:
                        cue = f"{st.low[t.i]} de {norm(inf.lemma_)}"
                        st.add([speaker], party_target(st, p), 1, cue, "appreciation", t, sent)
            return
    if st.low[t.i] in worry:
        return  # "préoccupés par le sort de Y": a situation, not Y's doing
    extra = st.low[t.i] in sentiment_words()[5] | sentiment_words()[6]
    hit = prep_np(st, k, _EXTRA_PREPS if extra else _PREPS, sent, window=1)
    if hit is None or hit[1].pos_ not in ("NOUN", "PROPN") or hit[1].i >= span.end:
        return
    target = target_np(st, hit[1])
    if target.actor_id and target.actor_id in own_side(st, speaker):
        return
    st.add([speaker], target, sign, f"{st.low[t.i]} {st.low[hit[0]]}", "appreciation", t, sent)
