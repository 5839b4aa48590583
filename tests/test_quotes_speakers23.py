"""Quote speakers (round 19, session 23): a participle parted from its auxiliary by an incise
between commas ("X a, par ailleurs, demandé « … »"), which the parser hangs on the subject noun
as a modifier; a photo credit "(AFP/Name)" after the speaker's name. Invented snippets and
names only."""

from __future__ import annotations

from tests.helpers import speaker_of


def test_participle_after_an_incise_has_the_noun_before_the_auxiliary_as_subject():
    text = (
        "La ministre lettone des Affaires étrangères, Ilze Varna, a annoncé le rappel de son "
        "ambassadeur. La ministre a, par la même occasion, demandé aux autorités chiliennes "
        "« de fermer leur consulat sans délai »."
    )
    assert speaker_of(text, "fermer leur consulat") == "Ilze Varna"


def test_title_subject_before_a_split_auxiliary_finds_its_holder():
    text = (
        "La ministre lettone des Affaires étrangères, Ilze Varna, a reçu les diplomates. "
        "La cheffe de la diplomatie lettone a, dans la foulée, exigé des autorités chiliennes "
        "« des excuses publiques »."
    )
    assert speaker_of(text, "excuses publiques") == "Ilze Varna"


def test_photo_credit_after_the_incise_name_is_not_the_speaker():
    text = (
        "Le Premier ministre letton a réagi à la décision de Santiago.\n\n"
        "« La Lettonie regarde vers l'avenir des peuples baltes », a défendu Aivar Kalnes "
        "(AFP/Marc Dubreuil)\n\nLe gouvernement chilien n'a pas réagi."
    )
    assert speaker_of(text, "avenir des peuples baltes") == "Aivar Kalnes"
