"""Sites named by a noun and a lower-case description before their place ("le port
autonome de X", "le palais des congrès de Y"), and a capitalised name read only with its
capital ("La Réunion", not "La réunion a eu lieu"); invented snippets."""

from __future__ import annotations

from analysis.extract.context.places import haversine_km
from tests.helpers import run_steps


def _places(text: str):
    return run_steps(text, ("places",)).tables["places"]


def _place(text: str, name: str) -> dict:
    places = _places(text)
    hit = places[places["name"] == name]
    assert len(hit) == 1, list(places["name"])
    return hit.iloc[0].to_dict()


def test_a_described_site_is_named_whole_and_lies_in_its_town():
    p = _place("Le ministre a inauguré mardi le port autonome de Lomé.", "port autonome de Lomé")
    assert p["kind"] == "landmark" and p["country"] == "TG"
    assert {"Lomé", "port autonome"} <= set(p["aliases"].split(";"))
    p = _place(
        "Les délégués se sont retrouvés au palais des congrès de Yaoundé pour la séance.",
        "palais des congrès de Yaoundé",
    )
    assert haversine_km(p["lat"], p["lon"], 3.87, 11.52) < 30
    p = _place(
        "Le sommet se tient au centre international de conférences Koffi-Mensah de Kumasi.",
        "centre international de conférences Koffi-Mensah",
    )
    assert p["country"] == "GH"


def test_a_verb_after_the_noun_is_no_description():
    places = _places("Le port accueille des Sénégalais depuis des années, selon le maire.")
    assert "landmark" not in set(places["kind"])


def test_a_generic_noun_before_a_known_town_is_the_town():
    places = _places("Des tirs ont été entendus au centre de Kidal dans la nuit.")
    assert list(places["name"]) == ["Kidal"]


def test_a_capitalised_name_keeps_its_capital_after_its_article():
    assert _places("La réunion a duré trois heures, sans accord.").empty
    p = _place("Le président est arrivé à La Réunion pour une visite de deux jours.", "Réunion")
    assert p["country"] == "RE"


def test_a_generic_noun_before_a_longer_name_is_no_site():
    # the capitalised word opens a body's name that goes on in lower case
    places = _places(
        "Il visitera à Accra le siège de la Grande alliance des ports ouest-africains."
    )
    assert "landmark" not in set(places["kind"])


def test_a_geographical_common_noun_may_stay_in_lower_case():
    p = _place("La sécheresse frappe la corne de l'Afrique depuis deux ans.", "Corne de l'Afrique")
    assert p["kind"] == "region"
    # a known name whose first word is no geographical noun still needs its capital
    assert _places("La réunion de crise a duré trois heures.").empty


def test_general_world_regions():
    places = _places("Les ministres parlent du Pacifique Sud, de l'Eurasie et du bassin du Congo.")
    assert {"Pacifique Sud", "Eurasie", "bassin du Congo"} <= set(places["name"])
    assert "CG" not in set(places["country"])  # the basin, not the Congo


def test_a_verb_after_a_title_ends_the_portfolio():
    assert list(_places("Les ministres parlent longuement du Maghreb.")["name"]) == ["Maghreb"]
    # a nationality or "délégué" still qualifies the title: a portfolio, not a place
    assert _places("La ministre française de l'Europe et des Affaires étrangères a parlé.").empty


def test_a_nationality_adjective_locates_the_place_it_introduces():
    p = _place("Il est né dans la ville américaine de Paris, au Texas.", "Paris")
    assert p["country"] == "US"
    p = _place(
        "Les soldats ont quitté Niamey pour le port béninois de Sèmè Kpodji.",
        "port béninois de Sèmè Kpodji",
    )
    assert p["country"] == "BJ"
    # what a state owns abroad is not located by its adjective
    p = _place(
        "Le convoi a rejoint la base française de Kossou, près de Bouaké.",
        "base française de Kossou",
    )
    assert p["country"] == "CI"


def test_a_site_name_goes_on_with_its_lower_case_adjectives():
    p = _place(
        "Le ministre a été reçu mardi au siège de l'Union africaine, à Addis-Abeba.",
        "siège de l'Union africaine",
    )
    assert p["country"] == "ET"
    # in apposition to a town, the noun describes the town: no site of its own
    places = _places("Il se rendra à Addis-Abeba, siège de l'Union africaine, vendredi.")
    assert list(places["name"]) == ["Addis-Abeba"]
