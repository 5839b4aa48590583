"""Office holders the article never names (session 13, round 9 part 2): a definite title
stating its country by an adjective or a "de / du / des" complement is a person actor of
that country, unless a named person holds it, the title is a vague one with an adjective
(an anonymous source), or no country qualifies it. Every snippet is invented."""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _names(tables: dict) -> list[str]:
    return list(tables["actors"]["name"])


def test_a_minister_named_by_title_and_nationality_is_an_actor_of_that_country():
    t = _analyse("Le ministre nigérian des Affaires étrangères a dénoncé mardi ces manœuvres.")
    row = _row(t, "ministre nigérian des Affaires étrangères")
    assert row["type"] == "person" and row["country"] == "NG"
    t = _analyse("La présidente finlandaise a salué jeudi la signature de l'accord.")
    assert _row(t, "présidente finlandaise")["country"] == "FI"
    t = _analyse("Le Premier ministre slovaque a critiqué la décision de Bruxelles.")
    assert _row(t, "Premier ministre slovaque")["country"] == "SK"


def test_a_title_with_a_country_after_de_is_an_actor_of_that_country():
    t = _analyse("Le représentant du Brésil a appelé à la retenue lors de la séance.")
    assert _row(t, "représentant du Brésil")["country"] == "BR"
    t = _analyse("L'ambassadeur de Suède a été reçu au ministère vendredi.")
    assert _row(t, "ambassadeur de Suède")["country"] == "SE"
    t = _analyse("Le roi de Jordanie a reçu une délégation de parlementaires.")
    assert _row(t, "roi de Jordanie")["country"] == "JO"


def test_the_same_title_twice_is_one_actor():
    t = _analyse(
        "Le président ghanéen est arrivé lundi à Lomé. Mardi, le président ghanéen a "
        "rencontré des élus."
    )
    assert _names(t).count("président ghanéen") == 1


def test_an_envoy_posted_in_a_country_does_not_take_its_country():
    t = _analyse("L'ambassadeur en Bolivie a quitté La Paz dimanche.")
    assert not any(n.startswith("ambassadeur") for n in _names(t))


def test_a_title_a_named_person_holds_is_not_another_actor():
    t = _analyse(
        "Le président tchadien, Idriss Mahamat, est arrivé à Niamey. Le président tchadien "
        "a ensuite rencontré la presse."
    )
    assert "président tchadien" not in _names(t)
    t = _analyse(
        "Karl Berg, ministre autrichien de l'Intérieur et futur chancelier, a parlé. "
        "Le futur chancelier autrichien veut durcir la loi."
    )
    assert "chancelier autrichien" not in _names(t)


def test_a_vague_title_with_an_adjective_is_an_anonymous_source_not_an_actor():
    t = _analyse("Un accord est proche, a affirmé le responsable saoudien.")
    assert not any(n.startswith("responsable") for n in _names(t))
    t = _analyse("Le diplomate européen a refusé de commenter ces informations.")
    assert not any(n.startswith("diplomate") for n in _names(t))


def test_a_title_no_country_qualifies_is_no_actor():
    t = _analyse("Le ministre de la Défense a démenti ces informations mercredi.")
    assert not any(n.startswith("ministre") for n in _names(t))
    t = _analyse("Le président a promulgué la loi samedi.")
    assert not any(n.startswith("président") for n in _names(t))


def test_a_title_before_a_named_person_without_any_title_is_left_to_that_person():
    t = _analyse(
        "Le ministre chilien des Finances a démissionné. Pablo Reyes a invoqué des raisons "
        "personnelles."
    )
    assert "ministre chilien des Finances" not in _names(t)


def test_the_same_office_under_another_name_held_by_a_named_person_is_not_another_actor():
    t = _analyse(
        "Le ministre péruvien des Affaires étrangères a protesté lundi. Le chef de la "
        "diplomatie péruvienne, Ana Salas, a convoqué l'ambassadeur."
    )
    assert "ministre péruvien des Affaires étrangères" not in _names(t)
    t = _analyse(
        "Le chef de l'État malgache est attendu à Maputo. Le président malgache, Jean "
        "Rabe, y signera un accord."
    )
    assert not any(n.startswith("chef de l") for n in _names(t)), _names(t)
