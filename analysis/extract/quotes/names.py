"""A quotation that is the proper name of a thing: "le navire de forage « Nordstern »", "un
membre du bloc « Avenir »", "un collectif dénommé « Voix du fleuve »". The marks
set off a name (of a ship, a party, a bloc, a group, a programme), which nobody says: the
quotation has no speaker, whatever verb governs the sentence.

The construction: a short quotation (at most six words, no verb, no final stop) opening with a
capital letter, right after a lower-case common noun with no determiner between them ("le
navire « X »", "du bloc « Y »") or after a participle of naming (``naming_participles``:
"dénommé", "baptisé", "intitulé" …). A noun of utterance before it ("le slogan « … »",
"les mots « … »": ``speech_nouns``) keeps the words someone's; so does a quotation after
a determiner or a preposition ("la « Belle Époque »", "qualifié d'« Ennemi »"), which the
other rules read.
"""

from __future__ import annotations

from analysis.extract.quotes.words import FEELING_NOUNS, NAMING_PARTICIPLES, SPEECH_NOUNS

# longest name read as a name (more words is a sentence or a slogan)
MAX_NAME_WORDS = 6


def names_a_thing(tv, text: str, first: int, last: int) -> bool:
    """The quotation whose text is ``text`` and tokens [first, last] is a thing's name (see
    the module docstring)."""
    words = text.split()
    if any(tv.pos[k] in ("VERB", "AUX") for k in range(first, last + 1)):
        return False
    if not words or len(words) > MAX_NAME_WORDS or not text[:1].isupper():
        return False
    if text.rstrip()[-1:] in ".!?…":
        return False
    k = first - 1
    while k >= 0 and tv.punct[k]:
        k -= 1  # the opening mark
    if k < 0 or k < first - 2:
        return False  # (more than the mark between: a comma, a colon)
    low, pos = tv.low[k], tv.pos[k]
    if low in NAMING_PARTICIPLES:
        # "un collectif dénommé « X »", not a verb of a clause ("X a nommé « Y »")
        return k == 0 or tv.pos[k - 1] not in ("AUX", "VERB")
    if pos != "NOUN" or not tv.text[k].islower():
        return False
    return low not in SPEECH_NOUNS and low not in FEELING_NOUNS
