"""Actors, round 15 (session 19): a country named after what a state has as a state (its
sovereignty, integrity, security) is a party, not a place; a name of several words that
spaCy tags a person but is a town as a whole, or complements a geographic noun, is a place;
collectives named by their kind ("des groupes armés", "des bandes criminelles", "les
défenseurs des droits humains") act like other groups. Every snippet is invented."""

from __future__ import annotations

from tests.helpers import actors_only as _analyse


def _names(text: str) -> list[str]:
    return list(_analyse(text)["actors"]["name"])


def _types(text: str) -> dict[str, str]:
    a = _analyse(text)["actors"]
    return dict(zip(a["name"], a["type"], strict=True))


# --- a country after a noun of statehood ----------------------------------------------------


def test_country_after_sovereignty_is_a_party():
    names = _names("Le ministre a dénoncé une atteinte à la souveraineté du Tchad, hier à Oslo.")
    assert "Tchad" in names, names


def test_country_after_other_statehood_nouns_is_a_party():
    names = _names("Le texte réaffirme l'intégrité territoriale de la Serbie et appelle au calme.")
    assert "Serbie" in names, names
    names = _names("Ces frappes menacent la sécurité nationale du Chili, a estimé le sénateur.")
    assert "Chili" in names, names
    names = _names("Le traité garantit la neutralité de l'Autriche depuis des décennies.")
    assert "Autriche" in names, names


def test_capital_after_a_statehood_noun_stays_a_place():
    names = _names("Les soldats ont quitté la plaine pour assurer la sécurité de Kaboul.")
    assert "Afghanistan" not in names, names


def test_country_after_an_ordinary_noun_stays_a_place():
    names = _names("La pluie a inondé les routes du Tchad pendant la nuit.")
    assert "Tchad" not in names, names


# --- a town of several words tagged as a person ---------------------------------------------


def test_known_town_of_two_words_is_no_person():
    names = _names("Le président du comité populaire de Hai Phong, Tran Van Long, a protesté.")
    assert "Hai Phong" not in names, names
    assert "Tran Van Long" in names, names


def test_name_after_a_geographic_noun_is_no_person():
    names = _names("Un incendie a frappé le village de Ban Na Lao, a indiqué le gouverneur.")
    assert not any("Ban Na" in n for n in names), names


def test_persons_whose_words_are_also_towns_stay_persons():
    types = _types("Le ministre Paul Santa a rencontré Juan Cruz à Lima.")
    assert types.get("Paul Santa") == "person", types
    assert types.get("Juan Cruz") == "person", types


# --- collectives named by their kind --------------------------------------------------------


def test_armed_groups_that_act_are_a_group():
    types = _types("Des groupes armés ont attaqué un poste frontalier, selon le ministre.")
    assert types.get("groupes armés") == "group", types


def test_group_with_a_complement_and_other_kinds_of_bands():
    names = _names("Selon des groupes de défense des droits humains, quarante personnes ont fui.")
    assert "groupes de défense des droits humains" in names, names
    names = _names("Le village a été pillé par des bandes criminelles venues du nord.")
    assert "bandes criminelles" in names, names
    names = _names("Les défenseurs des libertés publiques ont dénoncé la loi jeudi.")
    assert "défenseurs des libertés publiques" in names, names


def test_groups_that_do_not_act_are_no_actor():
    names = _names("Le ministre a réuni des groupes de travail sur la dette.")
    assert not any("groupes" in n for n in names), names


def test_dignitaries_of_a_country_are_a_group():
    types = _types("Selon des dignitaires omanais, la rencontre aura lieu jeudi.")
    assert types.get("dignitaires omanais") == "group", types


def _countries(text: str) -> dict[str, object]:
    a = _analyse(text)["actors"]
    return dict(zip(a["name"], a["country"], strict=True))


def test_armed_bands_take_no_country_from_the_place():
    countries = _countries("Au Tchad, des groupes armés ont attaqué un poste frontalier lundi.")
    assert "groupes armés" in countries, countries
    assert not isinstance(countries["groupes armés"], str), countries
    countries = _countries("À Oslo, les défenseurs des droits humains ont salué la décision.")
    assert "défenseurs des droits humains" in countries, countries
    assert not isinstance(countries["défenseurs des droits humains"], str), countries


def test_armed_bands_keep_the_country_an_adjective_states():
    countries = _countries("Au Tchad, des groupes armés soudanais ont attaqué un poste lundi.")
    assert countries.get("groupes armés soudanais") == "SD", countries


def test_protesters_still_take_the_country_of_the_place():
    countries = _countries("Au Tchad, des manifestants ont bloqué la route lundi.")
    assert countries.get("manifestants") == "TD", countries


# --- self-proclaimed states ------------------------------------------------------------------


def test_a_self_proclaimed_state_is_an_actor_of_its_claimant():
    countries = _countries("La Transnistrie réclame la reconnaissance de son indépendance.")
    assert countries.get("Transnistrie") == "MD", countries
    countries = _countries("Moscou a dénoncé la visite du chef de l'Abkhazie à Minsk.")
    assert countries.get("Abkhazie") == "GE", countries


def test_a_self_proclaimed_state_by_its_long_form():
    a = _analyse("La République turque de Chypre du Nord a fermé un point de passage.")["actors"]
    assert "Chypre du Nord" in set(a["name"]), list(a["name"])


# --- one side named by its nationality adjective --------------------------------------------


def test_a_side_named_by_its_nationality_is_the_state():
    names = _names("La partie tchadienne a rejeté la proposition, selon le communiqué.")
    assert "Tchad" in names, names
    names = _names("Le ministre a rencontré des émissaires de la partie norvégienne à Lomé.")
    assert "Norvège" in names, names
    names = _names("Du côté japonais, on se dit prêt à reprendre les pourparlers.")
    assert "Japon" in names, names


def test_a_part_of_a_place_is_no_side():
    names = _names("Les soldats ont franchi la partie ukrainienne de la frontière hier.")
    assert "Ukraine" not in names, names
    names = _names("La partie nord du pays est inondée depuis lundi.")
    assert names == [], names


def test_a_closing_participle_belongs_to_the_group_name():
    names = _names("Le raid a été mené par des groupes terroristes armés, faisant dix blessés.")
    assert "groupes terroristes armés" in names, names
    names = _names("Des groupes rebelles armés ont pris la ville lundi.")
    assert "groupes rebelles armés" in names, names


def test_a_participle_with_its_complement_stays_out_of_the_name():
    names = _names("Des groupes rebelles soutenus par le voisin ont attaqué la ville.")
    assert "groupes rebelles" in names, names


def test_a_companion_after_aux_cotes_de_stays_a_person():
    names = _names("Le ministre a signé l'accord aux côtés de Kwame Boateng à Oslo.")
    assert "Kwame Boateng" in names, names


def test_business_groups_are_no_collective_actor():
    names = _names("Les terres ont été achetées par des groupes étrangers l'an dernier.")
    assert not any("groupes" in n for n in names), names
    names = _names("Des groupes pétroliers ont annoncé de nouveaux forages lundi.")
    assert not any("groupes" in n for n in names), names


def test_opposition_groups_by_their_complement_act():
    names = _names("Des groupes d'opposition ont appelé à manifester samedi.")
    assert any(n.startswith("groupes d") for n in names), names
