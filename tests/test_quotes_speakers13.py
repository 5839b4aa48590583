"""Quote speakers, session 13: rules about French constructions, each on invented snippets
(no sentence from a real article, no real person's name), at least two phrasings each."""

from __future__ import annotations

import pytest

from tests.test_quotes_real import quotes, speaker_of


def speaker_of_exact(text: str, words: str) -> str | None:
    """The speaker of the quotation whose text is exactly ``words`` (a reported sentence
    holding it is another quote)."""
    q = quotes(text)
    hits = q[q["text"] == words]
    assert len(hits), f"no quote {words!r}: {q[['text', 'speaker']].to_dict('records')}"
    value = hits.iloc[0]["speaker"]
    return None if value is None or value != value else str(value)


# ---- a pronominal verb in a compound tense is active, and its participle clause speaks for
# its subject, even after a "selon X" that reports the whole sentence


@pytest.mark.parametrize(
    ("source", "verb", "participle", "word"),
    [
        ("Selon la chaîne publique", "s'en est pris également", "le qualifiant", "ignorant"),
        ("D'après le quotidien Le Matin", "s'est emporté", "le traitant", "menteur"),
        ("Selon l'agence officielle", "s'est attaqué", "le taxant", "incompétence"),
    ],
)
def test_a_participle_clause_after_a_pronominal_verb_speaks_for_its_subject(
    source, verb, participle, word
):
    text = (
        f"{source}, le député Marc Roux {verb} au chef du gouvernement, {participle} d'« {word} »."
    )
    assert speaker_of_exact(text, word) == "Marc Roux"


def test_a_pronominal_verb_is_not_read_as_a_passive():
    text = "Le président Jean Dufour s'est dit « très inquiet » de la situation."
    assert speaker_of(text, "très inquiet") == "Jean Dufour"
    text = "La ministre Claire Vidal s'est déclarée « profondément choquée » par ces propos."
    assert speaker_of(text, "profondément choquée") == "Claire Vidal"


# ---- a bare definite medium noun ("le journal", "le quotidien") is the medium named last


@pytest.mark.parametrize(
    ("first", "second", "noun"),
    [
        ("Le journal La Voix", "le quotidien Le Matin", "Le journal"),
        ("La radio Onde Libre", "l'hebdomadaire Le Matin", "L'hebdomadaire"),
    ],
)
def test_a_bare_medium_noun_is_the_medium_named_last(first, second, noun):
    text = (
        f"{first} a publié l'entretien lundi. Mardi, {second} voit les deux pays au bord de "
        f"la rupture. {noun} souligne que « ce n'est pas la première fois »."
    )
    assert speaker_of(text, "pas la première fois") == "Le Matin"


# ---- "Name, det noun du titre Y VERB": the name that opens the sentence is the subject


@pytest.mark.parametrize(
    "apposition",
    [
        "l'influente conseillère du président ostrien Paul Marnier",
        "la sœur cadette du président ostrien Paul Marnier",
        "la porte-parole du Premier ministre Paul Marnier",
    ],
)
def test_a_name_before_its_apposition_is_the_subject(apposition):
    text = (
        f"Claire Vidal, {apposition} a affirmé mardi que Bravie refuserait « toute "
        "discussion » avec Ostrie."
    )
    assert speaker_of(text, "toute discussion") == "Claire Vidal"


def test_a_name_inside_the_subject_phrase_without_a_fronted_name_still_speaks():
    text = "Le président ostrien Paul Marnier a affirmé que le pays refusait « toute ingérence »."
    assert speaker_of(text, "toute ingérence") == "Paul Marnier"


# ---- a "que" clause the parser cut from its speech verb


@pytest.mark.parametrize(
    ("opening", "verb", "circumstance", "words"),
    [
        ("Pour sa part, Jean Dufour,", "a souligné", "avec ce texte", "on croirait lire un tract"),
        ("De son côté, la ministre Claire Vidal", "a estimé", "après ce vote", "rien ne sera"),
    ],
)
def test_a_quotation_in_a_que_clause_after_a_circumstance_is_the_speech_verbs(
    opening, verb, circumstance, words
):
    text = f"{opening} {verb} qu'{circumstance}, « {words} plus comme avant »."
    got = speaker_of(text, words)
    assert got in ("Jean Dufour", "Claire Vidal") and got.split()[0] in opening


# ---- a pronoun after a sentence whose subject the parser hung on a fronted phrase


@pytest.mark.parametrize("fronted", ["Par le biais de la radio", "Sur le réseau social X"])
def test_a_pronoun_goes_on_with_a_subject_hung_on_a_fronted_phrase(fronted):
    text = (
        "« Nous remercions nos amis », a déclaré le ministre des affaires étrangères Yves "
        "Garnier dans un message.\n"
        f"{fronted}, Jorge Díaz-Castel a rejeté l'imposition de ces mesures la veille et a "
        "exigé leur levée totale.\n"
        "Il a averti que « l'impérialisme tente de s'imposer, mais la patrie triomphera »."
    )
    assert speaker_of(text, "impérialisme") == "Jorge Díaz-Castel"


# ---- "Selon X, Y « a fait … »": X tells Y's deed, X speaks (a speech verb would make Y speak)


@pytest.mark.parametrize(
    ("intro", "source", "subject", "deed"),
    [
        (
            "Le ministre Yves Garnier a dénoncé jeudi les sanctions.",
            "Selon lui, avec cet « acte grossier »,",
            "la Commission européenne",
            "cherche à s'attirer les faveurs d'une classe politique",
        ),
        (
            "La ministre Claire Vidal a reçu la presse.",
            "Selon elle,",
            "le ministère bravien des Affaires étrangères",
            "a choisi la voie de l'escalade",
        ),
    ],
)
def test_a_deed_quoted_after_selon_is_the_selon_speakers_account(intro, source, subject, deed):
    text = f"{intro} {source} {subject} « {deed} »."
    assert speaker_of_exact(text, deed) in ("Yves Garnier", "Claire Vidal")


def test_a_speech_verb_quoted_after_selon_keeps_its_subject_as_speaker():
    text = "Selon l'agence officielle, le ministre Yves Garnier « a souligné les risques »."
    assert speaker_of_exact(text, "a souligné les risques") == "Yves Garnier"
