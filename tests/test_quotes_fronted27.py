"""Quotes (session 27, qnone): a participle clause of speech opening the sentence speaks with
the main subject; a finite present spelt like a participle ("voit", "décrit") is no agentless
participle. Invented snippets, invented names."""

from __future__ import annotations

import pytest

from tests.helpers import run_steps


def row(text: str, fragment: str):
    q = run_steps(text, publication="2024-03-01").tables["quotes"]
    hits = q[q["text"].str.contains(fragment, regex=False)]
    assert len(hits), f"no quote with {fragment!r}: {q[['text', 'kind']].to_dict('records')}"
    return hits.iloc[0]


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Saluant l'« amitié sans faille » de leurs deux ports, Oskar Belin a quitté "
            "Brunovo mardi soir.",
            "amitié sans faille",
            "Oskar Belin",
        ),
        (
            "Faisant part de sa « vive amertume » devant tant de lenteurs, Oskar Belin a "
            "quitté la salle des fêtes.",
            "vive amertume",
            "Oskar Belin",
        ),
        (
            "Dénonçant une « manœuvre grossière », Ana Mirenko a suspendu sa venue au "
            "congrès des ports.",
            "manœuvre grossière",
            "Ana Mirenko",
        ),
    ],
)
def test_fronted_participle_clause_speaks_with_the_main_subject(text, fragment, speaker):
    r = row(text, fragment)
    assert r["speaker"] == speaker
    assert r["kind"] == "partial"


def test_fronted_participle_pronoun_subject_goes_on_with_the_last_speaker():
    text = (
        "« Les quais rouvriront », a précisé jeudi Oskar Belin, ministre valdorien des "
        "Transports. Faisant part de sa « lassitude devant ces retards », il a quitté le quai."
    )
    assert row(text, "lassitude devant")["speaker"] == "Oskar Belin"


def test_participle_clause_after_its_own_subject_is_not_fronted():
    # the quotation is the object of a finite verb of the first clause: no fronted clause
    r = row("Oskar Belin dénonce une « farce », puis Ana Mirenko quitte le quai.", "farce")
    assert r["speaker"] == "Oskar Belin"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("Oskar Belin y voit « un signal bienvenu » pour les pêcheurs.", "signal", "Oskar Belin"),
        (
            "Oskar Belin, qui y voit « un virage », a regagné Mirka en barque.",
            "virage",
            "Oskar Belin",
        ),
        (
            "La ministre Ana Mirenko a fustigé ce qu'elle décrit comme « une dérive "
            "mercantile » du port.",
            "dérive mercantile",
            "Ana Mirenko",
        ),
    ],
)
def test_finite_present_spelt_like_a_participle_keeps_its_subject(text, fragment, speaker):
    r = row(text, fragment)
    assert r["speaker"] == speaker
    assert r["kind"] == "partial"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Aux yeux d'Oskar Belin, la foire aux huîtres fut « un triomphe ».",
            "triomphe",
            "Oskar Belin",
        ),
        (
            "La jetée restera « ouverte aux barques », de l'avis d'Ana Mirenko.",
            "barques",
            "Ana Mirenko",
        ),
    ],
)
def test_attribution_phrase_elided_before_a_vowel(text, fragment, speaker):
    assert row(text, fragment)["speaker"] == speaker
