"""Actors, round 12 second wave (session 16): an official whose title names no state
belongs to the state where the foreign envoys they deal with are posted; a civility-named
person after a sentence holding two titles is not linked to the farther one. Every snippet
is invented."""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse

# --- envoys posted in the official's country ------------------------------------------


def test_a_minister_receiving_a_consul_posted_in_a_state_is_of_that_state():
    t = _analyse(
        "Le ministre de l'Intérieur, Paulo Mendes, a reçu mardi le consul de Norvège au Pérou."
    )
    assert _row(t, "Paulo Mendes")["country"] == "PE"


def test_diplomats_accredited_in_a_capital_give_the_host():
    t = _analyse(
        "La Première ministre, Ana Ruiz, a réuni jeudi les ambassadeurs de Suède, "
        "d'Italie et du Japon accrédités à Lima pour leur présenter son budget."
    )
    assert _row(t, "Ana Ruiz")["country"] == "PE"


def test_an_envoy_in_post_in_a_country_gives_the_host():
    t = _analyse(
        "Le ministre des Affaires étrangères, Karim Sow, a convoqué l'émissaire d'Autriche "
        "en poste en Mauritanie pour lui demander des explications."
    )
    assert _row(t, "Karim Sow")["country"] == "MR"


def test_a_recall_is_made_by_the_envoys_own_government():
    t = _analyse(
        "Le ministre des Affaires étrangères, Karim Sow, a décidé de rappeler "
        "l'ambassadeur d'Autriche en Mauritanie."
    )
    assert _row(t, "Karim Sow")["country"] != "MR"


def test_an_appointment_is_made_by_the_envoys_own_government():
    t = _analyse(
        "Le président, Hugo Lenz, a nommé jeudi un nouvel ambassadeur d'Autriche en Mauritanie."
    )
    assert _row(t, "Hugo Lenz")["country"] != "MR"


# --- a civility after a sentence with two titles --------------------------------------


def test_a_civility_after_two_titles_does_not_take_the_first():
    t = _analyse(
        "Le ministre de la Santé a limogé lundi le directeur de l'hôpital central de Quito. "
        "Il s'agit de M. Pablo Ortiz."
    )
    roles = str(_row(t, "Pablo Ortiz")["roles"])
    assert "ministre" not in roles


def test_a_civility_after_one_title_still_takes_it_up():
    t = _analyse(
        "Le ministre de la Santé de l'Équateur a annoncé lundi un plan contre la dengue. "
        "M. Pablo Ortiz a ajouté que les hôpitaux seraient renforcés."
    )
    assert "ministre" in str(_row(t, "Pablo Ortiz")["roles"])


def test_a_civility_after_a_posted_envoy_does_not_take_the_host_title():
    t = _analyse(
        "La gouverneure de la province a accueilli l'ambassadrice du Chili à Quito. "
        "Mme Rosa Vidal a remercié ses hôtes pour leur accueil."
    )
    assert "gouverneure" not in str(_row(t, "Rosa Vidal")["roles"])


# --- a hyphenated nationality noun before a name ----------------------------------------


def test_a_hyphenated_nationality_noun_before_a_name_gives_the_country():
    t = _analyse("Le Sud-Coréen Kim Dae-ho a rencontré lundi le ministre péruvien.")
    assert _row(t, "Kim Dae-ho")["country"] == "KR"
    t = _analyse("Le Chili a reçu le Sud-Soudanais Deng Mayen lundi.")
    assert _row(t, "Deng Mayen")["country"] == "SS"


def test_a_relation_adjective_before_a_name_states_no_nationality():
    t = _analyse("Le franco-suisse Paul Imbert a parlé lundi devant le Sénat.")
    assert _row(t, "Paul Imbert")["country"] != "FR"
