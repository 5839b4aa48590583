"""The stance rules' own word lists, read from ``data/lexicons/stance_targets.yaml`` (and the
emotion and concealment words of ``stance_cues.yaml``).

Why apart from :class:`analysis.extract.cues.Cues`: these words serve the stance rules only
(which noun stands for its "de" complement, which words are time, which pronouns are the
speaker's own side); the cue lexicons shared with the quote rules stay in ``Cues``. Read
(cached until a file changes) through :func:`analysis.extract.cues.load_lexicon`, keyed by
:func:`analysis.extract.cues.norm` like every lexicon.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from analysis.extract.cues import load_lexicon, norm
from analysis.resources.datacache import derived


@dataclass(frozen=True)
class StanceWords:
    """The word lists of ``stance_targets.yaml`` (see the comments there)."""

    attribute_nouns: frozenset[str]
    addressee_preps: frozenset[str]
    time_words: frozenset[str]
    time_preps: frozenset[str]
    first_person: frozenset[str]
    second_person: frozenset[str]
    reflexive: frozenset[str]
    demand_addressee_verbs: frozenset[str]
    reliance_verbs: frozenset[str]
    symmetric_relations: frozenset[str]
    intention_nouns: frozenset[str]
    emotion_support: frozenset[str]
    emotion_oppose: frozenset[str]
    # session 29: surprise (an opposition only when asserted) and its glad adverbs
    emotion_surprise: frozenset[str]
    emotion_pleasantly: frozenset[str]
    concealment_verbs: frozenset[str]
    relation_copulas: frozenset[str]
    not_targets: frozenset[str]
    voiceless_subjects: frozenset[str]
    caused_support: frozenset[str]
    caused_oppose: frozenset[str]
    # session 18: reaction nouns read only after a causing verb (never as manners)
    caused_extra_support: frozenset[str]
    caused_extra_oppose: frozenset[str]
    causing_verbs: frozenset[str]
    litotes_verbs: frozenset[str]
    wish_verbs: frozenset[str]
    rapprochement_nouns: frozenset[str]
    pursuing_verbs: frozenset[str]
    quoting_verbs: frozenset[str]
    judgement_support: frozenset[str]
    judgement_oppose: frozenset[str]
    release_nouns: frozenset[str]
    harmful_things: frozenset[str]
    attack_nouns: frozenset[str]
    object_control_verbs: frozenset[str]
    official_titles: frozenset[str]
    spokesperson_titles: frozenset[str]
    state_bodies: frozenset[str]
    not_state_voices: frozenset[str]
    counterpart_nouns: frozenset[str]
    authority_nouns: frozenset[str]
    issuing_verbs: frozenset[str]
    motion_verbs: frozenset[str]
    impersonal_passive_verbs: frozenset[str]
    pair_person_nouns: frozenset[str]
    pair_state_nouns: frozenset[str]
    side_nouns: frozenset[str]
    plural_pair_titles: frozenset[str]
    bare_state_nouns: frozenset[str]
    bare_state_singular: frozenset[str]
    wished_goods: frozenset[str]


def _set(values: list[str] | None) -> frozenset[str]:
    return frozenset(norm(v) for v in values or [])


@derived
def stance_words() -> StanceWords:
    """The :class:`StanceWords` (cached until a lexicon changes)."""
    d = load_lexicon("stance_targets")
    cues = load_lexicon("stance_cues")
    acts = load_lexicon("stance_acts")
    emotions = cues.get("emotions") or {}
    return StanceWords(
        attribute_nouns=_set(d.get("attribute_nouns")),
        addressee_preps=_set(d.get("addressee_preps")),
        time_words=_set(d.get("time_words")),
        time_preps=_set(d.get("time_preps")),
        first_person=_set(d.get("first_person")),
        second_person=_set(d.get("second_person")),
        reflexive=_set(d.get("reflexive")),
        demand_addressee_verbs=_set(d.get("demand_addressee_verbs")),
        reliance_verbs=_set(d.get("reliance_verbs")),
        symmetric_relations=_set(d.get("symmetric_relations")),
        intention_nouns=_set(d.get("intention_nouns")),
        emotion_support=_set(emotions.get("support")),
        emotion_oppose=_set(emotions.get("oppose")) | _set(emotions.get("surprise")),
        emotion_surprise=_set(emotions.get("surprise")),
        emotion_pleasantly=_set(emotions.get("pleasantly")),
        concealment_verbs=_set(cues.get("concealment_verbs")),
        relation_copulas=_set(d.get("relation_copulas")),
        not_targets=_set(d.get("not_targets")),
        voiceless_subjects=_set(d.get("voiceless_subjects")),
        caused_support=_set((cues.get("caused_feelings") or {}).get("support")),
        caused_oppose=_set((cues.get("caused_feelings") or {}).get("oppose")),
        caused_extra_support=_set((cues.get("caused_feelings") or {}).get("support_extra")),
        caused_extra_oppose=_set((cues.get("caused_feelings") or {}).get("oppose_extra")),
        causing_verbs=_set(cues.get("causing_verbs")),
        litotes_verbs=_set(cues.get("litotes_verbs")),
        wish_verbs=_set(cues.get("wish_verbs")),
        rapprochement_nouns=_set(acts.get("rapprochement_nouns")),
        pursuing_verbs=_set(acts.get("pursuing_verbs")),
        quoting_verbs=_set(d.get("quoting_verbs")),
        judgement_support=_set((cues.get("impersonal_judgements") or {}).get("support")),
        judgement_oppose=_set((cues.get("impersonal_judgements") or {}).get("oppose")),
        release_nouns=_set(cues.get("release_nouns")),
        harmful_things=_set(cues.get("harmful_things")),
        attack_nouns=_set(cues.get("attack_nouns")),
        object_control_verbs=_set(d.get("object_control_verbs")),
        official_titles=_set((d.get("state_voices") or {}).get("offices")),
        spokesperson_titles=_set((d.get("state_voices") or {}).get("spokespersons")),
        state_bodies=_set((d.get("state_voices") or {}).get("bodies")),
        not_state_voices=_set(d.get("not_state_voices")),
        counterpart_nouns=_set(d.get("counterpart_nouns")),
        authority_nouns=_set(d.get("authority_nouns")),
        issuing_verbs=_set(d.get("issuing_verbs")),
        motion_verbs=_set(d.get("motion_verbs")),
        impersonal_passive_verbs=_set(d.get("impersonal_passive_verbs")),
        pair_person_nouns=_set(d.get("pair_person_nouns")),
        pair_state_nouns=_set(d.get("pair_state_nouns")),
        side_nouns=_set(d.get("side_nouns")),
        plural_pair_titles=_set(d.get("plural_pair_titles")),
        bare_state_nouns=_set(d.get("bare_state_nouns")),
        bare_state_singular=_set(d.get("bare_state_singular")),
        wished_goods=_set(cues.get("wished_goods")),
    )


def names_an_issue(text: object) -> bool:
    """``text`` can be a stance target: it has a word that is not an interrogative, a pronoun,
    a determiner or another of ``not_targets`` ("Où", "le", "cela" cannot be; "l'accord"
    can). Why: a target is an actor or an issue, and these words name neither."""
    if not isinstance(text, str):
        return False
    skip = stance_words().not_targets
    return any(len(w) > 1 and w not in skip for w in _words(text))


@functools.lru_cache(maxsize=1 << 14)
def _words(text: str) -> tuple[str, ...]:
    """The normalised words of ``text`` (memoised: :func:`names_an_issue` reads each target's
    name and text once per stance row, and rows share their targets)."""
    return tuple(norm(w) for w in re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*['’]?", text))
