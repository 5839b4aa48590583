"""Evaluative words in reported speech (session 17): "X a déclaré que les manœuvres hostiles
de Y menacent la région", "X estime qu'il s'agit d'une ingérence", "X a affirmé vouloir une
relation apaisée avec Y" — the speaker judges the noun phrase the word belongs to.

Why: :func:`~analysis.extract.stance.quoted.quote_stances` reads the evaluative words of
direct and partial quotations only; in indirect speech ("X a déclaré que …", "selon X, …")
the same words are just as much the speaker's choice, and indirect speech is how most wire
copy reports officials. Reading the overall tone of a reported clause toward every name in
it gave wrong signs on dev ("X a dit que l'accord ne signifierait pas la fin de la
coopération avec Y"), so only the word-level readings are taken over:

* a negative noun is the speaker's verdict on it (``negative_nouns``: "une ingérence",
  "les violations des droits humains"), whatever its clause says;
* a negative epithet judges its noun ("des déclarations provocatrices de Y");
* a positive epithet only when its noun is a relation ("une relation apaisée entre X et
  Y"): elsewhere positive adjectives of reported clauses are mostly descriptive ("les faits
  historiques", "l'équilibre stratégique") and their noun is often what the clause says is
  harmed.

These rows name issues, as the two readings do in direct quotes; the official's state takes
them up as usual (``officials_states``). The one actor they name is the author of a wrong:
a negative epithet on an act noun ("les déclarations provocatrices de Y", "les sanctions
illégales imposées par Y") or a wrong whose "de" complement is always its author (``_BY``:
"l'ingérence de Y", "les menaces de Y") is against that author (:func:`verdicts.act_agent`:
"de Y", "par Y", "vos …"). Not "l'attaque / l'agression / l'occupation de Y": Y is as
often the one attacked.

Not for an outlet ("selon l'agence X, des manifestants ont dénoncé …": a source reports
others' words).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import norm
from analysis.extract.stance.hedging import in_hypothesis, negated
from analysis.extract.stance.overtures import own_side
from analysis.extract.stance.quote_epithets import epithet_verdicts, negative_nouns, relation_words
from analysis.extract.stance.quote_words import (
    denied_noun,
    own_negation,
    quote_speaker,
    quote_terms,
)
from analysis.extract.stance.state import State
from analysis.extract.stance.verdicts import act_agent, act_nouns

# the wrongs whose "de" complement is their author, never their victim
_BY = frozenset(
    {"ingérence", "ingérences", "provocation", "provocations", "menace", "menaces",
     "chantage", "chantages", "mensonge", "mensonges", "propagande", "arrogance", "mépris",
     "hostilité", "hypocrisie", "diktat", "diktats", "intimidation", "manipulation",
     "manipulations", "désinformation"}
)  # fmt: skip


def reported_terms(st: State, sent: Span, quotes: list) -> None:
    """The word-level verdicts of every reported quote of ``sent`` with a speaker."""
    for q in quotes:
        if q.kind != "reported" or not isinstance(q.speaker, str) or _media(st, q):
            continue
        read = quote_terms(st, q)
        if read is None:
            continue
        span, terms = read[0], [(t, p) for t, p in read[1] if p < 0 or _relation_epithet(st, t)]
        if not terms:
            continue
        speaker = quote_speaker(st, q, span)
        negative_nouns(st, speaker, terms, sent)
        epithet_verdicts(st, speaker, terms, sent)
        _authors(st, speaker, terms, span, sent)


def _authors(st: State, speaker, terms: list, span: Span, sent: Span) -> None:
    """The author of a wrong named in reported speech (see the module)."""
    seen: set[str] = set()
    for tok, pol in terms:
        if pol > 0:
            continue
        own = own_negation(st, tok)
        if tok.pos_ == "NOUN" and st.low[tok.i] in _BY:
            noun = tok
        elif tok.dep_ == "amod" and norm(tok.head.lemma_) in act_nouns():
            noun = tok.head
        elif own and (noun := _denied_claim(tok)) is not None:
            pass  # "X a affirmé que les accusations de Y ne reflètent pas la réalité"
        else:
            continue
        if in_hypothesis(st, noun) or (not own and (negated(st, noun) or denied_noun(st, noun))):
            continue  # "aucune ingérence de Y", "pas de menaces de Y": denied
        target = act_agent(st, noun, span, sent)
        if target is None or target.actor_id in seen | own_side(st, speaker):
            continue
        seen.add(target.actor_id)
        word = f"ne {norm(tok.head.lemma_)}" if own else norm(tok.text)
        st.add([speaker], target, -1, f"« {word} »", "quote-clause", tok, sent)


def _denied_claim(neg: Token) -> Token | None:
    """The act noun a denial listed with its own negation judges: the subject of the verb
    its "ne" hangs on ("les accusations de Y ne reflètent pas la réalité", "les allégations
    de Y n'ont aucun fondement"). Why: as "la décision de Y est inacceptable" (a verdict),
    the claim is judged false and the one who made it is blamed (session 29)."""
    verb = neg.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None or subj.pos_ != "NOUN" or norm(subj.lemma_) not in act_nouns():
        return None
    return subj


def _media(st: State, q) -> bool:
    """ "Selon l'AFP, X a dénoncé …": an outlet reports others' words, it judges nothing."""
    aid = q.speaker_id if isinstance(q.speaker_id, str) else None
    return aid is not None and st.res.actor_type(aid) == "media"


def _relation_epithet(st: State, tok) -> bool:
    """A positive adjective on a relation noun ("une relation apaisée", "des liens
    excellents")."""
    if tok.dep_ != "amod" or tok.head.pos_ != "NOUN":
        return False
    words = relation_words(st)
    return norm(tok.head.lemma_) in words or norm(tok.head.text) in words
