"""A status participle inside a title (session 19, round 15).

"le président déchu X", "le Premier ministre limogé Y", "l'ambassadeur du Pérou accrédité
auprès de l'Unesco, Z": a past participle of an appointment or status verb that agrees with
the role noun before it continues the title instead of cutting it; a participle after an
auxiliary ("a nommé X") is a clause, not a title. Invented snippets only.
"""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _roles(tables: dict, name: str) -> list[str]:
    return [r for r in _row(tables, name)["roles"].split("; ") if r]


def test_a_participle_of_losing_office_continues_the_title():
    t = _analyse("Le président déchu Tomás Valdivieso a fui vers Lima dans la nuit.")
    assert _roles(t, "Tomás Valdivieso") == ["président déchu"]
    t = _analyse("La ministre limogée Inès Morales a contesté la décision lundi.")
    assert _roles(t, "Inès Morales") == ["ministre limogée"]


def test_a_participle_of_appointment_or_posting_continues_the_title():
    t = _analyse("Le Premier ministre pressenti Tomás Valdivieso consulte les partis.")
    assert _roles(t, "Tomás Valdivieso") == ["Premier ministre pressenti"]
    t = _analyse(
        "La représentante accréditée auprès de l'Unesco, Inès Morales, a quitté la réunion."
    )
    assert _roles(t, "Inès Morales") == ["représentante accréditée auprès de l'Unesco"]


def test_a_participle_after_an_auxiliary_is_no_title():
    t = _analyse("Le président a nommé Tomás Valdivieso à la tête de la mission.")
    assert _roles(t, "Tomás Valdivieso") == []
    t = _analyse("La police a arrêté Inès Morales devant le ministère.")
    assert _roles(t, "Inès Morales") == []
