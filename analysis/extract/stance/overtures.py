"""Overtures in a speaker's words: being ready for, wanting, building, praising or deeming
necessary an exchange with a partner is a stance for that partner.

Why: diplomats rarely say that they like a country; they say "« nous sommes prêts à coopérer
avec Y »", "« nous souhaitons renforcer nos relations avec Y »", "« nous avons eu de
bonnes discussions avec Y »", "« il est essentiel de dialoguer avec Y »", "pour les relations
entre A et B, il est important d'avoir des discussions" (A the speaker's state: for B). The
rule is about the construction, whatever the words of each class (``stance_overtures.yaml``):

* an exchange word (``exchange_words``: coopérer, dialogue, relations, entretiens …) with its
  partner — "avec Y", or "entre A et B" where A is the speaker's side;
* governed (directly, or through one light verb: "avoir", "mener", "entamer" …) by a
  readiness adjective ("prêt", "disposé", "ouvert" …), a wish ("souhaiter", "tenir à" …), a
  verb that builds a tie ("renforcer", "rétablir" …) or an impersonal necessity ("il est
  essentiel de", "il faut"); or praised by an adjective (``exchange_praise``: "de bonnes
  discussions", "les relations avec Y sont excellentes"); or judged necessary itself ("« les
  échanges entre A et B sont importants pour nous »", session 20);
* the subject of the readiness, wish or building verb is the speaker's side ("nous", "je",
  "notre pays", the speaker, his state; in reported speech "il", "son pays"); a necessity is
  impersonal.

A second-person partner ("coopérer avec vous") is the one the words are addressed to: the
"à" complement of the speech verb, or a vocative opening the quote ("« Président X, … »").

Precision first: any other verb between the exchange word and the trigger stops the rule
("nous voulons rompre nos relations avec Y" gives nothing), as do a negation, a hypothesis and
a question; only identified actors are targets, never the speaker's own side.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.hedging import asked, in_hypothesis, negated
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import addressee_target, party_target
from analysis.resources.datacache import derived

# verbs that only carry the exchange ("avoir des discussions", "mener des négociations")
_LIGHT = frozenset(
    {"avoir", "mener", "entamer", "ouvrir", "engager", "conduire", "instaurer", "lancer",
     "organiser", "tenir", "faire", "être", "poursuivre", "approfondir"}
)  # fmt: skip
# subjects that stand for nobody: "il est essentiel de", "c'est le moment de", "il faut"
_IMPERSONAL = frozenset({"il", "c'", "ce", "cela", "ça"})
# third-person subjects that, in reported speech, are the speaker or his state
_REPORTED_SELF = frozenset({"il", "elle", "ils", "elles"})
# the links from an infinitive up to what governs it ("prêts à coopérer", "il faut reprendre")
_CLIMB = frozenset({"xcomp", "acl", "advcl", "ccomp", "csubj", "dep"})
_OWN_NOUNS = frozenset({"pays", "gouvernement", "nation", "état", "royaume", "république"})
_TITLES = frozenset(
    {"monsieur", "madame", "m.", "mme", "cher", "chère", "chers", "président", "présidente",
     "premier", "première", "ministre", "le", "la", "excellence", "majesté", "altesse"}
)  # fmt: skip


@derived
def lexicon() -> dict[str, frozenset[str]]:
    """The lists of ``stance_overtures.yaml`` (normalised)."""
    lex = load_lexicon("stance_overtures")
    keys = ("exchange_words", "readiness", "wishes", "growth", "necessity", "exchange_praise")
    return {k: frozenset(norm(w) for w in lex.get(k) or []) for k in keys}


def overtures(st: State, speaker: Party, span: Span, sent: Span, reported: bool) -> None:
    """The overtures of ``speaker`` in one of his quotes (see the module). Cheap test first:
    the words "avec" and "entre"."""
    low = st.low
    for x in range(span.start, span.end):
        if low[x] == "avec":
            _with(st, speaker, x, span, sent, reported)
        elif low[x] == "entre":
            _between(st, speaker, x, span, sent, reported)


def _exchange_word(st: State, x: int, span: Span) -> Token | None:
    """The exchange word the complement opened by token x belongs to: the head of its noun
    ("coopérer avec Y", "nos relations avec Y"), else one of the three words before it."""
    lex = lexicon()["exchange_words"]
    toks, tv = st.tv.tokens, st.tv
    noun = toks[x].head
    w = noun.head if noun.i != x else None
    if w is not None and span.start <= w.i < span.end and _is(st, w, lex):
        return w
    for k in range(x - 1, max(span.start, x - 4) - 1, -1):
        if tv.punct[k] or tv.pos[k] in ("VERB", "AUX") and not _is(st, toks[k], lex):
            return None
        if _is(st, toks[k], lex):
            return toks[k]
    return None


def _is(st: State, t: Token, words: frozenset[str]) -> bool:
    """The word's form, lemma or masculine singular ("disposés", tagged as a verb) is in
    ``words``."""
    w = st.low[t.i]
    if w in words or norm(st.tv.lemma[t.i]) in words:
        return True
    for end in ("es", "s", "e"):
        if w.endswith(end) and w[: -len(end)] in words:
            return True
    return False


def _with(st: State, speaker: Party, x: int, span: Span, sent: Span, reported: bool) -> None:
    """ "… avec Y": Y the partner."""
    w = _exchange_word(st, x, span)
    if w is None:
        return
    target = _partner(st, x + 1, span, sent, speaker)
    if target is not None:
        _judge(st, speaker, w, target, span, sent, reported)


def _between(st: State, speaker: Party, x: int, span: Span, sent: Span, reported: bool) -> None:
    """ "les relations entre A et B": the partner is the side that is not the speaker's."""
    w = _exchange_word(st, x, span)
    if w is None:
        return
    end = min(span.end, x + 12)
    et = next((k for k in range(x + 2, end) if st.low[k] == "et"), None)
    if et is None or any(st.tv.punct[k] for k in range(x + 1, et)):
        return
    a = st.res.party(x + 1, et)
    rng = st.res.np_after(et + 1, span.end)
    b = st.res.party(*rng) if rng else None
    own = own_side(st, speaker)
    sides = [p for p in (a, b) if p is not None and p.identified and p.actor_id]
    if len(sides) != 2:
        return
    mine = [p for p in sides if p.actor_id in own]
    other = [p for p in sides if p.actor_id not in own]
    if len(mine) == 1 and len(other) == 1:
        _judge(st, speaker, w, party_target(st, other[0]), span, sent, reported)


def _partner(st: State, k: int, span: Span, sent: Span, speaker: Party) -> Target | None:
    """The identified actor of the noun phrase at token k (a second person: the addressee),
    not the speaker's own side."""
    if k >= span.end:
        return None
    if st.low[k] in st.words.second_person:
        target = addressee(st, st.tv.tokens[k], span, sent)
    else:
        rng = st.res.np_after(k, sent.end)
        if not rng or st.tv.pos[rng[0]] == "PRON":
            return None
        stop = next((m for m in range(rng[0] + 1, rng[1]) if st.tv.punct[m]), rng[1])
        p = st.res.party(rng[0], stop)
        target = party_target(st, p) if p.identified and p.actor_id else None
    if target is None or target.actor_id in own_side(st, speaker):
        return None
    return target


def addressee(st: State, pron: Token, span: Span, sent: Span) -> Target | None:
    """The one a second-person word inside a quote stands for: the "à" complement of the
    speech verb (:func:`targets.addressee_target`), else a vocative opening the quote ("«
    Président X, vous … »", "« Monsieur le ministre Y, … »")."""
    target = addressee_target(st, pron, sent)
    if target is not None:
        return target
    tv = st.tv
    i = span.start
    while i < span.end and tv.punct[i]:
        i += 1
    comma = next((k for k in range(i + 1, min(span.end, i + 7)) if tv.text[k] == ","), None)
    if comma is None or any(tv.pos[k] in ("VERB", "AUX", "PRON") for k in range(i, comma)):
        return None
    p = st.res.party(i, comma)
    if p.identified and p.actor_id:
        return party_target(st, p)
    return None


def _judge(
    st: State, speaker: Party, w: Token, target: Target, span: Span, sent: Span, reported: bool
) -> None:
    """For ``target`` when the exchange word is wanted, built, needed or praised by the
    speaker's side (see the module)."""
    if negated(st, w) or in_hypothesis(st, w) or asked(st, w, sent):
        return
    found = _trigger(st, w, span)
    if found is not None:
        trigger, kind = found
        if negated(st, trigger) or in_hypothesis(st, trigger):
            return
        if not _judged_itself(st, w, trigger, kind) and not _subject_ok(
            st, trigger, kind, speaker, reported
        ):
            return
        cue = f"{norm(trigger.lemma_)} … {norm(w.lemma_)}"
    else:
        praise = _praise(st, w, span)
        if praise is None or negated(st, praise) or _third_owner(st, w):
            return
        cue = f"{norm(praise.lemma_)} {norm(w.lemma_)}"
        trigger = praise
    st.add([speaker], target, 1, cue, "quote-clause", trigger, sent)


def _judged_itself(st: State, w: Token, trigger: Token, kind: str) -> bool:
    """The exchange is the subject of the necessity adjective ("« les échanges entre A et B
    sont importants pour nous »", "« la coopération avec Y est essentielle »"): a verdict on
    the tie itself, as the praise of :func:`_praise`, whoever "needs" it; not a third
    party's tie ("leurs relations avec Y sont vitales")."""
    return (
        kind == "necessity"
        and trigger.pos_ == "ADJ"
        and w.dep_ == "nsubj"
        and w.head.i == trigger.i
        and not _third_owner(st, w)
    )


def _trigger(st: State, w: Token, span: Span) -> tuple[Token, str] | None:
    """The readiness, wish, building verb or necessity that governs the exchange word, with
    at most one light verb between; None when any other word governs it first."""
    lex = lexicon()
    node, light = w, False
    for _ in range(4):
        head = node.head
        if head.i == node.i or not (span.start <= head.i < span.end):
            return None
        if head.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
            return None
        for kind in ("readiness", "necessity", "growth", "wishes"):
            if _is(st, head, lex[kind]):
                return head, kind
        if head.pos_ in ("VERB", "AUX") and norm(head.lemma_) in _LIGHT and not light:
            node, light = head, True
            continue
        return None
    return None


def _subject_ok(st: State, trigger: Token, kind: str, speaker: Party, reported: bool) -> bool:
    """The trigger's subject is the speaker's side, or nobody for a necessity ("il faut
    reprendre les négociations avec Y": the necessity above the verb decides)."""
    node, need, subj = trigger, lexicon()["necessity"], None
    path = [trigger]
    for _ in range(3):
        if node.dep_ not in _CLIMB or node.head.i == node.i:
            break
        node = node.head
        path.append(node)
    top = next((n for n in path if _is(st, n, need)), None)
    if top is not None:
        kind = "necessity"
        path = [top]
    for n in path:
        subj = st.res.subject_tokens(n) or [
            ch for ch in n.children if ch.dep_ in ("nsubj", "nsubj:pass", "expl:subj")
        ]  # "nous sommes disposés à": a passive's subject, read as such
        if subj:
            break
    if trigger.pos_ == "NOUN" and kind != "necessity":
        return _own_noun(st, trigger, speaker, reported)
    if not subj:
        return kind == "necessity"
    s = subj[0]
    i, _j = st.res.chunk(s, pps=False, appos=False)
    first = st.low[min(i, s.i)]
    if first in st.words.first_person or st.low[s.i] in st.words.first_person:
        return True
    if kind == "necessity":
        return st.low[s.i] in _IMPERSONAL
    if reported and s.pos_ == "PRON":
        return st.low[s.i] in _REPORTED_SELF
    if reported and first in ("son", "sa") and st.low[s.i] in _OWN_NOUNS:
        return True
    p = st.res.np_party(s)
    return bool(p.identified and p.actor_id and p.actor_id in own_side(st, speaker))


def _own_noun(st: State, noun: Token, speaker: Party, reported: bool) -> bool:
    """A noun of will is the speaker's side's: "notre volonté", "la disponibilité de mon
    pays", "la détermination de la France" (the speaker's state); in reported speech also
    "sa volonté", "la volonté de son pays"."""
    mine = ("notre", "nos", "mon", "ma", "mes")
    his = ("son", "sa", "ses")
    for ch in noun.children:
        if ch.dep_ == "det" and st.low[ch.i] in mine + (his if reported else ()):
            return True
        if (
            ch.dep_ == "nmod"
            and ch.i > noun.i
            and any(st.low[c.i] in ("de", "du", "d'") for c in ch.children)
        ):
            i, _j = st.res.chunk(ch, pps=False, appos=False)
            k = next((m for m in range(i, ch.i + 1) if st.tv.pos[m] == "DET"), ch.i)
            if st.low[k] in mine or (reported and st.low[k] in his and st.low[ch.i] in _OWN_NOUNS):
                return True
            p = st.res.np_party(ch)
            return bool(p.identified and p.actor_id and p.actor_id in own_side(st, speaker))
    return False


def _praise(st: State, w: Token, span: Span) -> Token | None:
    """A praising adjective of the exchange noun: its epithet ("de bonnes discussions") or
    its predicate ("les relations avec Y sont excellentes")."""
    if w.pos_ != "NOUN":
        return None
    words = lexicon()["exchange_praise"]
    for ch in w.children:
        if ch.dep_ == "amod" and ch.pos_ == "ADJ" and _is(st, ch, words):
            return ch
    head = w.head
    if w.dep_ == "nsubj" and head.pos_ == "ADJ" and _is(st, head, words):
        if span.start <= head.i < span.end:
            return head
    return None


def _third_owner(st: State, w: Token) -> bool:
    """The praised exchange belongs to someone else ("leurs relations", "ses liens")."""
    for ch in w.children:
        if ch.dep_ == "det" and st.low[ch.i] in ("ses", "son", "sa", "leur", "leurs"):
            return True
        if ch.dep_ == "nmod" and any(st.low[c.i] in ("de", "du", "des", "d'") for c in ch.children):
            return True  # "les relations de la Chine avec Y"
    return False


def own_side(st: State, speaker: Party) -> set[str]:
    """The speaker and the state he speaks for (his country's state actor)."""
    row = st.res.actors.get(speaker.actor_id or "", {})
    country = row.get("country")
    state = st.states.get(country) if isinstance(country, str) else None
    return {a for a in (speaker.actor_id, state) if a}
