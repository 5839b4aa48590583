"""Actors and countries, round 13 (session 17): common French words the cities' gazetteer
also knows as towns are no town; a group described as "international" belongs to no single
state. Every snippet is invented."""

from __future__ import annotations

from analysis.resources.gazetteer import city_country
from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _names(tables: dict) -> list[str]:
    return list(tables["actors"]["name"])


# --- capitalised common words that some town also bears ------------------------------------


def test_common_words_are_no_city():
    for word in ("Golfe", "Union", "Alliance", "Mission", "Police", "Île", "Canal", "Selon"):
        assert city_country(word) is None, word


def test_foreign_cities_and_capitals_stay_cities():
    assert city_country("Tanger") == "MA"
    assert city_country("Dakar") == "SN"
    assert city_country("Détroit") == "US"


def test_a_body_named_after_the_gulf_takes_no_town_country():
    t = _analyse("La Banque du Golfe a prêté deux milliards au Bénin en mars.")
    assert _row(t, "Banque du Golfe")["country"] != "AO"
    t = _analyse("Le Fonds de l'Union pour les réfugiés a ouvert un bureau.")
    assert _row(t, "Fonds de l'Union pour les réfugiés")["country"] != "US"


def test_a_body_named_after_a_real_town_keeps_its_country():
    t = _analyse("La Banque de Tanger a prêté deux milliards au Bénin en mars.")
    assert _row(t, "Banque de Tanger")["country"] == "MA"


# --- the international community and other international groups ----------------------------


def test_the_international_community_belongs_to_no_state():
    t = _analyse(
        "Le Tchad a subi une attaque meurtrière. La communauté internationale a condamné "
        "l'attaque contre le Tchad."
    )
    assert _row(t, "communauté internationale")["country"] is None


def test_other_international_groups_belong_to_no_state():
    t = _analyse(
        "Le Burundi a organisé un scrutin. Des activistes internationaux ont manifesté devant "
        "l'ambassade du Burundi à Lisbonne."
    )
    assert _row(t, "activistes internationaux")["country"] is None


def test_a_named_international_body_of_one_state_keeps_it():
    t = _analyse("Le Forum économique international de Kazan a ouvert ses portes en Russie.")
    assert _row(t, "Forum économique international de Kazan")["country"] == "RU"


def test_a_group_with_a_nationality_keeps_it():
    t = _analyse(
        "Le Burundi a organisé un scrutin. Des activistes burundais ont manifesté devant "
        "l'ambassade du Burundi à Lisbonne."
    )
    assert _row(t, "activistes burundais")["country"] == "BI"


# --- territories with a government of their own -------------------------------------------


def test_an_official_of_a_self_governing_territory_is_of_that_territory():
    t = _analyse(
        "Le président de la Polynésie française, Teva Marau, a rencontré le ministre français "
        "des Outre-mer à Paris."
    )
    assert _row(t, "Teva Marau")["country"] == "PF"
    t = _analyse("Le Premier ministre groenlandais, Ane Olsen, a répondu au Danemark.")
    assert _row(t, "Ane Olsen")["country"] == "GL"


def test_a_self_governing_territory_acts_as_a_state():
    t = _analyse("La Nouvelle-Calédonie a demandé à rejoindre le forum régional, lundi.")
    assert _row(t, "Nouvelle-Calédonie")["country"] == "NC"
    t = _analyse("Gibraltar a rejeté l'accord négocié par Londres et Madrid.")
    assert _row(t, "Gibraltar")["type"] == "state"


def test_the_high_commissioner_posted_in_a_territory_is_not_of_it():
    t = _analyse(
        "Le haut-commissaire de la République en Nouvelle-Calédonie, Paul Verdier, a décrété "
        "un couvre-feu à Nouméa."
    )
    assert _row(t, "Paul Verdier")["country"] != "NC"
    t = _analyse("La haute-commissaire en Polynésie française, Anne Roux, a reçu les maires.")
    assert _row(t, "Anne Roux")["country"] != "PF"


# --- a social network named as the channel of a message -----------------------------------


def test_a_network_named_as_a_channel_is_no_actor():
    t = _analyse(
        "Par le biais du réseau social X, le ministre togolais a protesté contre la décision."
    )
    assert "X" not in _names(t)
    t = _analyse("Il a réagi sur sa plateforme de médias sociaux, Truth Social, a rapporté Lomé.")
    assert "Truth Social" not in _names(t)


def test_a_network_after_a_channel_preposition_is_no_actor():
    t = _analyse("Via Telegram, le porte-parole malien a démenti toute implication de Bamako.")
    assert not any("Telegram" in n for n in _names(t))
    t = _analyse("Sur son compte Instagram, la ministre béninoise a répondu à ses détracteurs.")
    assert not any("Instagram" in n for n in _names(t))


def test_a_network_company_that_acts_stays_an_actor():
    t = _analyse("Le Brésil a suspendu la société X dans tout le pays, a annoncé le juge.")
    assert "X" in _names(t)


# --- a ministry named by its portfolio alone -------------------------------------------------


def test_the_french_foreign_ministry_under_its_portfolio_name_is_french():
    t = _analyse(
        "Le Tchad a expulsé un diplomate. Le ministère de l'Europe et des Affaires étrangères "
        "a convoqué l'ambassadeur du Tchad."
    )
    assert "Quai d'Orsay" in _names(t)
    assert _row(t, "Quai d'Orsay")["country"] == "FR"
    assert not any(n.startswith("ministère de l'Europe") for n in _names(t))


def test_another_ministry_named_by_portfolio_is_not_taken_for_the_french_one():
    t = _analyse(
        "Le Tchad a expulsé un diplomate. Le ministère des Affaires étrangères tchadien a "
        "convoqué l'ambassadeur du Niger."
    )
    assert "Quai d'Orsay" not in _names(t)


def test_a_capitalised_common_word_is_no_one_word_person():
    t = _analyse("Selon le texte, la Mission a quitté Rabat hier, après la Police du Maroc.")
    persons = set(t["actors"][t["actors"]["type"] == "person"]["name"])
    assert not persons & {"Mission", "Police"}
