"""The function words of the quote and speaker rules, read from
``data/lexicons/quotes_grammar.yaml`` (pronouns, determiners, "de", relative words) and
``quotes_verbs.yaml`` (speech nouns, position verbs): data a linguist reviews, kept out of the
code.

The rules import these tables by name; they are filled by :func:`_tables` through
:func:`analysis.resources.datacache.tables`, which refills the same objects in place when one
of the three lexicons is edited (a warm analyser sees the edit without re-importing the rules).
Hence sets, dicts and lists, never to be modified by the rules."""

from __future__ import annotations

import re

from analysis.extract.cues import fold, load_lexicon, norm
from analysis.resources.datacache import tables


def _words(lexicon: dict, key: str) -> set[str]:
    return set(str(w) for w in lexicon.get(key) or ())


def _tables() -> dict[str, object]:
    """Every table of this module by name, from the lexicons as they are now."""
    grammar = load_lexicon("quotes_grammar")
    verbs = load_lexicon("quotes_verbs")
    speakers = load_lexicon("quotes_speakers")
    press_offices = _press_offices(speakers)
    return {  # name -> set of words, unless said otherwise
        # pronoun -> (gender, plural) of the referent it agrees with
        "PRONOUNS": {
            str(w): (str(g), bool(plural))
            for w, (g, plural) in (grammar.get("pronouns") or {}).items()
        },
        # possessive determiner -> plural owner ("selon ses termes", "selon leurs propos")
        "POSSESSIVE_DETERMINERS": _possessive_determiners(grammar),
        "POSSESSED_WORDS": _words(grammar.get("possessive_words") or {}, "nouns"),
        "FIRST_SECOND_PERSON": _words(grammar, "first_second_person"),
        "QUANTITY_HEADS": _words(grammar, "quantity_heads"),
        "INDEFINITE": _words(grammar, "indefinite"),
        "STOP_WORDS": _words(grammar, "relative_words"),  # a relative word ends a noun phrase
        "DE": _words(grammar, "de"),
        "POST_PREPOSITIONS": _words(grammar, "post_prepositions"),
        "CASE_PREPS": _words(grammar, "case_prepositions"),
        "PHRASE_OPENERS": _words(grammar, "phrase_openers"),
        "TWO_WORD_CLASSES": _words(grammar, "two_word_classes"),
        "CLAUSE_BREAKS": _words(grammar, "clause_breaks"),
        "CONJUNCTION_HEADS": _words(grammar, "conjunction_heads"),
        "SPEECH_NOUNS": _words(verbs, "speech_nouns"),
        "POSITION_VERBS": _words(verbs, "position_verbs"),
        "NAMING_VERBS": _words(verbs, "naming_verbs"),
        "REPORTING_OBJECT_VERBS": _words(verbs, "reporting_object_verbs"),
        "DIRECTIVE_VERBS": _words(verbs, "directive_verbs"),
        "COMPLETIVE_VERBS": _words(verbs, "completive_verbs"),
        "COMPLETIVE_NOUNS": _words(verbs, "completive_nouns"),
        "EXPRESSING_VERBS": _words(verbs, "expressing_verbs"),
        "FEELING_NOUNS": _words(verbs, "feeling_nouns"),
        "JUDGING_ACTS": _words(verbs, "judging_acts"),
        "QUESTION_NOUNS": _words(verbs, "question_nouns"),
        "ASKING_VERBS": _words(verbs, "asking_verbs"),
        "NOT_REPORTING_COMPLETIVE": _words(verbs, "not_reporting_completive"),
        "CONTENT_OBJECT_VERBS": _words(verbs, "content_object_verbs"),
        # motive locutions as word tuples ending in "que" ("au", "motif", "que")
        "MOTIVE_FRAMES": _word_tuples(verbs, "motive_frames"),
        "ADDRESSEE_VERBS": _words(verbs, "addressee_verbs"),
        "IMPERSONAL_SUBJECTS": _words(grammar, "impersonal_subjects"),
        "QUESTION_VERBS": _words(grammar, "question_verbs"),
        "ANSWER_VERBS": _words(grammar, "answer_verbs"),
        "VERB_GROUP_WORDS": _words(grammar, "verb_group_words"),
        "ETRE_VERBS": _words(grammar, "etre_verbs"),
        "TIME_NOUNS": _words(grammar, "time_nouns"),
        "NOT_INCISE_AFTER": _words(grammar, "not_incise_after"),
        "PARTICIPLE_GAP_WORDS": _words(grammar, "participle_gap_words"),
        "DOCUMENT_NOUNS": _words(speakers, "document"),
        # press offices as tuples of folded words ("service", "d", "information")
        "PRESS_OFFICES": press_offices,
        # the words a press office starts with (a phrase whose head is none of them is none)
        "PRESS_OFFICE_FIRSTS": _first_words(press_offices),
        # a noun pointing back to a person -> the gender it fixes ("m", "f") or None
        "ANAPHORIC_PERSONS": {
            norm(str(k)): (str(v) or None)
            for k, v in (speakers.get("anaphoric_persons") or {}).items()
        },
        "MISSION_NOUNS": {norm(str(w)) for w in speakers.get("mission_nouns") or ()},
        "MEDIA_NAME_ENDS": {fold(str(w)) for w in speakers.get("media_name_ends") or ()},
        "ADDRESSED": _words(speakers, "addressed"),
        "ISSUING_VERBS": _words(speakers, "issuing_verbs"),
        "TITLE_NOUNS": _words(speakers, "title_nouns"),
        "RECALL_VERBS": _words(verbs, "recall_verbs"),
        "WITNESS_VERBS": _words(verbs, "witness_verbs"),
        "CITING_VERBS": _words(verbs, "citing_verbs"),
        "VAGUE_TITLES": _words(speakers, "vague_titles"),
        # vague title -> the offices it may stand for
        "TITLE_EQUIVALENTS": {
            str(k): tuple(str(x) for x in v)
            for k, v in (speakers.get("title_equivalents") or {}).items()
        },
        # a title naming a class of offices -> its members ("diplomate" -> "ambassadeur", …)
        "TITLE_HYPERNYMS": {
            norm(str(k)): tuple(norm(str(x)) for x in v)
            for k, v in (speakers.get("title_hypernyms") or {}).items()
        },
        "TEXT_NOUNS": _words(speakers, "text_nouns"),
        # a noun naming a class of bodies -> the first words of its members' names
        "BODY_HYPERNYMS": {
            norm(str(k)): frozenset(fold(str(x)) for x in v)
            for k, v in (speakers.get("body_hypernyms") or {}).items()
        },
        "READING_VERBS": _words(speakers, "reading_verbs"),
        "STATE_VOICE": _words(speakers, "state_voice"),
        "STATE_FORMS": _words(speakers, "state_forms"),
        # a state's name by its regime -> the knowledge base's ``monarchy`` it needs (None: none)
        "STATE_FORM_REGIMES": {
            norm(str(k)): (str(v) or None)
            for k, v in (speakers.get("state_form_regimes") or {}).items()
        },
        # phrases that name who speaks for a state ("par la voix de"): a list of word lists
        "VOICE_PHRASES": [str(w).split() for w in speakers.get("voice_phrases") or ()],
        "FRONTED_VOICE": _words(grammar, "fronted_voice"),
        # sentence openings that name the speaker of the quote before ("ce sont"): a list
        "PRESENTATIVES": [str(w) for w in grammar.get("presentatives") or ()],
        # openers of a phrase of time or occasion ("lors", "au cours", "à l'issue"): a
        # speaker's noun phrase ends before them; a list, straight apostrophes
        "NAMING_PARTICIPLES": _words(grammar, "naming_participles"),
        "OCCASION_OPENERS": [
            str(w).replace("’", "'") for w in grammar.get("occasion_openers") or ()
        ],
        # folded given name -> "f" | "m" (names of one gender only; quotes_given_names.yaml)
        "GIVEN_NAMES": _given_names(load_lexicon("quotes_given_names")),
        # words of ministerial portfolios ("affaires", "europe"): a name among them after a
        # minister's noun is the title's field, not the speaker (speakers.portfolios)
        "PORTFOLIO_WORDS": _words(load_lexicon("actors_cues"), "portfolios"),
    }


def _possessive_determiners(grammar: dict) -> dict[str, bool]:
    """Possessive determiner -> whether its owner is plural (``possessive_words``)."""
    table = (grammar.get("possessive_words") or {}).get("determiners") or {}
    return {str(w): bool(plural) for w, plural in table.items()}


def _press_offices(speakers: dict) -> set[tuple[str, ...]]:
    """The press offices as tuples of folded words ("service", "d", "information")."""
    return {tuple(re.findall(r"\w+", fold(str(w)))) for w in speakers.get("press_offices") or ()}


def _word_tuples(lexicon: dict, key: str) -> list[tuple[str, ...]]:
    """The phrases of ``lexicon[key]`` as tuples of their words, in the lexicon's order."""
    return [tuple(str(w).split()) for w in lexicon.get(key) or ()]


def _first_words(phrases: set[tuple[str, ...]]) -> set[str]:
    """The first word of each phrase (of words)."""
    return {words[0] for words in phrases if words}


def _given_names(lexicon: dict) -> dict[str, str]:
    """Folded given name -> gender; a name listed under both genders is left out."""
    out: dict[str, str] = {}
    for key, g in (("feminine", "f"), ("masculine", "m")):
        for w in lexicon.get(key) or ():
            name = fold(str(w))
            out[name] = "" if out.get(name, g) != g else g
    return {k: v for k, v in out.items() if v}


tables(globals(), _tables)
