"""Actors, round 17 (session 21): a state after a compound preposition of partners, sources
or addressees ("aux côtés de", "au profit de", "de la part de", "à l'égard de") is a party
of the story, not a place ("côtés" is no coast there); "d'autres" or "plusieurs" determines a
plural state noun ("plusieurs responsables maliens") as "des" does; a people's noun or a
one-word body listed among a minister's portfolios ("et des Maliens de l'extérieur", "et de
la Police") is part of the title; an adverb ("fraîchement nommé") does not cut a title from
its status participle; "Brexit" and a lowercase "après-midi" are no names; a well-known
person with no title does not keep an unnamed office holder of another state from being an
actor. Every snippet is invented."""

from __future__ import annotations

from tests.helpers import actors_only as _analyse


def _names(text: str) -> list[str]:
    return list(_analyse(text)["actors"]["name"])


# --- compound prepositions of a party -------------------------------------------------------


def test_state_beside_another_is_an_actor():
    names = _names(
        "Lundi, le Portugal a présenté aux côtés de la Finlande un plan pour les pêcheurs."
    )
    assert "Finlande" in names, names


def test_beneficiary_states_are_actors():
    names = _names(
        "Le marché des radars a été retiré au Brésil au profit des Pays-Bas et du Danemark."
    )
    assert "Pays-Bas" in names and "Danemark" in names, names


def test_source_and_addressee_states_are_actors():
    names = _names(
        "Rien n'est venu de la part du Chili, a regretté le ministre Tarik Voss, qui promet "
        "de la fermeté à l'égard de l'Uruguay."
    )
    assert "Chili" in names and "Uruguay" in names, names


def test_state_after_aupres_de_is_an_actor():
    names = _names("La ministre a protesté directement auprès de Lima et auprès de la Bolivie.")
    assert "Pérou" in names and "Bolivie" in names, names


def test_coast_of_a_state_stays_a_place():
    names = _names("Les pêcheurs de Tarik Voss travaillent le long des côtes du Sénégal.")
    assert "Sénégal" not in names, names


# --- indefinite quantities before a state noun ----------------------------------------------


def test_other_officials_name_their_state():
    names = _names(
        "Tarik Voss a parlé lundi. Mardi, d'autres responsables kényans ont assuré que la "
        "frontière restait ouverte."
    )
    assert "Kenya" in names, names


def test_several_officials_name_their_state():
    names = _names(
        "Plusieurs dirigeants péruviens, dont le maire de Cusco, ont rejeté la carte publiée."
    )
    assert "Pérou" in names, names


def test_some_officials_are_no_state_voice():
    names = _names("Certains responsables péruviens ont rejeté la carte publiée jeudi.")
    assert "Pérou" not in names, names


# --- a minister's list of portfolios --------------------------------------------------------


def test_diaspora_portfolio_is_no_group():
    names = _names(
        "Le ministre des Finances, du Plan et des Sénégalais de l’extérieur, Tarik Voss, a "
        "quitté Dakar jeudi."
    )
    assert "Tarik Voss" in names, names
    assert "Sénégalais" not in names, names


def test_police_portfolio_is_no_body():
    names = _names(
        "La ministre péruvienne de la Justice et de la Police, Ana Quispe, a démenti hier."
    )
    assert "Ana Quispe" in names, names
    assert "Police" not in names, names


def test_people_outside_a_title_stay_a_group():
    names = _names("Les Sénégalais ont manifesté lundi devant le ministère des Finances.")
    assert "Sénégalais" in names, names


# --- an adverb before a status participle ---------------------------------------------------


def test_adverb_before_appointment_participle_keeps_the_title():
    a = _analyse(
        "Il a reçu le chef de la diplomatie malienne fraîchement nommé, Tarik Voss, et "
        "l'ambassadeur du Pérou."
    )["actors"]
    row = a[a["name"] == "Tarik Voss"].iloc[0]
    assert "chef de la diplomatie malienne" in row["roles"], row["roles"]
    assert row["country"] == "ML", row["country"]


# --- capitalised names of events ------------------------------------------------------------


def test_brexit_is_no_actor():
    names = _names("Quelques mois après le Brexit, Londres a signé un accord avec Tarik Voss.")
    assert "Brexit" not in names, names
    assert "Tarik Voss" in names, names


def test_time_words_after_a_name_are_cut():
    names = _names("Le président Tarik Voss a quitté Maurice hier après-midi et a regagné Lima.")
    assert not any("après-midi" in n for n in names), names


def test_hyphenated_part_of_a_name_is_kept():
    names = _names("Le ministre Choi Dong-hyun a reçu lundi son homologue à Séoul.")
    assert "Choi Dong-hyun" in names, names


# --- unnamed office holders beside a well-known untitled person -----------------------------


def test_unnamed_holder_of_another_state_beside_a_known_person():
    names = _names(
        "Lula a appelé dimanche à de nouvelles élections. « Nous étudions cela », a indiqué "
        "le ministre argentin des Affaires étrangères à la presse."
    )
    assert "ministre argentin des Affaires étrangères" in names, names


def test_known_person_may_hold_their_own_state_office():
    names = _names(
        "Lula a appelé dimanche à de nouvelles élections. « Nous étudions cela », a indiqué "
        "le président brésilien à la presse."
    )
    assert not any(n.startswith("président") for n in names), names
