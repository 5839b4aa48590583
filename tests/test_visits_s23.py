"""Round 19 (session 23, second wave) visits, on invented snippets.

* a date or a time phrase between the visit verb and the visit noun ("X a effectué les
  jeudi 2 et vendredi 3 mai une visite au Y"): the verb's subject is still the visitor, both
  for the stance and for the countries of the hosts who welcome the visitor;
* "X est en visite (de travail) au Y": the predicate noun's subject is the visitor; denied,
  no visit;
* "X se rendra du 2 au 4 mai au Y", "X s'est rendu ce jeudi 2 mai 2019 au Y": a date's
  bounds are no destination, and a leading date does not push the destination out of reach.
"""

from __future__ import annotations

from tests.helpers import run_steps


def _visits(text: str) -> set[tuple[str, str]]:
    st = run_steps(text).tables["stances"]
    return {(r.holder, r.target) for r in st.itertuples() if r.kind == "visit"}


def _countries(text: str) -> dict[str, object]:
    actors = run_steps(text, steps=["actors"]).tables["actors"]
    return {r["name"]: r["country"] for r in actors.to_dict("records")}


def test_visit_verb_before_a_date_then_the_noun() -> None:
    text = (
        "La présidente du Ghana Ada Kelvoru a effectué les jeudi 2 et vendredi 3 mai 2019 "
        "une visite amicale de deux jours au Pérou."
    )
    assert ("Ada Kelvoru", "Pérou") in _visits(text)


def test_entamer_past_a_weekday_and_a_month() -> None:
    text = "Le chancelier ghanéen Omar Tessilu a entamé ce jeudi 9 mai une visite d'État à Lima."
    assert any(h == "Omar Tessilu" for h, _ in _visits(text))


def test_hosts_of_a_visitor_found_past_a_date_are_the_hosts_state() -> None:
    text = (
        "La présidente du Ghana Ada Kelvoru a effectué les jeudi 2 et vendredi 3 mai 2019 "
        "une visite amicale de deux jours au Pérou. Elle a été saluée à sa descente d'avion "
        "par une équipe menée par le ministre Rufo Anqueta."
    )
    got = _countries(text)
    assert got["Ada Kelvoru"] == "GH"
    assert got["Rufo Anqueta"] == "PE"


def test_copular_visit() -> None:
    text = "Le chancelier ghanéen Omar Tessilu est en visite de travail depuis jeudi au Pérou."
    assert ("Omar Tessilu", "Pérou") in _visits(text)


def test_denied_copular_visit() -> None:
    text = "Le chancelier ghanéen Omar Tessilu n'est pas en visite au Pérou."
    assert not _visits(text)


def test_se_rendre_past_a_date_range() -> None:
    text = "Le chancelier ghanéen, Omar Tessilu, se rendra du 6 au 8 mai au Pérou, dit son bureau."
    assert ("Omar Tessilu", "Pérou") in _visits(text)


def test_se_rendre_past_a_leading_date() -> None:
    text = "Le chancelier ghanéen Omar Tessilu s'est rendu ce jeudi 2 mai 2019 au Pérou."
    assert ("Omar Tessilu", "Pérou") in _visits(text)


def test_copular_visit_ended_or_never_made() -> None:
    """ "n'est plus" and "n'est jamais" deny the stay as "n'est pas" does, although the
    parser hangs the noun on a different word for each."""
    for negation in ("plus", "jamais", "pas"):
        text = f"Le chancelier ghanéen Omar Tessilu n'est {negation} en visite au Pérou."
        assert not _visits(text), negation
