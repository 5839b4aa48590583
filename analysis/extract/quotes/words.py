"""The function words of the quote and speaker rules, read from
``data/lexicons/quotes_grammar.yaml`` (pronouns, determiners, "de", relative words) and
``quotes_verbs.yaml`` (speech nouns, position verbs): data a linguist reviews, kept out of the
code. Loaded once per process."""

from __future__ import annotations

from analysis.extract.cues import load_lexicon

_GRAMMAR = load_lexicon("quotes_grammar")
_VERBS = load_lexicon("quotes_verbs")
_SPEAKERS = load_lexicon("quotes_speakers")


def _words(lexicon: dict, key: str) -> frozenset[str]:
    return frozenset(str(w) for w in lexicon.get(key) or ())


# pronoun -> (gender, plural) of the referent it agrees with
PRONOUNS: dict[str, tuple[str, bool]] = {
    str(w): (str(g), bool(plural)) for w, (g, plural) in (_GRAMMAR.get("pronouns") or {}).items()
}
FIRST_SECOND_PERSON = _words(_GRAMMAR, "first_second_person")
QUANTITY_HEADS = _words(_GRAMMAR, "quantity_heads")
INDEFINITE = _words(_GRAMMAR, "indefinite")
STOP_WORDS = _words(_GRAMMAR, "relative_words")  # a relative word ends a noun phrase
DE = _words(_GRAMMAR, "de")
CASE_PREPS = _words(_GRAMMAR, "case_prepositions")
PHRASE_OPENERS = _words(_GRAMMAR, "phrase_openers")
TWO_WORD_CLASSES = _words(_GRAMMAR, "two_word_classes")
CLAUSE_BREAKS = _words(_GRAMMAR, "clause_breaks")

SPEECH_NOUNS = _words(_VERBS, "speech_nouns")
POSITION_VERBS = _words(_VERBS, "position_verbs")
REPORTING_OBJECT_VERBS = _words(_VERBS, "reporting_object_verbs")
DIRECTIVE_VERBS = _words(_VERBS, "directive_verbs")
IMPERSONAL_SUBJECTS = _words(_GRAMMAR, "impersonal_subjects")
VERB_GROUP_WORDS = _words(_GRAMMAR, "verb_group_words")
NOT_INCISE_AFTER = _words(_GRAMMAR, "not_incise_after")
PARTICIPLE_GAP_WORDS = _words(_GRAMMAR, "participle_gap_words")
DOCUMENT_NOUNS = _words(_SPEAKERS, "document")
ADDRESSED = _words(_SPEAKERS, "addressed")
VAGUE_TITLES = _words(_SPEAKERS, "vague_titles")
TITLE_EQUIVALENTS: dict[str, tuple[str, ...]] = {
    str(k): tuple(str(x) for x in v) for k, v in (_SPEAKERS.get("title_equivalents") or {}).items()
}
READING_VERBS = _words(_SPEAKERS, "reading_verbs")
STATE_VOICE = _words(_SPEAKERS, "state_voice")
STATE_FORMS = _words(_SPEAKERS, "state_forms")
VOICE_PHRASES = tuple(str(w).split() for w in _SPEAKERS.get("voice_phrases") or ())
FRONTED_VOICE = _words(_GRAMMAR, "fronted_voice")
PRESENTATIVES = tuple(str(w) for w in _GRAMMAR.get("presentatives") or ())
