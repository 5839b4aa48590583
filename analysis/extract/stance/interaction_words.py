"""The vocabulary of the interaction rules (``stance_interactions.yaml``), read once.

Why a module of its own: the interaction rules are spread over several modules
(:mod:`~analysis.extract.stance.interactions`, :mod:`~analysis.extract.stance.threats`,
:mod:`~analysis.extract.stance.provisions`, :mod:`~analysis.extract.stance.attitudes`); each
reads the same table of classes, loaded and cached here.
"""

from __future__ import annotations

from dataclasses import dataclass

from analysis.extract.cues import load_lexicon, norm
from analysis.resources.datacache import derived


@dataclass(frozen=True)
class Interactions:
    """The classes of ``stance_interactions.yaml`` (see the comments there)."""

    strong_demands: frozenset[str]
    appeals: frozenset[str]
    withdrawal_verbs: frozenset[str]
    help_verbs: frozenset[str]
    help_nouns: frozenset[str]
    accord_nouns: frozenset[str]
    accord_breakers: frozenset[str]
    hostile_nouns: frozenset[str]
    victim_preps: tuple[str, ...]
    qualify_verbs: frozenset[str]
    insult_verbs: frozenset[str]
    accept_verbs: frozenset[str]
    accept_objects: frozenset[str]
    retaliation_nouns: frozenset[str]
    detention_verbs: frozenset[str]
    release_words: frozenset[str]
    persona_verbs: frozenset[str]
    author_participles: frozenset[str]
    response_verbs: frozenset[str]
    firm_adverbs: frozenset[str]
    return_verbs: frozenset[str]
    provision_verbs: frozenset[str]
    not_gifts: frozenset[str]
    threat_verbs: frozenset[str]
    threat_objects: frozenset[str]
    threat_rights: frozenset[str]
    benign_conditions: frozenset[str]
    mild_adverbs: frozenset[str]
    absence_verbs: frozenset[str]
    verbal_nouns: frozenset[str]
    imposing_verbs: frozenset[str]
    imposed_preps: tuple[str, ...]
    launching_verbs: frozenset[str]
    launched_preps: tuple[str, ...]
    verbal_preps: tuple[str, ...]
    verbal_support: frozenset[str]
    verbal_oppose: frozenset[str]


def _set(values: list[str] | None) -> frozenset[str]:
    return frozenset(norm(v) for v in values or [])


def _preps(values: list[str] | None) -> tuple[str, ...]:
    """Prepositions as the tokenizer splits them: "à l'encontre de" is four tokens ("l'" one
    of them), so the elided article is a word of its own."""
    return tuple(" ".join(norm(v).replace("'", "' ").split()) for v in values or [])


@derived
def interactions() -> Interactions:
    """The :class:`Interactions` (cached until the lexicon changes)."""
    d = load_lexicon("stance_interactions")
    dc = d.get("demand_clause") or {}
    th = d.get("threats") or {}
    return Interactions(
        strong_demands=_set(dc.get("strong_verbs")),
        appeals=_set(dc.get("appeal_verbs")),
        withdrawal_verbs=_set(dc.get("withdrawal_verbs")),
        help_verbs=_set(dc.get("help_verbs")),
        help_nouns=_set(dc.get("help_nouns")),
        accord_nouns=_set(d.get("accord_nouns")),
        accord_breakers=_set(d.get("accord_breakers")),
        hostile_nouns=_set(d.get("hostile_nouns")),
        victim_preps=_preps(d.get("hostile_victim_preps")),
        qualify_verbs=_set(d.get("qualify_verbs")),
        insult_verbs=_set(d.get("insult_verbs")),
        accept_verbs=_set((d.get("acceptance") or {}).get("verbs")),
        accept_objects=_set((d.get("acceptance") or {}).get("objects")),
        retaliation_nouns=_set(d.get("retaliation_nouns")),
        detention_verbs=_set(d.get("detention_verbs")),
        release_words=_set(d.get("release_words")),
        persona_verbs=_set(d.get("persona_verbs")),
        author_participles=_set(d.get("author_participles")),
        response_verbs=_set((d.get("firm_response") or {}).get("verbs")),
        firm_adverbs=_set((d.get("firm_response") or {}).get("adverbs")),
        return_verbs=_set(d.get("return_verbs")),
        provision_verbs=_set(d.get("provision_verbs")),
        not_gifts=_set(d.get("provision_not_gifts")),
        threat_verbs=_set(th.get("verbs")),
        threat_objects=_set(th.get("objects")),
        threat_rights=_set(th.get("rights")),
        benign_conditions=_set(th.get("benign_conditions")),
        mild_adverbs=_set(th.get("mild_adverbs")),
        absence_verbs=_set(d.get("protest_absence_verbs")),
        verbal_nouns=_set((d.get("verbal_acts") or {}).get("nouns")),
        imposing_verbs=_set((d.get("imposed_acts") or {}).get("verbs")),
        imposed_preps=_preps((d.get("imposed_acts") or {}).get("preps")),
        launching_verbs=_set((d.get("launched_acts") or {}).get("verbs")),
        launched_preps=_preps((d.get("launched_acts") or {}).get("preps")),
        verbal_preps=_preps((d.get("verbal_acts") or {}).get("preps")),
        verbal_support=_set((d.get("verbal_acts") or {}).get("support")),
        verbal_oppose=_set((d.get("verbal_acts") or {}).get("oppose")),
    )
