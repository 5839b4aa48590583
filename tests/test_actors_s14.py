"""Actors, countries and roles, round 10 (session 14): constructions of French, not of one
article. A title's country introduced by "des" ("l'ambassadrice des Pays-Bas X"), a field
allotted by "à / au / aux" ("le secrétaire à la Défense X"), a title coordinated after a
state ("les États-Unis et le secrétaire d'État X"), "le Faso", the posting after an unnamed
office holder's title, a person named after a lowercase body noun ("l'armée de X Y").
Every snippet is invented."""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _names(tables: dict) -> list[str]:
    return list(tables["actors"]["name"])


# --- a country complementing a title, after "des" ----------------------------------------


def test_a_plural_country_after_a_title_is_cut_from_the_name_that_follows():
    t = _analyse(
        "L'ambassadrice des Pays-Bas Ingrid Voorn, arrivée à Lima, a rencontré le ministre."
    )
    row = _row(t, "Ingrid Voorn")
    assert row["country"] == "NL" and "ambassadrice des Pays-Bas" in row["roles"].split("; ")
    t = _analyse("Le représentant des Philippines Carlo Santos, arrivé à Genève, a parlé.")
    row = _row(t, "Carlo Santos")
    assert row["country"] == "PH" and row["roles"] == "représentant des Philippines"


def test_a_plural_country_before_a_name_without_a_title_gives_no_role():
    t = _analyse("Aux Pays-Bas Ingrid Voorn a parlé devant les élus.")
    assert "Pays-Bas" not in str(_row(t, "Ingrid Voorn")["roles"])


# --- a portfolio allotted by "à / au / aux" -------------------------------------------------


def test_a_field_after_a_to_is_part_of_the_title_before_a_name():
    t = _analyse("Le secrétaire à la Défense Marc Lindqvist a parlé.")
    assert _row(t, "Marc Lindqvist")["roles"] == "secrétaire à la Défense"
    t = _analyse(
        "Le conseiller américain à la Sécurité nationale Dan Moretti s'est entretenu avec "
        "ses homologues."
    )
    row = _row(t, "Dan Moretti")
    assert row["roles"] == "conseiller américain à la Sécurité nationale"
    assert row["country"] == "US"
    t = _analyse("La commissaire européenne aux Affaires intérieures Anna Lindberg a parlé.")
    assert _row(t, "Anna Lindberg")["roles"] == "commissaire européenne aux Affaires intérieures"
    t = _analyse("La secrétaire d'État à l'Europe Laure Bonnet a parlé.")
    assert _row(t, "Laure Bonnet")["roles"] == "secrétaire d'État à l'Europe"


def test_a_to_after_a_verb_still_opens_the_title():
    t = _analyse("Le président a écrit au ministre de la Justice Paul Girard.")
    assert _row(t, "Paul Girard")["roles"] == "ministre de la Justice"


# --- a title coordinated after a state -----------------------------------------------------


def test_a_title_coordinated_after_a_state_is_that_states_office():
    t = _analyse("Le Mexique a critiqué les Etats-Unis et le secrétaire d'Etat Tom Aldridge.")
    assert _row(t, "Tom Aldridge")["country"] == "US"
    t = _analyse("Le Chili ainsi que son ministre des Affaires étrangères Juan Pérez ont salué.")
    assert _row(t, "Juan Pérez")["country"] == "CL"


def test_the_last_state_of_a_list_or_of_another_sentence_lends_no_country():
    t = _analyse("Le Mexique, le Brésil et le président Ricardo Alves ont parlé.")
    assert _row(t, "Ricardo Alves")["country"] != "BR"
    t = _analyse("Le Mexique a critiqué les Etats-Unis. Et le président Ricardo Alves a parlé.")
    assert _row(t, "Ricardo Alves")["country"] != "US"


# --- "le Faso" ------------------------------------------------------------------------------


def test_the_faso_is_burkina_faso():
    t = _analyse(
        "Le coup d'Etat contre le président du Faso, Roch Ouédra, a suscité des réactions."
    )
    row = _row(t, "Roch Ouédra")
    assert row["country"] == "BF" and row["roles"] == "président du Faso"
    t = _analyse("Le Burkina Faso a condamné l'attaque.")
    assert _names(t) == ["Burkina Faso"]


# --- where an unnamed office holder serves --------------------------------------------------


def test_an_unnamed_holders_posting_is_an_alias():
    t = _analyse(
        "Le chargé d'affaires iranien à Islamabad a déclaré que les frappes étaient graves."
    )
    row = _row(t, "chargé d'affaires iranien")
    assert "chargé d'affaires iranien à Islamabad" in row["aliases"].split("; ")
    t = _analyse("L'ambassadeur de Suède au Kenya a été convoqué mardi.")
    assert "ambassadeur de Suède au Kenya" in _row(t, "ambassadeur de Suède")["aliases"]


def test_a_place_set_off_by_commas_is_no_posting():
    t = _analyse("Le ministre nigérian des Affaires étrangères, à Abuja, a dénoncé ces manœuvres.")
    row = _row(t, "ministre nigérian des Affaires étrangères")
    assert "Abuja" not in row["aliases"]


# --- a person after a lowercase body noun ---------------------------------------------------


def test_a_full_name_after_a_body_noun_is_the_person_not_the_bodys_name():
    t = _analyse("Il a condamné l'arrestation par l'armée de Marie Dubreuil et de son frère.")
    assert "Marie Dubreuil" in _names(t)
    assert not any(n.startswith("armée") for n in _names(t))
    t = _analyse("Les partisans du parti de Marie Dubreuil ont manifesté lundi.")
    assert "Marie Dubreuil" in _names(t)
    assert not any(n.startswith("parti ") for n in _names(t))


def test_a_place_after_a_body_noun_still_names_the_body():
    t = _analyse("Un chercheur de l'université de Tel Aviv a parlé.")
    assert _row(t, "université de Tel Aviv")["type"] == "organisation"
    t = _analyse("Le porte-parole du groupe de Lima a parlé.")
    assert "groupe de Lima" in _names(t)


# --- office holders in the plural, of a country ---------------------------------------------


def test_plural_office_holders_of_a_country_are_a_group_of_it():
    t = _analyse("Les ministres canadiens ont annoncé lundi de nouvelles sanctions.")
    row = _row(t, "ministres canadiens")
    assert row["type"] == "group" and row["country"] == "CA"
    t = _analyse("Des émissaires qataris ont rencontré les deux délégations.")
    assert _row(t, "émissaires qataris")["country"] == "QA"
    t = _analyse("Des élus français ont dénoncé le silence du gouvernement.")
    assert _row(t, "élus français")["country"] == "FR"


def test_one_office_holder_is_not_a_group():
    t = _analyse("Le ministre canadien des Finances a annoncé de nouvelles sanctions.")
    assert _row(t, "ministre canadien des Finances")["type"] == "person"


# --- a counterpart is of another country -----------------------------------------------------


def test_a_bare_counterpart_does_not_take_the_country_of_whose_counterpart_it_is():
    t = _analyse(
        "La Côte d'Ivoire et le Ghana ont signé un accord. Le président ivoirien Alassane "
        "Koné a salué son homologue Paul Mensah."
    )
    assert _row(t, "Paul Mensah")["country"] == "GH"
    t = _analyse(
        "Le Sénégal a reçu le Burundi. Le ministre sénégalais des Affaires étrangères Amadou "
        "Fall a reçu son homologue Paul Ntaro."
    )
    assert _row(t, "Paul Ntaro")["country"] == "BI"
    t = _analyse(
        "Le ministre sénégalais des Affaires étrangères Amadou Fall a reçu lundi à Dakar son "
        "homologue Paul Ntaro."
    )
    assert _row(t, "Paul Ntaro")["country"] != "SN"


def test_a_counterpart_with_a_nationality_and_a_spokesman_keep_theirs():
    t = _analyse("Le ministre sénégalais Amadou Fall a reçu son homologue burundais Paul Ntaro.")
    assert _row(t, "Paul Ntaro")["country"] == "BI"
    t = _analyse("Le Ghana a réagi. Son porte-parole, Kofi Mensah, a parlé.")
    assert _row(t, "Kofi Mensah")["country"] == "GH"


# --- a gathering noun as a party's head ----------------------------------------------------


def test_a_capitalised_gathering_noun_heads_a_party_name():
    t = _analyse(
        "Il répondait aux critiques du président du Rassemblement national Paul Girard sur la "
        "gestion. Le Rassemblement national a aussitôt répliqué."
    )
    assert "Rassemblement national" in _names(t)
    assert "président du Rassemblement national" in _row(t, "Paul Girard")["roles"]
    t = _analyse("Le Regroupement des partis d'opposition a protesté.")
    assert _row(t, "Regroupement des partis d'opposition")["type"] == "organisation"


def test_a_lowercase_gathering_is_an_event_not_a_body():
    t = _analyse("Un grand rassemblement de Dakar a eu lieu lundi, selon la police.")
    assert not any(n.startswith("rassemblement") for n in _names(t))


# --- a nationality stated in an apposition ---------------------------------------------------


def test_an_apposed_nationality_noun_or_origin_gives_the_persons_country():
    t = _analyse("La France a critiqué le Mali. Amadou Fall, un Sénégalais de 40 ans, a parlé.")
    assert _row(t, "Amadou Fall")["country"] == "SN"
    assert "Sénégalais" not in _names(t)  # one person, no group
    t = _analyse(
        "La France a critiqué le Mali. Maria Costa, une Brésilienne installée à Lisbonne, a parlé."
    )
    assert _row(t, "Maria Costa")["country"] == "BR"
    t = _analyse("La France a critiqué le Mali. Amadou Fall, originaire du Sénégal, a parlé.")
    assert _row(t, "Amadou Fall")["country"] == "SN"


def test_an_origin_or_a_people_that_is_no_nationality_gives_none():
    t = _analyse("La France a critiqué le Mali. Amadou Fall, d'origine sénégalaise, a parlé.")
    assert _row(t, "Amadou Fall")["country"] != "SN"
    t = _analyse("La France a critiqué le Mali. Amadou Fall, un proche des Sénégalais, a parlé.")
    assert _row(t, "Amadou Fall")["country"] != "SN"
    t = _analyse("Les Sénégalais ont salué l'accord.")
    assert _row(t, "Sénégalais")["type"] == "group"


# --- a building is a site, not an actor ------------------------------------------------------


def test_a_building_named_after_a_preposition_of_place_is_no_actor():
    t = _analyse(
        "Après sa rencontre avec Paul Girard à Marlborough House, le ministre a déclaré que tout "
        "allait bien."
    )
    assert "Marlborough House" not in _names(t)
    t = _analyse("Les députés réunis au Palais Bourbon ont voté le texte.")
    assert not any("Palais" in n for n in _names(t))


def test_a_person_with_a_building_word_as_surname_stays_a_person():
    t = _analyse("Il a téléphoné à Paul House lundi.")
    assert _row(t, "Paul House")["type"] == "person"
    t = _analyse("Le ministre Paul House a parlé.")
    assert _row(t, "Paul House")["type"] == "person"


# --- a group of a region of several states ---------------------------------------------------


def test_a_group_qualified_by_a_plural_regional_adjective_is_of_no_country():
    t = _analyse("Des diplomates européens ont jugé la proposition insuffisante.")
    row = _row(t, "diplomates européens")
    assert row["type"] == "group" and row["country"] is None
    t = _analyse("Des parlementaires africains ont dénoncé le coup d'État.")
    assert _row(t, "parlementaires africains")["country"] is None


def test_a_world_rank_is_no_region():
    t = _analyse("Des experts mondiaux ont dénoncé le coup d'État.")
    assert not any("mondiaux" in n for n in _names(t))


# --- a plural title with a complement shared out "respectively" ------------------------------


def test_a_plural_title_with_its_complement_is_shared_out_over_adjectives_and_names():
    t = _analyse(
        "Les ministres des Affaires étrangères gabonais et ivoirien, Paul Ntaro et Jean "
        "Mensah, ont signé l'accord."
    )
    a, b = _row(t, "Paul Ntaro"), _row(t, "Jean Mensah")
    assert (a["country"], b["country"]) == ("GA", "CI")
    assert a["roles"] == "ministre gabonais des Affaires étrangères"
    t = _analyse("Les chefs d'état-major malien et nigérien, Paul Ntaro et Jean Mensah, ont signé.")
    assert _row(t, "Jean Mensah")["roles"] == "chef d'état-major nigérien"
    t = _analyse(
        "Les présidents ivoirien et ghanéen, Paul Ntaro et Jean Mensah, ont signé l'accord."
    )
    assert _row(t, "Jean Mensah")["roles"] == "président ghanéen"


def test_one_adjective_after_a_plural_title_shares_out_nothing():
    t = _analyse(
        "Les ministres des Affaires étrangères gabonais, Paul Ntaro et Jean Mensah, ont signé."
    )
    assert "ivoirien" not in str(_row(t, "Jean Mensah")["roles"])
    assert _row(t, "Paul Ntaro")["country"] != "CI"


# --- an indefinite title with a complement stating the country --------------------------------


def test_an_indefinite_spokesman_of_a_states_body_is_an_actor_of_that_state():
    t = _analyse("Un porte-parole du gouvernement malien a démenti ces informations.")
    row = _row(t, "porte-parole du gouvernement malien")
    assert row["type"] == "person" and row["country"] == "ML"
    t = _analyse("« Nous ne céderons pas », a déclaré une porte-parole du gouvernement tchadien.")
    assert _row(t, "porte-parole du gouvernement tchadien")["country"] == "TD"


def test_an_indefinite_title_with_only_an_adjective_or_a_vague_title_is_no_actor():
    t = _analyse("Un ministre malien a démenti ces informations.")
    assert not any(n.startswith("ministre") for n in _names(t))
    t = _analyse("Un représentant de la Chine a pris la parole.")
    assert not any(n.startswith("représentant") for n in _names(t))
