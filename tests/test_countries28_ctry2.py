"""Round 24 (session 28, helper ctry2) rules of persons' countries, on invented snippets.

* a state (or its capital) that a person criticises, thanks, urges or asks ("X a critiqué Y",
  "X a remercié Y", "X a exhorté Y à ...") is the other side of the person's act: when
  nothing of the person states a country, it is never theirs (empty rather than wrong), unless
  the article names no other country;
* "Cheikh" before a given name and a surname with no Arabic particle, with no determiner or
  title before it, is a West African given name ("Cheikh Amadou Fall"), not a title.
"""

from __future__ import annotations

from tests.helpers import actors_with_roles as _actors


def _country_of(got: dict[str, tuple[object, list[str]]], start: str) -> object:
    name = next(n for n in got if n.startswith(start))
    return got[name][0]


def test_the_state_a_person_criticises_is_not_theirs() -> None:
    got = _actors(
        "L'Argentine a rappelé mardi son ambassadeur au Chili. Le sénateur Rodrigo Fuentes a "
        "vivement critiqué Buenos Aires pour cette décision."
    )
    assert _country_of(got, "Rodrigo") != "AR", got
    got = _actors(
        "Le Kenya a fermé sa frontière avec la Somalie. Le député Abdi Warsame a dénoncé "
        "Nairobi dans un communiqué."
    )
    assert _country_of(got, "Abdi") != "KE", got


def test_the_state_a_person_thanks_is_the_other_side() -> None:
    got = _actors(
        "Le Maroc a renforcé sa coopération avec le Sénégal. Le ministre Ousmane Faye a "
        "remercié Rabat pour son soutien."
    )
    assert _country_of(got, "Ousmane") == "SN", got


def test_the_persons_own_attributes_and_acts_on_their_own_state_stay() -> None:
    got = _actors(
        "Le Ghana a accueilli le sommet régional. Le chef de l'opposition togolaise, Komi "
        "Agbeko, a critiqué Lomé pour sa gestion de la crise."
    )
    assert _country_of(got, "Komi") == "TG", got  # his title states it
    got = _actors(
        "La Tunisie prépare les élections. Le président Kaïs Ben Salah a exhorté la Tunisie "
        "à rester unie."
    )
    assert _country_of(got, "Kaïs") == "TN", got  # the one state the article names
    got = _actors(
        "Le Mali a annoncé son retrait. Le ministre Moussa Diarra représentait le Mali à la "
        "réunion de Niamey."
    )
    assert _country_of(got, "Moussa") == "ML", got  # representing is no act toward a state
    got = _actors(
        "Le Japon a protesté auprès de la Chine. Le porte-parole Kenji Sato a accusé Pékin "
        "de violer l'accord."
    )
    assert _country_of(got, "Kenji") == "JP", got


def test_cheikh_before_a_given_name_and_a_surname_is_a_given_name() -> None:
    got = _actors(
        "Cheikh Amadou Fall, ambassadeur du Sénégal au Mali, a présenté ses lettres de créance."
    )
    assert "Cheikh Amadou Fall" in got, got
    got = _actors("Selon Cheikh Bamba Diop, directeur de l'agence, la récolte sera bonne.")
    assert "Cheikh Bamba Diop" in got, got


def test_cheikh_stays_a_title_after_a_determiner_or_before_a_particle() -> None:
    got = _actors("L'émir du Koweït, Cheikh Salem ben Nasser Al Farsi, a reçu le président turc.")
    assert not any(n.startswith("Cheikh") for n in got), got
    got = _actors("Le cheikh Omar Al-Hakim a reçu le nonce apostolique.")
    assert not any(n.startswith("Cheikh") or n.startswith("cheikh") for n in got), got
