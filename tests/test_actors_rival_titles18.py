"""Actors, round 14 (session 18): a bare title in the sentence after a subject who met
someone titled is not the subject's title ("X a reçu la ministre chilienne. La ministre a
..."): two persons could hold it, so no link. Every snippet is invented."""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _roles(text: str, name: str) -> str:
    return str(_row(_analyse(text), name)["roles"])


def test_a_host_does_not_take_the_title_of_the_guest_received():
    roles = _roles(
        "Olivia Brandt a reçu lundi le ministre suisse des Finances. "
        "Le ministre a évoqué la fiscalité des entreprises.",
        "Olivia Brandt",
    )
    assert "ministre" not in roles


def test_a_meeting_with_a_titled_person_blocks_the_link_too():
    roles = _roles(
        "Tomas Lind s'est entretenu avec la présidente lituanienne. "
        "La présidente a insisté sur la sécurité énergétique.",
        "Tomas Lind",
    )
    assert "présidente" not in roles


def test_a_passive_agent_with_a_title_blocks_the_link():
    roles = _roles(
        "Tomas Lind a été accueilli par le Premier ministre estonien. "
        "Le Premier ministre a vanté les liens entre les deux ports.",
        "Tomas Lind",
    )
    assert "ministre" not in roles


def test_a_named_guest_still_takes_the_bare_title():
    t = _analyse(
        "Olivia Brandt a reçu lundi la ministre suisse des Finances, Anna Keller. "
        "La ministre a évoqué la fiscalité des entreprises."
    )
    assert "ministre" not in str(_row(t, "Olivia Brandt")["roles"])
    assert "ministre" in str(_row(t, "Anna Keller")["roles"])


def test_no_second_title_keeps_the_last_named_link():
    roles = _roles(
        "Olivia Brandt a présenté lundi un plan contre l'inflation. "
        "La ministre a promis des aides aux ménages.",
        "Olivia Brandt",
    )
    assert "ministre" in roles
