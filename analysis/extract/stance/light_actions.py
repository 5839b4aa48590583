"""A light verb with an action noun: "X a procédé à la signature de trois accords avec Y",
"X a effectué la rupture de ses relations avec Y", "X a opéré la condamnation de Y".

Why: the act rules and the stance verb rules read a verb ("signer", "rompre", "condamner")
and its object; French often names the act by its noun after a verb that only says the act
took place (``light_actions.verbs`` of ``stance_light.yaml``). The pair is read as the noun's
verb (``light_actions.nouns``) with the noun's "de" complement as its object, the light verb
giving the holders and the negation; the sign comes from the verb rules' own lexicons
(agreements, rapprochement and ruptures of ``stance_acts.yaml`` through
:func:`~analysis.extract.stance.acts.act_by_lemma`, the stance verbs of
``stance_verbs.yaml`` here), never from a second list.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, VerbCue, norm
from analysis.extract.stance.acts import act_by_lemma
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import holders_of, is_actor_of
from analysis.extract.stance.lexical import np_or_fact
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import prep_np, relation_target

# "procéder à / au / aux": the forms of "à" before the action noun
_TO = frozenset({"à", "au", "aux"})
# the "de" of the noun's complement ("la signature de l'accord", "la rupture des liens")
_OF = ("de", "d'", "d’", "du", "des")


def _light_words(c: Cues) -> frozenset[str]:
    return frozenset((c.acts.get("light_actions") or {}).get("verbs") or ())


@detector(pos={"VERB"}, words=_light_words)
def light_action(st: State, t: Token, sent: Span) -> None:
    """ "X a procédé à la signature de l'accord avec Y": the rows of "X a signé l'accord
    avec Y" (see the module docstring)."""
    lexicon = st.c.acts.get("light_actions") or {}
    noun = _action_noun(st, t, sent, norm(t.lemma_) in (lexicon.get("to_verbs") or ()))
    if noun is None:
        return
    nouns = lexicon.get("nouns") or {}
    verb = nouns.get(norm(noun.lemma_)) or nouns.get(norm(noun.text))
    if verb is None:
        return
    hit = prep_np(st, noun.i + 1, _OF, sent, window=1)
    obj = hit[1] if hit is not None else None
    if obj is None or act_by_lemma(st, t, sent, norm(verb), obj):
        return
    _stance_verb(st, t, sent, f"{norm(t.lemma_)} {norm(noun.lemma_)}", norm(verb), obj)


def _action_noun(st: State, t: Token, sent: Span, to: bool) -> Token | None:
    """The noun right after the light verb (its adverbs and a comma-enclosed incise, "à" for
    "procéder à", determiners and adjectives skipped): "a procédé hier à la signature", "a
    procédé, dans la matinée, à la signature", "a effectué la rupture"."""
    pos, low = st.tv.pos, st.low
    k = _past_incise(st, _past_adverbs(st, t.i + 1, sent), sent)
    k = _past_adverbs(st, k, sent)
    if to:  # "à" may follow a time phrase ("procéderont la semaine prochaine à la ...")
        start = k
        k = next((m for m in range(k, min(sent.end, k + 5)) if low[m] in _TO), sent.end)
        if k >= sent.end or any(pos[m] in ("VERB", "PUNCT") for m in range(start, k)):
            return None
        k += 1
    while k < sent.end and pos[k] in ("DET", "ADJ", "NUM"):
        k += 1
    return st.doc[k] if k < sent.end and pos[k] == "NOUN" else None


def _past_adverbs(st: State, k: int, sent: Span) -> int:
    """The first index from ``k`` that is no adverb."""
    while k < sent.end and st.tv.pos[k] == "ADV":
        k += 1
    return k


def _past_incise(st: State, k: int, sent: Span) -> int:
    """After a comma-enclosed incise of at most eight words opening at ``k``, else ``k``."""
    if k >= sent.end or st.low[k] != ",":
        return k
    close = next((m for m in range(k + 1, min(sent.end, k + 10)) if st.low[m] == ","), None)
    return close + 1 if close is not None else k


def _stance_verb(st: State, t: Token, sent: Span, cue: str, verb: str, obj: Token) -> None:
    """The row of the stance verb ``verb`` toward ``obj``: its first entry without a
    preposition whose object test ``obj`` meets gives the sign; denied ("X n'a pas procédé
    à l'expulsion de Y"), a material act or an opposition says the act did not happen: no
    row (as :mod:`~analysis.extract.stance.lexical` reads the verb itself)."""
    entry = next((e for e in st.c.stance_verbs.get(verb, ()) if _fits(st, e, obj)), None)
    if entry is None:
        return
    polarity = entry.polarity
    if negated(st, t):
        if verb in st.c.acts["material_acts"] or polarity < 0:
            return
        polarity = -polarity
    holders = holders_of(st, t)
    if not holders or obj.pos_ == "PRON":
        return
    target = relation_target(st, obj, sent) or np_or_fact(st, obj, sent)
    st.add(holders, target, polarity, cue, "verb", t, sent)


def _fits(st: State, entry: VerbCue, obj: Token) -> bool:
    """An entry read without a preposition, whose object test (if any) ``obj`` meets."""
    if entry.preps:
        return False
    if not (entry.objects or entry.actor_types):
        return True
    return (
        norm(obj.lemma_) in entry.objects
        or norm(obj.text) in entry.objects
        or is_actor_of(st, obj, entry.actor_types)
    )
