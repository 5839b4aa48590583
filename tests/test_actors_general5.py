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
        "étrangères Maja Novak dans un communiqué. Le ministère slovène des Affaires "
        "étrangères a convoqué un diplomate."
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


def test_a_common_noun_glued_before_a_name_is_its_title_outside_the_lexicon():
    """ "le rappeur X", "l'opposant historique X": a determiner and a common noun the parse
    links to the name are a title, whatever the noun; "l'ère X" is no title."""
    t = _analyse("Le rappeur Malick Sow a été arrêté à Dakar.")
    assert _roles(t, "Malick Sow") == ["rappeur"]
    t = _analyse("Le milliardaire Malick Sow a acheté le club de la capitale.")
    assert _roles(t, "Malick Sow") == ["milliardaire"]
    t = _analyse("L'ère Malick Sow est finie depuis longtemps.")
    assert _roles(t, "Malick Sow") == []


def test_a_common_noun_after_a_name_and_a_comma_is_its_apposition():
    """ "X, romancier sénégalais, a ...": a bare common noun after the comma is an apposition
    (with the country it states); a time ("X, lundi,"), the subject of the main clause
    ("Pour X, cet accord marque ...") or a list going on are not."""
    t = _analyse("Malick Sow, romancier sénégalais, a été arrêté mardi.")
    assert _roles(t, "Malick Sow") == ["romancier sénégalais"]
    assert _row(t, "Malick Sow")["country"] == "SN"
    t = _analyse("Selon Malick Sow, romancier sénégalais, le pays va mal.")
    assert _roles(t, "Malick Sow") == ["romancier sénégalais"]
    t = _analyse("Malick Sow, lundi, a été libéré.")
    assert _roles(t, "Malick Sow") == []
    t = _analyse("Pour Malick Sow, cet accord marque une rupture.")
    assert _roles(t, "Malick Sow") == []


def test_a_plural_apposition_after_two_coordinated_names_describes_both():
    """ "A et le député B, figures de proue du parti X,": the plural apposition is A's too."""
    t = _analyse(
        "Le chef du parti Ali Sow et le député Awa Diop, figures de proue du parti "
        "sénégalais, ont protesté."
    )
    assert "figures de proue du parti sénégalais" in _roles(t, "Ali Sow")
    assert "figures de proue du parti sénégalais" in _roles(t, "Awa Diop")
    t = _analyse("Ali Sow et Awa Diop, ministre malienne, ont protesté.")
    assert _roles(t, "Ali Sow") == []


def test_a_title_outside_the_lexicon_does_not_block_a_description():
    """ "Le rappeur X ... Le président malien": a title that names no office neither
    confirms nor rules out that X holds one."""
    t = _analyse(
        "L'ancien rappeur Ibrahim Keita a été élu dimanche. Le président malien a promis "
        "des réformes."
    )
    assert "président malien" in _roles(t, "Ibrahim Keita")


def test_a_state_institution_with_its_nationality_is_an_actor_wherever_named():
    """ "le départ de l'armée française", "la coopération avec la police kényane": a state's
    army, police or parliament named with a nationality adjective is an organisation of
    that state even when it does not act; without the adjective it is not."""
    t = _analyse("Le Tchad a exigé le départ de l'armée française avant la fin de l'année.")
    assert _row(t, "armée française")["country"] == "FR"
    t = _analyse("L'ONG réclame la fin de la coopération avec la police kényane.")
    assert _row(t, "police kényane")["type"] == "organisation"
    t = _analyse("Le Tchad a exigé le départ de l'armée avant la fin de l'année.")
    assert "armée" not in _names(t)


def test_the_role_matcher_accepts_an_inserted_nationality_adjective_only():
    """Scoring: "ministre colombien des Relations extérieures" is the gold "ministre des
    Relations extérieures" with its nationality; another adjective or another office is not."""
    from analysis.evaluation.actors import role_found

    assert role_found(
        "ministre des Relations extérieures", ["ministre colombien des Relations extérieures"]
    )
    assert role_found("chef de la diplomatie", ["chef de la diplomatie sud-africaine"])
    assert not role_found("porte-parole du ministère", ["porte-parole adjoint du ministère"])
    assert not role_found("ministre des Affaires étrangères", ["ministre ghanéen de la Défense"])


def test_the_actor_matcher_reads_a_gold_alias_without_its_title():
    """Scoring: a gold person written "président Mbeki" or "M. Mbeki" is the predicted
    "Mbeki" (names carry no title); a title alone or a portfolio is no name."""
    import pandas as pd

    from analysis.evaluation.actors import match

    actors = pd.DataFrame(
        [
            {"name": "Mbeki", "aliases": "Mbeki", "type": "person", "mentions": 2},
            {"name": "Affaires étrangères", "aliases": "", "type": "organisation", "mentions": 1},
        ]
    )
    gold = {
        "actors": [
            {"name": "Thabo Mbeki", "type": "person", "aliases": ["président Mbeki"]},
            {"name": "Awa Diop", "type": "person", "aliases": ["M. Diop"]},
            {"name": "X", "type": "person", "aliases": ["ministre des Affaires étrangères"]},
        ]
    }
    found, spurious = match(actors, gold)
    assert [len(m.preds) for m in found] == [1, 0, 0]
    assert [p["name"] for p in spurious] == ["Affaires étrangères"]


def test_a_definite_body_with_its_nationality_is_an_actor_but_not_a_names_cue():
    """ "le départ des forces spéciales américaines", "du parti socialiste sénégalais": a
    definite organisation noun with a nationality adjective names a body of that state;
    "la force française X" is the cue of the name X, not a second actor."""
    t = _analyse("Le Mali a exigé le départ des forces spéciales américaines.")
    assert _row(t, "forces spéciales américaines")["country"] == "US"
    t = _analyse("Il a rencontré des responsables du parti socialiste sénégalais.")
    assert _row(t, "parti socialiste sénégalais")["type"] == "organisation"
    t = _analyse("Le Niger a exigé le départ de la force française Harmattan avant mars.")
    assert "force française" not in _names(t)
