"""A title's modifiers that leave its office unchanged (session 19, round 15).

"le nouveau ministre des Relations extérieures", "l'actuelle présidente": the office is the
one the head names, so a definite description under another name of that office ("la
cheffe de la diplomatie") takes up its holder; the modifiers of time and rank ("ancien",
"ex", "futur", "Premier", "haut") change the office and stay. Invented snippets only.
"""

from __future__ import annotations

from analysis.extract.actors.offices import office_family, other_office, same_office
from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _roles(tables: dict, name: str) -> list[str]:
    return [r for r in _row(tables, name)["roles"].split("; ") if r]


def test_a_modifier_of_the_present_leaves_the_office():
    assert same_office("nouveau ministre péruvien des Affaires étrangères", "chef de la diplomatie")
    assert same_office("actuelle présidente", "cheffe de l'État estonienne")
    assert same_office("très influent Premier ministre", "chef du gouvernement")
    assert office_family("nouvelle ministre des Relations extérieures") == "foreign_minister"
    assert other_office(["actuel président bolivien"], "chef de la diplomatie bolivienne")


def test_a_modifier_of_time_or_rank_changes_the_office():
    assert not same_office("ancien ministre des Affaires étrangères", "chef de la diplomatie")
    assert not same_office("ex-présidente", "cheffe de l'État")
    assert not same_office("Premier ministre", "ministre des Finances")
    assert not same_office("nouveau ministre", "nouveau président")
    assert office_family("futur président") is None


def test_a_description_takes_up_the_new_holder_named_later():
    t = _analyse(
        "Le chef de la diplomatie équatorienne a dénoncé mardi une ingérence. Le nouveau "
        "ministre équatorien des Affaires étrangères, Tomás Valdivieso, a convoqué "
        "l'ambassadeur du Chili."
    )
    assert "chef de la diplomatie équatorienne" in _roles(t, "Tomás Valdivieso")
    t = _analyse(
        "L'actuelle ministre des Relations extérieures, Inès Morales, était à Quito lundi. La "
        "cheffe de la diplomatie a ensuite rencontré des étudiants."
    )
    assert "cheffe de la diplomatie" in _roles(t, "Inès Morales")


def test_a_former_holder_does_not_take_up_the_office():
    t = _analyse(
        "L'ancien ministre équatorien des Affaires étrangères Tomás Valdivieso a publié un "
        "livre. Le chef de la diplomatie équatorienne a refusé de le commenter."
    )
    assert "chef de la diplomatie équatorienne" not in _roles(t, "Tomás Valdivieso")
