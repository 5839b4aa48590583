"""A relation strained or mended by a cause, the relation as the verb's object
(``stance_evaluative.yaml``, ``relation_changes``): "l'affaire a tendu les relations entre X
et Y", "cet incident a envenimé / empoisonné / miné les rapports entre X et Y", "la visite a
permis de réchauffer les relations entre les deux pays", "l'accord a amélioré les relations
franco-algériennes": X and Y against (for) each other.

Why: :mod:`analysis.extract.stance.relations` reads a relation that changes as the subject
of the verb ("les relations se sont tendues") or the complement of an event noun ("la
dégradation des relations"); French press as often names the cause as the subject and the
relation as the object, and there the sides said nothing. The cause (an affair, a visit, a
person) holds no stance: only the two sides of the relation, named by "entre X et Y" or a
bilateral adjective. "les rapports" reads a relation only before "entre" (else reports).

No row when the change is denied ("n'a pas tendu"), supposed ("si"), averted or feared
("pour éviter d'envenimer", "risque de tendre"), or only sought ("X tente d'apaiser les
relations entre Y et Z": the relation has not changed).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, load_lexicon, matches, norm
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import in_hypothesis, negated
from analysis.extract.stance.relations import (
    both_ways,
    named_sides,
    relation_averted,
    relation_change,
    relation_changes,
)
from analysis.extract.stance.state import State, heads_above
from analysis.resources.datacache import derived

# how the relation hangs under the verb that changes it
_OBJECTS = frozenset({"obj", "obl:arg"})


def _nouns(c: Cues) -> frozenset[str]:
    """The relation nouns (the rapprochement objects) and the nouns read only before
    "entre" ("rapports")."""
    return c.acts["rapprochement"]["objects"] | relation_changes().get(
        "pair_only_nouns", frozenset()
    )


@derived
def _sought() -> frozenset[str]:
    """Verbs above the change that only seek it (the ``reconciliation`` ``sought`` list of
    ``stance_acts.yaml``)."""
    d = load_lexicon("stance_acts").get("reconciliation") or {}
    return frozenset(norm(w) for w in d.get("sought") or [])


def _sign(verb: Token) -> int:
    """+1 for a verb that mends a relation, -1 for one that strains it, else 0."""
    return _sign_of_lemma(norm(verb.lemma_))


def _only_sought(st: State, verb: Token) -> bool:
    """A verb of seeking, demanding, averting or fearing above the change ("tenter de
    réchauffer", "appeler à apaiser", "risquer de ternir"; matched on the candidate
    infinitives too: the tagger gives "tente" and "risque" their noun lemmas): the change has
    not happened."""
    sought = _sought() | st.c.demand_verbs | relation_changes().get("averting_verbs", frozenset())
    return any(v.pos_ == "VERB" and matches(v, sought, st.c) for v in heads_above(verb, 2))


def _changing_verb(st: State, t: Token) -> tuple[Token, int] | None:
    """The verb whose object is the relation noun ``t`` and its sign; an infinitive the
    tagger missed ("a permis de réchauffer les relations": "réchauffer" tagged an adverb,
    the noun hung under "permis") is read from its form right before the noun phrase."""
    verb = t.head
    if t.dep_ == "nsubj:pass" and verb.pos_ == "VERB":
        sign = _sign(verb)  # "les relations ont été minées par …"
        return (verb, sign) if sign else None
    if t.dep_ not in _OBJECTS or verb.pos_ != "VERB" or verb.i == t.i:
        return None
    sign = _sign(verb)
    if sign:
        return verb, sign
    for k in range(t.i - 1, max(verb.i, t.i - 4), -1):
        tok = st.tv.tokens[k]
        if st.tv.pos[k] in ("DET", "ADJ", "NUM"):
            continue
        low = st.low[k]
        if tok.dep_ in ("xcomp", "advmod") and low.endswith(("er", "ir", "re")):
            sign = _sign_of_lemma(low)
            return (tok, sign) if sign else None
        return None
    return None


def _sign_of_lemma(lemma: str) -> int:
    """:func:`_sign` of a lemma."""
    ch = relation_changes()
    if lemma in ch["support_verbs"] or lemma in ch.get("mend_verbs", ()):
        return 1
    if lemma in ch["oppose_verbs"] or lemma in ch.get("strain_verbs", ()):
        return -1
    return 0


@detector(pos={"NOUN"}, words=_nouns, match="form")
def strained_relation(st: State, t: Token, sent: Span) -> None:
    """The two sides of the relation noun ``t``, the object of a verb that strains or mends
    it, against (for) each other; "les rapports entre X et Y" in any construction the
    relation rules read ("la dégradation des rapports entre X et Y")."""
    pair_only = norm(t.text) in relation_changes().get("pair_only_nouns", frozenset())
    found = _changing_verb(st, t)
    if found is None and pair_only:
        change = relation_change(st, t)
        found = (change[2], change[0]) if change else None
    if found is None:
        return
    verb, sign = found
    if any(ch.dep_ in ("expl:pv", "expl:comp") for ch in verb.children) and t.dep_ in _OBJECTS:
        return  # a pronominal verb has the relation as its subject ("se tendre")
    if negated(st, verb) or in_hypothesis(st, verb) or relation_averted(st, t):
        return
    if _only_sought(st, verb):
        return
    sides = named_sides(st, t, sent, between_only=pair_only)
    if len(sides) == 2:
        cue = f"{norm(verb.lemma_) if verb.pos_ == 'VERB' else st.low[verb.i]} {norm(t.text)}"
        both_ways(st, sides, sign, cue, verb, sent)
