"""Actors, round 21 (session 25): the country a visit goes to is the host, an actor row of
the story even when the text names it only as the place ("s'est rendu au X"), without
becoming evidence of who acts (the visitor keeps their country). Every snippet is invented."""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _names(tables: dict) -> list[str]:
    return list(tables["actors"]["name"])


def test_the_destination_of_a_visit_is_a_state_actor():
    t = _analyse(
        "Le président ouzbek Karim Tachkentov s'est rendu au Kazakhstan les 2 et 3 mai. "
        "Les deux délégations ont parlé de commerce."
    )
    assert _row(t, "Kazakhstan")["type"] == "state"
    assert _row(t, "Karim Tachkentov")["country"] == "UZ"
    t = _analyse(
        "Le chef de l'État nigérien a effectué une visite officielle de deux jours au Bénin. "
        "Il a été accueilli par une délégation gouvernementale."
    )
    assert _row(t, "Bénin")["type"] == "state"
    t = _analyse("La Première ministre danoise Ida Holm est arrivée mardi en Inde.")
    assert "Inde" in _names(t)
    assert _row(t, "Ida Holm")["country"] == "DK"


def test_a_country_named_as_a_place_without_a_visit_stays_no_actor():
    t = _analyse("Le ministre a évoqué le retour des réfugiés installés au Kazakhstan.")
    assert "Kazakhstan" not in _names(t)
    t = _analyse("Le ministre, de retour d'un voyage, a parlé des troupes basées en Inde.")
    assert "Inde" not in _names(t)


def test_the_stops_of_a_tour_and_a_quoted_visit_are_no_actors():
    t = _analyse(
        "La Première ministre islandaise, en visite la semaine dernière en Autriche, "
        "en Grèce et en Pologne, est arrivée à Paris."
    )
    assert "Autriche" not in _names(t)
    t = _analyse("« Votre visite en Irlande sera utile », a déclaré le ministre Tom Kelly.")
    assert "Irlande" not in _names(t)


def test_a_stopover_is_no_visit_to_a_host():
    t = _analyse("La délégation a fait escale au Tchad avant de rentrer à Paris.")
    assert "Tchad" not in _names(t)
