"""Round 26 (session 30) rules of actors' names, rows and countries, on invented snippets.

* a dotted honorific of address before a dignitary's name ("S. E. Mme X", "S.E.M. Y",
  "S.M. Z"), with or without spaces between its letters, is no part of the name; the title
  before it, across the comma, is still the person's ("l'ambassadrice du Ghana, S. E. Mme
  X"), as it is across "Son Excellence";
* a place that completes a noun ("X a rappelé son ambassadeur à Y") is where that thing is,
  not where an official named later in the sentence speaks: the official whose title states
  no country is not the place's ("..., a annoncé le ministre des Affaires étrangères, Z");
  a place framing the clause ("À Y, la porte-parole ..., Z") still is;
* a vertical bar (a web headline's or a dateline's separator) ends a name: "Y | Un pas ..."
  makes no actor "Y | Un";
* an acronym in parentheses right after a body read without a capitalised head ("le
  ministère indien des Affaires extérieures (MEA)"), also one spelling a foreign-language
  name, is that body's; its later uses alone are the body, and a title naming it ("le
  porte-parole du MEA, X") gives X the body's country.
"""

from __future__ import annotations

from tests.helpers import actors_with_roles as _actors


def test_a_dotted_honorific_is_no_part_of_the_name() -> None:
    got = _actors("L'ambassadrice du Ghana, S. E. Mme Abena Owusu Kyei, a été reçue lundi.")
    assert "Abena Owusu Kyei" in got, got
    assert got["Abena Owusu Kyei"][1] == ["ambassadrice du Ghana"], got
    got = _actors("Le Premier ministre a reçu S.E.M. Kodjo Amégan Tsévi, ambassadeur du Togo.")
    assert "Kodjo Amégan Tsévi" in got, got
    got = _actors("Le président a reçu S. E. M. Lamine Kourouma Bah, envoyé de la Guinée.")
    assert "Lamine Kourouma Bah" in got, got


def test_a_title_reaches_the_name_across_a_form_of_address() -> None:
    got = _actors("L'ambassadeur du Sénégal, S.E. M. Ousseynou Ka Ndour, a remis ses lettres.")
    assert got.get("Ousseynou Ka Ndour", (None, []))[1] == ["ambassadeur du Sénégal"], got
    got = _actors("La consule du Kenya, Son Excellence Mme Wanjiku Ole Sarune, était présente.")
    assert got.get("Wanjiku Ole Sarune", (None, []))[1] == ["consule du Kenya"], got


def test_a_place_completing_a_noun_is_not_where_the_official_speaks() -> None:
    got = _actors(
        "Le Ghana a rappelé son ambassadeur à Lomé, a annoncé vendredi le ministre des "
        "Affaires étrangères, Kwabena Osei Darko."
    )
    assert got.get("Kwabena Osei Darko", (None,))[0] == "GH", got
    got = _actors(
        "Le Pérou a rappelé son ambassadeur à Mexico, a indiqué lundi la ministre des "
        "Relations extérieures, Rosa Quispe Mamani."
    )
    assert got.get("Rosa Quispe Mamani", (None,))[0] == "PE", got


def test_a_place_framing_the_clause_is_where_the_official_speaks() -> None:
    got = _actors("À Pékin, la porte-parole du ministère, Mei Lanfang, a déclaré que tout allait.")
    assert got.get("Mei Lanfang", (None,))[0] == "CN", got


def test_a_vertical_bar_ends_a_name() -> None:
    got = _actors("Le Mali a salué l'accord. Bamako | Un pas vers la paix, titrait le journal.")
    assert not any("|" in name for name in got), got
    got = _actors("Le Niger a signé. Niamey | Une page se tourne, écrivait le quotidien local.")
    assert not any("|" in name for name in got), got


def test_an_acronym_after_a_lowercase_body_is_that_body() -> None:
    got = _actors(
        "Le Népal a protesté. Le ministère indien des Affaires extérieures (MEA) a répondu. "
        "Le porte-parole du MEA, Ravi Shankar Pillai, a rejeté les critiques du Népal."
    )
    assert got.get("Ravi Shankar Pillai", (None,))[0] == "IN", got
    assert "MEA" not in got, got
    got = _actors(
        "Le Kenya a protesté. Le ministère ougandais de l'Intérieur (MIA) a répondu. "
        "Le directeur du MIA, Okello Mugisha Ayo, a rejeté les critiques du Kenya."
    )
    assert got.get("Okello Mugisha Ayo", (None,))[0] == "UG", got
