"""A definite description's role keeps the words that qualify its office (session 19).

"le président sortant", "la ministre déléguée chargée de la Coopération", "le directeur
adjoint du ministère ...", "la présidente par intérim du pays", "le président réélu":
the description is linked to its holder by the office alone, as before; the role given to
the holder goes on over the qualifying words. A word that is no qualifier ends it. A
participle that took the office away ("le président déchu") names a former holder, whom
the lookup by the office may miss: it is not given as a role. Invented snippets only.
"""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _roles(tables: dict, name: str) -> list[str]:
    return [r for r in _row(tables, name)["roles"].split("; ") if r]


def test_a_qualifier_after_the_head_stays_in_the_role():
    t = _analyse("Karl Dorn a perdu le scrutin. Le président sortant a reconnu sa défaite.")
    assert _roles(t, "Karl Dorn") == ["président sortant"]
    t = _analyse(
        "Inès Morales est arrivée à Quito. La ministre déléguée chargée du Commerce a "
        "ensuite signé deux accords."
    )
    assert _roles(t, "Inès Morales") == ["ministre déléguée chargée du Commerce"]


def test_an_interim_or_a_body_complement_stays_in_the_role():
    t = _analyse("Karl Dorn est le président par intérim du Pérou depuis mars.")
    assert _roles(t, "Karl Dorn") == ["président par intérim du Pérou"]
    t = _analyse("Inès Morales est aussi la directrice adjointe du ministère chilien de la Santé.")
    assert _roles(t, "Inès Morales") == ["directrice adjointe du ministère chilien de la Santé"]


def test_a_status_participle_stays_and_a_verb_ends_the_role():
    t = _analyse("Karl Dorn a prêté serment lundi. Le président réélu a promis des réformes.")
    assert _roles(t, "Karl Dorn") == ["président réélu"]
    t = _analyse("Karl Dorn a quitté Lima. Le Premier ministre a dénoncé un complot.")
    assert _roles(t, "Karl Dorn") == ["Premier ministre"]


def test_a_participle_of_removal_is_not_given_as_a_role():
    t = _analyse("Karl Dorn a reçu Inès Morales. Ils ont évoqué le sort du président déchu.")
    assert not any("déchu" in r for r in _roles(t, "Karl Dorn"))
    t = _analyse("Karl Dorn a quitté Lima. La Première ministre destituée a dénoncé un complot.")
    assert not any("destituée" in r for r in _roles(t, "Karl Dorn"))
