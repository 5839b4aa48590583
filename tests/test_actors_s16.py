"""Actors and countries, round 12 (session 16): constructions of French, not of one article.
A capitalised title with its complement after a name is no second person; a body named
after a region several states share belongs to no single country; "l'océan Indien" names
no nationality. Every snippet is invented."""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _names(tables: dict) -> list[str]:
    return list(tables["actors"]["name"])


# --- a capitalised title and its complement, in apposition after a name ----------------


def test_a_former_capitalised_title_of_a_state_is_no_person():
    t = _analyse("Le Kenya a reçu Jean Dupont, ancien Premier ministre du Gabon.")
    assert _names(t).count("Jean Dupont") == 1
    assert not any("Premier ministre" in n for n in _names(t))
    assert _row(t, "Jean Dupont")["country"] == "GA"


def test_other_capitalised_titles_with_a_complement_are_no_persons():
    t = _analyse("Lundi, Lomé a accueilli Awa Ndiaye, ex-Présidente de la Commission, à dîner.")
    assert not any("Présidente" in n for n in _names(t))
    assert "ex-Présidente de la Commission" in _row(t, "Awa Ndiaye")["roles"]
    t = _analyse("Le Togo a salué Pedro Alves, ancien Ministre des Finances du Portugal.")
    assert not any(n.startswith("Ministre") for n in _names(t))
    assert _row(t, "Pedro Alves")["country"] == "PT"


def test_a_title_followed_by_a_particle_name_stays_a_name():
    t = _analyse("Le Général de Villemont a parlé devant les députés à Paris.")
    assert any("Villemont" in n for n in _names(t))


# --- a body named after a shared region -------------------------------------------------


def test_a_body_named_after_an_ocean_belongs_to_no_state():
    t = _analyse(
        "Le Japon a accueilli la réunion annuelle du Comité de l'océan Indien pour les pêches "
        "à Osaka."
    )
    assert _row(t, "Comité de l'océan Indien pour les pêches")["country"] is None


def test_bodies_named_after_other_regions_belong_to_no_state():
    t = _analyse("Le Conseil des archipels du Pacifique a envoyé une délégation au Pérou.")
    assert _row(t, "Conseil des archipels du Pacifique")["country"] is None
    t = _analyse("Le Comité de solidarité du Sahel s'est réuni à Niamey.")
    assert _row(t, "Comité de solidarité du Sahel")["country"] is None


def test_a_body_of_a_region_that_names_a_state_or_a_nationality_keeps_one():
    t = _analyse("La Banque malienne pour l'Afrique de l'Ouest a prêté au Niger.")
    assert _row(t, "Banque malienne pour l'Afrique de l'Ouest")["country"] == "ML"


def test_a_ministry_named_after_a_region_is_not_a_regional_body():
    from analysis.extract.actors.vocab import vocab

    assert "ministere" not in vocab()["regional_body_heads"]
    assert "gouvernement" not in vocab()["regional_body_heads"]


# --- a capitalised demonym after the noun of a sea or a landform -----------------------


def test_the_indian_ocean_names_no_indian():
    t = _analyse("Des navires patrouillent dans l'océan Indien, a indiqué la marine.")
    assert "Inde" not in _names(t)
    t = _analyse("Le pétrolier a quitté le golfe Persique pour Rotterdam.")
    assert "Iran" not in _names(t)


def test_a_capitalised_nationality_after_a_person_noun_is_still_one():
    t = _analyse("Le ministre Français Luc Morand est arrivé à Dakar.")
    assert _row(t, "Luc Morand")["country"] == "FR"


# --- a one-word place complementing a title, glued to the holder's name -----------------


def test_a_province_before_the_holder_s_name_is_not_part_of_it():
    t = _analyse("Le Canada a reçu le premier ministre de l'Ontario Marc Tremblay.")
    row = _row(t, "Marc Tremblay")
    assert "premier ministre de l'Ontario" in row["roles"]
    assert not any("Ontario Marc" in n for n in _names(t))


def test_a_state_of_a_federation_before_the_holder_s_name_is_not_part_of_it():
    t = _analyse("Le Mexique a reçu la gouverneure du Texas Ann Lee Baker à Monterrey.")
    assert "gouverneure du Texas" in _row(t, "Ann Lee Baker")["roles"]


def test_a_first_name_read_as_a_place_stays_in_the_name():
    t = _analyse("Le discours de Florence Marivaux a été salué à Lyon.")
    assert "Florence Marivaux" in _names(t)


# --- a body complementing a title, glued to its head's name ----------------------------


def test_a_league_and_its_spokesman_without_a_comma_are_two_names():
    t = _analyse("Le porte-parole de la Ligue Marco Bianchi a démenti hier toute entente.")
    assert "Ligue Marco Bianchi" not in _names(t)
    assert "porte-parole de la Ligue" in _row(t, "Marco Bianchi")["roles"]


def test_a_party_with_an_adjective_and_its_leader_are_two_names():
    t = _analyse("Elle a rencontré la présidente du Parti agrarien Vo Thanh Long à Hué.")
    assert "présidente du Parti agrarien" in _row(t, "Vo Thanh Long")["roles"]
    assert not any("agrarien Vo" in n for n in _names(t))


def test_a_body_name_of_capitalised_common_nouns_is_not_split():
    t = _analyse(
        "Le commandant des Forces Armées Royales a parlé devant la presse. Les Forces Armées "
        "Royales ont démenti."
    )
    assert "Forces Armées Royales" in _names(t)
    t = _analyse("La Ligue Marco Bianchi a fermé ses portes à Rome.")  # no title before
    assert not any(n == "Marco Bianchi" for n in _names(t))


def test_a_council_and_its_vice_president_with_a_particle_name_are_two_names():
    t = _analyse(
        "Le ministre a reçu le vice-président du Conseil souverain Karim al-Hadi, puis le "
        "chef du gouvernement. Le Conseil souverain a salué cette visite."
    )
    assert "vice-président du Conseil souverain" in _row(t, "Karim al-Hadi")["roles"]
    assert "Conseil souverain" in _names(t)


# --- "leur ambassadeur au Pays": the posting is not the possessive's owner ---------------


def test_a_possessive_envoy_posted_to_the_state_named_last_is_not_its_national():
    t = _analyse(
        "Les autorités qatariennes ont choisi de renvoyer l'ambassadeur de Jordanie à Doha, "
        "Karim Haddad, puis de rappeler leur propre ambassadeur en Jordanie, Samir Nasser."
    )
    assert _row(t, "Samir Nasser")["country"] == "QA"
    assert _row(t, "Karim Haddad")["country"] == "JO"


def test_another_possessive_envoy_keeps_the_sending_state():
    t = _analyse(
        "Le Pérou a convoqué l'ambassadeur du Mexique puis rappelé son ambassadrice au "
        "Mexique, Ana Soto."
    )
    assert _row(t, "Ana Soto")["country"] == "PE"


def test_a_possessive_spokesperson_keeps_the_owner_s_country():
    t = _analyse("Le Japon a protesté. Son porte-parole, Kenji Arata, a parlé d'un acte grave.")
    assert _row(t, "Kenji Arata")["country"] == "JP"


# --- "l'Américain X": a nationality noun glued to a company's name ----------------------


def test_a_nationality_noun_before_a_company_gives_its_country_and_leaves_its_name():
    t = _analyse("Le groupe a signé avec l'Américain Brixton Oil un accord de dix ans.")
    assert _row(t, "Brixton Oil")["country"] == "US"
    assert "Américain Brixton Oil" not in _names(t)


def test_another_nationality_noun_after_a_contracted_article():
    t = _analyse("Les actions du Britannique Harlow Energy ont chuté lundi à Londres.")
    assert _row(t, "Harlow Energy")["country"] == "GB"


def test_a_company_whose_name_starts_with_a_nationality_keeps_it():
    t = _analyse("La Française des Jeux a publié ses comptes annuels jeudi.")
    assert "Jeux" not in _names(t)


def test_the_stripped_nationality_noun_makes_no_group():
    t = _analyse("Le projet réunit le Français Valmora Énergie et l'Américain Brixton Oil.")
    assert "Français" not in _names(t)
    assert _row(t, "Brixton Oil")["country"] == "US"
