"""The author of accusations that someone rejects or answers: "Y rejette les allégations de
X", "Y a démenti, mardi, les accusations de X", "au lieu de répliquer aux reproches
lancés par X, Y ...": X is against Y (X accused Y; Y's stance against X is the verb
rules' row).

Why: a denial is the commonest way a dispatch reports an accusation, and it names the
accuser only as the "de" complement (or the "par" agent) of the noun the accused rejects;
the verb rules read the denial (Y against the accusations, resolved to X) but nobody read
the accusation itself. The construction, whatever the words (block
``rejected_accusations`` of ``stance_cues.yaml``): a noun of accusation (``nouns``) whose
governing verb — its parse head, or the verb a few words before it across an incise of
time ("a récusé, hier soir, les griefs de X") — is a verb of denial or answer
(``answering_verbs``, lemmas); the author is the identified actor of the "de" phrase right
after the noun (adjectives skipped) or of the "par" agent of an authoring participle
(``authoring_participles``: "formulées par X"); the accused are the answering verb's
holders.

Precision first: an accusation aimed at a named third party ("les accusations de X contre
Z", "visant Z", "à l'encontre de Z") gives nothing here (Z is its target, not the one who
answers); an author that is no actor ("les accusations de corruption") or the accused
themselves gives nothing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, load_lexicon, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.detector import detector
from analysis.extract.stance.holders import holders_of
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target
from analysis.resources.datacache import derived

_OF = frozenset({"de", "d'", "d’", "du", "des"})
# words that aim an accusation at someone else than the one who answers it
_AIMED = frozenset({"contre", "visant", "envers", "encontre"})
# what may stand between an answering verb and its object across an incise of time
_INCISE_POS = frozenset({"PUNCT", "DET", "NUM", "ADV", "ADP"})
_NOUNS = frozenset({"NOUN", "PROPN"})


@derived
def accusation_words() -> dict[str, frozenset[str]]:
    """The three lists of the ``rejected_accusations`` block."""
    d = load_lexicon("stance_cues").get("rejected_accusations") or {}
    return {k: frozenset(norm(w) for w in v or []) for k, v in d.items()}


def _nouns(_c: Cues) -> frozenset[str]:
    return accusation_words().get("nouns", frozenset())


@detector(pos={"NOUN"}, words=_nouns, match="form")
def rejected_accusation(st: State, t: Token, sent: Span) -> None:
    """X -> Y (-1) for "Y rejette / dément / répond à les accusations de X" (see the
    module)."""
    nouns = accusation_words().get("nouns", frozenset())
    if st.low[t.i] not in nouns and norm(t.lemma_) not in nouns:
        return
    verb = _answering_verb(st, t, sent)
    if verb is None or _aimed_elsewhere(st, t, sent):
        return
    author = _author(st, t, sent)
    if author is None:
        return
    accused = [h for h in holders_of(st, verb) if h.actor_id and h.actor_id != author.actor_id]
    for h in accused:
        cue = f"{norm(t.text)} de (rejetées)"
        st.add([author], party_target(st, h), -1, cue, "noun", t, sent)


def _answering_verb(st: State, t: Token, sent: Span) -> Token | None:
    """The verb of denial or answer whose object ``t`` is: its parse head, else the verb
    just before it across an incise of time (commas, dates, determiners)."""
    verbs = accusation_words().get("answering_verbs", frozenset())
    head = t.head
    if head.i != t.i and head.pos_ == "VERB" and norm(head.lemma_) in verbs:
        return head
    k = t.i - 1
    while k > sent.start and t.i - k <= 9:
        tok = st.doc[k]
        if tok.pos_ == "VERB":
            return tok if norm(tok.lemma_) in verbs else None
        if tok.pos_ not in _INCISE_POS and st.low[k] not in st.words.time_words:
            return None
        k -= 1
    return None


def _aimed_elsewhere(st: State, t: Token, sent: Span) -> bool:
    """The accusation names its own target within the next words ("contre Z")."""
    end = min(sent.end, t.i + 10)
    return any(st.low[j] in _AIMED for j in range(t.i + 1, end))


def _author(st: State, t: Token, sent: Span) -> Party | None:
    """The identified actor of the "de X" right after the noun (adjectives skipped), or of
    the "par X" agent of an authoring participle after it ("formulées par X")."""
    k = t.i + 1
    while k < sent.end and st.tv.pos[k] == "ADJ":
        k += 1
    if k >= sent.end:
        return None
    if st.low[k] in _OF:
        start = k + 1 if st.low[k] in ("de", "d'", "d’") else k
    elif norm(st.doc[k].lemma_) in accusation_words().get("authoring_participles", ()) or (
        st.low[k] in accusation_words().get("authoring_participles", ())
    ):
        if k + 1 >= sent.end or st.low[k + 1] != "par":
            return None
        start = k + 2
    else:
        return None
    head = next((j for j in range(start, min(sent.end, start + 4)) if st.tv.pos[j] in _NOUNS), None)
    if head is None:
        return None
    i, j = st.res.chunk(st.doc[head], pps=False)
    party = st.res.party(i, j)
    return party if party.identified and party.actor_id else None
