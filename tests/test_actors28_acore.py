"""Core actors, round 24 (session 28): rules on the rows of the actors table. Every snippet
is invented (names, places and wording)."""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _names(tables: dict) -> list[str]:
    return list(tables["actors"]["name"])


def test_a_peoples_noun_spoken_of_is_no_group():
    # governed by a preposition, glued to a name: what the story is about
    for text, noun in (
        ("Le ministre Tavio Rensa a plaidé pour un dialogue entre Érythréens.", "Érythréens"),
        ("Selon Oslo, la réforme reste défavorable aux Vietnamiens en Norvège.", "Vietnamiens"),
        ("« Au nom des Paraguayens », Ilda Morven a exigé des excuses.", "Paraguayens"),
        ("Le Mali aura le statut des îles Vierges Britanniques.", "Britanniques"),
    ):
        assert noun not in " ".join(_names(_analyse(text))), text


def test_a_peoples_noun_that_acts_stays_a_group():
    t = _analyse("Les Boliviens ont manifesté mardi devant l'ambassade du Chili à La Paz.")
    assert "Boliviens" in _names(t)
    t = _analyse("La police a été prise à partie, selon les Érythréens interrogés.")
    assert any("Érythréens" in n for n in _names(t))


def test_a_counted_peoples_noun_before_names_is_their_nationality():
    t = _analyse("Les deux Kényans Otieno Barasa et Wanjiru Kamau ont été libérés lundi.")
    assert not any("Kényans" in n for n in _names(t))
    assert _row(t, "Otieno Barasa")["country"] == "KE"


def test_a_persons_name_after_a_things_noun_is_its_owner():
    # "département" is also a place's noun; here the ministry its head names
    t = _analyse("« Ces griefs sont infondés », ajoute une note du département de Karim Sow.")
    assert "Karim Sow" in _names(t)
    t = _analyse("Le département d'Amina Touré a démenti toute rupture avec la Gambie.")
    assert "Amina Touré" in _names(t)
    t = _analyse("Le communiqué du département de M. Oyelaran a été publié mardi à Abuja.")
    assert "Oyelaran" in _names(t)


def test_a_known_body_glued_to_its_heads_name():
    # no comma between the body complementing a title and the name of its holder
    t = _analyse("Le directeur général de Sonatrach Amadou Keita a signé l'accord avec le Mali.")
    assert {"Sonatrach", "Amadou Keita"} <= set(_names(t))
    t = _analyse("La vice-présidente de Huawei Lin Xiaomei a rejoint Nairobi lundi soir.")
    assert {"Huawei", "Lin Xiaomei"} <= set(_names(t))
    # no title before: one name, left alone
    t = _analyse("Le ministre a reçu Sonatrach Amadou Keita.")
    assert "Amadou Keita" not in _names(t)


def test_members_of_a_named_armed_group_are_that_group():
    # "les rebelles du X": the members' noun describes the named group, no row of its own
    for text, group, noun in (
        (
            "Les rebelles du M23 tiennent désormais trois villages, selon Kinshasa.",
            "M23",
            "rebelles",
        ),
        ("Les jihadistes du JNIM ont encerclé un poste de l'armée malienne.", "JNIM", "jihadistes"),
    ):
        names = _names(_analyse(text))
        assert group in names and noun not in names, (text, names)
