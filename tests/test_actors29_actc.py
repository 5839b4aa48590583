"""Round 25 (session 29) rules of actors' countries and rows, on invented snippets from
several regions.

* a country named with its article after "à" ("a dit à l'Iran", "rappelé à la Somalie")
  is an addressee, no place: French places something in such a country with "en", "au" or
  "aux"; the island states placed with "à la" ("à la Jamaïque") stay places, and "à
  Israël" (placed with "en") is an addressee too;
* a body whose members are heads of states ("la Conférence des chefs d'État et de
  gouvernement") gathers several states: no country;
* "l'Assemblée générale" alone is the United Nations' (no country), as "la Commission"
  alone is a union's;
* a president is no head of a kingdom: "le président X" in a story naming a monarchy takes
  another state (the Spanish "président du gouvernement" is a head of government);
* a lowercase nationality adjective opening a tagged span ("le ministre sri-lankais des
  Affaires étrangères") starts no name;
* an unfamiliar name the tagger reads as a place, after a verb of saying ("», a affirmé X
  Y") or as the object of "recevoir" or "rencontrer", is a person.
"""

from __future__ import annotations

from tests.helpers import actors_with_roles as _actors


def test_a_country_with_its_article_after_a_is_an_addressee() -> None:
    got = _actors("Le ministre jordanien a dit à l'Iran de respecter l'espace aérien.")
    assert got.get("Iran", (None,))[0] == "IR", got
    got = _actors(
        "Le chef de la diplomatie a expliqué à l'Ouganda que la frontière resterait ouverte."
    )
    assert got.get("Ouganda", (None,))[0] == "UG", got
    got = _actors("Nous avons rappelé à Israël comme à l'Inde que notre espace aérien est fermé.")
    assert {"Israël", "Inde"} <= set(got), got


def test_an_island_state_placed_with_a_la_and_a_town_stay_places() -> None:
    got = _actors("Le Premier ministre est arrivé à la Jamaïque pour un sommet régional.")
    assert "Jamaïque" not in got, got
    got = _actors(
        "Le ministre est arrivé mardi à Cuba, puis a déclaré à Dakar qu'il était confiant."
    )
    assert not {"Cuba", "Sénégal"} & set(got), got


def test_a_body_of_heads_of_states_has_no_country() -> None:
    got = _actors(
        "Le Mali a quitté la CEDEAO. La Conférence des chefs d'État et de gouvernement a "
        "pris acte de ce départ."
    )
    body = [n for n in got if n.startswith("Conférence des chefs")]
    assert body and got[body[0]][0] is None, got
    got = _actors(
        "Le Tchad a critiqué l'organisation. L'Autorité des chefs d'État se réunira à Abuja."
    )
    body = [n for n in got if n.startswith("Autorité des chefs")]
    assert body and got[body[0]][0] is None, got


def test_the_general_assembly_alone_is_the_united_nations() -> None:
    got = _actors("Le Kenya a salué la décision. L'Assemblée générale a voté une résolution.")
    assert got["Assemblée générale"][0] is None, got


def test_a_president_is_no_head_of_a_kingdom() -> None:
    got = _actors(
        "Le Maroc et le Ghana ont signé un accord. Le président Kojo Asamoah a été reçu à "
        "Rabat par le chef du gouvernement Karim Bennani."
    )
    assert got["Kojo Asamoah"][0] == "GH", got
    got = _actors(
        "Le Cambodge et le Laos ont signé un traité. Le président Somsak Vong a été reçu à "
        "Phnom Penh par le Premier ministre Sokha Chan."
    )
    assert got["Somsak Vong"][0] == "LA", got
    got = _actors(
        "L'Espagne et le Maroc ont signé un accord. Le président du gouvernement Pablo Ibarra "
        "a salué l'accord. Le président Ibarra a parlé d'un jour historique."
    )
    assert got["Pablo Ibarra"][0] == "ES", got


def test_a_lowercase_nationality_adjective_starts_no_name() -> None:
    got = _actors(
        "Le ministre sri-lankais des Affaires étrangères, Ranjith Silva, est arrivé mardi à Dacca."
    )
    assert list(got) == ["Ranjith Silva"], got
    assert got["Ranjith Silva"][0] == "LK", got


def test_an_unfamiliar_name_after_a_verb_of_saying_or_meeting_is_a_person() -> None:
    got = _actors("« Nous refusons toute ingérence », a affirmé Abebe Tesfamariam lundi.")
    assert "Abebe Tesfamariam" in got, got
    got = _actors("Le chef de l'État a reçu Chidinma Okorafor au palais présidentiel.")
    assert "Chidinma Okorafor" in got, got


def test_a_place_visited_stays_no_person() -> None:
    got = _actors("Le ministre a visité Kpandu Nord mardi, puis il a parlé aux élus.")
    assert "Kpandu Nord" not in got, got
