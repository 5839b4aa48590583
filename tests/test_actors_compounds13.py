"""Two rules of French word formation for actor names (session 13, round 9 part 2): a known
name is never one part of a hyphenated compound, and a nationality adjective after a
ministry's portfolio qualifies the ministry when it agrees with "ministère". Every snippet
is invented."""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _names(tables: dict) -> list[str]:
    return list(tables["actors"]["name"])


def test_a_known_name_inside_a_hyphenated_compound_is_not_that_name():
    t = _analyse("La Croix-Rouge a dénoncé vendredi les bombardements sur la ville.")
    assert "La Croix" not in _names(t), _names(t)
    assert _row(t, "Croix-Rouge")["type"] == "organisation"
    t = _analyse("La Croix-Rouge internationale a évacué les blessés.")
    assert "La Croix" not in _names(t), _names(t)


def test_the_known_name_alone_is_still_found():
    t = _analyse("Le quotidien La Croix a publié samedi une longue enquête.")
    assert _row(t, "La Croix")["type"] == "media"
    t = _analyse("Selon La Croix, la rencontre a eu lieu en secret.")
    assert "La Croix" in _names(t)


def test_a_nationality_after_the_portfolio_qualifies_the_ministry():
    t = _analyse("Le ministère des Affaires étrangères turc a convoqué le chargé d'affaires.")
    assert _row(t, "ministère des Affaires étrangères turc")["country"] == "TR"
    t = _analyse("Le ministère de l'Intérieur algérien a publié un bilan des arrestations.")
    assert _row(t, "ministère de l'Intérieur algérien")["country"] == "DZ"
    t = _analyse("Le ministère de la Défense russe a annoncé des manœuvres navales.")
    assert _row(t, "ministère de la Défense russe")["country"] == "RU"


def test_an_adjective_agreeing_with_the_portfolio_is_not_read_as_the_ministrys():
    t = _analyse("Le ministère de la Culture française a publié un bilan des musées.")
    assert not any(n.endswith("française") for n in _names(t)), _names(t)


def test_french_and_english_transcriptions_of_one_name_are_one_person():
    t = _analyse(
        "Le président bélarusse Alexandre Loukachenko a parlé. Varsovie accuse Lukashenko "
        "d'orchestrer la crise."
    )
    assert [n for n in _names(t) if "ashenko" in n or "achenko" in n] == ["Alexandre Loukachenko"]
    assert _row(t, "Alexandre Loukachenko")["country"] == "BY"
    t = _analyse("Le ministre russe Sergueï Choïgou est arrivé. Shoigu a salué les troupes.")
    assert "Shoigu" not in _names(t)


def test_names_differing_by_more_than_a_transcription_stay_apart():
    t = _analyse("Le député Jean Moulin a parlé. Son collègue Paul Mulan a répondu.")
    assert {"Jean Moulin", "Paul Mulan"} <= set(_names(t))


def test_two_names_joined_by_a_hyphen_stay_two_names():
    t = _analyse("La déclaration du sommet ASEAN-Chine a été adoptée samedi.")
    assert "Chine" in _names(t) and any(n.lower() == "asean" for n in _names(t)), _names(t)
    t = _analyse("Le sommet UE-Afrique s'ouvre jeudi à Bruxelles.")
    assert "Union européenne" in _names(t)
