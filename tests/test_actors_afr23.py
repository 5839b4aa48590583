"""Actors, round 23: press-style honorifics, chained offices and nationality phrases.

Honorifics of address before a dignitary's name are no part of it; an office of a state
chained before another title without its determiner is the name's role too; "de nationalité
x-ienne", a close associate of a figure of a stated country and the leader of a side named
after a passive auxiliary give a person's country. Every name and sentence is invented.
"""

from __future__ import annotations

from tests.helpers import actors_only as _analyse


def _rows(text: str) -> dict[str, dict]:
    a = _analyse(text)["actors"]
    return {r["name"]: r for r in a.to_dict("records")}


# --- honorifics of address -------------------------------------------------------------------


def test_honorifics_are_no_part_of_the_name():
    for text, name in (
        (
            "Jeudi matin, Sa Majesté le Roi Edvar Solmund recevait les délégués à Vellin.",
            "Edvar Solmund",
        ),
        (
            "Les délégués furent accueillis par Sa Majesté Ilso Kartevan, puis par le Tchad.",
            "Ilso Kartevan",
        ),
        ("Le Niger remerciait alors Son Excellence Mirko Daltavan.", "Mirko Daltavan"),
        ("SEM Obert Valcini, envoyé du Gabon, salue jeudi les efforts du Togo.", "Obert Valcini"),
    ):
        rows = _rows(text)
        assert name in rows, (text, list(rows))
        assert not any(w in n for n in rows for w in ("Majesté", "Excellence", "SEM")), rows


# --- offices chained before a name -----------------------------------------------------------


def test_an_office_chained_before_another_title_is_a_role_too():
    rows = _rows(
        "Hier soir, le ministre d'État, ministre des Mines et de l'Eau, Teodor Ravenko, "
        "décrivait au Ghana un projet commun."
    )
    roles = rows["Teodor Ravenko"]["roles"].split("; ")
    assert "ministre d'État" in roles, roles
    assert any(r.startswith("ministre des Mines") for r in roles), roles


def test_an_office_chained_before_a_chain_of_portfolios():
    rows = _rows(
        "Vendredi, le Ministre d'État, Ministre du Commerce, de l'Artisanat et des Valdoriens "
        "de l'Étranger, Piet Oskaran, inaugurait une foire avec le Bénin."
    )
    roles = rows["Piet Oskaran"]["roles"].split("; ")
    assert "Ministre d'État" in roles, roles


# --- nationality phrases ---------------------------------------------------------------------


def test_de_nationalite_gives_the_country():
    rows = _rows("Le commerçant Aldo Verhuys, de nationalité belge, fut expulsé hier par le Mali.")
    assert rows["Aldo Verhuys"]["country"] == "BE", rows
    rows = _rows("Le pilote Marko Tessel (de nationalité croate) fut relâché hier par le Maroc.")
    assert rows["Marko Tessel"]["country"] == "HR", rows
    rows = _rows(
        "Le chimiste Ilan Vostrik, de nationalité suédoise et iranienne, fut jugé par l'Iran."
    )
    assert rows["Ilan Vostrik"]["country"] != "SE", rows  # a dual national: not the first one


def test_a_close_associate_takes_the_figures_country():
    rows = _rows("D'après Idris Mavolo, un proche du président tchadien, le Soudan hésite.")
    assert rows["Idris Mavolo"]["country"] == "TD", rows
    assert rows["Idris Mavolo"]["roles"] == "", rows


def test_the_leader_of_a_side_named_after_a_passive():
    rows = _rows(
        "La délégation gabonaise a été menée par Paul Orvane, selon un diplomate de Tunis."
    )
    assert rows["Paul Orvane"]["country"] == "GA", rows
    rows = _rows("La délégation tunisienne sera dirigée par Anis Berkadi. Le Maroc approuve.")
    assert rows["Anis Berkadi"]["country"] == "TN", rows
