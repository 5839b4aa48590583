"""Actors and roles from the structure of French noun phrases (issue 15, session 9).

Each rule follows the syntax of a title, a complement or a description, never an article's
names; every snippet is invented.
"""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _roles(tables: dict, name: str) -> list[str]:
    return [r for r in _row(tables, name)["roles"].split("; ") if r]


def _names(tables: dict) -> list[str]:
    return list(tables["actors"]["name"])


def test_a_ministry_named_in_a_title_ends_before_the_holders_name():
    """ "la porte-parole du ministère X des Affaires étrangères Maja Novak": the ministry's
    capitalised complement stops where the tagger starts a person's name; she is a person
    with her title, not part of the ministry's name."""
    t = _analyse(
        "« Nous répondrons », a déclaré la porte-parole du ministère slovène des Affaires "
        "étrangères Maja Novak dans un communiqué."
    )
    assert "ministère slovène des Affaires étrangères" in _names(t)
    assert _roles(t, "Maja Novak") == ["porte-parole du ministère slovène des Affaires étrangères"]
    assert _row(t, "Maja Novak")["country"] == "SI"
    t = _analyse(
        "Le porte-parole du ministère des Affaires étrangères Tomas Berg a convoqué "
        "l'ambassadeur lundi à Oslo."
    )
    assert "Tomas Berg" in _names(t)
    assert "ministère des Affaires étrangères Tomas Berg" not in _names(t)


def test_a_country_complementing_a_title_is_no_part_of_the_name_after_it():
    """ "le chef des renseignements de la Roumanie Andrei Popa", "l'ambassadeur du Ghana en
    Norvège Kofi Mensah": the country ends the title, the name starts after it; the posting
    ("en Norvège") stays in the title."""
    t = _analyse("Le chef des renseignements de la Roumanie Andrei Popa a démenti jeudi.")
    assert "Andrei Popa" in _names(t)
    assert not any("Roumanie Andrei" in n for n in _names(t))
    t = _analyse("L'ambassadeur du Ghana en Norvège Kofi Mensah a été rappelé mardi.")
    assert _roles(t, "Kofi Mensah") == ["ambassadeur du Ghana en Norvège"]
    assert _row(t, "Kofi Mensah")["country"] == "GH"
    t = _analyse("La représentante de l'ONU au Mali Clara Nunes a quitté Bamako.")
    assert _roles(t, "Clara Nunes") == ["représentante de l'ONU au Mali"]


def test_the_state_an_office_holder_leads_is_an_actor_not_a_place():
    """ "le président du Cameroun", "l'homme fort du Niger": the state after the title of an
    office is the state that confers it, an actor; after a geographic noun it stays a
    place ("la capitale du Tchad")."""
    t = _analyse("Le président du Cameroun a reçu son homologue lundi.")
    assert "Cameroun" in _names(t)
    t = _analyse("L'homme fort du Niger a reçu une délégation de la Cédéao.")
    assert "Niger" in _names(t)
    t = _analyse("La capitale du Tchad est restée calme toute la journée.")
    assert "Tchad" not in _names(t)


def test_acts_of_a_state_make_it_an_actor():
    """ "l'attaque de la Russie contre X", "les interventions de la France": the state does
    the act; "le nord du Mali" is a place."""
    t = _analyse("L'attaque inconsidérée de la Russie contre la Géorgie a été condamnée.")
    assert {"Russie", "Géorgie"} <= set(_names(t))
    t = _analyse("Il cite les interventions de la France dans la région depuis 2013.")
    assert "France" in _names(t)
    t = _analyse("Des combats ont éclaté dans le nord du Mali depuis dimanche.")
    assert "Mali" not in _names(t)


def test_a_government_described_with_qualities_names_its_state():
    """ "le gouvernement populiste italien", "les autorités militaires maliennes": one or two
    adjectives of quality between the state noun and the nationality adjective."""
    t = _analyse("Le gouvernement populiste italien a protesté contre la décision.")
    assert _row(t, "Italie")["type"] == "state"
    t = _analyse("Les autorités militaires maliennes ont expulsé le diplomate.")
    assert _row(t, "Mali")["type"] == "state"


def test_the_head_of_government_under_another_title():
    """ "Le Premier ministre X ... Le chef du gouvernement vietnamien": two titles of one
    office; the holder of one is the holder of the other, before a person with no title."""
    t = _analyse(
        "Le Premier ministre Tran Van Minh a reçu Ali Sow à Hanoï. Le chef du gouvernement "
        "vietnamien a salué la visite."
    )
    assert _roles(t, "Tran Van Minh") == ["Premier ministre", "chef du gouvernement vietnamien"]
    assert _roles(t, "Ali Sow") == []
    t = _analyse(
        "La cheffe du gouvernement Ana Silva a rencontré Luis Rocha. La Première ministre "
        "portugaise a promis un accord."
    )
    assert "Première ministre portugaise" in _roles(t, "Ana Silva")
    assert _roles(t, "Luis Rocha") == []


def test_a_body_complementing_a_title_does_not_type_the_holders_name():
    """ "le chef du gouvernement X Y", "la porte-parole de l'armée X Y": the body's noun
    complements the title, the name after it is the holder (a person), not the body; one
    word after "la société" stays the company's name."""
    t = _analyse("Le chef du gouvernement Pedro Alves a reçu Luis Rocha à Lisbonne.")
    assert _row(t, "Pedro Alves")["type"] == "person"
    assert _roles(t, "Pedro Alves") == ["chef du gouvernement"]
    t = _analyse("La porte-parole de l'armée Awa Sy a démenti toute incursion.")
    assert _row(t, "Awa Sy")["type"] == "person"
    assert _roles(t, "Awa Sy") == ["porte-parole de l'armée"]
    t = _analyse("Le président de la société Nordvik a démenti.")
    assert _row(t, "Nordvik")["type"] == "company"
