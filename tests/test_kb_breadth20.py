"""Breadth of the knowledge base (round 20): organisations of the UN system and of the
regional blocs, seats of power, armed and political movements, parties, news agencies, and
the state periphrases, official names and adjective families of data/kb/countries.yaml.
Each test stands for a family of entries, not for one word. Every snippet is invented."""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _names(tables: dict) -> list[str]:
    return list(tables["actors"]["name"])


def test_un_programmes_and_agencies_are_international_bodies_under_one_name():
    t = _analyse(
        "Le Programme des Nations unies pour le développement a publié un rapport alarmant. "
        "Le PNUD a appelé les donateurs à agir, et l'Organisation internationale pour les "
        "migrations a salué l'initiative."
    )
    assert _row(t, "PNUD")["country"] is None
    assert _row(t, "PNUD")["type"] == "organisation"
    assert _row(t, "OIM")["country"] is None


def test_regional_bodies_and_their_commissions():
    t = _analyse(
        "La Commission de la CEDEAO a annoncé une réunion. La Banque centrale des États de "
        "l'Afrique de l'Ouest a relevé son taux directeur."
    )
    assert "Commission de la CEDEAO" in _names(t)
    assert _row(t, "BCEAO")["country"] is None


def test_a_seat_of_power_stands_for_its_office_and_its_state():
    t = _analyse("Aso Rock a démenti toute rencontre avec l'opposant Musa Bello.")
    assert _row(t, "Aso Rock")["country"] == "NG"
    assert _row(t, "Aso Rock")["type"] == "organisation"
    t = _analyse("Le palais de Çankaya a fait savoir que le sommet aurait lieu en mai.")
    assert _row(t, "palais de Çankaya")["country"] == "TR"


def test_armed_movements_under_their_other_names_keep_their_country():
    t = _analyse("Ansar Allah a menacé les navires en mer Rouge. Le Hizbollah a salué l'attaque.")
    assert _row(t, "Houthis")["country"] == "YE"
    assert _row(t, "Hezbollah")["country"] == "LB"
    t = _analyse("Le Tehrik-i-Taliban Pakistan a revendiqué l'attentat de Quetta.")
    assert _row(t, "TTP")["country"] == "PK"
    assert "talibans" not in _names(t)


def test_parties_named_bare_by_their_acronym():
    t = _analyse("Le RNI a remporté le scrutin, a reconnu le PJD dans un communiqué.")
    assert _row(t, "RNI")["country"] == "MA"
    assert _row(t, "PJD")["country"] == "MA"


def test_state_periphrases_of_the_francophone_press():
    t = _analyse("Le pays de la Teranga a salué l'accord signé à Genève.")
    assert _row(t, "Sénégal")["country"] == "SN"
    t = _analyse("L'Hexagone a convoqué l'ambassadeur du Mali.")
    assert _row(t, "France")["country"] == "FR"
    t = _analyse("Le pays des hommes intègres a rappelé son ambassadeur.")
    assert _row(t, "Burkina Faso")["country"] == "BF"


def test_official_long_names_and_older_spellings_of_states():
    t = _analyse("La République arabe syrienne a dénoncé la frappe. L'Arabie séoudite a protesté.")
    assert _row(t, "Syrie")["country"] == "SY"
    assert _row(t, "Arabie saoudite")["country"] == "SA"


def test_press_adjectives_of_a_state_give_the_nationality():
    t = _analyse(
        "La diplomatie chérifienne a salué l'accord. Le ministre transalpin Paolo Verdi a protesté."
    )
    assert _row(t, "diplomatie chérifienne")["country"] == "MA"
    assert _row(t, "Paolo Verdi")["country"] == "IT"
