"""Actors that speak for no state, and well-known bodies whose country the knowledge base
gives: analysis/extract/actors/countries/offices.py (``international_office``) and
data/kb/institutions.yaml (invented snippets)."""

from __future__ import annotations

from analysis.extract.actors.countries.offices import international_office
from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def test_an_office_of_an_international_body_gives_no_country():
    """ "le haut-commissaire aux droits de l'homme" or "la haute représentante pour la
    politique étrangère" hold an office of an international body: no country, although a
    state acts around them."""
    t = _analyse(
        "Le Tchad a dénoncé mardi les critiques de Karim Benslimane, haut-commissaire aux "
        "droits de l'homme, et le Tchad a convoqué plusieurs diplomates."
    )
    assert _row(t, "Karim Benslimane")["country"] is None
    t = _analyse(
        "La Bolivie a répondu à Anna Korvenkari, haute représentante pour la politique "
        "étrangère, qui avait critiqué le scrutin organisé par la Bolivie."
    )
    assert _row(t, "Anna Korvenkari")["country"] is None


def test_a_bare_high_commissioner_or_a_national_one_keeps_a_country():
    """Only the office with its complement is international: a bare "haut-commissaire" is
    also a state's envoy, and a nationality stated in the title wins."""
    assert international_office("ex-haute-commissaire aux réfugiés")
    assert not international_office("haut-commissaire")
    assert not international_office("haut-commissaire de la République")
    t = _analyse(
        "Le haut-commissaire britannique aux droits de l'homme, Peter Ashworth, a rencontré "
        "des juristes à Nairobi."
    )
    assert _row(t, "Peter Ashworth")["country"] == "GB"


def test_well_known_bodies_of_the_knowledge_base():
    """An EU agency named alone has no country; a state's news agency and an armed
    movement named by acronym take their state, not that of the place they act in."""
    t = _analyse("L'Espagne a demandé à Frontex de renforcer ses patrouilles.")
    assert _row(t, "Frontex")["country"] is None
    t = _analyse("Le Kenya a reçu des délégués des FSR à Nairobi, a rapporté l'agence SUNA.")
    assert _row(t, "SUNA")["country"] == "SD"
    assert _row(t, "Forces de soutien rapide")["country"] == "SD"


def test_a_part_or_member_of_a_known_national_body_is_of_its_state():
    """ "le Conseil présidentiel du GNA", "porte-parole du Conseil présidentiel du GNA": the
    body named in the "de" complement (knowledge base) gives its state to the part and to
    its member, not the state acting around them."""
    t = _analyse(
        "La Turquie a reçu Omar Lahlou, porte-parole du Conseil présidentiel du GNA, et la "
        "Turquie a salué le geste."
    )
    assert _row(t, "Omar Lahlou")["country"] == "LY"


def test_a_deputy_is_of_the_parliament_the_article_names():
    """ "la députée X" with no nationality sits in the one parliament of stated state the
    article names, not in the state the motion condemns, nor that of her origin."""
    t = _analyse(
        "Le Parlement islandais a voté une motion contre le Venezuela. La députée Sigrun "
        "Olafsdottir, originaire du Venezuela, a dénoncé la répression au Venezuela."
    )
    assert _row(t, "Sigrun Olafsdottir")["country"] == "IS"


def test_a_deputy_of_stated_nationality_keeps_it():
    """A nationality in the deputy's own title wins over the parliament the article names."""
    t = _analyse(
        "Le Parlement islandais a voté une motion contre le Venezuela. Le député norvégien "
        "Jon Haraldsson a salué la motion."
    )
    assert _row(t, "Jon Haraldsson")["country"] == "NO"
