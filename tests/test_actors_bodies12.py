"""Bodies and their countries (issue 15, session 12): a body's short form is the body named
before it, a ministry named without its state is the state acting in its sentence, a
country between a title and a name is no part of the name. Every snippet is invented."""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _names(tables: dict) -> list[str]:
    return list(tables["actors"]["name"])


def test_a_capitalised_head_noun_is_the_body_named_in_full_before():
    t = _analyse(
        "La Commission européenne a proposé un plan. La Commission a précisé que le texte "
        "serait voté en juin."
    )
    assert _names(t) == ["Commission européenne"]
    assert _row(t, "Commission européenne")["country"] is None
    t = _analyse(
        "L'Union africaine a suspendu le Niger. L'Union a exigé un retour à l'ordre "
        "constitutionnel."
    )
    assert "Union" not in _names(t)
    assert "Union" in _row(t, "Union africaine")["aliases"].split("; ")
    t = _analyse("La Banque mondiale a prêté 2 milliards. La Banque a précisé ses conditions.")
    assert _names(t) == ["Banque mondiale"]


def test_a_head_noun_shared_by_two_bodies_stays_apart():
    t = _analyse(
        "Le Conseil de sécurité s'est réuni lundi. Le Conseil européen aussi. Le Conseil a "
        "adopté une résolution."
    )
    assert "Conseil" in _names(t)


def test_a_ministry_named_without_its_state_is_the_state_acting_before_it():
    t = _analyse(
        "Le Japon a protesté auprès de Pékin après l'incident, a déclaré le ministère des "
        "Affaires étrangères."
    )
    assert _row(t, "ministère des Affaires étrangères")["country"] == "JP"
    t = _analyse(
        "Le Chili a convoqué l'ambassadeur de Bolivie à Santiago, a indiqué le ministère de "
        "l'Intérieur dans un communiqué."
    )
    assert _row(t, "ministère de l'Intérieur")["country"] == "CL"


def test_the_group_of_seven_under_its_french_names():
    t = _analyse("Les ministres du Groupe des Sept se sont réunis. La Chine a critiqué le G-7.")
    assert _row(t, "G7")["country"] is None
    assert "G-7" in _row(t, "G7")["aliases"].split("; ")


def test_a_country_between_a_title_and_a_name_is_no_part_of_the_name():
    t = _analyse(
        "Le haut représentant de l'Union européenne pour la Libye Jean Durandal a présenté "
        "son plan mardi."
    )
    assert "Jean Durandal" in _names(t)
    t = _analyse("L'ambassadeur du Japon en Inde Kenji Morita a présenté ses lettres lundi.")
    assert "Kenji Morita" in _names(t)
