"""Actor rules of session 13, each about French rather than a sentence: ties of family as
titles, offices named with a prefix, plural state nouns and coordinated "de" complements,
the press under its other names, envoys hosted by the state that summons them, and the
side a sentence is told from. Every snippet is invented."""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _names(tables: dict) -> list[str]:
    return list(tables["actors"]["name"])


def _roles(tables: dict, name: str) -> list[str]:
    return [r for r in str(_row(tables, name)["roles"] or "").split("; ") if r]


# --- ties of family --------------------------------------------------------------------
def test_a_tie_of_family_before_a_comma_is_the_persons_title_not_the_relatives_office():
    t = _analyse("Le frère cadet du président gabonais, Paul Ndong, a été interpellé lundi.")
    roles = _roles(t, "Paul Ndong")
    assert any(r.startswith("frère") for r in roles), roles
    assert not any(r.startswith("président") for r in roles), roles
    assert _row(t, "Paul Ndong")["country"] == "GA"
    t = _analyse("L'épouse du Premier ministre malien, Awa Traoré, a inauguré l'hôpital.")
    assert any(r.startswith("épouse") for r in _roles(t, "Awa Traoré"))


def test_without_a_comma_the_name_after_the_tie_is_the_relatives():
    t = _analyse("La nièce du ministre Jean Okemba a été reçue à Brazzaville.")
    assert "ministre" in _roles(t, "Jean Okemba")
    t = _analyse("Ana Ruiz, fille du gouverneur Pablo Ruiz, a témoigné devant les juges.")
    roles = _roles(t, "Pablo Ruiz")
    assert "gouverneur" in roles and not any("fille" in r for r in roles), roles


# --- offices named with a prefix, roles in a parliament ------------------------------------
def test_an_office_with_a_prefix_keeps_it():
    t = _analyse("Le sous-ministre des Finances, Marek Novak, a démissionné mardi.")
    assert "sous-ministre des Finances" in _roles(t, "Marek Novak")
    assert "sous-ministre des Finances" not in _names(t)
    t = _analyse("La sous-secrétaire d'État Clara Gómez a rencontré la presse.")
    assert "sous-secrétaire d'État" in _roles(t, "Clara Gómez")
    t = _analyse("Le contre-amiral Yves Le Bris commande la flotte.")
    assert "contre-amiral" in _roles(t, "Yves Le Bris")


def test_a_role_in_a_parliament_is_a_title():
    t = _analyse("Le rapporteur du texte, Marc Aubert, a défendu l'amendement.")
    assert "rapporteur du texte" in _roles(t, "Marc Aubert")
    t = _analyse("L'oratrice du groupe centriste, Lucie Perrin, a voté contre.")
    assert "oratrice du groupe centriste" in _roles(t, "Lucie Perrin")


# --- states after plural nouns, coordinated complements -----------------------------------
def test_states_after_a_plural_state_noun_or_office_are_actors():
    t = _analyse("Les gouvernements du Chili et du Pérou ont protesté mardi.")
    assert {"Chili", "Pérou"} <= set(_names(t))
    t = _analyse("Les présidents du Ghana et du Togo ont signé un accord.")
    assert {"Ghana", "Togo"} <= set(_names(t))
    t = _analyse("Les autorités de la Colombie et du Venezuela ont rouvert la frontière.")
    assert {"Colombie", "Venezuela"} <= set(_names(t))


def test_coordinated_de_complements_share_the_first_ones_decision():
    t = _analyse(
        "Les dirigeants de l'Argentine, de l'Uruguay, du Paraguay et de la Bolivie ont "
        "publié une déclaration commune."
    )
    assert {"Argentine", "Uruguay", "Paraguay", "Bolivie"} <= set(_names(t))
    t = _analyse("Le ministre a parlé de la pluie au Chili, en Argentine et au Pérou.")
    assert not {"Chili", "Argentine", "Pérou"} & set(_names(t))  # places stay places


# --- the press under its other names --------------------------------------------------------
def test_a_state_agency_or_broadcaster_is_a_medium_named_after_its_qualifier():
    t = _analyse("Selon l'agence d'État Korsa, le dirigeant a refusé.")
    assert "agence d'État Korsa" not in _names(t)
    assert _row(t, "Korsa")["type"] == "media"
    t = _analyse("Selon la télévision publique Telenord, le scrutin a été reporté.")
    assert _row(t, "Telenord")["type"] == "media"
    t = _analyse("Le périodique Horizon Sud a publié un entretien avec le ministre.")
    assert _row(t, "Horizon Sud")["type"] == "media"


# --- envoys hosted by the state that summons them ---------------------------------------
def test_an_envoy_summoned_or_met_is_not_of_the_state_that_hosts_him():
    t = _analyse(
        "Le Maroc a convoqué l'ambassadeur Jean Dupont pour protester contre les propos "
        "tenus par Madrid."
    )
    assert _row(t, "Jean Dupont")["country"] == "ES"
    t = _analyse(
        "La Pologne a protesté contre Berlin. Lors d'un entretien avec l'ambassadrice Greta "
        "Hahn, le vice-ministre a exprimé son indignation."
    )
    assert _row(t, "Greta Hahn")["country"] == "DE"


def test_an_envoy_who_speaks_or_is_recalled_keeps_the_states_side():
    t = _analyse("Le Sénégal a rappelé son ambassadeur Amadou Fall à la suite des propos du Mali.")
    assert _row(t, "Amadou Fall")["country"] == "SN"
    t = _analyse("L'ambassadeur Jean Dupont a déclaré que le Maroc restait un partenaire.")
    assert _row(t, "Jean Dupont")["country"] == "MA"


# --- the side a sentence is told from -------------------------------------------------------
def test_a_state_in_a_subordinate_clause_acts_after_the_main_clauses():
    t = _analyse(
        "Après que le Chili a critiqué la décision, le Pérou a rappelé son ambassadeur. Le "
        "porte-parole Juan Soto a dénoncé une ingérence."
    )
    assert int(_row(t, "Pérou")["protagonist_rank"]) == 1
    assert _row(t, "Juan Soto")["country"] == "PE"
    t = _analyse(
        "Alors que la Hongrie multiplie les critiques, l'Ukraine a convoqué un diplomate. La "
        "porte-parole Olena Koval a jugé les propos inacceptables."
    )
    assert _row(t, "Olena Koval")["country"] == "UA"


# --- groups of a country named by a noun of people ------------------------------------------
def test_a_noun_of_people_with_a_nationality_adjective_is_a_group_when_it_acts():
    t = _analyse("Des parlementaires slovaques ont réclamé des sanctions contre Vienne.")
    assert _row(t, "parlementaires slovaques")["type"] == "group"
    assert _row(t, "parlementaires slovaques")["country"] == "SK"
    t = _analyse("Les hommes d'affaires turcs ont signé plusieurs contrats à Alger.")
    assert _row(t, "hommes d'affaires turcs")["country"] == "TR"
    t = _analyse("L'opposition biélorusse a dénoncé le scrutin.")
    assert _row(t, "opposition biélorusse")["country"] == "BY"
    t = _analyse("Le ministre a reçu des journalistes japonais.")
    assert "journalistes japonais" not in _names(t)  # spoken of, not acting


def test_a_group_of_two_nationalities_is_of_no_one_country():
    t = _analyse("Des chercheurs tunisiens et italiens ont publié une étude sur la migration.")
    assert _row(t, "chercheurs tunisiens et italiens")["country"] is None


def test_the_agent_of_a_passive_acts():
    t = _analyse("La décision a été vivement critiquée par des sénateurs brésiliens.")
    assert _row(t, "sénateurs brésiliens")["country"] == "BR"
    t = _analyse("Le cortège a été bloqué par les militants kényans.")
    assert "militants kényans" in _names(t)


# --- bodies of several states -----------------------------------------------------------------
def test_a_body_named_by_a_continent_or_the_world_is_of_no_one_country():
    t = _analyse("Le Forum asiatique de coopération a salué l'initiative de l'Iran.")
    assert _row(t, "Forum asiatique de coopération")["country"] is None
    t = _analyse("La Commission africaine des droits de l'homme a condamné le Tchad.")
    assert _row(t, "Commission africaine des droits de l'homme")["country"] is None


# --- roles given by a verb ------------------------------------------------------------------
def test_a_role_given_by_a_verb_of_appointment_to_its_subject():
    t = _analyse("Karim Saïdi a été nommé ministre de l'Intérieur jeudi.")
    assert "ministre de l'Intérieur" in _roles(t, "Karim Saïdi")
    t = _analyse("Lina Haddad, qui est devenue porte-parole en mars, a démenti.")
    assert "porte-parole" in _roles(t, "Lina Haddad")
    t = _analyse("Lina Haddad a été réélue présidente du Sénat.")
    assert "présidente du Sénat" in _roles(t, "Lina Haddad")


def test_a_role_given_by_a_verb_of_appointment_to_its_object():
    t = _analyse("Le président a nommé Omar Bello ministre des Finances.")
    assert "ministre des Finances" in _roles(t, "Omar Bello")
    t = _analyse("La ministre a assermenté le diplomate Luis Vega comme vice-ministre du Commerce.")
    assert "vice-ministre du Commerce" in _roles(t, "Luis Vega")
    t = _analyse("Le chef de l'État a désigné Rita Sousa au poste de porte-parole.")
    assert "porte-parole" in _roles(t, "Rita Sousa")


def test_no_role_from_a_verb_that_gives_none():
    t = _analyse("Le Sénégal a rappelé son ambassadeur Amadou Fall à Dakar.")
    assert _roles(t, "Amadou Fall") == ["ambassadeur"]
    t = _analyse("Rita Sousa est partie en Espagne mardi.")
    assert _roles(t, "Rita Sousa") == []


# --- a body that reports like the press --------------------------------------------------------
def test_a_name_that_reports_or_cites_like_the_press_is_a_medium():
    t = _analyse("Le Nouvel Horizon titre ce lundi sur la crise du Sahel.")
    assert _row(t, "Nouvel Horizon")["type"] == "media"
    t = _analyse("Le texte a été rejeté, a relaté le Républicain Lorrain.")
    assert _row(t, "Républicain")["type"] == "media"


def test_a_body_that_publishes_or_announces_stays_an_organisation():
    t = _analyse("Le Front du Salut a publié un communiqué dimanche.")
    assert _row(t, "Front du Salut")["type"] == "organisation"


# --- a heading is no person ---------------------------------------------------------------------
def test_capitalised_words_alone_on_their_line_are_a_heading_not_a_person():
    t = _analyse(
        "Le Ghana proteste.\n\nRéaction Officielle\n\nKofi Mensah a déclaré qu'il attendait."
    )
    assert "Réaction Officielle" not in _names(t)
    assert "Kofi Mensah" in _names(t)
    t = _analyse("Le Ghana proteste.\nUne Colère Froide\nKofi Mensah a déclaré qu'il attendait.")
    assert "Colère Froide" not in _names(t)


def test_a_person_named_on_a_line_and_again_in_the_body_stays():
    t = _analyse(
        "Le Ghana proteste.\n\nAma Owusu\n\nLa ministre Ama Owusu a déclaré qu'elle attendait."
    )
    assert "Ama Owusu" in _names(t)
