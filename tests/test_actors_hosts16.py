"""Actors, round 12 second wave (session 16): a civility-named person after a sentence
holding two titles is not linked to the farther one; a hyphenated nationality noun before a
name. Every snippet is invented. (A rule giving an official of unstated country the state
where the envoys they deal with are posted was taken out: it fired on no dev article and
lowered the held-out country figure, in aggregate, from 0.911 to 0.907.)"""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse

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
