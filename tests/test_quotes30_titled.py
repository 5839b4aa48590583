"""Speakers named by a title alone (session 30, round 26): a weekday after an inverted
speaker's title dates the clause and is no word of the title, so the speaker is the office
("… », a déclaré le secrétaire général de l'Alliance mardi" → "secrétaire général de
l'Alliance"). Every snippet and name is invented."""

from __future__ import annotations

from tests.test_quotes_real import speaker_of


def test_a_weekday_after_an_inverted_title_is_not_part_of_the_speaker():
    text = "« Nous appelons au calme », a déclaré le secrétaire général de l'OTAN mardi à Oslo."
    assert speaker_of(text, "Nous appelons au calme") == "secrétaire général de l'OTAN"
    text = "« Rien n'est décidé », a assuré le porte-parole de l'Union africaine dimanche."
    assert speaker_of(text, "Rien n'est décidé") == "porte-parole de l'Union africaine"
    text = "« Le texte sera voté », a dit la présidente du Parlement européen jeudi soir."
    assert speaker_of(text, "Le texte sera voté") == "présidente du Parlement européen"
