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


# --- a titled description with a nationality: the office's own holder first -------------


def test_the_portfolio_holder_of_unstated_country_beats_the_president_of_that_country():
    t = _analyse(
        "La présidente islandaise Sigrun Arna a soutenu sa ministre de la Pêche, Edda Lind, "
        "après une polémique. La ministre islandaise de la Pêche a maintenu ses propos."
    )
    assert "Pêche" not in str(_row(t, "Sigrun Arna")["roles"])
    assert "ministre islandaise de la Pêche" in str(_row(t, "Edda Lind")["roles"])


def test_an_unstated_holder_of_another_portfolio_is_no_rival():
    t = _analyse(
        "Le Premier ministre letton Janis Berzins a nommé un nouveau ministre des Transports, "
        "Karlis Ozols. Le chef du gouvernement letton a promis des élections."
    )
    assert "chef du gouvernement" in str(_row(t, "Janis Berzins")["roles"])


# --- a head of state holds no minister's portfolio ---------------------------------------


def test_a_president_is_not_the_minister_with_a_portfolio_of_his_country():
    roles = _roles(
        "Le président uruguayen Diego Ferrer a inauguré un barrage. "
        "Le ministre uruguayen de l'Énergie a évoqué le coût des travaux.",
        "Diego Ferrer",
    )
    assert "Énergie" not in roles


def test_a_head_of_state_is_no_secretary_of_state_with_a_portfolio_either():
    roles = _roles(
        "La présidente maltaise Carmen Vella a ouvert le sommet. "
        "La secrétaire d'État maltaise aux Sports a présenté le programme.",
        "Carmen Vella",
    )
    assert "Sports" not in roles


def test_a_foreign_minister_still_takes_up_the_bare_minister():
    roles = _roles(
        "Le ministre uruguayen des Affaires étrangères, Diego Ferrer, est arrivé à Quito. "
        "Le ministre uruguayen a salué la coopération régionale.",
        "Diego Ferrer",
    )
    assert "ministre uruguayen" in roles


# --- a fronted adverbial phrase ending on a name ------------------------------------------


def test_the_subject_after_a_fronted_phrase_is_not_the_name_apposition():
    roles = _roles(
        "Peu avant la conférence de presse de Ruth Gabor, le secrétaire du parti, "
        "avait nié toute division.",
        "Ruth Gabor",
    )
    assert "secrétaire" not in roles


def test_a_definite_subject_after_a_fronted_phrase_is_someone_else():
    roles = _roles(
        "Au terme de sa réunion avec Ruth Gabor, le porte-parole du gouvernement a "
        "annoncé un compromis.",
        "Ruth Gabor",
    )
    assert "porte-parole" not in roles


def test_a_true_apposition_after_a_subject_name_is_kept():
    assert "porte-parole du gouvernement" in _roles(
        "Ruth Gabor, la porte-parole du gouvernement, a annoncé un compromis.", "Ruth Gabor"
    )


def test_an_apposition_inside_a_subject_phrase_is_kept():
    assert "ministre des Finances" in _roles(
        "Le voyage de Ruth Gabor, la ministre des Finances, a été annulé.", "Ruth Gabor"
    )
