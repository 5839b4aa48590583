"""Quote speakers named in a relative clause (round 17b, session 21): the antecedent of "qui"
speaks the claim of the relative's speech verb. Invented snippets and names only."""

from __future__ import annotations

from tests.helpers import quotes_of, speaker_of


def test_relative_the_parser_hung_on_the_main_verb_speaks_for_its_antecedent():
    # the parser makes ", qui a affirmé que …" a complement clause of "a critiqué"
    text = (
        "Le ministre Octave Brenner a vivement critiqué la Belgique, qui a affirmé que les "
        "postes de douane du nord resteraient clos tout l'hiver."
    )
    assert speaker_of(text, "postes de douane") == "Belgique"


def test_relative_after_a_noun_and_its_adjective_speaks_for_the_noun():
    text = (
        "Le ministre Octave Brenner a longuement reçu les syndicats belges, qui affirment que "
        "la nouvelle taxe ruinera les petits transporteurs."
    )
    assert speaker_of(text, "nouvelle taxe") == "syndicats belges"


def test_relative_pronoun_is_no_part_of_its_antecedent_name():
    text = (
        "Le ministre Octave Brenner a rencontré mardi des diplomates belges qui ont affirmé "
        "que les postes de douane du nord resteraient clos."
    )
    assert speaker_of(text, "postes de douane") == "diplomates belges"


def test_interrogative_qui_names_nobody():
    text = "Le ministre Octave Brenner a demandé qui a affirmé que les postes de douane fermaient."
    q = quotes_of(text)
    hits = q[q["text"].str.contains("postes de douane", regex=False)]
    assert all(s is None or s != s or s == "Octave Brenner" for s in hits["speaker"])
