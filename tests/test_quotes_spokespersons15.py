"""Speakers the tool did not find as actors (session 15, round 11): a definite spokesperson
of a body named by its seat or its name is an office holder of the body's country (an
indefinite one is the body speaking); a press office
speaks for its body; the seats of the G20 states' presidencies, governments and foreign
ministries are knowledge-base institutions. Every snippet and name is invented."""

from __future__ import annotations

from tests.helpers import actor_row
from tests.helpers import actors_only as _actors
from tests.test_quotes_real import speaker_of


def _names(tables: dict) -> list[str]:
    return list(tables["actors"]["name"])


# ---- a spokesperson of a body is an office holder of the body's country


def test_a_spokesperson_of_a_seat_is_an_actor_of_its_country():
    t = _actors("La porte-parole du Pentagone a démenti ces informations jeudi.")
    row = actor_row(t, "porte-parole du Pentagone")
    assert row["type"] == "person" and row["country"] == "US"
    t = _actors("L'attaché de presse de la Maison Blanche a refusé de commenter.")
    assert actor_row(t, "attaché de presse de la Maison Blanche")["country"] == "US"


def test_a_spokesperson_of_a_ministry_named_with_its_state_is_an_actor():
    t = _actors("Le porte-parole du ministère russe de la Défense a démenti toute frappe.")
    row = actor_row(t, "porte-parole du ministère russe de la Défense")
    assert row["country"] == "RU"
    t = _actors("La chargée de communication de l'Élysée a confirmé la date du sommet.")
    assert actor_row(t, "chargée de communication de l'Élysée")["country"] == "FR"


def test_a_spokesperson_quoted_speaks_as_that_office():
    text = "« Rien n'est décidé », a déclaré le porte-parole du Quai d'Orsay à la presse."
    assert speaker_of(text, "Rien n'est décidé") == "porte-parole du Quai d'Orsay"
    text = (
        "Le voisin « a franchi une ligne rouge », a assuré la porte-parole de la Maison "
        "Blanche mardi."
    )
    assert speaker_of(text, "a franchi une ligne rouge") == "porte-parole de la Maison Blanche"


def test_an_indefinite_spokesperson_is_the_body_speaking():
    t = _actors("Un porte-parole du Pentagone a démenti ces informations jeudi.")
    assert not any(n.startswith("porte-parole") for n in _names(t))
    text = "« Rien n'est décidé », a déclaré un porte-parole du Quai d'Orsay à la presse."
    assert speaker_of(text, "Rien n'est décidé") == "Quai d'Orsay"


def test_an_anonymous_official_of_a_body_or_a_named_spokesperson_is_no_new_actor():
    t = _actors("Un responsable du Pentagone a démenti ces informations jeudi.")
    assert not any(n.startswith("responsable") for n in _names(t))
    t = _actors(
        "Le porte-parole du Kremlin, Oleg Varin, a démenti. Le porte-parole du Kremlin a "
        "ensuite quitté la salle."
    )
    assert "porte-parole du Kremlin" not in _names(t)
    t = _actors("Un porte-parole de l'Union européenne a démenti.")  # no country of its own
    assert not any(n.startswith("porte-parole") for n in _names(t))


# ---- a press office speaks for its body


def test_a_press_office_speaks_for_the_body_named_after_it():
    text = "« Nous regrettons ce choix », a indiqué le service de presse du Kremlin."
    assert speaker_of(text, "Nous regrettons ce choix") == "Kremlin"
    text = "« Rien n'a changé », a précisé la cellule de communication de la présidence ivoirienne."
    assert speaker_of(text, "Rien n'a changé") == "présidence ivoirienne"


def test_a_press_office_of_a_bare_body_noun_is_the_body_named_before():
    text = (
        "Le ministère turc des Affaires étrangères a réagi dimanche. Selon le bureau de presse "
        "du ministère, l'entretien fut « franc »."
    )
    assert speaker_of(text, "franc") == "ministère turc des Affaires étrangères"


def test_a_press_office_of_no_body_names_no_body():
    text = "« Rien n'a changé », a précisé le service de presse."
    assert speaker_of(text, "Rien n'a changé") is None


# ---- the seats of the G20 states' foreign ministries and presidencies


def test_a_foreign_ministry_named_by_its_seat_is_that_ministry():
    t = _actors("La Farnesina a convoqué l'ambassadeur en poste à Rome.")
    assert actor_row(t, "Farnesina")["country"] == "IT"
    t = _actors("L'Itamaraty a publié une note de protestation.")
    assert actor_row(t, "Itamaraty")["country"] == "BR"


def test_a_seat_and_the_ministry_it_houses_are_one_actor():
    text = (
        "Le ministère italien des Affaires étrangères a protesté lundi. La Farnesina a parlé "
        "d'une « provocation »."
    )
    assert speaker_of(text, "provocation") == "ministère italien des Affaires étrangères"


# ---- verbs naming or classing by an attribute: the attribute quoted is the subject's word


def test_a_naming_verb_gives_its_quoted_attribute_to_its_subject():
    text = "Le Chili désigne désormais ce groupe comme « organisation terroriste »."
    assert speaker_of(text, "organisation terroriste") == "Chili"
    text = "La Norvège a décrit la rencontre comme « constructive » mardi."
    assert speaker_of(text, "constructive") == "Norvège"


def test_a_negated_naming_verb_gives_no_speaker():
    text = "Le Chili ne désigne pas ce groupe comme « organisation terroriste »."
    assert speaker_of(text, "organisation terroriste") is None
