"""Actors, round 16 (session 20): what a minister is "of" is a portfolio whatever its words
("ministre de l'Université populaire", "ministre chargé de l'Administration des Ports");
"président du Conseil" with a nationality adjective is a title, not a body; an indefinite
quantity ("d'autres", "certains", "de nombreux") determines a group noun as an article does (a
number does not). Every snippet is invented."""

from __future__ import annotations

from tests.helpers import actors_only as _analyse


def _names(text: str) -> list[str]:
    return list(_analyse(text)["actors"]["name"])


# --- a minister's complement ----------------------------------------------------------------


def test_uncommon_portfolio_is_no_body():
    names = _names(
        "Le président Piet Marnok a accueilli la ministre de l’Université populaire et des "
        "Musées, Anna Belvisi, jeudi soir."
    )
    assert "Anna Belvisi" in names, names
    assert not any(n.startswith("Université") for n in names), names


def test_portfolio_after_charge_is_no_body():
    names = _names(
        "Karim Oudaji, ministre chargé de l’Administration des Ports fluviaux, a signé "
        "le texte avec son homologue."
    )
    assert "Karim Oudaji" in names, names
    assert not any(n.startswith("Administration") for n in names), names


def test_state_after_prime_minister_is_kept():
    names = _names("Le Premier ministre du Japon a reçu hier Piet Marnok à Tokyo pour un dîner.")
    assert "Japon" in names, names


def test_council_with_nationality_is_a_title():
    names = _names("La présidente du Conseil italien, Giulia Fantoni, a reçu son hôte à Rome.")
    assert "Giulia Fantoni" in names, names
    assert "Conseil italien" not in names, names


def test_european_council_stays_a_body():
    names = _names("Le président du Conseil européen a convoqué un sommet extraordinaire.")
    assert any("Conseil européen" in n for n in names), names


# --- indefinite quantities and numbers as determiners ------------------------------------


def test_indefinite_quantity_determines_a_group():
    names = _names("De nombreux hommes politiques russes ont critiqué la décision du tribunal.")
    assert "hommes politiques russes" in names, names
    names = _names("Certains activistes politiques ont manifesté devant le palais hier.")
    assert "Certains activistes politiques" in names, names


def test_number_is_no_determiner():
    names = _names("Plus tôt, 120 anciens diplomates canadiens ont signé une lettre ouverte.")
    assert "anciens diplomates canadiens" not in names, names


def test_counted_group_as_object_is_no_actor():
    names = _names("Le gouvernement compte trois ministres et deux secrétaires d'État.")
    assert not names, names


def test_subset_word_is_kept_in_the_name():
    names = _names("Certains sénateurs américains ont dénoncé le texte jeudi à Washington.")
    assert "Certains sénateurs américains" in names, names


def test_subset_as_agent_of_a_passive():
    names = _names("Ces violences commises par certains militants radicaux ont choqué la ville.")
    assert "certains militants radicaux" in names, names
