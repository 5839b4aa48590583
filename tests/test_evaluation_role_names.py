"""Role scoring: the gender of a title and the names of one exclusive office (session 19).

A gold role matches a predicted one written in the other gender ("ambassadrice" and
"ambassadeur") and another name of the same exclusive office ("cheffe de l'État" and
"présidente", "chef de la diplomatie" and "ministre des Relations extérieures", "reine" and
"souveraine"), never another office, a body's president or a former holder. Invented roles.
"""

from __future__ import annotations

from analysis.evaluation.actors import role_found


def test_the_gender_of_a_title_is_not_its_office():
    assert role_found("ambassadrice", ["ambassadeur du Pérou"])
    assert role_found("sénatrice", ["sénateur"])
    assert role_found("conseillère spéciale", ["conseiller spécial"])
    assert role_found("cheffe de cabinet", ["chef de cabinet"])
    assert role_found("présidente de la Commission", ["président de la Commission"])
    assert not role_found("conseillère spéciale", ["conseiller technique"])


def test_two_names_of_one_office_match():
    assert role_found("chef de l'État", ["présidente estonienne"])
    assert role_found("président de la République", ["chef de l'État"])
    assert role_found("ministre des Relations extérieures", ["cheffe de la diplomatie"])
    assert role_found(
        "cheffe de la diplomatie lettone", ["nouvelle ministre lettone des Affaires étrangères"]
    )
    assert role_found("chef du gouvernement", ["Première ministre"])
    assert role_found("souveraine", ["reine"])


def test_another_office_or_another_state_does_not_match():
    assert not role_found("chef de l'État", ["président du Sénat"])
    assert not role_found("chef de l'État", ["ancien président"])
    assert not role_found("chef de l'État", ["Premier ministre"])
    assert not role_found("chef de l'État péruvien", ["président bolivien"])
    assert not role_found("ministre des Affaires étrangères", ["ministre"])
    assert not role_found("chef de la diplomatie", ["ministre de la Défense"])


def test_a_compound_nationality_is_read_whole():
    assert role_found("ministre des Affaires étrangères", ["chef de la diplomatie sud-africaine"])
    assert role_found("cheffe de l'État cap-verdienne", ["présidente"])
    assert not role_found("chef de l'État sud-africain", ["président nord-coréen"])
